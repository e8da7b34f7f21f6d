// Public disclosure catalogues (信息公开目录): catalogues and their items, who
// may do what, and whether each item is up to date. Staff and admins edit
// catalogues and items; every item change writes a snapshot (version) and an
// event in the same transaction. Entries, review and feedback live in
// catalogue-entries.server.ts.
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { db } from "../../db/client";
import {
  catalogueEntries,
  catalogueItems,
  catalogueItemVersions,
  catalogues,
  type CatalogueFrequency,
} from "../../db/catalogues.schema";
import { departments, organisations, users, type Role } from "../../db/schema";
import { alias } from "drizzle-orm/pg-core";
import { DomainError } from "../utils/errors";
import { todayInBeijing } from "./calendar";
import { loadOverrides } from "./calendar.server";
import { isValidDay, overdueStatus, type OverdueStatus, type ScheduleEntry } from "./disclosure-schedule";
import { recordEvent } from "./events.server";
import type { AppUser } from "./users.server";
import { isLookupKey } from "../utils/params";

export type Catalogue = typeof catalogues.$inferSelect;
export type CatalogueItem = typeof catalogueItems.$inferSelect;

/** Slugs that name pages under /catalogues/ and cannot be catalogues. */
export const RESERVED_SLUGS = ["entries", "attachments", "feed", "new", "export"];
const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?$/;

// ——— Who may do what ———

type Who = Pick<AppUser, "id" | "roles" | "departmentId" | "organisationId"> | null;
const has = (user: Who, ...roles: Role[]) => !!user && roles.some((r) => user.roles.includes(r));

export function canManageCatalogues(user: Who) {
  return has(user, "staff", "admin");
}

/** Who answers for an item: its responsible department, or else the catalogue's owner. */
export interface Responsibility {
  departmentId: number | null;
  organisationId: number | null;
}

export function responsibilityOf(
  item: Pick<CatalogueItem, "responsibleDepartmentId">,
  catalogue: Pick<Catalogue, "ownerDepartmentId" | "ownerOrganisationId">,
): Responsibility {
  if (item.responsibleDepartmentId) return { departmentId: item.responsibleDepartmentId, organisationId: null };
  return { departmentId: catalogue.ownerDepartmentId, organisationId: catalogue.ownerDepartmentId ? null : catalogue.ownerOrganisationId };
}

/** The responsible department's (or organisation's) own people. */
export function isResponsible(user: Who, r: Responsibility) {
  if (!user) return false;
  if (r.departmentId && has(user, "department") && user.departmentId === r.departmentId) return true;
  if (r.organisationId && has(user, "organisation") && user.organisationId === r.organisationId) return true;
  return false;
}

/** Draft, edit and submit entries: the responsible people, and staff/admin. */
export function canAuthor(user: Who, r: Responsibility) {
  return canManageCatalogues(user) || isResponsible(user, r);
}

/** Review (approve or send back): anyone who could author it, except its author and submitter. */
export function canReview(user: Who, r: Responsibility, entry: { authorId: string | null; submittedBy: string | null }) {
  if (!user || !canAuthor(user, r)) return false;
  return user.id !== entry.authorId && user.id !== entry.submittedBy;
}

export function canModerate(user: Who) {
  return has(user, "staff", "admin");
}

// ——— Catalogues ———

export interface CatalogueInput {
  slug: string;
  title: string;
  description: string;
  ownerDepartmentId: number | null;
  ownerOrganisationId: number | null;
}

function validateCatalogue(input: CatalogueInput): CatalogueInput {
  const slug = input.slug.trim().toLowerCase();
  if (!SLUG.test(slug)) throw new DomainError("标识只能包含小写字母、数字和连字符（2–60 个字符）", "invalid", "slug");
  if (RESERVED_SLUGS.includes(slug)) throw new DomainError("该标识为系统保留，请换一个", "invalid", "slug");
  const title = input.title.trim();
  if (!title) throw new DomainError("请填写目录名称", "invalid", "title");
  if ((input.ownerDepartmentId ? 1 : 0) + (input.ownerOrganisationId ? 1 : 0) !== 1) {
    throw new DomainError("请选择一个所属单位或一个所属组织（二者选一）", "invalid", "ownerDepartmentId");
  }
  return { ...input, slug, title, description: input.description.trim() };
}

async function assertOwnersExist(tx: DbOrTx, input: CatalogueInput) {
  if (input.ownerDepartmentId) {
    const [d] = await tx.select({ id: departments.id }).from(departments).where(eq(departments.id, input.ownerDepartmentId));
    if (!d) throw new DomainError("所属单位不存在", "invalid", "ownerDepartmentId");
  }
  if (input.ownerOrganisationId) {
    const [o] = await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, input.ownerOrganisationId));
    if (!o) throw new DomainError("所属组织不存在", "invalid", "ownerOrganisationId");
  }
}

