// Member studios (委员工作室): the public directory, studio pages, and staff
// management of studios, their resident members and lead (召集人). Staff and
// the studio's lead organise its sessions and rota (canManageStudio).
import { and, asc, eq, ilike, inArray, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { db } from "../../db/client";
import { organisations, userRoles, users } from "../../db/schema";
import { studioMembers, studios } from "../../db/studios.schema";
import { DomainError } from "../utils/errors";
import { recordEvent } from "./events.server";
import type { AppUser } from "./users.server";
import { isLookupKey } from "../utils/params";

export type Studio = typeof studios.$inferSelect;

export const SLUG_RE = /^[a-z0-9][a-z0-9-]{1,62}$/;

/** Staff organise every studio; a studio's lead organises their own. */
export function canManageStudio(user: AppUser | null, studio: Pick<Studio, "leadId">): boolean {
  if (!user) return false;
  if (user.roles.includes("staff")) return true;
  return !!studio.leadId && studio.leadId === user.id && user.roles.includes("member");
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

export interface StudioFilters {
  q?: string;
  district?: string;
  sectorId?: number;
}

const likeOf = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function filterConditions(f: StudioFilters) {
  return and(
    eq(studios.active, true),
    f.q
      ? or(
          ilike(studios.name, likeOf(f.q)),
          ilike(studios.description, likeOf(f.q)),
          ilike(studios.street, likeOf(f.q)),
          ilike(studios.community, likeOf(f.q)),
        )
      : undefined,
    f.district ? eq(studios.district, f.district) : undefined,
    f.sectorId ? eq(studios.sectorId, f.sectorId) : undefined,
  );
}

const directoryColumns = {
  id: studios.id,
  slug: studios.slug,
  name: studios.name,
  district: studios.district,
  street: studios.street,
  community: studios.community,
  address: studios.address,
  description: studios.description,
  openingHours: studios.openingHours,
  sectorId: studios.sectorId,
  sectorName: organisations.name,
  leadId: studios.leadId,
  leadName: users.displayName,
  members: sql<number>`(select count(*)::int from ${studioMembers} m where m.studio_id = ${studios.id})`,
  upcoming: sql<number>`(select count(*)::int from studio_sessions s where s.studio_id = ${studios.id} and s.status in ('published','closed') and s.ends_at > now())`,
};

/** The public directory (active studios), filtered and paged. */
export async function listStudios(f: StudioFilters = {}, page = 1, perPage = 20) {
  const where = filterConditions(f);
  const rows = await db
    .select(directoryColumns)
    .from(studios)
    .leftJoin(organisations, eq(organisations.id, studios.sectorId))
    .leftJoin(users, eq(users.id, studios.leadId))
    .where(where)
    .orderBy(asc(studios.district), asc(studios.name))
    .limit(perPage)
    .offset((page - 1) * perPage);
  const [{ total }] = await db.select({ total: sql<number>`count(*)::int` }).from(studios).where(where);
  return { rows, total };
}

/** The API's list: id order with a cursor. */
export async function listStudiosAfter(f: StudioFilters, cursor: number | null, limit: number) {
  const rows = await db
    .select(directoryColumns)
    .from(studios)
    .leftJoin(organisations, eq(organisations.id, studios.sectorId))
    .leftJoin(users, eq(users.id, studios.leadId))
    .where(and(filterConditions(f), cursor ? sql`${studios.id} > ${cursor}` : undefined))
    .orderBy(asc(studios.id))
    .limit(limit + 1);
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  return { rows: page, nextCursor: more ? page[page.length - 1].id : null };
}

/** Districts and sectors that have studios, for the directory's filters. */
export async function studioFacets() {
  const [districts, sectors] = await Promise.all([
    db.selectDistinct({ district: studios.district }).from(studios).where(eq(studios.active, true)).orderBy(studios.district),
    db
      .selectDistinct({ id: organisations.id, name: organisations.name })
      .from(studios)
      .innerJoin(organisations, eq(organisations.id, studios.sectorId))
      .where(eq(studios.active, true))
      .orderBy(organisations.name),
  ]);
  return { districts: districts.map((d) => d.district), sectors };
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
  const all = user.roles.includes("staff");
  return db
    .select({ id: studios.id, slug: studios.slug, name: studios.name, active: studios.active })
    .from(studios)
    .where(all ? undefined : eq(studios.leadId, user.id))
    .orderBy(asc(studios.name));
}

/** Active users holding the member role, for the member pickers. */
export async function listMemberUsers() {
  return db
    .select({ id: users.id, displayName: users.displayName, username: users.username })
    .from(users)
    .where(
      and(
        eq(users.active, true),
        sql`exists (select 1 from ${userRoles} r where r.user_id = ${users.id} and r.role = 'member')`,
      ),
    )
    .orderBy(asc(users.username));
}

export interface StudioInput {
  slug: string;
  name: string;
  district: string;
  street: string;
  community: string;
  address: string;
  sectorId: number | null;
  description: string;
  openingHours: string;
  contactPhone: string;
  leadId: string | null;
  memberIds: string[];
}

async function checkMembers(tx: DbOrTx, input: StudioInput) {
  const ids = [...new Set([...input.memberIds, ...(input.leadId ? [input.leadId] : [])])];
  if (ids.length) {
    const ok = await tx
      .select({ id: users.id })
      .from(users)
      .where(
        and(
          inArray(users.id, ids),
          eq(users.active, true),
          sql`exists (select 1 from ${userRoles} r where r.user_id = ${users.id} and r.role = 'member')`,
        ),
      );
    if (ok.length !== ids.length) {
      throw new DomainError("驻室委员和召集人必须是在用的政协委员账号", "invalid", input.leadId && !ok.some((u) => u.id === input.leadId) ? "leadId" : "memberIds");
    }
  }
  if (input.sectorId) {
    const [org] = await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, input.sectorId));
    if (!org) throw new DomainError("所选界别或党派不存在", "invalid", "sectorId");
  }
  return ids;
}

