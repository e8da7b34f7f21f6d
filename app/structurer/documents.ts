/**
 * Documents: split a text into one document per speaker, find each document's title and
 * byline, build its tree, and turn the drafts into the public JSON shape (kinds, titles,
 * departments, the page's date and source).
 */
import { datelinedHead, newsBriefLead, unmarkedByline } from "./article-bylines";
import { labelledByline, parseByline, type Authorship } from "./authors";
import { markedByline, segments, titleShaped } from "./document-segments";
import { glyphlessByline, headlineLine, nameLine, withoutGlyphs } from "./parallel-articles";
import { detectDepartments, documentLevel, type DirectoryIndex } from "./departments";
import { rowItemTitle, type TableCarry } from "./table-rows";
import type { PageMeta } from "./head";
import { assignKinds, recommendationTitle } from "./kinds";
import { clip, isTitleLine, titleOf } from "./paragraphs";
import { TOPIC_TAG, titleTail, topicTag } from "./title-wrap";
import { withoutMarkdownMarks } from "./head-covering";
import { fold } from "./fold";
import { rosterAnnexLabel } from "./annex";
import { boardTag, titleLineText, withOwnSpacing, withoutBoardTag, withoutLeadingEmoji, withoutTrailingEmoji } from "./title-surface";
import { TreeBuilder } from "./tree";
import { oneNamePerNewBody } from "./department-variants";
import type { Block, Draft } from "./tree-drafts";
import type { Document, Mention, Node } from "./types";

interface DocumentParts {
  /** The level the document speaks at (省, 市, 区), read from its folded blocks; null when they name none. */
  level: string | null;
  title: string;
  /** The line the title was read from (a block's source), or -1. */
  titleAt: number;
  byline: string | null;
  organisation: string | null;
  introParts: string[];
  children: Draft[];
}

/** A headline's final full stop, a microblog topic tag before it and brackets around all of it go. */
/** `（第0156号）` after a proposal's title: its register number in brackets, no word of the title. */
const REGISTER_NUMBER = /\s*[（(]\s*第?\s*[0-9０-９]{1,6}\s*号\s*[）)]$/;

/** The register number cut from a title line, kept as the document's intro (it is content). */
function registerNumber(text: string): string[] {
  const m = REGISTER_NUMBER.exec(withoutTrailingEmoji(text.trim()).replace(/[。.]$/, "").trim());
  return m ? [m[0].trim()] : [];
}

function stripTitlePunctuation(s: string): string {
  const t = withoutBoardTag(withoutLeadingEmoji(withoutTrailingEmoji(s.trim()).replace(/[。.]$/, "").trim()))
    .replace(TOPIC_TAG, "")
    .replace(REGISTER_NUMBER, "");
  return /^(?:【[^【】]+】|「[^「」]+」|『[^『』]+』)$/.test(t) ? t.slice(1, -1).trim() : t;
}