export async function createCatalogue(input: CatalogueInput, actorId: string | null, tx: DbOrTx = db) {
  const value = validateCatalogue(input);
  return tx.transaction(async (t) => {
    await assertOwnersExist(t, value);
    const [clash] = await t.select({ id: catalogues.id }).from(catalogues).where(eq(catalogues.slug, value.slug));
    if (clash) throw new DomainError("已有使用该标识的目录", "conflict", "slug");
    const [{ n }] = await t.select({ n: sql<number>`count(*)::int` }).from(catalogues);
    const [row] = await t
      .insert(catalogues)
      .values({ ...value, createdBy: actorId, sortOrder: n })
      .returning();
    await recordEvent(t, {
      actorId,
      subjectType: "catalogue",
      subjectId: row.id,
      action: "catalogue.created",
      toState: "active",
      data: { slug: row.slug, title: row.title },
    });
    return row;
  });
}

export async function updateCatalogue(id: number, input: CatalogueInput & { version: number; active: boolean }, actorId: string) {
  const value = validateCatalogue(input);
  return db.transaction(async (t) => {
    const before = await getCatalogueById(id, t);
    if (!before) throw new DomainError("目录不存在", "not_found");
    await assertOwnersExist(t, value);
    const [clash] = await t
      .select({ id: catalogues.id })
      .from(catalogues)
      .where(and(eq(catalogues.slug, value.slug), sql`${catalogues.id} <> ${id}`));
    if (clash) throw new DomainError("已有使用该标识的目录", "conflict", "slug");
    const [row] = await t
      .update(catalogues)
      .set({ ...value, active: input.active, version: sql`${catalogues.version} + 1`, updatedAt: new Date() })
      .where(and(eq(catalogues.id, id), eq(catalogues.version, input.version)))
      .returning();
    if (!row) throw new DomainError("该目录已被他人修改，请查看最新内容后重新提交", "conflict");
    const pick = (c: Catalogue) => ({
      slug: c.slug,
      title: c.title,
      description: c.description,
      ownerDepartmentId: c.ownerDepartmentId,
      ownerOrganisationId: c.ownerOrganisationId,
      active: c.active,
    });
    await recordEvent(t, {
      actorId,
      subjectType: "catalogue",
      subjectId: id,
      action: "catalogue.updated",
      fromState: before.active ? "active" : "inactive",
      toState: row.active ? "active" : "inactive",
      data: { before: pick(before), after: pick(row) },
    });
    return row;
  });
}

export async function getCatalogueById(id: number, tx: DbOrTx = db) {
  const [row] = await tx.select().from(catalogues).where(eq(catalogues.id, id));
  return row ?? null;
}

const ownerColumns = {
  ownerName: sql<string>`coalesce(${departments.name}, ${organisations.name})`,
};

export async function getCatalogueBySlug(slug: string) {
  if (!isLookupKey(slug)) return null;
  const [row] = await db
    .select({ catalogue: catalogues, ...ownerColumns })
    .from(catalogues)
    .leftJoin(departments, eq(departments.id, catalogues.ownerDepartmentId))
    .leftJoin(organisations, eq(organisations.id, catalogues.ownerOrganisationId))
    .where(eq(catalogues.slug, slug));
  return row ? { ...row.catalogue, ownerName: row.ownerName } : null;
}

/** Catalogues with item counts, newest publication and overdue count. */
export async function listCatalogues(options: { includeInactive?: boolean } = {}) {
  const rows = await db
    .select({ catalogue: catalogues, ...ownerColumns })
    .from(catalogues)
    .leftJoin(departments, eq(departments.id, catalogues.ownerDepartmentId))
    .leftJoin(organisations, eq(organisations.id, catalogues.ownerOrganisationId))
    .where(options.includeInactive ? undefined : eq(catalogues.active, true))
    .orderBy(asc(catalogues.sortOrder), asc(catalogues.id));
  const statuses = await itemStatuses({ catalogueIds: rows.map((r) => r.catalogue.id) });
  return rows.map((r) => {
    const mine = statuses.filter((s) => s.catalogueId === r.catalogue.id);
    const last = mine.reduce<Date | null>((m, s) => (s.lastPublishedAt && (!m || s.lastPublishedAt > m) ? s.lastPublishedAt : m), null);
    return {
      ...r.catalogue,
      ownerName: r.ownerName,
      items: mine.filter((s) => s.active).length,
      entries: mine.reduce((n, s) => n + s.publishedCount, 0),
      overdue: mine.filter((s) => s.status.overdue).length,
      lastPublishedAt: last,
    };
  });
}

