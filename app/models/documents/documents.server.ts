// Documents (调研报告、提案) and their tree of recommendations. Saving a
// structured document writes the document, a version with the full text and
// tree, the recommendation rows and the department mentions in one
// transaction, with an event. Re-saving identical input changes nothing;
// changed input makes a new version while keeping recommendation ids by path.
import { createHash } from "node:crypto";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client";
import { db, rowsOf } from "../../../db/client";
import { departments } from "../../../db/schema";
import {
  departmentMentions,
  documentVersions,
  documents,
  recommendations,
  type DocumentKind,
} from "../../../db/documents.schema";
import type { DirectoryLike, StructureDocument } from "../../structurer";
import { DomainError } from "../../utils/errors";
import { detectScript } from "../../utils/script-conversion";
import { cleanText } from "../../utils/markdown.server";
import { recordEvent, recordEvents } from "../platform/events.server";
import { indexDocument } from "../../../search/index";
import { updateVersioned } from "../platform/versioned.server";
import { recommendationTitle } from "./node-kinds";
import { flattenTree, type FlatNode } from "./flatten-tree";

export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  "research_report",
  "party_proposal",
  "member_proposal",
  "joint_proposal",
  "committee_proposal",
  "social_opinion",
];

export interface DocumentMeta {
  slug: string;
  kind: DocumentKind;
  /** Overrides the structurer's title when given (front matter `title`). */
  title?: string | null;
  year: number;
  session?: string | null;
  organisationId?: number | null;
  authors?: string[];
  submittedOn?: string | null;
  byline?: string | null;
}

export interface SaveInput {
  meta: DocumentMeta;
  sourceText: string;
  sourceFormat: "text" | "markdown" | "docx" | "html" | "pdf";
  sourcePath?: string | null;
  tree: StructureDocument;
  note?: string | null;
  /**
   * The tree's department mentions were checked by staff (the draft editor):
   * they replace what is stored and keep their `confirmed` flags. Otherwise
   * (imports) detected mentions are refreshed and confirmed ones are kept.
   */
  mentionsFromStaff?: boolean;
}

export interface SaveResult {
  id: number;
  slug: string;
  version: number;
  outcome: "created" | "revised" | "unchanged";
}

export const SLUG_RE = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** The departments directory as the structurer wants it (active rows). */
export async function loadDirectory(tx: DbOrTx = db): Promise<(DirectoryLike & { id: number })[]> {
  const rows = await tx
    .select({ id: departments.id, name: departments.name, short: departments.shortName, aliases: departments.aliases })
    .from(departments)
    .where(eq(departments.active, true));
  return rows;
}

// The structurer's Node carries `kind` (issue 12); trees stored before it do not.
function hashOf(input: SaveInput) {
  return createHash("sha256")
    .update(JSON.stringify([input.meta, input.sourceFormat, input.sourceText, input.tree]))
    .digest("hex");
}

function titleOf(input: SaveInput) {
  const title = cleanText(input.meta.title ?? input.tree.title ?? "").trim();
  if (!title) throw new DomainError("文档缺少标题", "invalid", "title");
  if (title.length > 300) throw new DomainError("标题不能超过 300 个字符", "invalid", "title");
  return title;
}

/**
 * Save a structured document as published: create it, or add a version when
 * the input differs from what is stored. All or nothing.
 */
export async function saveStructuredDocument(input: SaveInput, actorId: string | null, tx: DbOrTx = db): Promise<SaveResult> {
  const { meta } = input;
  if (!SLUG_RE.test(meta.slug)) throw new DomainError("文档标识须为小写字母、数字或连字符", "invalid", "slug");
  if (!DOCUMENT_KINDS.includes(meta.kind)) throw new DomainError("未知的文档类别", "invalid", "kind");
  if (!Number.isInteger(meta.year) || meta.year < 1949 || meta.year > 2100) throw new DomainError("年份不正确", "invalid", "year");
  const title = titleOf(input);
  const sourceHash = hashOf(input);
  const flat = flattenTree(input.tree.children);

  return tx.transaction(async (t) => {
    const [existing] = await t.select().from(documents).where(eq(documents.slug, meta.slug)).for("update");
    if (existing && existing.sourceHash === sourceHash) {
      return { id: existing.id, slug: existing.slug, version: existing.currentVersion, outcome: "unchanged" as const };
    }
    const values = {
      kind: meta.kind,
      title,
      byline: cleanText(meta.byline ?? input.tree.byline ?? "") || null,
      organisationId: meta.organisationId ?? null,
      authors: meta.authors ?? [],
      year: meta.year,
      session: meta.session ?? null,
      submittedOn: meta.submittedOn ?? null,
      intro: cleanText(input.tree.intro ?? ""),
      // 简 or 繁, told once here rather than on every page view (decision 016).
      writtenScript: detectScript(`${title}\n${input.sourceText}`),
      status: "published" as const,
      sourceText: input.sourceText,
      sourceFormat: input.sourceFormat,
      sourceHash,
      sourcePath: input.sourcePath ?? null,
    };
    let documentId: number;
    let version: number;
    if (existing) {
      version = existing.currentVersion + 1;
      documentId = existing.id;
      await updateVersioned(t, documents, { id: existing.id }, { ...values, currentVersion: version });
    } else {
      version = 1;
      const [row] = await t
        .insert(documents)
        .values({ ...values, slug: meta.slug, createdBy: actorId, publishedAt: new Date() })
        .returning({ id: documents.id });
      documentId = row.id;
    }
    await t.insert(documentVersions).values({
      documentId,
      version,
      title,
      sourceText: input.sourceText,
      tree: input.tree,
      note: input.note ?? null,
      createdBy: actorId,
    });
    await syncRecommendations(t, documentId, version, flat, input.mentionsFromStaff ? actorId ?? "" : null);
    await recordEvent(t, {
      actorId,
      subjectType: "document",
      subjectId: documentId,
      action: existing ? "document.revised" : "document.published",
      fromState: existing ? `v${existing.currentVersion}` : null,
      toState: `v${version}`,
      note: input.note ?? null,
      data: { slug: meta.slug, recommendations: flat.filter((f) => f.node.kind === "recommendation").length },
    });
    await indexDocument(t, documentId);
    return { id: documentId, slug: meta.slug, version, outcome: existing ? ("revised" as const) : ("created" as const) };
  });
}

