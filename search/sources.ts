// What is searchable, read from the database as SearchEntry rows. One source
// per kind of item; each builds its entries by id (for the transaction that
// changed them) and lists them all (for a rebuild). Replies, disclosure
// entries and studio sessions get their own source when they exist, listed in
// SOURCES, and their own index call (like indexDocument) in their transactions.
import { and, asc, eq, gt, inArray, isNull } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { organisations } from "../db/schema";
import { departmentMentions, documents, recommendations } from "../db/documents.schema";
import { anchorOf, bodyWithoutTitle } from "../app/models/documents/anchors";
import { PUBLIC_AUDIENCE, type SearchEntry } from "./engine";
import { allReplyEntries } from "./reply-source";
import { allTopicEntries } from "./participation-source";

export const documentGroup = (documentId: number) => `document:${documentId}`;

/** A document's live nodes and their mentioned departments, when the caller has them (an import that just wrote them). */
export interface KnownNodes {
  nodes: EntryNode[];
  departmentsOf: Map<number, number[]>;
}

/**
 * A published document and its live recommendations (the leaves of its tree)
 * as entries, by document id. Documents that are not published have none, so
 * indexing them removes what was there. `known`: documents whose live nodes
 * and mentions the caller just wrote (writeDocuments, for the documents it
 * created), so they are not read back (issue 16); the documents' rows are
 * read either way (status, organisation, publication time).
 */
export async function documentEntries(tx: DbOrTx, documentIds: number[], known?: Map<number, KnownNodes>): Promise<Map<number, SearchEntry[]>> {
  const out = new Map<number, SearchEntry[]>(documentIds.map((id) => [id, []]));
  if (!documentIds.length) return out;
  const docs = await tx
    .select({
      id: documents.id,
      slug: documents.slug,
      kind: documents.kind,
      title: documents.title,
      byline: documents.byline,
      authors: documents.authors,
      year: documents.year,
      session: documents.session,
      intro: documents.intro,
      organisationId: documents.organisationId,
      organisationName: organisations.name,
      publishedAt: documents.publishedAt,
    })
    .from(documents)
    .leftJoin(organisations, eq(organisations.id, documents.organisationId))
    .where(and(inArray(documents.id, documentIds), eq(documents.status, "published")));
  if (!docs.length) return out;
  const ids = docs.map((d) => d.id).filter((id) => !known?.has(id));
  const read = ids.length ? await storedNodes(tx, ids) : { nodesOf: new Map<number, EntryNode[]>(), departmentsOf: new Map<number, number[]>() };
  for (const doc of docs) {
    const given = known?.get(doc.id);
    out.set(doc.id, documentEntriesOf(doc, given?.nodes ?? read.nodesOf.get(doc.id) ?? [], given?.departmentsOf ?? read.departmentsOf));
  }
  return out;
}

/** The live nodes of documents and the departments their mentions name, as stored. */
async function storedNodes(tx: DbOrTx, ids: number[]) {
  const [nodes, mentions] = await Promise.all([
    tx
      .select({
        id: recommendations.id,
        documentId: recommendations.documentId,
        parentId: recommendations.parentId,
        path: recommendations.path,
        depth: recommendations.depth,
        position: recommendations.position,
        title: recommendations.title,
        text: recommendations.text,
        isLeaf: recommendations.isLeaf,
        kind: recommendations.kind,
      })
      .from(recommendations)
      .where(and(inArray(recommendations.documentId, ids), isNull(recommendations.removedInVersion)))
      .orderBy(asc(recommendations.documentId), asc(recommendations.id)),
    tx
      .select({ recommendationId: departmentMentions.recommendationId, departmentId: departmentMentions.departmentId })
      .from(departmentMentions)
      .innerJoin(recommendations, eq(recommendations.id, departmentMentions.recommendationId))
      .where(and(inArray(recommendations.documentId, ids), isNull(recommendations.removedInVersion))),
  ]);
  const departmentsOf = new Map<number, number[]>();
  for (const m of mentions) {
    const list = departmentsOf.get(m.recommendationId) ?? [];
    list.push(m.departmentId);
    departmentsOf.set(m.recommendationId, list);
  }
  const nodesOf = new Map<number, EntryNode[]>();
  for (const n of nodes) {
    const list = nodesOf.get(n.documentId) ?? [];
    list.push(n);
    nodesOf.set(n.documentId, list);
  }
  return { nodesOf, departmentsOf };
}

