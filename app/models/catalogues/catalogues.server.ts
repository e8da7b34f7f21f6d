// Public disclosure catalogues (信息公开目录): the catalogues and who may do
// what with them. Staff and admins edit catalogues; each change writes an
// event in the same transaction. Items are in catalogue-items.server.ts, their
// status (overdue) in catalogue-status.server.ts, entries, review and feedback
// in catalogue-entries.server.ts.
import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client";
import { db } from "../../../db/client";
import { catalogueItems, catalogues } from "../../../db/catalogues.schema";
import { departments, organisations } from "../../../db/schema";
import { DomainError } from "../../utils/errors";
import { recordEvent } from "../platform/events.server";
import { isLookupKey } from "../../utils/params";
import { actsForOrganisation, isDepartmentUser, isStaff, type Who as PermissionSubject } from "../../auth/permissions";
import { allows } from "../platform/state-table";
import { ENTRY_RULES, type EntryActor } from "./catalogue-entry-rules";
import { updateVersioned } from "../platform/versioned.server";

export type Catalogue = typeof catalogues.$inferSelect;
export type CatalogueItem = typeof catalogueItems.$inferSelect;

/** Slugs that name pages under /catalogues/ and cannot be catalogues. */
export const RESERVED_SLUGS = ["entries", "attachments", "feed", "new", "export"];
const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?$/;

// ——— Who may do what ———

type Who = PermissionSubject | null;

export function canManageCatalogues(user: Who) {
  return isStaff(user);
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
  if (r.departmentId && isDepartmentUser(user, r.departmentId)) return true;
  if (actsForOrganisation(user, r.organisationId)) return true;
  return false;
}

/** Draft, edit and submit entries: the responsible people, and staff/admin. */
export function canAuthor(user: Who, r: Responsibility) {
  return canManageCatalogues(user) || isResponsible(user, r);
}

/** An actor's relations to an entry, for the state table (catalogue-entry-rules.ts). */
export function entryActors(user: Who, r: Responsibility, entry?: { authorId: string | null; submittedBy: string | null }): EntryActor[] {
  if (!user) return [];
  const actors: EntryActor[] = ["signed_in"];
  if (canManageCatalogues(user)) actors.push("staff");
  if (isResponsible(user, r)) actors.push("responsible");
  if (entry && (user.id === entry.authorId || user.id === entry.submittedBy)) actors.push("drafter");
  return actors;
}

/** Review (approve or send back): anyone who could author it, except its author and submitter. */
export function canReview(user: Who, r: Responsibility, entry: { authorId: string | null; submittedBy: string | null }) {
  return allows(ENTRY_RULES.approve, { actors: entryActors(user, r, entry) });
}

export function canModerate(user: Who) {
  return isStaff(user);
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
    const row = await updateVersioned(t, catalogues, { id, expectedVersion: input.version, conflict: "该目录已被他人修改，请查看最新内容后重新提交" }, { ...value, active: input.active });
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

export const ownerColumns = {
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

export async function catalogueOptions() {
  const rows = await db.select({ id: catalogues.id, title: catalogues.title, slug: catalogues.slug }).from(catalogues).orderBy(desc(catalogues.active), asc(catalogues.sortOrder));
  return rows;
}
