// Whether each disclosure item is up to date: its last publication and how
// late it is for its frequency (working days on the Chinese calendar).
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { db } from "../../../db/client";
import { catalogueEntries, catalogueItems, catalogues, type CatalogueFrequency } from "../../../db/catalogues.schema";
import { departments, organisations } from "../../../db/schema";
import { alias } from "drizzle-orm/pg-core";
import { todayInBeijing } from "../platform/calendar";
import { loadOverrides } from "../platform/calendar.server";
import { overdueStatus, type OverdueStatus, type ScheduleEntry } from "./disclosure-schedule";
import { ownerColumns } from "./catalogues.server";

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
