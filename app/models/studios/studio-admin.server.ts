// Staff management of member studios: creating and editing a studio with its
// resident members and lead (checked to be active member accounts), turning it
// off and on, and the options the studio form offers. Every change is an event.
import { and, asc, eq, inArray, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client";
import { db } from "../../../db/client";
import { organisations, userRoles, users } from "../../../db/schema";
import { studioMembers, studios } from "../../../db/studios.schema";
import { DomainError } from "../../utils/errors";
import { recordEvent } from "../platform/events.server";
import { getStudioById } from "./studios.server";
import { updateVersioned } from "../platform/versioned.server";

export const SLUG_RE = /^[a-z0-9][a-z0-9-]{1,62}$/;

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
    const updated = await updateVersioned(t, studios, { id, expectedVersion: version, conflict: "该工作室已被他人修改，请查看最新内容后重新提交" }, fields);
    await setMembers(t, id, ids);
    await recordEvent(t, {
      actorId,
      subjectType: "studio",
      subjectId: id,
      action: "studio.updated",
      data: { before: { leadId: before.leadId }, after: { leadId: input.leadId, members: ids } },
    });
    return updated;
  });
}

export async function setStudioActive(id: number, active: boolean, actorId: string) {
  await db.transaction(async (t) => {
    const before = await getStudioById(id, t);
    if (!before) throw new DomainError("工作室不存在", "not_found");
    if (before.active === active) return;
    await updateVersioned(t, studios, { id }, { active });
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

/** Organisations a studio can belong to: sectors (界别) first, then parties and the rest. */
export function sectorOptions() {
  return db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(eq(organisations.active, true))
    .orderBy(sql`case ${organisations.kind} when 'sector' then 0 when 'party' then 1 else 2 end`, asc(organisations.sortOrder));
}
