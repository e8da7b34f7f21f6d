// Helpers for the participation tests: accounts made straight in the database
// (no argon2), a published topic open now, and a refusal catcher.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { expect } from "vitest";
import { db } from "../../../db/client";
import { userRoles, users, type Role } from "../../../db/schema";
import { consultationTopics } from "../../../db/participation.schema";
import { DomainError } from "../../utils/errors";
import { getUserById, type AppUser } from "../directory/users.server";
import { createTopic, publishTopic } from "./topics.server";

let counter = 0;

export async function makeUser(roles: Role[], name?: string): Promise<AppUser> {
  const id = randomUUID();
  counter += 1;
  await db.insert(users).values({ id, username: `p${counter}-${id.slice(0, 8)}`, displayName: name ?? `参与者${counter}`, passwordHash: "x" });
  await db.insert(userRoles).values(roles.map((role) => ({ userId: id, role })));
  return (await getUserById(id))!;
}

export async function userByName(username: string) {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  return (await getUserById(row.id))!;
}

const HOUR = 3_600_000;

export async function openTopic(staff: AppUser, title = `测试议题 ${randomUUID().slice(0, 6)}`, now = new Date()) {
  const topic = await createTopic(staff, {
    title,
    description: "请就社区养老服务提出意见。",
    opensAt: new Date(now.getTime() - HOUR),
    closesAt: new Date(now.getTime() + 72 * HOUR),
    meetingKind: "special_consultation",
    meetingTitle: "专题协商会",
    meetingDate: null,
    organisationId: null,
    documents: [],
  });
  await publishTopic(staff, topic.id, now);
  const [published] = await db.select().from(consultationTopics).where(eq(consultationTopics.id, topic.id));
  return published;
}

/** The DomainError a promise rejects with (fails the test if it resolves). */
export async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, "expected a refusal").toBeInstanceOf(DomainError);
  return error as DomainError;
}