async function assertUnique(tx: DbOrTx, input: StudioInput, exceptId?: number) {
  const taken = await tx
    .select({ id: studios.id, slug: studios.slug, name: studios.name })
    .from(studios)
    .where(and(or(eq(studios.slug, input.slug), eq(studios.name, input.name)), exceptId ? sql`${studios.id} <> ${exceptId}` : undefined));
  if (taken.some((t) => t.slug === input.slug)) throw new DomainError("该网址标识已被其他工作室使用", "conflict", "slug");
  if (taken.length) throw new DomainError("已有同名工作室", "conflict", "name");
}

async function setMembers(tx: DbOrTx, studioId: number, ids: string[]) {
  await tx.delete(studioMembers).where(eq(studioMembers.studioId, studioId));
  if (ids.length) await tx.insert(studioMembers).values(ids.map((userId) => ({ studioId, userId })));
}

function validate(input: StudioInput) {
  if (!SLUG_RE.test(input.slug)) throw new DomainError("网址标识须为 2–63 位小写字母、数字或连字符", "invalid", "slug");
}

/** Staff create a studio with its members and lead. */
export async function createStudio(input: StudioInput, actorId: string | null, tx: DbOrTx = db) {
  validate(input);
  return tx.transaction(async (t) => {
    await assertUnique(t, input);
    const ids = await checkMembers(t, input);
    const { memberIds: _ignored, ...fields } = input;
    const [row] = await t.insert(studios).values(fields).returning();
    await setMembers(t, row.id, ids);
    await recordEvent(t, {
      actorId,
      subjectType: "studio",
      subjectId: row.id,
      action: "studio.created",
      toState: "active",
      data: { slug: row.slug, leadId: row.leadId, members: ids },
    });
    return row;
  });
}

/** Staff edit a studio (optimistic locking on version). */
export async function updateStudio(id: number, input: StudioInput & { version: number }, actorId: string) {
  validate(input);
  return db.transaction(async (t) => {
    const before = await getStudioById(id, t);
    if (!before) throw new DomainError("工作室不存在", "not_found");
    await assertUnique(t, input, id);
    const ids = await checkMembers(t, input);
    const { memberIds: _ignored, version, ...fields } = input;
    const updated = await t
      .update(studios)
      .set({ ...fields, version: sql`${studios.version} + 1`, updatedAt: new Date() })
      .where(and(eq(studios.id, id), eq(studios.version, version)))
      .returning();
    if (!updated.length) throw new DomainError("该工作室已被他人修改，请查看最新内容后重新提交", "conflict");
    await setMembers(t, id, ids);
    await recordEvent(t, {
      actorId,
      subjectType: "studio",
      subjectId: id,
      action: "studio.updated",
      data: { before: { leadId: before.leadId }, after: { leadId: input.leadId, members: ids } },
    });
    return updated[0];
  });
}

export async function setStudioActive(id: number, active: boolean, actorId: string) {
  await db.transaction(async (t) => {
    const before = await getStudioById(id, t);
    if (!before) throw new DomainError("工作室不存在", "not_found");
    if (before.active === active) return;
    await t.update(studios).set({ active, version: sql`${studios.version} + 1`, updatedAt: new Date() }).where(eq(studios.id, id));
    await recordEvent(t, {
      actorId,
      subjectType: "studio",
      subjectId: id,
      action: active ? "studio.reactivated" : "studio.deactivated",
      fromState: before.active ? "active" : "inactive",
      toState: active ? "active" : "inactive",
    });
  });
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

/** Organisations a studio can belong to: sectors (界别) first, then parties and the rest. */
export function sectorOptions() {
  return db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(eq(organisations.active, true))
    .orderBy(sql`case ${organisations.kind} when 'sector' then 0 when 'party' then 1 else 2 end`, asc(organisations.sortOrder));
}
