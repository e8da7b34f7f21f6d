// Finding a member to invite as co-signer (联名, issue 15): by display name,
// 界别 and party, or the user name. Lists show only what a member directory
// may: the name and the 界别/party — never a user name, e-mail or contact.
import { and, asc, eq, ilike, inArray, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client";
import { db } from "../../../db/client";
import { organisations, userRoles, users } from "../../../db/schema";
import { DomainError } from "../../utils/errors";

export interface MemberHit {
  id: string;
  name: string;
  organisation: string | null;
  organisationKind: string | null;
}

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
const isMember = sql`exists (select 1 from ${userRoles} r where r.user_id = ${users.id} and r.role = 'member')`;

/** Active members matching a name (part of it) and/or an organisation (界别 or party). */
export async function searchMembers(f: { q?: string; organisationId?: number | null; excludeIds?: string[] }, tx: DbOrTx = db, limit = 30): Promise<MemberHit[]> {
  const q = f.q?.trim().slice(0, 40) ?? "";
  if (!q && !f.organisationId) return [];
  const rows = await tx
    .select({ id: users.id, name: users.displayName, organisation: organisations.name, organisationKind: organisations.kind })
    .from(users)
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(
      and(
        eq(users.active, true),
        isMember,
        q ? ilike(users.displayName, `%${likeEscape(q)}%`) : undefined,
        f.organisationId ? eq(users.organisationId, f.organisationId) : undefined,
      ),
    )
    .orderBy(asc(users.displayName), asc(users.id))
    .limit(limit + (f.excludeIds?.length ?? 0));
  return rows.filter((r) => !f.excludeIds?.includes(r.id)).slice(0, limit);
}

/**
 * Who "邀请" means: a user name as before, else a display name — exact (with or
 * without the 委员 suffix) before a part of it. Several matches are refused with
 * the choices, so the page can list them.
 */
export async function resolveInvitee(t: DbOrTx, text: string, excludeIds: string[] = []): Promise<string> {
  const wanted = text.trim();
  const [byUsername] = await t.select({ id: users.id }).from(users).where(eq(users.username, wanted.toLowerCase()));
  if (byUsername) return byUsername.id;
  const bare = wanted.replace(/委员$/, "");
  if (!bare) throw new DomainError("请输入被邀请委员的姓名", "invalid", "username");
  const exact = await t
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.active, true), isMember, or(inArray(users.displayName, [bare, `${bare}委员`]))));
  const hits = exact.length ? exact : await searchMembers({ q: bare, excludeIds }, t, 10);
  const ids = hits.map((h) => h.id).filter((id) => !excludeIds.includes(id));
  if (ids.length === 1) return ids[0];
  if (!ids.length) throw new DomainError(`找不到名为“${wanted}”的委员`, "invalid", "username");
  throw new DomainError(`有 ${ids.length} 位委员与“${wanted}”相符，请在下方列表中选择`, "invalid", "username");
}
