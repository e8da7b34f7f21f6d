// Items of a disclosure catalogue (公开事项): what is published, how often and
// by whom. Every change writes a snapshot (version) and an event in the same
// transaction.
import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client";
import { db } from "../../../db/client";
import { catalogueItems, catalogueItemVersions, catalogues, type CatalogueFrequency } from "../../../db/catalogues.schema";
import { departments, users } from "../../../db/schema";
import { DomainError } from "../../utils/errors";
import { isValidDay } from "./disclosure-schedule";
import { recordEvent } from "../platform/events.server";
import { getCatalogueById, responsibilityOf, type CatalogueItem } from "./catalogues.server";
import { updateVersioned } from "../platform/versioned.server";

export interface ItemInput {
  title: string;
  contentElements: string;
  scope: string;
  basis: string;
  frequency: CatalogueFrequency;
  frequencyDays: number | null;
  timeLimitDays: number;
  responsibleDepartmentId: number | null;
  channel: string;
  mode: "proactive" | "on_request";
  source: "manual" | "proposal_replies";
  effectiveFrom: string;
  position: number;
  active: boolean;
}

function validateItem(input: ItemInput): ItemInput {
  const title = input.title.trim();
  if (!title) throw new DomainError("请填写公开事项名称", "invalid", "title");
  if (title.length > 200) throw new DomainError("事项名称不能超过 200 个字符", "invalid", "title");
  if (input.frequency === "event" && !input.frequencyDays) {
    throw new DomainError("“事项发生后限期”须填写工作日数", "invalid", "frequencyDays");
  }
  if (input.frequencyDays != null && (input.frequencyDays < 1 || input.frequencyDays > 365)) {
    throw new DomainError("工作日数应在 1 到 365 之间", "invalid", "frequencyDays");
  }
  if (input.timeLimitDays < 0 || input.timeLimitDays > 366) throw new DomainError("公开时限应在 0 到 366 日之间", "invalid", "timeLimitDays");
  if (!isValidDay(input.effectiveFrom)) throw new DomainError("起始日期格式应为 2026-01-01", "invalid", "effectiveFrom");
  const trim = (s: string) => s.trim();
  return {
    ...input,
    title,
    contentElements: trim(input.contentElements),
    scope: trim(input.scope),
    basis: trim(input.basis),
    channel: trim(input.channel),
    // Only event-driven items use a working-day count.
    frequencyDays: input.frequency === "event" || input.frequency === "as_needed" ? input.frequencyDays : null,
  };
}

/** What a version stores: every field that defines the item. */
export function itemSnapshot(item: CatalogueItem) {
  return {
    title: item.title,
    contentElements: item.contentElements,
    scope: item.scope,
    basis: item.basis,
    frequency: item.frequency,
    frequencyDays: item.frequencyDays,
    timeLimitDays: item.timeLimitDays,
    responsibleDepartmentId: item.responsibleDepartmentId,
    channel: item.channel,
    mode: item.mode,
    source: item.source,
    effectiveFrom: item.effectiveFrom,
    position: item.position,
    active: item.active,
  };
}
export type ItemSnapshot = ReturnType<typeof itemSnapshot>;

async function assertDepartment(tx: DbOrTx, id: number | null) {
  if (!id) return;
  const [d] = await tx.select({ id: departments.id }).from(departments).where(eq(departments.id, id));
  if (!d) throw new DomainError("责任单位不存在", "invalid", "responsibleDepartmentId");
}

export async function createItem(catalogueId: number, input: ItemInput, actorId: string | null, tx: DbOrTx = db) {
  const value = validateItem(input);
  return tx.transaction(async (t) => {
    if (!(await getCatalogueById(catalogueId, t))) throw new DomainError("目录不存在", "not_found");
    await assertDepartment(t, value.responsibleDepartmentId);
    const [row] = await t
      .insert(catalogueItems)
      .values({ ...value, catalogueId })
      .returning();
    await t.insert(catalogueItemVersions).values({ itemId: row.id, version: 1, snapshot: itemSnapshot(row), changedBy: actorId, note: "新建" });
    await recordEvent(t, {
      actorId,
      subjectType: "catalogue_item",
      subjectId: row.id,
      action: "catalogue_item.created",
      toState: "v1",
      data: { catalogueId, title: row.title },
    });
    return row;
  });
}

/** Change an item: optimistic on `version`, and a new snapshot for the record. */
export async function updateItem(id: number, input: ItemInput & { version: number; note: string }, actorId: string) {
  const value = validateItem(input);
  return db.transaction(async (t) => {
    const [before] = await t.select().from(catalogueItems).where(eq(catalogueItems.id, id));
    if (!before) throw new DomainError("公开事项不存在", "not_found");
    await assertDepartment(t, value.responsibleDepartmentId);
    const row = await updateVersioned(t, catalogueItems, { id, expectedVersion: input.version, conflict: "该事项已被他人修改，请查看最新内容后重新提交" }, {
        title: value.title,
        contentElements: value.contentElements,
        scope: value.scope,
        basis: value.basis,
        frequency: value.frequency,
        frequencyDays: value.frequencyDays,
        timeLimitDays: value.timeLimitDays,
        responsibleDepartmentId: value.responsibleDepartmentId,
        channel: value.channel,
        mode: value.mode,
        source: value.source,
        effectiveFrom: value.effectiveFrom,
        position: value.position,
        active: value.active,
      });
    const note = input.note.trim() || null;
    await t.insert(catalogueItemVersions).values({ itemId: id, version: row.version, snapshot: itemSnapshot(row), changedBy: actorId, note });
    await recordEvent(t, {
      actorId,
      subjectType: "catalogue_item",
      subjectId: id,
      action: "catalogue_item.updated",
      fromState: `v${before.version}`,
      toState: `v${row.version}`,
      note,
    });
    return row;
  });
}

export async function getItem(id: number, tx: DbOrTx = db) {
  const [row] = await tx
    .select({ item: catalogueItems, catalogue: catalogues, departmentName: departments.name })
    .from(catalogueItems)
    .innerJoin(catalogues, eq(catalogues.id, catalogueItems.catalogueId))
    .leftJoin(departments, eq(departments.id, catalogueItems.responsibleDepartmentId))
    .where(eq(catalogueItems.id, id));
  if (!row) return null;
  return { ...row, responsibility: responsibilityOf(row.item, row.catalogue) };
}

/** Every version of an item, oldest first, with who changed it. */
export async function listItemVersions(itemId: number) {
  const rows = await db
    .select({
      id: catalogueItemVersions.id,
      version: catalogueItemVersions.version,
      snapshot: catalogueItemVersions.snapshot,
      note: catalogueItemVersions.note,
      createdAt: catalogueItemVersions.createdAt,
      changedByName: users.displayName,
    })
    .from(catalogueItemVersions)
    .leftJoin(users, eq(users.id, catalogueItemVersions.changedBy))
    .where(eq(catalogueItemVersions.itemId, itemId))
    .orderBy(asc(catalogueItemVersions.version));
  return rows.map((r) => ({ ...r, snapshot: r.snapshot as ItemSnapshot }));
}

export async function listItems(catalogueId: number, options: { includeInactive?: boolean } = {}) {
  return db
    .select({ item: catalogueItems, departmentName: departments.name })
    .from(catalogueItems)
    .leftJoin(departments, eq(departments.id, catalogueItems.responsibleDepartmentId))
    .where(and(eq(catalogueItems.catalogueId, catalogueId), options.includeInactive ? undefined : eq(catalogueItems.active, true)))
    .orderBy(asc(catalogueItems.position), asc(catalogueItems.id));
}
