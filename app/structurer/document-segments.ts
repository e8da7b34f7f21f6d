/**
 * Where each document of a page starts: author lines (`……代表省民进:`), a headline with its
 * byline next to it, a page of parallel articles (parallel-articles.ts); the preamble before
 * the first one.
 */
import { dashByline, datelineLead, newsBriefLead, penName, penNameGlyphs, unmarkedByline } from "./article-bylines";
import { addresseeUnder, labelledByline, parseAuthorLine, parseAuthorWithTitle, parseByline, SPEAKER_TAG, type Authorship } from "./authors";
import { fieldRow } from "./field-rows";
import { fold } from "./fold";
import { labelAlone, labelBeforeColon } from "./interview-turns";
import { actorHeadlineStarts, nameLine, parallelStarts, withoutGlyphs } from "./parallel-articles";
import { closingSignature } from "./speaker-tags";
import { articleTitle, glyphHeadedPage, headlineEndsNoSentence, prose, signedArticles, signedBeforeFirstStart, titleShaped } from "./article-headlines";
import { replyHeadline } from "./page-pieces";
import type { Block } from "./tree-drafts";
import { askedHeadline } from "./head-shapes";

// The headline shape documents.ts reads too.
export { titleShaped } from "./article-headlines";

export interface Segment {
  author: Authorship | null;
  blocks: Block[];
}

/** A line that is an interview's speaker label alone (`主持人：`, `某某日报记者：`; pipeline.ts speakerLabels). */
function isTurnLabel(b: Block, turnLabels: ReadonlySet<string>): boolean {
  return turnLabels.has(b.text.trim().replace(/[:：]$/, "")) || !!labelAlone(b.folded, turnLabels);
}

function isAuthorCandidate(b: Block): boolean {
  return (b.kind === "para" || b.kind === "heading") && b.line === null;
}

/** `□ 民进青禾市委`, `本报记者 某某`: a byline of its own line (not a body such as a committee name alone). */
export function markedByline(b: Block | undefined): Authorship | null {
  if (!b || b.kind === "list" || (b.line && b.line.family !== "bullet")) return null;
  // A speaker tag (`〖发言人〗某某`) marks its name line like a glyph (speaker-tags.ts).
  // 2026-12-04 (thirteenth wave): an author field (`发言人：某某`, `建议人：…`; authors.ts labelledByline) marks it
  // too — not a talk's host (`主持人：本报记者 某某`), who presents one conversation, no article of a page.
  const field = labelledByline(b.folded) && !/^\s*主持人/.test(b.folded);
  if (!/^\s*(?:[□■◇◆○●◎]|(?:本报|本网|本台|本刊|新华社|中新社)?(?:特约)?记者|提案人|作者)/.test(b.folded) && !SPEAKER_TAG.test(b.folded) && !field) return null;
  return parseByline(b.text, b.folded);
}

/**
 * Author lines (`……代表省民进:`) start a new document each, and so does a headline with
 * its byline next to it (`发展社区嵌入式托育服务` / `□ 民进青禾市委`, either order) on a page
 * that carries several such articles. Text before the first one is a preamble: with
 * structure of its own it is a document; otherwise (a headline, a note about the
 * meeting) it opens the first speaker's document.
 */
