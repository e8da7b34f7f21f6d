/**
 * Where each document of a page starts: author lines (`……代表省民进:`), a headline with its
 * byline next to it, a page of parallel articles (parallel-articles.ts); the preamble before
 * the first one.
 */
import { newsBriefLead, unmarkedByline } from "./article-bylines";
import { parseAuthorLine, parseAuthorWithTitle, parseByline, type Authorship } from "./authors";
import { fieldRow } from "./field-rows";
import { fold } from "./fold";
import { parallelStarts } from "./parallel-articles";
import { isTitleLine } from "./paragraphs";
import type { Block } from "./tree-drafts";

export interface Segment {
  author: Authorship | null;
  blocks: Block[];
}

function isAuthorCandidate(b: Block): boolean {
  return (b.kind === "para" || b.kind === "heading") && b.line === null;
}

/** `□ 民进青禾市委`, `本报记者 某某`: a byline of its own line (not a body such as a committee name alone). */
export function markedByline(b: Block | undefined): Authorship | null {
  if (!b || b.kind === "list" || (b.line && b.line.family !== "bullet")) return null;
  if (!/^\s*(?:[□■◇◆]|(?:本报|本网|本台|本刊|新华社|中新社)?(?:特约)?记者|提案人|作者)/.test(b.folded)) return null;
  return parseByline(b.text, b.folded);
}

export function titleShaped(b: Block | undefined): boolean {
  return !!b && b.kind === "para" && b.line === null && isTitleLine(b.folded) && !/[:]$/.test(b.folded.trim());
}

/** A headline that may open an article of a page (not a subtitle, a question or a speaker's line). */
function articleTitle(b: Block | undefined): boolean {
  return titleShaped(b) && !/^\s*(?:——|—|--)/.test(b!.folded) && !/[?？]$/.test(b!.folded.trim()) && !/^[^,，]{1,6}[:：]/.test(b!.folded);
}

/**
 * Author lines (`……代表省民进:`) start a new document each, and so does a headline with
 * its byline next to it (`发展社区嵌入式托育服务` / `□ 民进青禾市委`, either order) on a page
 * that carries several such articles. Text before the first one is a preamble: with
 * structure of its own it is a document; otherwise (a headline, a note about the
 * meeting) it opens the first speaker's document.
 */
export function segments(blocks: Block[], titleLine = -1): { preamble: Block[]; speakers: Segment[] } {
  const speakers: Segment[] = [];
  const preamble: Block[] = [];
  const starts = articleStarts(blocks);
  blocks.forEach((b, i) => {
    // Round 10: a salutation (`某某委员：` over `您提出的……`) addresses the reader; it is no author line.
    const author = isAuthorCandidate(b) && !/^\s*您/.test(blocks[i + 1]?.folded ?? "") ? parseAuthorLine(b.text, b.folded) : null;
    // The author line under an article's headline is that article's author.
    const opened = starts.has(i - 1) ? speakers[speakers.length - 1] : undefined;
    if (author && opened && !opened.author && opened.blocks.length === 1) {
      opened.author = author;
      return;
    }
    if (author) {
      speakers.push({ author, blocks: [] });
      return;
    }
    // The page's headline (`某某：让职业教育“香”起来` over the date line) opens no speaker's document.
    // A row of a field run (`市政协：某某、某某` among `市政府：某某`) names people, not a speech (field-rows.ts).
    const withTitle = b.kind === "para" && b.line === null && b.source !== titleLine && !fieldRow(blocks, i) ? parseAuthorWithTitle(b.text, b.folded) : null;
    if (withTitle) {
      const { title, ...who } = withTitle;
      // The title becomes the first block of the speaker's document.
      speakers.push({ author: who, blocks: [{ ...b, kind: "heading", depth: 1, text: title, folded: fold(title) }] });
      return;
    }
    if (starts.has(i)) {
      speakers.push({ author: null, blocks: [b] });
      return;
    }
    if (speakers.length) speakers[speakers.length - 1].blocks.push(b);
    else preamble.push(b);
  });
  return { preamble, speakers };
}

/**
 * Indexes where an article (headline + byline, or headline + author line `……代表……：`)
 * starts, when a page has two or more.
 */
function articleStarts(blocks: Block[]): Set<number> {
  const starts: number[] = [];
  const authorLine = (b: Block) => isAuthorCandidate(b) && !!parseAuthorLine(b.text, b.folded);
  for (let i = 0; i + 1 < blocks.length; i++) {
    const bylined = unmarkedByline(blocks[i + 1], blocks[i + 2]) || newsBriefLead(blocks[i + 1]);
    if (articleTitle(blocks[i]) && (markedByline(blocks[i + 1]) || authorLine(blocks[i + 1]) || bylined)) {
      // Round 10: a news article's headline right above (no sentence), over a 副题 and a reporter's
      // byline, opens the article (a speech's byline names its speaker: the line above is the page's).
      const up = blocks[i - 1];
      const reporter = !!markedByline(blocks[i + 1]) && /记者|通讯员/.test(blocks[i + 1].folded);
      const above = reporter && starts[starts.length - 1] !== i - 1 && articleTitle(up) && !/[。!?;]$/.test(up.folded.trim());
      starts.push(above ? i - 1 : i);
      i++; // The byline is this headline's: it opens no article of its own.
    } else if (articleTitle(blocks[i + 1]) && (markedByline(blocks[i]) || unmarkedByline(blocks[i], blocks[i + 2]))) starts.push(i);
  }
  // A page whose articles repeat one shape (headline and name line) is split at each (parallel-articles.ts).
  // Its pairs join the starts found above (a pair that shares a line with one of them adds nothing).
  const found = new Set(starts);
  for (const p of parallelStarts(blocks)) if (!found.has(p) && !found.has(p - 1) && !found.has(p + 1)) starts.push(p);
  return new Set(starts.length >= 2 ? starts.sort((a, b) => a - b) : []);
}
