// 公众注册: self-registration of public accounts. Throttled per client address
// (a few an hour, then doubling delays), and a display name that reads as an
// existing member's, staff member's or department's name is refused, since
// display names appear publicly beside moderated feedback and opinions
// (security review, issue 14, item 10).
import { eq, ne } from "drizzle-orm";
import { db } from "../../../db/client";
import { departments, organisations, userRoles, users } from "../../../db/schema";
import { THROTTLE, recordFailure, registrationKey, retryText, waitUntil } from "../../auth/throttle.server";
import { DomainError } from "../../utils/errors";
import { normalize } from "../../../search/segment";
import { createUser, type AppUser } from "./users.server";

export interface Registration {
  username: string;
  displayName: string;
  email: string | null;
  password: string;
}

/** Names compared as people read them: NFKC, Simplified, lower case, no spaces or punctuation. */
export function nameKey(name: string) {
  return normalize(name).replace(/[^\p{L}\p{N}]+/gu, "");
}

/** Why this display name may not be used by a public account, or null. */
export async function displayNameProblem(displayName: string): Promise<string | null> {
  const key = nameKey(displayName);
  if (!key) return "请填写称呼";
  const people = await db
    .selectDistinct({ name: users.displayName })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(ne(userRoles.role, "public"));
  if (people.some((p) => nameKey(p.name) === key)) return "该称呼与本站委员或工作人员的姓名相同，请换一个称呼";
  const bodies = [
    ...(await db.select({ name: departments.name, short: departments.shortName, aliases: departments.aliases }).from(departments)),
    ...(await db.select({ name: organisations.name, short: organisations.shortName, aliases: organisations.aliases }).from(organisations)),
  ];
  for (const b of bodies) {
    const names = [b.name, b.short ?? "", ...((b.aliases as string[] | null) ?? [])].map(nameKey).filter((n) => n.length >= 2);
    // Equal to a department's or organisation's name, or containing its full name (“市民政局办公室”).
    if (names.includes(key) || (nameKey(b.name).length >= 4 && key.includes(nameKey(b.name)))) {
      return "该称呼与承办单位或党派团体的名称相同，请用个人称呼";
    }
  }
  return null;
}

/** Register a public account from a client address; throws DomainError (field-specific where it can). */
export async function registerPublicUser(input: Registration, ip: string, now = new Date()): Promise<AppUser> {
  const wait = await waitUntil(db, registrationKey(ip), now);
  if (wait) throw new DomainError(`注册过于频繁，请 ${retryText(wait, now).text}后再试`, "throttled");
  const problem = await displayNameProblem(input.displayName);
  if (problem) throw new DomainError(problem, "invalid", "displayName");
  const user = await createUser({ ...input, roles: ["public"] }, null);
  await recordFailure(db, registrationKey(ip), THROTTLE.registration, now);
  return user;
}
