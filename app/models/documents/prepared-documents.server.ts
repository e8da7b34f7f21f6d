// A checked document ready to save, and the texts its nodes are stored and
// indexed with: what writeDocuments writes and what an import segments for the
// search index ahead of the transaction (documents.server.ts).
import type { documents } from "../../../db/documents.schema";
import type { EntryDocument, EntryNode } from "../../../search/sources";
import type { StructureDocument } from "../../structurer";
import { cleanText } from "../../utils/markdown.server";
import type { FlatNode } from "./flatten-tree";
import { recommendationTitle } from "./node-kinds";

export interface PreparedDocument {
  slug: string;
  sourceHash: string;
  /** The documents row as saved (slug, version and who/when aside). */
  values: Omit<typeof documents.$inferInsert, "id" | "slug" | "currentVersion" | "createdBy" | "publishedAt">;
  title: string;
  sourceText: string;
  tree: StructureDocument;
  note: string | null;
  flat: FlatNode[];
  /** Mentions checked by staff (the draft editor): their id, "" when unknown; null for imports. */
  staffId: string | null;
}

// A recommendation's title is never a bare "由X牵头" clause (node-kinds.ts).
function nodeTitle(f: FlatNode, text: string) {
  const title = cleanText(f.node.title || f.node.text.slice(0, 60));
  return (f.node.kind === "recommendation" ? recommendationTitle(title, text) : title) || "（无标题）";
}

// By node: an import needs them ahead (prepareSearchTexts) and for the rows.
const textsOf = new WeakMap<FlatNode, { title: string; text: string }>();

/** A node's stored title and text. */
export function nodeTexts(f: FlatNode) {
  let texts = textsOf.get(f);
  if (!texts) {
    const text = cleanText(f.node.text);
    texts = { title: nodeTitle(f, text), text };
    textsOf.set(f, texts);
  }
  return texts;
}

/**
 * The documents and nodes the search index will read once these documents are
 * saved (ids aside): what an import segments ahead of the transaction, in this
 * thread (search/index.ts prepareDocumentIndex) or in a worker (documentIndexForms).
 */
export function searchDocumentsOf(docs: PreparedDocument[], organisationName: (id: number) => string | null): { doc: EntryDocument; nodes: EntryNode[] }[] {
  return docs.map((doc) => {
    const idOf = new Map(doc.flat.map((f, i) => [f.path, i + 1]));
    return {
      doc: {
        ...doc.values,
        id: 0,
        slug: doc.slug,
        title: doc.title,
        intro: doc.values.intro ?? null,
        byline: doc.values.byline ?? null,
        authors: doc.values.authors ?? [],
        session: doc.values.session ?? null,
        organisationId: doc.values.organisationId ?? null,
        organisationName: doc.values.organisationId ? organisationName(doc.values.organisationId) : null,
        publishedAt: null,
      },
      nodes: doc.flat.map((f) => ({
        ...nodeTexts(f),
        id: idOf.get(f.path)!,
        documentId: 0,
        parentId: f.parentPath ? idOf.get(f.parentPath)! : null,
        path: f.path,
        isLeaf: f.node.children.length === 0,
        kind: f.node.kind,
      })),
    };
  });
}
