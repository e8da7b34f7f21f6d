// Helpers for the studio tests: users made straight in the database (no
// argon2, so fifty of them take milliseconds) and a studio with a lead.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { db } from "../../../db/client";
import { userRoles, users, type Role } from "../../../db/schema";
import { createSession, type SessionInput } from "./studio-sessions.server";
import { transitionSession } from "./session-transitions.server";
import { createStudio } from "./studio-admin.server";
import { getUserById, type AppUser } from "../directory/users.server";
export { domainError } from "../../../tests/db-helpers";

let counter = 0;

export async function makeUser(roles: Role[], name?: string): Promise<AppUser> {
  const id = randomUUID();
  counter += 1;
  const username = `t${counter}-${id.slice(0, 8)}`;
  await db.insert(users).values({ id, username, displayName: name ?? `测试用户${counter}`, passwordHash: "x" });
  await db.insert(userRoles).values(roles.map((role) => ({ userId: id, role })));
  return (await getUserById(id))!;
}

export async function makeUsers(n: number, roles: Role[]) {
  const list: AppUser[] = [];
  for (let i = 0; i < n; i++) list.push(await makeUser(roles));
  return list;
}

export async function userByName(username: string) {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  return (await getUserById(row.id))!;
}

export async function makeStudio(lead: AppUser, members: AppUser[] = [], slug = `studio-${randomUUID().slice(0, 8)}`) {
  return createStudio(
    {
      slug,
      name: `测试工作室 ${slug}`,
      district: "西湖区",
      street: "翠苑街道",
      community: "翠苑一区社区",
      address: "文三路 1 号",
      sectorId: null,
      description: "",
      openingHours: "",
      contactPhone: "",
      leadId: lead.id,
      memberIds: members.map((m) => m.id),
    },
    null,
  );
}

const DAY = 24 * 60 * 60 * 1000;

/** A session input starting `days` from now, lasting two hours. */
export function sessionInput(overrides: Partial<SessionInput> = {}, days = 10): SessionInput {
  const startsAt = new Date(Date.now() + days * DAY);
  return {
    topic: "老旧小区加装电梯协商会",
    description: "听取居民意见。",
    startsAt,
    endsAt: new Date(startsAt.getTime() + 2 * 60 * 60 * 1000),
    place: "翠苑一区社区服务中心",
    capacity: 10,
    reservedForMembers: 0,
    audience: "public",
    signupOpensAt: null,
    signupClosesAt: null,
    ...overrides,
  };
}

/** A published session of a new studio led by `lead`, `days` from now. */
export async function publishedSession(lead: AppUser, input: Partial<SessionInput> = {}, days = 10) {
  const studio = await makeStudio(lead);
  const session = await createSession(studio.id, sessionInput(input, days), lead);
  await transitionSession(session.id, "publish", lead);
  return { studio, session };
}
