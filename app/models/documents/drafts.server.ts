// Staff structuring workflow (录入与校对): paste or upload → the structurer's
// trees become a draft → staff correct it → publish. Editing a published
// document starts a draft from its current version; publishing makes a new
// version. Drafts are staff-only working copies; publishing goes through
// saveStructuredDocument, so the public record is versioned and evented.
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client";
import { db } from "../../../db/client";
import { departments, organisations } from "../../../db/schema";
import {
  departmentMentions,
  documentDrafts,
  documentVersions,
  documents,
  recommendations,
  type DocumentKind,
} from "../../../db/documents.schema";
import { structureText, type StructureDocument, type StructureResult } from "../../structurer";
import { toHans } from "../../utils/script.server";
import { DomainError } from "../../utils/errors";
import { cleanText } from "../../utils/markdown.server";
import { suggestionsFrom } from "./draft-preview";
import { kindChanges, type DraftContent, type DraftDocument, type DraftNode } from "./draft-tree";
import { withKinds } from "./node-kinds";
import { loadDirectory, saveStructuredDocument, SLUG_RE } from "./documents.server";
import { recordEvent } from "../platform/events.server";
import { updateVersioned } from "../platform/versioned.server";

export type Draft = Omit<typeof documentDrafts.$inferSelect, "content"> & { content: DraftContent };

export interface NewDraftInput {
  sourceText: string;
  sourceFormat: "text" | "markdown" | "docx" | "html" | "pdf";
  kind: DocumentKind;
  year: number;
  session: string | null;
  organisationId: number | null;
  authors: string[];
}

async function organisationIdFor(written: string | null): Promise<number | null> {
  if (!written) return null;
  const folded = toHans(written).trim();
  const rows = await db.select().from(organisations);
  return rows.find((o) => o.name === folded || o.shortName === folded || o.aliases.includes(folded))?.id ?? null;
}

function toDraftNodes(nodes: StructureDocument["children"]): DraftNode[] {
  return nodes.map((n) => ({
    marker: n.marker,
    title: cleanText(n.title),
    text: cleanText(n.text),
    children: toDraftNodes(n.children),
    departments: n.departments.map((m) => ({ ...m, confirmed: false })),
    kind: n.kind, // the structurer's proposal; staff confirm it in the editor
  }));
}

/** Structure a draft's source text; `keepLines` are removed lines staff chose to keep. */
export async function structureSource(sourceText: string, sourceFormat: string, keepLines: number[]) {
  return structureText(sourceText, {
    directory: await loadDirectory(),
    format: sourceFormat === "markdown" ? "markdown" : "text",
    keepLines,
  });
}

/** The structurer's documents as draft documents (slugs are filled in by the caller). */
export async function toDraftDocuments(result: StructureResult, defaults: Omit<NewDraftInput, "sourceText" | "sourceFormat">) {
  const documentsOut: DraftDocument[] = [];
  for (const tree of result.documents) {
    documentsOut.push({
      meta: {
        slug: "",
        kind: defaults.kind,
        title: cleanText(tree.title),
        year: defaults.year,
        session: defaults.session,
        organisationId: defaults.organisationId ?? (await organisationIdFor(tree.organisation)),
        authors: defaults.authors,
        byline: tree.byline,
      },
      intro: cleanText(tree.intro),
      children: toDraftNodes(withKinds(tree.children)),
    });
  }
  return documentsOut;
}

/** Slugs default to year-draft-n, editable before publishing; filled only where empty. */
export function withSlugs(documentsIn: DraftDocument[], draftId: number): DraftDocument[] {
  return documentsIn.map((d, i) => ({
    ...d,
    meta: { ...d.meta, slug: d.meta.slug || `${d.meta.year}-d${draftId}${documentsIn.length > 1 ? `-${i + 1}` : ""}` },
  }));
}