function readDocument(
  blocks: Block[],
  author: Authorship | null,
  meta: PageMeta | null,
  inherited: Block[] = [],
  speakers: ReadonlySet<string> = new Set(),
): DocumentParts {
  let i = 0;
  let title = "";
  let titleAt = -1;
  const introParts: string[] = [];
  let byline = author?.byline ?? null;
  let organisation = author?.organisation ?? null;
  const takeByline = (b: Block | undefined): boolean => {
    if (byline || author || !b || b.kind === "list" || (b.line !== null && b.line.family !== "bullet")) return false;
    const plain = withoutMarkdownMarks(b.text); // `**提案人**：…` pasted from Markdown (head-covering.ts)
    const found = glyphlessByline(b) ?? parseByline(b.text, b.folded) ?? (plain !== b.text ? parseByline(plain, fold(plain)) : null);
    if (!found) return false;
    byline = found.byline;
    organisation = found.organisation;
    return true;
  };

  // The page's headline line, found by the head reader (after masthead and column labels).
  const at = meta && meta.titleLine >= 0 ? blocks.findIndex((b) => b.source === meta.titleLine) : -1;
  if (at >= 0 && meta) {
    // The title's first part on a line of its own (head-issuer.ts, head-broken-title.ts) is the title's, no intro.
    const titlePart = (b: Block, k: number) => k === at - 1 && !!meta.title && b.text.trim().length > 1 && meta.title.startsWith(b.text.trim());
    blocks.slice(0, at).forEach((b, k) => !takeByline(b) && !titlePart(b, k) && introParts.push(b.text));
    title = meta.title ?? withOwnSpacing(stripTitlePunctuation(blocks[at].text), titleLineText.get(meta)?.replace(/[。.]$/, ""));
    titleAt = blocks[at].source ?? -1;
    introParts.push(...topicTag(blocks[at].text), ...registerNumber(blocks[at].text), ...boardTag(blocks[at].text));
    if (meta.titlePrefix) introParts.push(meta.titlePrefix);
    i = at + 1;
    // The headline's rest on the next line (head-broken-title.ts, brokenTitleBelow) is the title's, no intro.
    const rest = blocks[i]?.text.trim() ?? "";
    if (meta.title && rest.length > 1 && blocks[i].source === meta.titleLine + 1 && meta.title !== rest && meta.title.endsWith(rest)) i++;
    const tail = meta.title ? null : titleTail(title, blocks[i]);
    if (tail) {
      title += tail;
      i++;
    }
  } else {
    // A byline may stand above the headline (`□ 明湖区政协` / `推动老旧街区焕发新活力`).
    // Round 10: so may an unmarked speaker's byline (`委员 某某某` / headline / speech).
    const above = markedByline(blocks[0]) || unmarkedByline(blocks[0], blocks[2]) || (nameLine(blocks[0]) && !nameLine(blocks[1]));
    if (above && (titleShaped(blocks[1]) || headlineLine(blocks[1])) && takeByline(blocks[0])) i = 1;
    const first = blocks[i];
    // A decorated headline (`◇ 标题`) over or under its name line is the title without its glyphs.
    const decorated = first && first.line !== null && headlineLine(first) && (i === 1 || nameLine(blocks[i + 1]));
    if (decorated || (first && first.line === null && (first.kind === "heading" || (first.kind === "para" && isTitleLine(first.folded))))) {
      title = stripTitlePunctuation(decorated ? withoutGlyphs(first.text) : first.text);
      titleAt = first.source ?? -1;
      introParts.push(...topicTag(first.text), ...registerNumber(first.text), ...boardTag(first.text));
      i++;
    }
  }
  // Subtitles (`——访……`, a 副题) stay text; a byline under the title is metadata.
  if (!author) {
    // Up to two subtitle lines (`——访……`, or a 副题 without a dash) may stand between.
    let j = i;
    // A byline line ends the subtitles (round 9: `某某晚报全媒体记者 某某` reads title-shaped too).
    // Fourth wave: and so does a speaker's byline with the speech under it (`市政协委员、某校副院长 某某`).
    // 2026-12-04 (seventh wave): so does a name line right under a dashed 副题 (a work report's presenter under `——在…会议上`).
    const underDash = (k: number) => k > i && /^\s*(?:——|—|--)/.test(blocks[k - 1].folded) && !!parseByline(blocks[k].text, blocks[k].folded);
    const bylineAt = (k: number) => markedByline(blocks[k]) || (/记者|通讯员/.test(blocks[k].folded) && !!parseByline(blocks[k].text, blocks[k].folded)) || unmarkedByline(blocks[k], blocks[k + 1]) || underDash(k);
    while (j < blocks.length && j < i + 2 && title && (/^\s*(?:——|—|--)/.test(blocks[j].folded) || titleShaped(blocks[j])) && !bylineAt(j)) j++;
    if (j > i && !markedByline(blocks[j]) && !parseByline(blocks[j]?.text ?? "", blocks[j]?.folded ?? "")) j = i;
    const next = blocks[j];
    // `□ 某市政协社会和法制委员会` looks like a bullet item; under a title it is a byline.
    // A subtitle (`——某某工作综述`) with no byline after it is intro text, never the byline.
    if (next && title && j === i && /^\s*(?:——|—|--)/.test(next.folded) && next.line === null && next.kind === "para") {
      introParts.push(next.text);
      i = j + 1;
    } else if (next && (next.line === null || next.line.family === "bullet") && next.kind !== "list" && takeByline(next)) {
      introParts.push(...blocks.slice(i, j).map((b) => b.text));
      i = j + 1;
    }
  }
  let rest = inherited;
  if (!title && rest.length && rest[0].line === null && isTitleLine(rest[0].folded)) {
    title = stripTitlePunctuation(rest[0].text);
    titleAt = rest[0].source ?? -1;
    introParts.push(...registerNumber(rest[0].text), ...boardTag(rest[0].text));
    rest = rest.slice(1);
  }
  const head = introParts.splice(0);
  introParts.push(...rest.map((b) => b.text), ...head);
  let body = blocks.slice(i);
  // 2026-12-03 (fifth wave): an author's field (`发言人：…`, a note app's quoted `> 提案者：…`; authors.ts) a few
  // plain paragraphs into the text — under an editor's note, a page's status block — is the byline line.
  if (!byline && !author) {
    const plainRun = body.slice(0, 4).findIndex((b) => b.kind !== "para" || (b.line !== null && b.line.family !== "bullet"));
    const k = body.slice(0, plainRun < 0 ? 4 : plainRun).findIndex((b) => labelledByline(b.folded));
    const plain = k >= 0 ? withoutMarkdownMarks(body[k].text.replace(/^\s*(?:>\s*)+/, "")) : "";
    const found = k >= 0 ? parseByline(plain, fold(plain)) : null;
    if (found) {
      byline = found.byline;
      organisation = found.organisation;
      body = [...body.slice(0, k), ...body.slice(k + 1)];
    }
  }
  // A 公文's signature (the issuing body above the closing date, or over a closing roster annex, annex.ts) is its byline.
  if (meta && meta.signatureLine >= 0) {
    const sig = body.findIndex((b) => b.source === meta.signatureLine);
    if (sig >= 0 && (sig === body.length - 1 || rosterAnnexLabel(body.slice(sig + 1)) === 0)) {
      if (!byline) organisation = byline = body[sig].text.trim();
      if (byline === body[sig].text.trim()) body = [...body.slice(0, sig), ...body.slice(sig + 1)];
    }
  }
  const tree = new TreeBuilder(speakers).build(body);
  introParts.push(...tree.introParts);
  const level = documentLevel([...inherited, ...blocks].map((b) => b.folded).join("\n"), null);
  return { level, title, titleAt, byline, organisation, introParts, children: tree.children };
}

