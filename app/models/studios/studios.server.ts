// Member studios (委员工作室): looking a studio up, who may organise it (staff
// and the studio's lead, canManageStudio), its resident members and the studios
// of a member. The public directory is in studio-queries.server.ts, staff
// management of studios in studio-admin.server.ts.
import { and, asc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client";
import { db } from "../../../db/client";
import { organisations, users } from "../../../db/schema";
import { studioMembers, studios } from "../../../db/studios.schema";
import { DomainError } from "../../utils/errors";
import type { AppUser } from "../directory/users.server";
import { isLookupKey } from "../../utils/params";
import { canManageStudio, isStaff } from "../../auth/permissions";
import type { SessionActor } from "./session-rules";

export type Studio = typeof studios.$inferSelect;

/** The actor's relations to a studio's sessions, for the state table (session-rules.ts). */
export function sessionActors(user: AppUser | null, studio: Pick<Studio, "leadId">): SessionActor[] {
  return canManageStudio(user, studio) ? ["organiser"] : [];
}

/** Throws a 403 domain error unless the user may organise the studio. */
export function assertCanManage(user: AppUser, studio: Pick<Studio, "leadId">) {
  if (!canManageStudio(user, studio)) throw new DomainError("只有提案工作人员和本工作室召集人可以管理本工作室", "forbidden");
}

export async function getStudioBySlug(slug: string, tx: DbOrTx = db) {
  if (!isLookupKey(slug)) return null;
  const [row] = await tx.select().from(studios).where(eq(studios.slug, slug));
  return row ?? null;
}

export async function getStudioById(id: number, tx: DbOrTx = db) {
  const [row] = await tx.select().from(studios).where(eq(studios.id, id));
  return row ?? null;
}

export async function studioMembersOf(studioId: number, tx: DbOrTx = db) {
  return tx
    .select({ id: users.id, displayName: users.displayName, username: users.username, organisationName: organisations.name })
    .from(studioMembers)
    .innerJoin(users, eq(users.id, studioMembers.userId))
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(studioMembers.studioId, studioId))
    .orderBy(asc(users.displayName));
}

export async function isStudioMember(studioId: number, userId: string, tx: DbOrTx = db) {
  const [row] = await tx
    .select({ userId: studioMembers.userId })
    .from(studioMembers)
    .where(and(eq(studioMembers.studioId, studioId), eq(studioMembers.userId, userId)));
  return !!row;
}

/** Studios the user is resident in, and those they lead. */
export async function studiosOfMember(userId: string) {
  return db
    .select({ id: studios.id, slug: studios.slug, name: studios.name, leadId: studios.leadId })
    .from(studioMembers)
    .innerJoin(studios, eq(studios.id, studioMembers.studioId))
    .where(and(eq(studioMembers.userId, userId), eq(studios.active, true)))
    .orderBy(asc(studios.name));
}

/** Studios the user may organise: all for staff, their own for a lead. */
export async function studiosManagedBy(user: AppUser) {
  const all = isStaff(user);
  return db
    .select({ id: studios.id, slug: studios.slug, name: studios.name, active: studios.active })
    .from(studios)
    .where(all ? undefined : eq(studios.leadId, user.id))
    .orderBy(asc(studios.name));
}

export function countStudios(tx: DbOrTx = db) {
  return tx
    .select({ n: sql<number>`count(*)::int` })
    .from(studios)
    .then((r) => r[0].n);
}

export async function sectorNameOf(sectorId: number | null) {
  if (!sectorId) return null;
  const [row] = await db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, sectorId));
  return row?.name ?? null;
}
