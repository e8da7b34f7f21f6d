// Bulk writer for published documents and their trees, for the benchmark data
// set. It writes the same rows saveStructuredDocument writes for a new
// document (documents, document_versions with the tree, recommendations with
// paths from flattenTree, department_mentions, the recommendation.published and
// document.published events), but many documents per statement, because the
// domain function's one-insert-per-node pace (~30 documents/s) would take an
// hour at 100,000 recommendations. The search index is rebuilt afterwards
// from these rows by the app's own reindexAll, so it matches too.
import { createHash } from "node:crypto";
import type { DbOrTx } from "../db/client";
import { events } from "../db/schema";
import { departmentMentions, documentVersions, documents, recommendations, type DocumentKind } from "../db/documents.schema";
import { flattenTree } from "../app/models/documents/flatten-tree";
import type { StructureDocument, StructureNode } from "../app/structurer";

export interface MentionSpec {
  departmentId: number;
  name: string;
  role: "lead" | "co" | "mentioned";
}

export interface DocumentSpec {
  slug: string;
  kind: DocumentKind;
  title: string;
  byline: string | null;
  organisationId: number | null;
  authors: string[];
  year: number;
  intro: string;
  publishedAt: Date;
  createdBy: string | null;
  note: string | null;
  /** The structurer's tree; mentions carry the department id alongside the name. */
  tree: StructureDocument;
  mentionIds: Map<StructureNode, MentionSpec[]>;
}

/** Rows per INSERT statement: well under PostgreSQL's 65,535 parameters. */
const CHUNK = 1000;

export async function insertChunked<R>(rows: R[], insert: (chunk: R[]) => PromiseLike<unknown>): Promise<unknown[]> {
  const out: unknown[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const done = await insert(rows.slice(i, i + CHUNK));
    if (Array.isArray(done)) out.push(...done);
  }
  return out;
}

/** The Markdown a proposal or report of this tree would be written as (the stored source). */
export function sourceOf(doc: StructureDocument): string {
  const lines = [`# ${doc.title}`, "", doc.intro, ""];
  const walk = (nodes: StructureNode[], depth: number) => {
    for (const n of nodes) {
      if (n.children.length) lines.push(`${"#".repeat(depth + 2)} ${n.marker ?? ""}${n.title}`, "", n.text === n.title ? "" : n.text, "");
      else lines.push(`${n.marker ?? ""}${n.text}`, "");
      walk(n.children, depth + 1);
    }
  };
  walk(doc.children, 0);
  return lines.join("\n");
}

type EventRow = typeof events.$inferInsert;

/** Write documents with their trees; returns the new document ids in input order. */
export async function insertDocuments(t: DbOrTx, specs: DocumentSpec[]): Promise<number[]> {
  if (!specs.length) return [];
  const sources = specs.map((s) => sourceOf(s.tree));
  const indexed = specs.map((s, i) => ({ s, i }));
  const docRows = (await insertChunked(indexed, (chunk) =>
    t
      .insert(documents)
      .values(
        chunk.map(({ s, i }) => {
          const sourceText = sources[i];
          return {
            slug: s.slug,
            kind: s.kind,
            title: s.title,
            byline: s.byline,
            organisationId: s.organisationId,
            authors: s.authors,
            year: s.year,
            intro: s.intro,
            status: "published" as const,
            sourceText,
            sourceFormat: "markdown",
            sourceHash: createHash("sha256").update(sourceText).digest("hex"),
            createdBy: s.createdBy,
            publishedAt: s.publishedAt,
            createdAt: s.publishedAt,
            updatedAt: s.publishedAt,
          };
        }),
      )
      .returning({ id: documents.id }),
  )) as { id: number }[];
  const ids = docRows.map((r) => r.id);

  await insertChunked(indexed, (chunk) =>
      t.insert(documentVersions).values(
        chunk.map(({ s, i }) => ({
          documentId: ids[i],
          version: 1,
          title: s.title,
          sourceText: sources[i],
          tree: s.tree,
          note: s.note,
          createdBy: s.createdBy,
          createdAt: s.publishedAt,
        })),
      ),
  );

  // Recommendations level by level, so each row knows its parent's id.
  const flats = specs.map((s) => flattenTree(s.tree.children));
  const idOf = new Map<string, number>(); // `${doc index}:${path}`
  const maxDepth = Math.max(...flats.flat().map((f) => f.depth), -1);
  const recEvents: EventRow[] = [];
  const mentionRows: (typeof departmentMentions.$inferInsert)[] = [];
  for (let depth = 0; depth <= maxDepth; depth++) {
    const level = flats.flatMap((flat, i) => flat.filter((f) => f.depth === depth).map((f) => ({ f, i })));
    const inserted = (await insertChunked(level, (chunk) =>
      t
        .insert(recommendations)
        .values(
          chunk.map(({ f, i }) => ({
            documentId: ids[i],
            parentId: f.parentPath ? idOf.get(`${i}:${f.parentPath}`)! : null,
            path: f.path,
            position: f.position,
            depth: f.depth,
            level: f.level,
            kind: f.node.kind,
            marker: f.node.marker,
            title: f.node.title || f.node.text.slice(0, 60) || "（无标题）",
            text: f.node.text,
            isLeaf: f.node.children.length === 0,
            createdAt: specs[i].publishedAt,
            updatedAt: specs[i].publishedAt,
          })),
        )
        .returning({ id: recommendations.id }),
    )) as { id: number }[];
    level.forEach(({ f, i }, k) => {
      const id = inserted[k].id;
      idOf.set(`${i}:${f.path}`, id);
      recEvents.push({
        occurredAt: specs[i].publishedAt,
        actorId: null,
        subjectType: "recommendation",
        subjectId: String(id),
        action: "recommendation.published",
        toState: "published",
        data: { documentId: ids[i], path: f.path },
      });
      for (const m of specs[i].mentionIds.get(f.node) ?? []) {
        mentionRows.push({ recommendationId: id, departmentId: m.departmentId, role: m.role, mention: m.name, confirmed: false });
      }
    });
  }
  await insertChunked(mentionRows, (chunk) => t.insert(departmentMentions).values(chunk).onConflictDoNothing());
  const docEvents: EventRow[] = specs.map((s, i) => ({
    occurredAt: s.publishedAt,
    actorId: s.createdBy,
    subjectType: "document",
    subjectId: String(ids[i]),
    action: "document.published",
    toState: "v1",
    note: s.note,
    data: { slug: s.slug, recommendations: flats[i].filter((f) => f.node.children.length === 0).length },
  }));
  await insertChunked([...recEvents, ...docEvents], (chunk) => t.insert(events).values(chunk));
  return ids;
}