/**
 * Third wave: Markdown marks pasted as plain text (an AI chat's `### 二、具体建议`,
 * `**优化线路。**`, a title cut before the closing `**`) are layout, not words of a title;
 * the node's text keeps them as typed.
 */
function plainTitle(title: string): string {
  return title.replace(/^#{1,6}\s+/, "").replace(/\*\*/g, "").trim() || title;
}

function finalizeNode(d: Draft, index: DirectoryIndex | null, level: string, table: TableCarry): Node {
  const text = d.parts
    .map((p) => p.trim())
    .filter(Boolean)
    .join("\n");
  let title = d.title ?? "";
  if (!title && d.family === "part") title = d.marker ?? "";
  if (!title) title = titleOf(text);
  if (!title && d.marker) title = d.marker;
  title = plainTitle(title);
  // The node's own text comes before its children's: read it first, so a table header it
  // ends with is open for rows read as children (see table-rows.ts).
  // A table row read as an item has its number cell as the marker (table-rows.ts, rowNumber).
  table.rowNumber = d.marker;
  const departments = detectDepartments(text, index, { level, suggestNew: true, table });
  table.rowNumber = null;
  const node: Node = {
    marker: d.marker,
    title: clip(title),
    text,
    children: d.children.map((c) => finalizeNode(c, index, level, table)),
    departments,
  };
  if (d.problem) node.kind = "background";
  return node;
}

/** Recommendations get a short title of their own (see kinds.ts); headings keep theirs. */
function retitle(nodes: Node[]): void {
  for (const n of nodes) {
    if (n.kind === "recommendation") n.title = plainTitle(rowItemTitle(n.marker, n.text) ?? recommendationTitle(n.text, n.title));
    retitle(n.children);
  }
}

function finalizeDocument(parts: DocumentParts & { level: string }, index: DirectoryIndex | null, meta: PageMeta | null): Document {
  const intro = parts.introParts
    .map((p) => p.trim())
    .filter(Boolean)
    .join("\n");
  const level = parts.level;
  // One table header carried through the document in reading order: the intro, then the nodes.
  const table: TableCarry = { header: null };
  const departments: Mention[] = detectDepartments(intro, index, { level, suggestNew: true, table });
  const children = parts.children.map((c) => finalizeNode(c, index, level, table));
  if (index) oneNamePerNewBody(index, departments, children);
  assignKinds(children);
  retitle(children);
  let title = parts.title;
  // No title line: fall back to the first sentence of the intro or of the first node.
  if (!title) title = intro ? titleOf(intro) : (children[0]?.title ?? "");
  return {
    title: clip(title),
    byline: parts.byline,
    organisation: parts.organisation,
    date: meta?.date ?? null,
    source: meta?.source ?? null,
    intro,
    children,
    departments,
  };
}

/** An unnumbered paragraph made into a node, with no title of its own from the layout and nothing under it. */
function loneParagraph(d: Draft): boolean {
  return d.plain && d.marker === null && d.title === null && d.children.length === 0 && !d.problem && !/^\s*建议/.test(d.parts.join(""));
}

function isEmpty(doc: Document): boolean {
  return !doc.title && !doc.intro && doc.children.length === 0 && !doc.byline;
}

export function buildDocuments(
  blocks: Block[],
  index: DirectoryIndex | null,
  meta: PageMeta | null = null,
  speakers: ReadonlySet<string> = new Set(),
): Document[] {
  const { preamble, speakers: parts } = segments(blocks, meta?.titleLine ?? -1, speakers);
  // Round 10: a page headline over a news brief's lede (`本报讯 …本版摘登两位委员的建议。`)
  // and nothing else, before the articles it announces, is the page's preamble.
  const lead = parts[0];
  if (parts.length >= 3 && !preamble.length && !lead.author && lead.blocks.length === 2 && newsBriefLead(lead.blocks[1])) {
    preamble.push(...lead.blocks);
    parts.shift();
  }
  const docs: DocumentParts[] = [];
  if (!parts.length) {
    if (preamble.length) docs.push(readDocument(preamble, null, meta, [], speakers));
  } else {
    // A glyph-led label alone (`■ 发言摘编`) is no structure; numbered items or a bulleted list are.
    const bullets = preamble.filter((b) => b.kind === "para" && b.line?.family === "bullet").length;
    const preambleHasStructure = bullets >= 2 || preamble.some((b) => b.kind !== "para" || (b.line !== null && b.line.family !== "bullet"));
    if (preamble.length && preambleHasStructure) docs.push(readDocument(preamble, null, meta, [], speakers));
    parts.forEach((s, i) =>
      docs.push(readDocument(s.blocks, s.author, null, i === 0 && !preambleHasStructure ? preamble : [], speakers)),
    );
  }
  // Thirteenth wave: on a page of several documents, a speech that is one unnumbered paragraph under
  // its headline lists nothing — a short first sentence (`群众买菜比价难。`) is a lead phrase only among
  // siblings — so the paragraph is its text, no node. A paragraph that opens by suggesting (`建议……`)
  // says its measure in its own words: it stays a recommendation.
  if (parts.length >= 2) for (const d of docs) if (d.children.length === 1 && loneParagraph(d.children[0])) d.introParts.push(...d.children.splice(0)[0].parts);
  // Seventeenth wave: a document naming no level (a commentary's `住建部门要…`) speaks at its page's.
  const page = docs.some((d) => !d.level) ? documentLevel(blocks.map((b) => b.folded).join("\n")) : "市";
  const finals = docs.map((d) => finalizeDocument({ ...d, level: d.level ?? page }, index, meta));
  const out = finals.filter((d) => !isEmpty(d));
  // A news site's info line names the author (`来源：X 作者：Y`): on a page of several documents,
  // the author of the one whose headline it stands under (the page's headline opens the first).
  const underPageHeadline = !!meta && meta.titleLine >= 0 && docs[0]?.titleAt === meta.titleLine && out[0] === finals[0];
  if (meta?.infoByline && (out.length === 1 || underPageHeadline) && !out[0].byline) out[0].byline = meta.infoByline;
  // Twelfth wave: each report of a roundup was filed under its own dateline (`新华社某地1月15日电`):
  // its day and its agency, not the reprinting page's (article-bylines.ts).
  if (out.length >= 2) {
    for (const d of out) {
      const own = datelinedHead(d.intro.split("\n"), d.date ?? null);
      if (own?.date) d.date = own.date;
      if (own?.source) d.source = own.source;
    }
  }
  return out;
}