export async function createDraftFromText(input: NewDraftInput, actorId: string): Promise<number> {
  if (!input.sourceText.trim()) throw new DomainError("请粘贴或上传原文", "invalid", "sourceText");
  if (input.sourceText.length > 500_000) throw new DomainError("原文过长（不超过 50 万字）", "invalid", "sourceText");
  const result = await structureSource(input.sourceText, input.sourceFormat, []);
  if (!result.documents.length) throw new DomainError("没有识别出正文，请检查粘贴的内容", "invalid", "sourceText");
  const documentsOut = await toDraftDocuments(result, input);
  const preview = { removed: result.removed ?? [], keepLines: [], suggestions: suggestionsFrom(result) };
  return db.transaction(async (t) => {
    const [row] = await t
      .insert(documentDrafts)
      .values({ createdBy: actorId, sourceText: input.sourceText, sourceFormat: input.sourceFormat, content: { documents: documentsOut } })
      .returning({ id: documentDrafts.id });
    const content: DraftContent = { documents: withSlugs(documentsOut, row.id), ...preview };
    await t.update(documentDrafts).set({ content }).where(eq(documentDrafts.id, row.id));
    await recordEvent(t, {
      actorId,
      subjectType: "draft",
      subjectId: row.id,
      action: "draft.created",
      toState: "open",
      data: { documents: content.documents.length },
    });
    return row.id;
  });
}

/**
 * A draft whose tree another workflow built (e.g. a consultation topic's
 * summary from its opinions), in the caller's transaction so the caller can
 * record its own link to the draft atomically.
 */
export async function createDraftFromContent(t: DbOrTx, content: DraftContent, sourceText: string, actorId: string, data: Record<string, unknown> = {}): Promise<number> {
  if (!content.documents.length) throw new DomainError("草稿没有内容", "invalid");
  const [row] = await t.insert(documentDrafts).values({ createdBy: actorId, sourceText, sourceFormat: "markdown", content }).returning({ id: documentDrafts.id });
  await recordEvent(t, { actorId, subjectType: "draft", subjectId: row.id, action: "draft.created", toState: "open", data });
  return row.id;
}

/** Told, inside the publishing transaction, of each document a draft published. */
export type DraftPublishedHook = (t: DbOrTx, published: { draftId: number; documentId: number; document: DraftDocument; actorId: string }) => Promise<void>;
const publishedHooks: DraftPublishedHook[] = [];

/** Called once by the module that wants to know (e.g. participation summaries keep their opinion links). */
export function onDraftPublished(hook: DraftPublishedHook) {
  if (!publishedHooks.includes(hook)) publishedHooks.push(hook);
}

/** Start a draft from a published document's current version, with confirmed departments. */
export async function createDraftFromDocument(slug: string, actorId: string): Promise<number> {
  const [doc] = await db.select().from(documents).where(eq(documents.slug, slug));
  if (!doc) throw new DomainError("文档不存在", "not_found");
  const nodes = await db
    .select()
    .from(recommendations)
    .where(and(eq(recommendations.documentId, doc.id), sql`${recommendations.removedInVersion} is null`));
  const mentions = nodes.length
    ? await db
        .select({ recommendationId: departmentMentions.recommendationId, name: departments.name, role: departmentMentions.role, mention: departmentMentions.mention, confirmed: departmentMentions.confirmed })
        .from(departmentMentions)
        .innerJoin(departments, eq(departments.id, departmentMentions.departmentId))
        .where(inArray(departmentMentions.recommendationId, nodes.map((n) => n.id)))
    : [];
  const build = (parentId: number | null): DraftNode[] =>
    nodes
      .filter((n) => n.parentId === parentId)
      .sort((a, b) => a.position - b.position)
      .map((n) => ({
        marker: n.marker,
        title: n.title,
        text: n.text,
        children: build(n.id),
        kind: n.kind,
        departments: mentions.filter((m) => m.recommendationId === n.id).map(({ name, role, mention, confirmed }) => ({ name, role, mention, confirmed })),
      }));
  const content: DraftContent = {
    documents: [
      {
        meta: {
          slug: doc.slug,
          kind: doc.kind,
          title: doc.title,
          year: doc.year,
          session: doc.session,
          organisationId: doc.organisationId,
          authors: doc.authors,
          byline: doc.byline,
        },
        intro: doc.intro,
        children: build(null),
      },
    ],
  };
  return db.transaction(async (t) => {
    const [row] = await t
      .insert(documentDrafts)
      .values({ createdBy: actorId, sourceText: doc.sourceText, sourceFormat: doc.sourceFormat, documentId: doc.id, content })
      .returning({ id: documentDrafts.id });
    await recordEvent(t, { actorId, subjectType: "draft", subjectId: row.id, action: "draft.created", toState: "open", data: { documentId: doc.id } });
    return row.id;
  });
}

export async function getDraft(id: number): Promise<Draft | null> {
  const [row] = await db.select().from(documentDrafts).where(eq(documentDrafts.id, id));
  return row ? { ...row, content: row.content as DraftContent } : null;
}