// ——— Items ———

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
    const [row] = await t
      .update(catalogueItems)
      .set({
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
        version: sql`${catalogueItems.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(catalogueItems.id, id), eq(catalogueItems.version, input.version)))
      .returning();
    if (!row) throw new DomainError("该事项已被他人修改，请查看最新内容后重新提交", "conflict");
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

// ——— Status (last update, overdue) ———

const ownerDept = alias(departments, "owner_department");
const ownerOrg = alias(organisations, "owner_organisation");

export interface ItemStatus {
  itemId: number;
  catalogueId: number;
  catalogueSlug: string;
  catalogueTitle: string;
  title: string;
  frequency: CatalogueFrequency;
  frequencyDays: number | null;
  mode: "proactive" | "on_request";
  source: "manual" | "proposal_replies";
  active: boolean;
  responsibleDepartmentId: number | null;
  responsibleName: string | null;
  lastPublishedAt: Date | null;
  publishedCount: number;
  status: OverdueStatus;
}

/** Beijing-time day of a timestamp. */
export function dayOf(date: Date) {
  return todayInBeijing(date);
}

/**
 * Every matching item with its last publication and overdue status, computed
 * with the working-day calendar for `today` (Beijing time).
 */
export async function itemStatuses(
  filter: { catalogueIds?: number[]; departmentId?: number; itemIds?: number[] } = {},
  today = todayInBeijing(),
): Promise<ItemStatus[]> {
  if (filter.catalogueIds && !filter.catalogueIds.length) return [];
  if (filter.itemIds && !filter.itemIds.length) return [];
  const conditions = [];
  if (filter.catalogueIds) conditions.push(inArray(catalogueItems.catalogueId, filter.catalogueIds));
  if (filter.itemIds) conditions.push(inArray(catalogueItems.id, filter.itemIds));
  if (filter.departmentId) {
    conditions.push(
      sql`coalesce(${catalogueItems.responsibleDepartmentId}, ${catalogues.ownerDepartmentId}) = ${filter.departmentId}`,
    );
  }
  const items = await db
    .select({ item: catalogueItems, catalogue: catalogues, departmentName: departments.name, ownerName: sql<string | null>`coalesce(${ownerDept.name}, ${ownerOrg.name})` })
    .from(catalogueItems)
    .innerJoin(catalogues, eq(catalogues.id, catalogueItems.catalogueId))
    .leftJoin(departments, eq(departments.id, catalogueItems.responsibleDepartmentId))
    .leftJoin(ownerDept, eq(ownerDept.id, catalogues.ownerDepartmentId))
    .leftJoin(ownerOrg, eq(ownerOrg.id, catalogues.ownerOrganisationId))
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(catalogues.sortOrder), asc(catalogues.id), asc(catalogueItems.position), asc(catalogueItems.id));
  if (!items.length) return [];
  const entries = await db
    .select({
      itemId: catalogueEntries.itemId,
      status: catalogueEntries.status,
      periodStart: catalogueEntries.periodStart,
      periodEnd: catalogueEntries.periodEnd,
      occurredOn: catalogueEntries.occurredOn,
      publishedAt: catalogueEntries.publishedAt,
    })
    .from(catalogueEntries)
    .where(inArray(catalogueEntries.itemId, items.map((i) => i.item.id)));
  const byItem = new Map<number, typeof entries>();
  for (const e of entries) byItem.set(e.itemId, [...(byItem.get(e.itemId) ?? []), e]);
  const overrides = await loadOverrides();
  return items.map(({ item, catalogue, departmentName, ownerName }) => {
    const mine = byItem.get(item.id) ?? [];
    const schedule: ScheduleEntry[] = mine.map((e) => ({
      status: e.status,
      periodStart: e.periodStart,
      periodEnd: e.periodEnd,
      occurredOn: e.occurredOn,
      publishedOn: e.publishedAt ? dayOf(e.publishedAt) : null,
    }));
    const published = mine.filter((e) => e.status === "published" || e.status === "superseded");
    const last = published.reduce<Date | null>((m, e) => (e.publishedAt && (!m || e.publishedAt > m) ? e.publishedAt : m), null);
    return {
      itemId: item.id,
      catalogueId: catalogue.id,
      catalogueSlug: catalogue.slug,
      catalogueTitle: catalogue.title,
      title: item.title,
      frequency: item.frequency,
      frequencyDays: item.frequencyDays,
      mode: item.mode,
      source: item.source,
      active: item.active && catalogue.active,
      responsibleDepartmentId: item.responsibleDepartmentId ?? catalogue.ownerDepartmentId,
      responsibleName: departmentName ?? ownerName,
      lastPublishedAt: last,
      publishedCount: mine.filter((e) => e.status === "published").length,
      status: overdueStatus({ ...item, active: item.active && catalogue.active }, schedule, today, overrides),
    };
  });
}

/** Overdue items, most late first (staff dashboard, department pages). */
export async function overdueItems(filter: { departmentId?: number } = {}, today = todayInBeijing()) {
  const all = await itemStatuses(filter, today);
  return all.filter((s) => s.status.overdue).sort((a, b) => b.status.daysLate - a.status.daysLate);
}

export async function catalogueOptions() {
  const rows = await db.select({ id: catalogues.id, title: catalogues.title, slug: catalogues.slug }).from(catalogues).orderBy(desc(catalogues.active), asc(catalogues.sortOrder));
  return rows;
}
