// For database tests: a seeded account or department by name, and a domain call
// that must be refused, returned as its DomainError so a test can check its code,
// field and Chinese message.
import { eq } from "drizzle-orm";
import { expect } from "vitest";
import { db } from "../db/client";
import { departments, users } from "../db/schema";
import { getUserById, type AppUser } from "../app/models/directory/users.server";
import { DomainError } from "../app/utils/errors";

export async function seededUser(username: string): Promise<AppUser> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  return (await getUserById(row.id))!;
}

export async function departmentIdByName(name: string): Promise<number> {
  const [row] = await db.select({ id: departments.id }).from(departments).where(eq(departments.name, name));
  return row.id;
}

export async function domainError(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}