export function listOpenDrafts() {
  return db
    .select({ id: documentDrafts.id, createdAt: documentDrafts.createdAt, documentId: documentDrafts.documentId, content: documentDrafts.content })
    .from(documentDrafts)
    .where(eq(documentDrafts.status, "open"))
    .orderBy(desc(documentDrafts.id))
    .limit(100);
}

/** Store edited content, if nobody saved the draft in between (version check); the event lists changed node kinds. */
export async function saveDraftContent(id: number, version: number, content: DraftContent, actorId: string) {
  return db.transaction(async (t) => {
    const [before] = await t.select({ content: documentDrafts.content }).from(documentDrafts).where(eq(documentDrafts.id, id));
    const row = await updateVersioned(
      t,
      documentDrafts,
      { id, expectedVersion: version, where: eq(documentDrafts.status, "open"), conflict: "草稿已被他人修改或已发布，请刷新后重新修改" },
      { content },
    );
    await recordEvent(t, { actorId, subjectType: "draft", subjectId: id, action: "draft.edited", data: { kinds: before ? kindChanges(before.content as DraftContent, content) : [] } });
    return row.version;
  });
}

function toStructure(d: DraftDocument): StructureDocument {
  const map = (nodes: DraftNode[]): StructureDocument["children"] =>
    nodes.map((n) => ({
      marker: n.marker,
      title: n.title,
      text: n.text,
      children: map(n.children),
      kind: n.kind, // as staff confirmed it (settled again on save: only a leaf is a recommendation)
      // `confirmed` rides along; saveStructuredDocument stores it (mentionsFromStaff).
      departments: n.departments.map((m) => ({ ...m })),
    }));
  return { title: d.meta.title, byline: d.meta.byline, organisation: null, intro: d.intro, children: map(d.children) };
}

/** Publish every document of the draft (all or nothing). Returns the slugs. */
export async function publishDraft(id: number, version: number, actorId: string): Promise<string[]> {
  return db.transaction(async (t) => {
    const [row] = await t.select().from(documentDrafts).where(eq(documentDrafts.id, id)).for("update");
    if (!row || row.status !== "open") throw new DomainError("草稿不存在或已发布", "conflict");
    if (row.version !== version) throw new DomainError("草稿已被他人修改，请刷新后再发布", "conflict");
    const content = row.content as DraftContent;
    const slugs: string[] = [];
    for (const d of content.documents) {
      if (!SLUG_RE.test(d.meta.slug)) throw new DomainError(`“${d.meta.title}”的网址标识须为小写字母、数字或连字符`, "invalid");
      if (!d.meta.title.trim()) throw new DomainError("每篇文档都需要标题", "invalid");
      if (!row.documentId) {
        const [taken] = await t.select({ id: documents.id }).from(documents).where(eq(documents.slug, d.meta.slug));
        if (taken) throw new DomainError(`网址标识“${d.meta.slug}”已被使用`, "conflict");
      }
      const saved = await saveStructuredDocument(
        {
          meta: { ...d.meta },
          sourceText: row.sourceText,
          sourceFormat: row.sourceFormat as "text" | "markdown" | "docx" | "html" | "pdf",
          tree: toStructure(d),
          note: row.documentId ? "工作人员修订" : null,
          mentionsFromStaff: true,
        },
        actorId,
        t,
      );
      for (const hook of publishedHooks) await hook(t, { draftId: id, documentId: saved.id, document: d, actorId });
      slugs.push(d.meta.slug);
    }
    await t.update(documentDrafts).set({ status: "published", updatedAt: new Date() }).where(eq(documentDrafts.id, id));
    await recordEvent(t, { actorId, subjectType: "draft", subjectId: id, action: "draft.published", fromState: "open", toState: "published", data: { slugs } });
    return slugs;
  });
}

export async function discardDraft(id: number, actorId: string) {
  await db.transaction(async (t) => {
    const [row] = await t
      .update(documentDrafts)
      .set({ status: "discarded", updatedAt: new Date() })
      .where(and(eq(documentDrafts.id, id), eq(documentDrafts.status, "open")))
      .returning({ id: documentDrafts.id });
    if (!row) throw new DomainError("草稿不存在或已处理", "conflict");
    await recordEvent(t, { actorId, subjectType: "draft", subjectId: id, action: "draft.discarded", fromState: "open", toState: "discarded" });
  });
}

export async function latestVersionTree(documentId: number) {
  const [v] = await db
    .select()
    .from(documentVersions)
    .where(eq(documentVersions.documentId, documentId))
    .orderBy(desc(documentVersions.version))
    .limit(1);
  return v ?? null;
}