/**
 * Bring a document's recommendations in line with its tree. Batched (issue
 * 16: an import is bound by round trips): new nodes take ids from the
 * sequence in one statement, in tree order as one-by-one inserts would, so
 * parents can be referenced before they exist and are inserted with their
 * children in one statement; events, mention deletes and inserts go in one
 * statement each.
 */
async function syncRecommendations(t: DbOrTx, documentId: number, version: number, flat: FlatNode[], staffId: string | null) {
  const existing = await t.select().from(recommendations).where(eq(recommendations.documentId, documentId));
  const byPath = new Map(existing.map((r) => [r.path, r]));
  const idByPath = new Map<string, number>();
  const directory = await loadDirectory(t);
  const idByName = new Map(directory.map((d) => [d.name, d.id]));
  const fresh = flat.filter((f) => !byPath.has(f.path));
  const newIds = fresh.length
    ? rowsOf<{ id: string | number }>(
        await t.execute(sql`select nextval(pg_get_serial_sequence('recommendations', 'id')) as id from generate_series(1, ${fresh.length}) order by 1`),
      ).map((r) => Number(r.id))
    : [];
  fresh.forEach((f, i) => idByPath.set(f.path, newIds[i]));
  for (const f of flat) {
    const old = byPath.get(f.path);
    if (old) idByPath.set(f.path, old.id);
  }
  // A recommendation's title is never a bare "由X牵头" clause (node-kinds.ts).
  const titleOf = (f: FlatNode) => {
    const title = cleanText(f.node.title || f.node.text.slice(0, 60));
    return (f.node.kind === "recommendation" ? recommendationTitle(title, cleanText(f.node.text)) : title) || "（无标题）";
  };
  const rowOf = (f: FlatNode) => ({
    parentId: f.parentPath ? idByPath.get(f.parentPath)! : null,
    position: f.position,
    depth: f.depth,
    level: f.level,
    kind: f.node.kind,
    marker: f.node.marker,
    title: titleOf(f),
    text: cleanText(f.node.text),
    isLeaf: f.node.children.length === 0,
    removedInVersion: null,
  });
  for (const f of flat) {
    const old = byPath.get(f.path);
    if (old) await t.update(recommendations).set({ ...rowOf(f), updatedAt: new Date() }).where(eq(recommendations.id, old.id));
  }
  if (fresh.length) {
    await insertInChunks(fresh, (chunk) => t.insert(recommendations).values(chunk.map((f) => ({ ...rowOf(f), id: idByPath.get(f.path)!, documentId, path: f.path }))));
    await recordEvents(
      t,
      fresh.map((f) => ({
        actorId: null,
        subjectType: "recommendation",
        subjectId: idByPath.get(f.path)!,
        action: "recommendation.published",
        toState: "published",
        data: { documentId, path: f.path },
      })),
    );
  }
  // Imports refresh detected mentions and keep the ones staff confirmed;
  // a staff-checked tree replaces them all.
  const ids = flat.map((f) => idByPath.get(f.path)!);
  await t
    .delete(departmentMentions)
    .where(
      staffId !== null
        ? inArray(departmentMentions.recommendationId, ids)
        : and(inArray(departmentMentions.recommendationId, ids), eq(departmentMentions.confirmed, false)),
    );
  const now = new Date();
  const mentions = flat.flatMap((f) =>
    f.node.departments
      .map((m) => ({ ...m, departmentId: idByName.get(m.name), confirmed: !!(m as { confirmed?: boolean }).confirmed }))
      .filter((m): m is typeof m & { departmentId: number } => m.departmentId !== undefined)
      .map((m) => ({
        recommendationId: idByPath.get(f.path)!,
        departmentId: m.departmentId,
        role: m.role,
        mention: m.mention,
        confirmed: staffId !== null && m.confirmed,
        confirmedBy: staffId !== null && m.confirmed && staffId ? staffId : null,
        confirmedAt: staffId !== null && m.confirmed ? now : null,
      })),
  );
  if (mentions.length) await insertInChunks(mentions, (chunk) => t.insert(departmentMentions).values(chunk).onConflictDoNothing());
  const gone = existing.filter((r) => !idByPath.has(r.path) && r.removedInVersion === null).map((r) => r.id);
  if (gone.length) {
    await t.update(recommendations).set({ removedInVersion: version }).where(inArray(recommendations.id, gone));
  }
}

/** Multi-row inserts of at most 500 rows (PostgreSQL allows 65,535 parameters per statement). */
async function insertInChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += 500) await insert(rows.slice(i, i + 500));
}

/** The live tree of a document (removed nodes left out), parents before children. */
export function listDocumentNodes(documentId: number, tx: DbOrTx = db) {
  return tx
    .select()
    .from(recommendations)
    .where(and(eq(recommendations.documentId, documentId), isNull(recommendations.removedInVersion)))
    .orderBy(recommendations.depth, recommendations.position);
}

/** The body to show under a node's heading: its text without the repeated title sentence. */