/** What documentEntries reads of a document. */
export interface EntryDocument {
  id: number;
  slug: string;
  kind: string;
  title: string;
  byline: string | null;
  authors: string[];
  year: number;
  session: string | null;
  intro: string | null;
  organisationId: number | null;
  organisationName: string | null;
  publishedAt: Date | null;
}

/** What documentEntries reads of a live recommendation. */
export interface EntryNode {
  id: number;
  documentId: number;
  parentId: number | null;
  path: string;
  title: string;
  text: string;
  isLeaf: boolean;
  kind: string;
}

/** A document's entries from its row and its live nodes (pure: an import also uses it to prepare the index, search/index.ts). */
export function documentEntriesOf(doc: EntryDocument, nodes: EntryNode[], departmentsOf: Map<number, number[]>): SearchEntry[] {
  const nodeById = new Map(nodes.map((n) => [n.id, n]));
  // Each path split once, not at every comparison (an import builds every document's entries twice: issue 16).
  const keys = new Map(nodes.map((n) => [n, n.path.split(".").map(Number)]));
  const docNodes = nodes.slice().sort((a, b) => compareKeys(keys.get(a)!, keys.get(b)!));
  // Only recommendations are entries of their own; background text and headings describe the document.
  const leaves = docNodes.filter((n) => n.kind === "recommendation");
  const outline = docNodes.filter((n) => n.kind === "heading" || (n.kind === "background" && !n.isLeaf)).map((n) => n.title);
  const background = docNodes.filter((n) => n.kind === "background" && n.isLeaf).map((n) => n.text);
  const who = [doc.organisationName, doc.byline, doc.authors.join(" "), doc.session].filter(Boolean).join(" ");
  const common = {
    group: documentGroup(doc.id),
    audience: PUBLIC_AUDIENCE,
    status: "published",
    organisationId: doc.organisationId,
    year: doc.year,
    category: doc.kind,
    sortDate: doc.publishedAt,
  };
  const allDepartments = new Set<number>();
  const entries: SearchEntry[] = [];
  for (const leaf of leaves) {
    const departmentIds = [...new Set(departmentsOf.get(leaf.id) ?? [])].sort((a, b) => a - b);
    departmentIds.forEach((d) => allDepartments.add(d));
    const ancestors: string[] = [];
    for (let p = leaf.parentId; p; p = nodeById.get(p)?.parentId ?? null) {
      const parent = nodeById.get(p);
      if (!parent) break;
      ancestors.unshift(parent.title);
    }
    entries.push({
      ...common,
      kind: "recommendation",
      refId: leaf.id,
      title: leaf.title,
      body: bodyWithoutTitle(leaf.title, leaf.text),
      context: [doc.title, ...ancestors, who].join("\n"),
      url: `/documents/${doc.slug}#${anchorOf(leaf.path)}`,
      anchor: anchorOf(leaf.path),
      departmentIds,
    });
  }
  entries.unshift({
    ...common,
    kind: "document",
    refId: doc.id,
    title: doc.title,
    body: [doc.intro, outline.join("；"), ...background].filter(Boolean).join("\n"),
    context: who,
    url: `/documents/${doc.slug}`,
    anchor: null,
    departmentIds: [...allDepartments].sort((a, b) => a - b),
  });
  return entries;
}

function compareKeys(pa: number[], pb: number[]) {
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

/** Every published document's entries, a few documents at a time. */
export async function* allDocumentEntries(tx: DbOrTx, batch = 50): AsyncIterable<SearchEntry[]> {
  let after = 0;
  for (;;) {
    const ids = (
      await tx
        .select({ id: documents.id })
        .from(documents)
        .where(and(eq(documents.status, "published"), gt(documents.id, after)))
        .orderBy(asc(documents.id))
        .limit(batch)
    ).map((r) => r.id);
    if (!ids.length) return;
    after = ids[ids.length - 1];
    const groups = await documentEntries(tx, ids);
    yield [...groups.values()].flat();
  }
}

/** Every source, for a full rebuild. Add new kinds here. */
export const SOURCES: ((tx: DbOrTx) => AsyncIterable<SearchEntry[]>)[] = [allDocumentEntries, allReplyEntries, allTopicEntries];

export async function* allEntries(tx: DbOrTx): AsyncIterable<SearchEntry[]> {
  for (const source of SOURCES) yield* source(tx);
}
