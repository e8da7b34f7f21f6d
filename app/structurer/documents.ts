/**
 * Documents: split a text into one document per speaker, find each document's title and
 * byline, build its tree, and turn the drafts into the public JSON shape.
 */
import { parseAuthorLine, parseAuthorWithTitle, parseByline, type Authorship } from "./authors";
import { fold } from "./fold";
import { detectDepartments, type DirectoryIndex } from "./departments";
import { clip, isTitleLine, titleOf } from "./paragraphs";
import { TreeBuilder } from "./tree";
import type { Block, Draft } from "./tree-drafts";
import type { Document, Node } from "./types";

interface Segment {
  author: Authorship | null;
  blocks: Block[];
}

function isAuthorCandidate(b: Block): boolean {
  return (b.kind === "para" || b.kind === "heading") && b.line === null;
}

/**
 * Author lines (`……代表省民进:`) start a new document each. Text before the first one is a
 * preamble: with structure of its own it is a document; otherwise (a headline, a note
 * about the meeting) it opens the first speaker's document.
 */
function segments(blocks: Block[]): { preamble: Block[]; speakers: Segment[] } {
  const speakers: Segment[] = [];
  const preamble: Block[] = [];
  for (const b of blocks) {
    const author = isAuthorCandidate(b) ? parseAuthorLine(b.text, b.folded) : null;
    if (author) {
      speakers.push({ author, blocks: [] });
      continue;
    }
    const withTitle = b.kind === "para" && b.line === null ? parseAuthorWithTitle(b.text, b.folded) : null;
    if (withTitle) {
      const { title, ...who } = withTitle;
      // The title becomes the first block of the speaker's document.
      speakers.push({ author: who, blocks: [{ ...b, kind: "heading", depth: 1, text: title, folded: fold(title) }] });
      continue;
    }
    if (speakers.length) speakers[speakers.length - 1].blocks.push(b);
    else preamble.push(b);
  }
  return { preamble, speakers };
}

interface DocumentParts {
  title: string;
  byline: string | null;
  organisation: string | null;
  introParts: string[];
  children: Draft[];
}

function stripTitlePunctuation(s: string): string {
  return s.replace(/[。.]$/, "").trim();
}

function readDocument(blocks: Block[], author: Authorship | null, inherited: Block[] = []): DocumentParts {
  let i = 0;
  let title = "";
  const first = blocks[0];
  if (first && first.line === null && (first.kind === "heading" || (first.kind === "para" && isTitleLine(first.folded)))) {
    title = stripTitlePunctuation(first.text);
    i = 1;
  }
  let byline = author?.byline ?? null;
  let organisation = author?.organisation ?? null;
  const next = blocks[i];
  // `□ 某市政协社会和法制委员会` looks like a bullet item; under a title it is a byline.
  if (!author && next && (next.line === null || next.line.family === "bullet") && next.kind !== "list") {
    const found = parseByline(next.text, next.folded);
    if (found) {
      byline = found.byline;
      organisation = found.organisation;
      i++;
    }
  }
  const introParts: string[] = [];
  let rest = inherited;
  if (!title && rest.length && rest[0].line === null && isTitleLine(rest[0].folded)) {
    title = stripTitlePunctuation(rest[0].text);
    rest = rest.slice(1);
  }
  introParts.push(...rest.map((b) => b.text));
  const tree = new TreeBuilder().build(blocks.slice(i));
  introParts.push(...tree.introParts);
  return { title, byline, organisation, introParts, children: tree.children };
}

function finalizeNode(d: Draft, index: DirectoryIndex | null): Node {
  const text = d.parts
    .map((p) => p.trim())
    .filter(Boolean)
    .join("\n");
  let title = d.title ?? "";
  if (!title && d.family === "part") title = d.marker ?? "";
  if (!title) title = titleOf(text);
  if (!title && d.marker) title = d.marker;
  return {
    marker: d.marker,
    title: clip(title),
    text,
    children: d.children.map((c) => finalizeNode(c, index)),
    departments: detectDepartments(text, index),
  };
}

function finalizeDocument(parts: DocumentParts, index: DirectoryIndex | null): Document {
  const intro = parts.introParts
    .map((p) => p.trim())
    .filter(Boolean)
    .join("\n");
  const children = parts.children.map((c) => finalizeNode(c, index));
  let title = parts.title;
  // No title line: fall back to the first sentence of the intro or of the first node.
  if (!title) title = intro ? titleOf(intro) : (children[0]?.title ?? "");
  return { title: clip(title), byline: parts.byline, organisation: parts.organisation, intro, children };
}

function isEmpty(doc: Document): boolean {
  return !doc.title && !doc.intro && doc.children.length === 0 && !doc.byline;
}

export function buildDocuments(blocks: Block[], index: DirectoryIndex | null): Document[] {
  const { preamble, speakers } = segments(blocks);
  const docs: DocumentParts[] = [];
  if (!speakers.length) {
    if (preamble.length) docs.push(readDocument(preamble, null));
  } else {
    const preambleHasStructure = preamble.some((b) => b.kind !== "para" || b.line !== null);
    if (preamble.length && preambleHasStructure) docs.push(readDocument(preamble, null));
    speakers.forEach((s, i) =>
      docs.push(readDocument(s.blocks, s.author, i === 0 && !preambleHasStructure ? preamble : [])),
    );
  }
  return docs.map((d) => finalizeDocument(d, index)).filter((d) => !isEmpty(d));
}
