// Documents (调研报告、提案) and their tree of recommendations. Saving a
// structured document writes the document, a version with the full text and
// tree, the recommendation rows and the department mentions in one
// transaction, with an event. Re-saving identical input changes nothing;
// changed input makes a new version while keeping recommendation ids by path.
// Many documents can be saved in one transaction (imports); the writing is in
// write-documents.server.ts.
import { createHash } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client";
import { db } from "../../../db/client";
import { departments } from "../../../db/schema";
import { recommendations, type DocumentKind } from "../../../db/documents.schema";
import type { DirectoryLike, StructureDocument } from "../../structurer";
import { DomainError } from "../../utils/errors";
import { detectScript } from "../../utils/script-conversion";
import { cleanText } from "../../utils/markdown.server";
import { flattenTree } from "./flatten-tree";
import { adoptEntryForms, type EntryForms } from "../../../search/entry-forms";
import { documentIndexForms, getSearchEngine, prepareDocumentIndex } from "../../../search/index";
import { searchDocumentsOf, writeDocuments, type PreparedDocument, type SaveResult } from "./write-documents.server";

export type { SaveResult } from "./write-documents.server";

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

/** Check a document and compute what is saved, before any transaction opens. */
function prepareDocument(input: SaveInput, actorId: string | null): PreparedDocument {
  const { meta } = input;
  if (!SLUG_RE.test(meta.slug)) throw new DomainError("文档标识须为小写字母、数字或连字符", "invalid", "slug");
  if (!DOCUMENT_KINDS.includes(meta.kind)) throw new DomainError("未知的文档类别", "invalid", "kind");
  if (!Number.isInteger(meta.year) || meta.year < 1949 || meta.year > 2100) throw new DomainError("年份不正确", "invalid", "year");
  const title = titleOf(input);
  const sourceHash = hashOf(input);
  return {
    slug: meta.slug,
    sourceHash,
    values: {
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
    },
    title,
    sourceText: input.sourceText,
    tree: input.tree,
    note: input.note ?? null,
    flat: flattenTree(input.tree.children),
    staffId: input.mentionsFromStaff ? (actorId ?? "") : null,
  };
}

// Documents prepared ahead (prepareDocumentsAhead), by input and actor: a pure
// function of both, so the same as preparing them when they are saved.
const preparedAhead = new WeakMap<SaveInput, { actorId: string | null; doc: PreparedDocument }>();

function preparedOf(input: SaveInput, actorId: string | null): PreparedDocument {
  const ahead = preparedAhead.get(input);
  return ahead && ahead.actorId === actorId ? ahead.doc : prepareDocument(input, actorId);
}

/**
 * Check and compute what saving these inputs will write, and segment their
 * search texts, before they are saved (an import does it while the previous
 * batch is saved: issue 16). A document that fails its checks is left for the
 * save to refuse, with the same error.
 */
export function prepareDocumentsAhead(inputs: SaveInput[], actorId: string | null, organisationName: (id: number) => string | null): void {
  const docs: PreparedDocument[] = [];
  for (const input of inputs) {
    try {
      const doc = prepareDocument(input, actorId);
      preparedAhead.set(input, { actorId, doc });
      docs.push(doc);
    } catch {
      // refused when saved
    }
  }
  prepareDocumentIndex(searchDocumentsOf(docs, organisationName));
}

/** What a worker thread prepared for some inputs (prepareDocumentsOff): structured-clone safe. */
export interface PreparedOff {
  /** By input; null when the input fails its checks (the save refuses it, with the same error). */
  docs: (PreparedDocument | null)[];
  /** The search entries' stored forms, by texts (PostgreSQL engine only). */
  forms: [string, EntryForms][];
}

/**
 * prepareDocumentsAhead in a worker thread (content/import-worker.ts): send
 * the result with the inputs in one message, so that the trees stay shared,
 * and adopt it in the saving thread (adoptPreparedDocuments).
 */
export function prepareDocumentsOff(inputs: SaveInput[], actorId: string | null, organisationName: (id: number) => string | null, indexForms: boolean): PreparedOff {
  const docs = inputs.map((input) => {
    try {
      return prepareDocument(input, actorId);
    } catch {
      return null; // refused when saved
    }
  });
  const valid = docs.filter((d): d is PreparedDocument => d !== null);
  return { docs, forms: indexForms ? documentIndexForms(searchDocumentsOf(valid, organisationName)) : [] };
}

/** Take what a worker prepared (prepareDocumentsOff) for these inputs: a pure function of them, so saving gives the same rows. */
export function adoptPreparedDocuments(inputs: SaveInput[], actorId: string | null, off: PreparedOff): void {
  inputs.forEach((input, i) => {
    const doc = off.docs[i];
    if (doc) preparedAhead.set(input, { actorId, doc });
  });
  if (off.forms.length && getSearchEngine().name === "postgres") adoptEntryForms(off.forms);
}

/**
 * Save a structured document as published: create it, or add a version when
 * the input differs from what is stored. All or nothing.
 */
export async function saveStructuredDocument(input: SaveInput, actorId: string | null, tx: DbOrTx = db): Promise<SaveResult> {
  const [saved] = await saveStructuredDocuments([input], actorId, tx);
  return saved;
}

/**
 * Save many documents (distinct slugs) in one transaction, all or nothing,
 * with the same rows, events and search entries as saving each alone
 * (write-documents.server.ts); results in the order given. Every document is
 * checked before the transaction opens. Imports use it (issue 16).
 */
export async function saveStructuredDocuments(inputs: SaveInput[], actorId: string | null, tx: DbOrTx = db): Promise<SaveResult[]> {
  const prepared = inputs.map((input) => preparedOf(input, actorId));
  if (new Set(prepared.map((p) => p.slug)).size !== prepared.length) {
    throw new DomainError("同一批文档的标识不能重复", "invalid", "slug");
  }
  if (!prepared.length) return [];
  return tx.transaction((t) => writeDocuments(t, prepared, actorId, () => loadDirectory(t)));
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
