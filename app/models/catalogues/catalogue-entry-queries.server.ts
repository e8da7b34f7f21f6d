// Reading disclosure entries (信息公开条目): what a viewer may see, the entry
// page with its correction chain and diff, item and catalogue lists, the
// review queue and a department's work in progress. Writes are in
// catalogue-entries.server.ts.
import { and, asc, desc, eq, inArray, isNull, lt, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { diffWords } from "diff";
import { db } from "../../../db/client";
import { catalogueAttachments, catalogueEntries, catalogueItems, catalogues } from "../../../db/catalogues.schema";
import { departments, organisations, users } from "../../../db/schema";
import { loadOverrides } from "../platform/calendar.server";
import { canAuthor, canReview, entryActors, responsibilityOf, type Responsibility } from "./catalogues.server";
import { dayOf } from "./catalogue-status.server";
import { publishedLateBy } from "./disclosure-schedule";
import type { AppUser } from "../directory/users.server";
import { loadContext, type Entry } from "./catalogue-entries.server";
import { ENTRY_RULES, PUBLIC_STATUSES } from "./catalogue-entry-rules";
import { allows, refusedOnlyBy } from "../platform/state-table";
import { cursorPage } from "../../utils/api.server";

type Viewer = AppUser | null;

export function canViewEntry(viewer: Viewer, entry: Pick<Entry, "status">, r: Responsibility) {
  return PUBLIC_STATUSES.includes(entry.status) || canAuthor(viewer, r);
}

/** An attachment, if the viewer may see the entry it belongs to. */
export async function getAttachmentFor(attachmentId: number, viewer: Viewer) {
  const [file] = await db.select().from(catalogueAttachments).where(eq(catalogueAttachments.id, attachmentId));
  if (!file) return null;
  const { entry, responsibility } = await loadContext(db, file.entryId);
  return canViewEntry(viewer, entry, responsibility) ? file : null;
}

// ——— Reading ———

export interface DiffPart {
  value: string;
  added?: boolean;
  removed?: boolean;
}

/** Word-level difference (Chinese words found with Intl.Segmenter). */
export function textDiff(before: string, after: string): DiffPart[] {
  const segmenter = new Intl.Segmenter("zh", { granularity: "word" });
  return diffWords(before, after, { intlSegmenter: segmenter }).map((c) => ({
    value: c.value,
    ...(c.added ? { added: true } : {}),
    ...(c.removed ? { removed: true } : {}),
  }));
}

/** What changed from one revision to the next. */
export function entryDiff(before: Pick<Entry, "title" | "body" | "periodStart" | "periodEnd" | "occurredOn">, after: typeof before) {
  return {
    title: before.title === after.title ? null : textDiff(before.title, after.title),
    body: textDiff(before.body, after.body),
    bodyChanged: before.body !== after.body,
    periodChanged: before.periodStart !== after.periodStart || before.periodEnd !== after.periodEnd,
    occurredOnChanged: before.occurredOn !== after.occurredOn,
  };
}

const author = alias(users, "entry_author");
const ownerDept = alias(departments, "owner_department");
const ownerOrg = alias(organisations, "owner_organisation");
const reviewer = alias(users, "entry_reviewer");

/** What the viewer may do with an entry (the entry page's `can` map), from the state table. */
export function entryRights(viewer: Viewer, r: Responsibility, entry: Pick<Entry, "status" | "authorId" | "submittedBy">, item: { source: string }, hasCorrection: boolean) {
  const facts = { state: entry.status, actors: entryActors(viewer, r, entry) };
  return {
    edit: allows(ENTRY_RULES.edit, facts),
    review: allows(ENTRY_RULES.approve, facts),
    /** The viewer drafted or submitted it: another person must review it. */
    selfReview: refusedOnlyBy(ENTRY_RULES.approve, facts, "notBy"),
    // Generated entries follow their source; a correction already open is continued, not started.
    correct: allows(ENTRY_RULES.correct, facts) && item.source === "manual" && !hasCorrection,
    feedback: allows(ENTRY_RULES.ask, facts),
  };
}

/** Everything the entry page shows, or null when the viewer may not see it. */
export async function getEntryPage(entryId: number, viewer: Viewer) {
  const [row] = await db
    .select({
      entry: catalogueEntries,
      item: catalogueItems,
      catalogue: catalogues,
      departmentName: sql<string | null>`coalesce(${departments.name}, ${ownerDept.name}, ${ownerOrg.name})`,
      authorName: author.displayName,
      reviewerName: reviewer.displayName,
    })
    .from(catalogueEntries)
    .innerJoin(catalogueItems, eq(catalogueItems.id, catalogueEntries.itemId))
    .innerJoin(catalogues, eq(catalogues.id, catalogueItems.catalogueId))
    .leftJoin(departments, eq(departments.id, catalogueItems.responsibleDepartmentId))
    .leftJoin(ownerDept, eq(ownerDept.id, catalogues.ownerDepartmentId))
    .leftJoin(ownerOrg, eq(ownerOrg.id, catalogues.ownerOrganisationId))
    .leftJoin(author, eq(author.id, catalogueEntries.authorId))
    .leftJoin(reviewer, eq(reviewer.id, catalogueEntries.reviewedBy))
    .where(eq(catalogueEntries.id, entryId));
  if (!row) return null;
  const responsibility = responsibilityOf(row.item, row.catalogue);
  if (!canViewEntry(viewer, row.entry, responsibility)) return null;
  const [attachments, previous, next, overrides] = await Promise.all([
    db.select().from(catalogueAttachments).where(eq(catalogueAttachments.entryId, entryId)).orderBy(asc(catalogueAttachments.id)),
    row.entry.previousId ? db.select().from(catalogueEntries).where(eq(catalogueEntries.id, row.entry.previousId)).then((r) => r[0] ?? null) : null,
    db
      .select({ id: catalogueEntries.id, status: catalogueEntries.status, revision: catalogueEntries.revision, title: catalogueEntries.title })
      .from(catalogueEntries)
      .where(eq(catalogueEntries.previousId, entryId))
      .then((r) => r[0] ?? null),
    loadOverrides(),
  ]);
  // A correction still in progress is not public.
  const visibleNext = next && (PUBLIC_STATUSES.includes(next.status) || canAuthor(viewer, responsibility)) ? next : null;
  const lateBy = publishedLateBy(
    { ...row.item },
    { status: row.entry.status, periodStart: row.entry.periodStart, periodEnd: row.entry.periodEnd, occurredOn: row.entry.occurredOn, publishedOn: row.entry.publishedAt ? dayOf(row.entry.publishedAt) : null },
    overrides,
  );
  return {
    ...row,
    responsibility,
    attachments,
    previous: previous && canViewEntry(viewer, previous, responsibility) ? previous : null,
    diff: previous ? entryDiff(previous, row.entry) : null,
    next: visibleNext,
    lateBy,
    isPublic: PUBLIC_STATUSES.includes(row.entry.status),
    can: entryRights(viewer, responsibility, row.entry, row.item, !!next),
  };
}

/** An item's entries, newest first: public ones for everyone, work in progress for its authors. */
export async function listItemEntries(itemId: number, viewer: Viewer, r: Responsibility) {
  const rows = await db
    .select({
      id: catalogueEntries.id,
      title: catalogueEntries.title,
      status: catalogueEntries.status,
      revision: catalogueEntries.revision,
      periodStart: catalogueEntries.periodStart,
      periodEnd: catalogueEntries.periodEnd,
      occurredOn: catalogueEntries.occurredOn,
      publishedAt: catalogueEntries.publishedAt,
      updatedAt: catalogueEntries.updatedAt,
      supersededById: catalogueEntries.supersededById,
      previousId: catalogueEntries.previousId,
      returnReason: catalogueEntries.returnReason,
      authorName: users.displayName,
    })
    .from(catalogueEntries)
    .leftJoin(users, eq(users.id, catalogueEntries.authorId))
    .where(eq(catalogueEntries.itemId, itemId))
    .orderBy(sql`${catalogueEntries.publishedAt} desc nulls last`, desc(catalogueEntries.id));
  const published = rows.filter((e) => PUBLIC_STATUSES.includes(e.status));
  const working = canAuthor(viewer, r) ? rows.filter((e) => !PUBLIC_STATUSES.includes(e.status)) : [];
  return { published, working };
}

/** Published entries for feeds and the API, newest first. */
export async function latestEntries(options: { catalogueId?: number; limit?: number; cursor?: number | null; includeSuperseded?: boolean } = {}) {
  const limit = options.limit ?? 50;
  const rows = await db
    .select({
      id: catalogueEntries.id,
      title: catalogueEntries.title,
      body: catalogueEntries.body,
      status: catalogueEntries.status,
      revision: catalogueEntries.revision,
      previousId: catalogueEntries.previousId,
      supersededById: catalogueEntries.supersededById,
      correctionNote: catalogueEntries.correctionNote,
      periodStart: catalogueEntries.periodStart,
      periodEnd: catalogueEntries.periodEnd,
      occurredOn: catalogueEntries.occurredOn,
      publishedAt: catalogueEntries.publishedAt,
      itemId: catalogueItems.id,
      itemTitle: catalogueItems.title,
      catalogueSlug: catalogues.slug,
      catalogueTitle: catalogues.title,
    })
    .from(catalogueEntries)
    .innerJoin(catalogueItems, eq(catalogueItems.id, catalogueEntries.itemId))
    .innerJoin(catalogues, eq(catalogues.id, catalogueItems.catalogueId))
    .where(
      and(
        options.includeSuperseded ? inArray(catalogueEntries.status, PUBLIC_STATUSES) : eq(catalogueEntries.status, "published"),
        eq(catalogues.active, true),
        options.catalogueId ? eq(catalogues.id, options.catalogueId) : undefined,
        options.cursor ? lt(catalogueEntries.id, options.cursor) : undefined,
      ),
    )
    .orderBy(desc(catalogueEntries.id))
    .limit(limit + 1);
  return cursorPage(rows, limit);
}

/** Entries waiting for review that this user may review (staff: all). */
export async function reviewQueue(user: AppUser) {
  const rows = await db
    .select({
      id: catalogueEntries.id,
      title: catalogueEntries.title,
      revision: catalogueEntries.revision,
      authorId: catalogueEntries.authorId,
      submittedBy: catalogueEntries.submittedBy,
      submittedAt: catalogueEntries.submittedAt,
      itemId: catalogueItems.id,
      itemTitle: catalogueItems.title,
      responsibleDepartmentId: catalogueItems.responsibleDepartmentId,
      catalogueTitle: catalogues.title,
      ownerDepartmentId: catalogues.ownerDepartmentId,
      ownerOrganisationId: catalogues.ownerOrganisationId,
      submitterName: users.displayName,
    })
    .from(catalogueEntries)
    .innerJoin(catalogueItems, eq(catalogueItems.id, catalogueEntries.itemId))
    .innerJoin(catalogues, eq(catalogues.id, catalogueItems.catalogueId))
    .leftJoin(users, eq(users.id, catalogueEntries.submittedBy))
    .where(eq(catalogueEntries.status, "pending_review"))
    .orderBy(asc(catalogueEntries.submittedAt));
  return rows
    .map((r) => {
      const resp = responsibilityOf({ responsibleDepartmentId: r.responsibleDepartmentId }, r);
      return { ...r, canReview: canReview(user, resp, r), visible: canAuthor(user, resp) };
    })
    .filter((r) => r.visible);
}

/** Entries in progress (draft, returned, pending) on items this department answers for. */
export async function workInProgress(departmentId: number) {
  return db
    .select({
      id: catalogueEntries.id,
      title: catalogueEntries.title,
      status: catalogueEntries.status,
      revision: catalogueEntries.revision,
      returnReason: catalogueEntries.returnReason,
      updatedAt: catalogueEntries.updatedAt,
      itemId: catalogueItems.id,
      itemTitle: catalogueItems.title,
      catalogueSlug: catalogues.slug,
    })
    .from(catalogueEntries)
    .innerJoin(catalogueItems, eq(catalogueItems.id, catalogueEntries.itemId))
    .innerJoin(catalogues, eq(catalogues.id, catalogueItems.catalogueId))
    .where(
      and(
        inArray(catalogueEntries.status, ["draft", "returned", "pending_review"]),
        or(
          eq(catalogueItems.responsibleDepartmentId, departmentId),
          and(isNull(catalogueItems.responsibleDepartmentId), eq(catalogues.ownerDepartmentId, departmentId)),
        ),
      ),
    )
    .orderBy(desc(catalogueEntries.updatedAt));
}