export function segments(blocks: Block[], titleLine = -1, turnLabels: ReadonlySet<string> = new Set()): { preamble: Block[]; speakers: Segment[] } {
  const speakers: Segment[] = [];
  const preamble: Block[] = [];
  // A page whose articles are signed at their end (`（民盟某省委员会）` after the last sentence):
  // its signatures prove where names stand, so they decide before headline/byline pairs.
  const signed = signedArticles(blocks);
  const starts = signed.closers.length ? signed.starts : articleStarts(blocks, turnLabels);
  // Seventeenth wave: on such a page each article's headline may carry the page's glyph (`◆ 标题`): its title.
  const glyphed = signed.closers.length && glyphHeadedPage(blocks, signed.starts) ? signed.starts : new Set<number>();
  const closers = new Map<number, { who: Authorship; text: string | null }>();
  for (const c of signed.closers) closers.set(c, closingSignature(blocks[c].text, true)!);
  const first = signed.closers.length ? null : signedBeforeFirstStart(blocks, starts);
  if (first) {
    starts.add(first.start);
    closers.set(first.closer, first.signature);
  }
  blocks.forEach((b, i) => {
    const closer = closers.get(i);
    if (closer && speakers.length) {
      // The signature closes the article above it: its byline, no line of its text. A signature
      // glued to the last sentence leaves the sentence to the article.
      const last = speakers[speakers.length - 1];
      if (closer.text) last.blocks.push({ ...b, text: closer.text, folded: fold(closer.text) });
      if (!last.author) last.author = closer.who;
      return;
    }
    // Round 10: a salutation (`某某委员：` over `您提出的……`) addresses the reader; it is no author line.
    // Tenth wave: an interview speaker's label cut off its answer (`某委员：` over the first measure) is a turn, no author line.
    const turn = isTurnLabel(b, turnLabels);
    // Twenty-first wave: a body and a colon under a 公文's name is its addressee, no author (authors.ts addresseeUnder).
    const addressee = addresseeUnder(blocks[i - 1]?.folded, b.folded);
    const author = isAuthorCandidate(b) && !turn && !addressee && !/^\s*您/.test(blocks[i + 1]?.folded ?? "") ? parseAuthorLine(b.text, b.folded) : null;
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
    // Nineteenth wave: a byline after a dash under the headline that opened the article (`——市政协委员 某某`) is its author.
    if (opened && !opened.author && opened.blocks.length === 1 && dashByline(b, blocks[i + 1])) {
      const who = parseByline(b.text.replace(/^\s*(?:——|—|--)\s*/, ""), b.folded.replace(/^\s*(?:——|—|--)\s*/, ""));
      if (who) {
        opened.author = who;
        return;
      }
    }
    // The page's headline (`某某：让职业教育“香”起来` over the date line) opens no speaker's document.
    // A row of a field run (`市政协：某某、某某` among `市政府：某某`) names people, not a speech (field-rows.ts).
    // 2026-12-05: nor does an interview's turn whose label opens other turns (`某某委员：我有三条建议。` over the measures).
    const turnLabel = turnLabels.has(labelBeforeColon(b.folded));
    const withTitle = b.kind === "para" && b.line === null && b.source !== titleLine && !turnLabel && !fieldRow(blocks, i) ? parseAuthorWithTitle(b.text, b.folded) : null;
    // 2026-12-03 (fourth wave): over a news report's lead (`本报讯（记者 某某）……`) the line is a report's
    // headline that names its subject (`市政协提案委员会：今年已收到提案612件`): the reporter wrote it, not the body.
    if (withTitle && newsBriefLead(blocks[i + 1])) {
      speakers.push({ author: null, blocks: [b] });
      return;
    }
    // Seventh wave: a speaker's headline has a speech under it; a remark signed on its line
    // (`委员 某某：很实在的建议。`, a comment thread's reply) is the last line of the text or stands
    // over another such remark — it opens no document.
    const remark = (k: number) => k >= blocks.length || (blocks[k].kind === "para" && blocks[k].line === null && !!parseAuthorWithTitle(blocks[k].text, blocks[k].folded));
    if (withTitle && speakers.length + preamble.length > 0 && remark(i + 1)) {
      if (speakers.length) speakers[speakers.length - 1].blocks.push(b);
      else preamble.push(b);
      return;
    }
    if (withTitle) {
      const { title, ...who } = withTitle;
      // The title becomes the first block of the speaker's document.
      speakers.push({ author: who, blocks: [{ ...b, kind: "heading", depth: 1, text: title, folded: fold(title) }] });
      return;
    }
    if (glyphed.has(i)) {
      const title = withoutGlyphs(b.text).trim();
      speakers.push({ author: null, blocks: [{ ...b, kind: "heading", depth: 1, line: null, text: title, folded: fold(title) }] });
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
 * Does the page print its marked name lines above their headlines (`〖发言人〗某某` / headline)
 * rather than below (or as often)? Counted over the name lines with a headline on one side only.
 */
function namesStandAbove(blocks: Block[]): boolean {
  let above = 0;
  let below = 0;
  blocks.forEach((b, k) => {
    if (!markedByline(b)) return;
    // Fourteenth wave: the line below must be a headline, not the one-sentence lede of the article
    // whose name line this is (`headline` / `■ 某某（…）` / `全市……不足六成。`): that name stands below.
    const up = articleTitle(blocks[k - 1]);
    const down = headlineEndsNoSentence(blocks[k + 1]);
    if (down && !up) above++;
    else if (up && !down) below++;
  });
  // Fourteenth wave: a tie goes to the names above. The lines counted neither way stand between two
  // headlines (`page headline` / `【建言人】某某` / headline / prose): the upper one, given the name,
  // would open an article with no text before the next headline.
  return above > 0 && above >= below;
}

/**
 * Indexes where an article (headline + byline, or headline + author line `……代表……：`)
 * starts, when a page has two or more.
 */
function articleStarts(blocks: Block[], turnLabels: ReadonlySet<string>): Set<number> {
  const starts: number[] = [];
  // Sixteenth wave: an interview's turn label (`汭州日报记者：`) under a sentence that reads like a headline is
  // the next question's asker, no article's author: a transcript is one document.
  const authorLine = (k: number) => {
    const b = blocks[k];
    return !!b && isAuthorCandidate(b) && !isTurnLabel(b, turnLabels) && !!parseAuthorLine(b.text, b.folded) && !addresseeUnder(blocks[k - 1]?.folded, b.folded);
  };
  const namesLead = namesStandAbove(blocks);
  const pens = penNameGlyphs(blocks, articleTitle);
  const dashed = (b: Block | undefined) => !!b && b.kind === "para" && b.line === null && /^\s*(?:——|—|--)\S/.test(b.folded) && !/[。!?;]$/.test(b.folded.trim());
  for (let i = 0; i + 1 < blocks.length; i++) {
    // A headline over its 副题 with a dash and a reporter's byline (`——县政协…专题协商` / `本报记者 某某`).
    // Fourth wave: so does a speech's head, its speaker's byline under the 副题 (`——在……上的大会发言` /
    // `市政协委员、某校副院长 某某`, a byline with the speech's prose under it).
    const speechByline = unmarkedByline(blocks[i + 2], blocks[i + 3]) || authorLine(i + 2);
    // Sixteenth wave: a report's headline may name its topic before a colon (`农村污水治理：……`) — over a 副题
    // and a reporter's byline it is a headline, where a speaker's line (`民盟某市委：……`) has neither.
    const reported = !!markedByline(blocks[i + 2]) && /记者|通讯员/.test(blocks[i + 2].folded);
    const headed = articleTitle(blocks[i]) || (reported && titleShaped(blocks[i]) && !/^\s*(?:——|—|--)/.test(blocks[i].folded));
    if (headed && dashed(blocks[i + 1]) && (reported || speechByline)) {
      starts.push(i);
      i += 2;
      continue;
    }
    // Twelfth wave: a roundup's report opens with its dateline (`新华社某地1月15日电（记者 某某）…`); its
    // headline may carry the place before a colon (`霈州：委员建议……`), as wire roundups title their items.
    if (titleShaped(blocks[i]) && !/^\s*(?:——|—|--)/.test(blocks[i].folded) && datelineLead(blocks[i + 1])) {
      starts.push(i);
      i++;
      continue;
    }
    // Eighteenth wave: an answer's headline (`部门回应：……`) over an official's post and name (`市农业农村局局长 某某`), over prose.
    const answered = replyHeadline(blocks[i].folded) && nameLine(blocks[i + 1]) && prose(blocks[i + 2]);
    const bylined = answered || unmarkedByline(blocks[i + 1], blocks[i + 2]) || dashByline(blocks[i + 1], blocks[i + 2]) || newsBriefLead(blocks[i + 1]) || (penName(blocks[i + 1], pens) && prose(blocks[i + 2]));
    // A name line between two headlines belongs to the one the page's other names sit beside:
    // on a page whose names stand above their headlines, it opens the article below it.
    // Fourth wave: so does an author line (`某某（省政协委员、……）：`) over a headline over its prose.
    const nameOfNext =
      (namesLead && !!markedByline(blocks[i + 1]) && headlineEndsNoSentence(blocks[i + 2])) ||
      (authorLine(i + 1) && articleTitle(blocks[i + 2]) && prose(blocks[i + 3]));
    if (articleTitle(blocks[i]) && !nameOfNext && (markedByline(blocks[i + 1]) || authorLine(i + 1) || bylined)) {
      // Round 10: a news article's headline right above (no sentence), over a 副题 and a reporter's
      // byline, opens the article (a speech's byline names its speaker: the line above is the page's).
      const up = blocks[i - 1];
      const reporter = !!markedByline(blocks[i + 1]) && /记者|通讯员/.test(blocks[i + 1].folded);
      // Nineteenth wave: a headline that asks (`加装电梯，难在哪里？`) is a headline all the same (head-shapes.ts).
      const above = reporter && starts[starts.length - 1] !== i - 1 && ((articleTitle(up) && !/[。!?;]$/.test(up.folded.trim())) || (!!up && up.kind === "para" && up.line === null && askedHeadline(up.folded)));
      starts.push(above ? i - 1 : i);
      i++; // The byline is this headline's: it opens no article of its own.
    } else if (articleTitle(blocks[i + 1]) && (markedByline(blocks[i]) || unmarkedByline(blocks[i], blocks[i + 2]))) starts.push(i);
  }
  // A page whose articles repeat one shape (headline and name line) is split at each (parallel-articles.ts).
  // Its pairs join the starts found above (a pair that shares a line with one of them adds nothing).
  const found = new Set(starts);
  for (const p of parallelStarts(blocks)) if (!found.has(p) && !found.has(p - 1) && !found.has(p + 1)) starts.push(p);
  // Fifteenth wave: a page with no name lines at all may still head each item with its actor (a bulletin's items).
  if (!starts.length) starts.push(...actorHeadlineStarts(blocks));
  return new Set(starts.length >= 2 ? starts.sort((a, b) => a - b) : []);
}
