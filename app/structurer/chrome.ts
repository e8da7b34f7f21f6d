/**
 * The chrome stage: before anything is structured, every line of the input is classified
 * as content or page chrome (navigation, share bars, edition furniture, credits, captions,
 * legal notices, contact lines, ads, spam, running headers, page numbers). Nothing is
 * silently lost: each removed line is returned with its line number and its reason, so
 * staff see it struck out in the import preview and can keep it (`keepLines`).
 *
 * Rules for one line are in chrome-rules.ts, rules over runs of lines (numbered notices,
 * running headers) in chrome-runs.ts. This file adds what needs the whole text:
 * - position: where the body (the run of prose paragraphs) starts and ends; a date alone
 *   or a person credit means metadata at the head, chrome in the tail;
 * - lists after a "related" header in the tail (`相关阅读` then headlines);
 * - captions: caption-like short lines standing between paragraphs;
 * - numbered legal notices (`1、凡本网注明…` … `4、如因作品内容…`): a numbered run in
 *   which most members are notices is removed whole, so its numbering never reaches the
 *   tree;
 * - repeated lines: a short line met again and again (a PDF's running header) is removed
 *   after its first occurrence, and at every occurrence when it sits next to page numbers.
 */
import { fold } from "./fold";
import { TRAILING_CREDIT, lineVerdict } from "./chrome-rules";
import { relatedHead, relatedLinkInline } from "./chrome-related-data-tables";
import { markDigest } from "./chrome-mail-digest";
import { markChatTurns, markTurnLabels } from "./chrome-forum-chat";
import { markComments, markFileName } from "./chrome-comments-revisions";
import { markContents } from "./chrome-contents";
import { isAside, markEditorialInserts } from "./chrome-notes";
import { markMarkedDocument, markWrapper } from "./chrome-wrapper";
import { bracketedNameList, coverLetterDate } from "./chrome-signature";
import { isoDate } from "./head-shapes";
import { markPullQuotes, markTitleCover } from "./chrome-pullquote";
import { markAccountName, markColumnOverGlyphHeadline, markSelectionLabel } from "./chrome-selection-label";
import { markRound12b, moveKicker } from "./chrome-masthead-kicker";
import { markRound13 } from "./chrome-mail-poll-runs";
import { markAnnex } from "./annex";
import { keepWrappedFragments } from "./chrome-wrapped";
import { markRound13b } from "./chrome-latin-quotes-appendix";
import { titleLineText } from "./title-surface";
import { markFrame } from "./chrome-frame";
import { markCounters } from "./chrome-counters";
import { markSpeakerNameLines } from "./chrome-speaker-name-lines";
import { markChapterLabels, markSubtitleCues, markTimeAxis, markTimeline } from "./chrome-timeline";
import { markCommentRows, markWave4 } from "./chrome-buttons-comment-rows";
import { markExports } from "./chrome-exports";
import { markBodyAccount, markCollectionNames } from "./chrome-prompts-engagement";
import { keepDataTables, markWave6 } from "./chrome-related-data-tables";
import { markClosingNotice, markNamesOverMenu } from "./chrome-menu-names-notice";
import { markFramingRepeats, markIsolated, markTailRun } from "./chrome-bare-lines";
import { keepUnitFields } from "./chrome-unit-fields";
import { markInsertedBanner, markInsertedCaption, markLabelledCaption } from "./chrome-inserted-lines";
import { markCommentTail, markInvitations, markRepeatedChrome, markStoppedChrome, markWidgets } from "./chrome-widgets";
import { closingRequests, markDraftersLine, markHeadlessComments, markPointerTeasers, markTailSentences } from "./chrome-tail";
import { markTransportClose } from "./chrome-transport";
import { markBlockOverDocumentName, markFieldBox, markFieldCard, markFormCover } from "./chrome-form-cover";
import { markBalloonComments, markEventCards } from "./chrome-social";
import { markHandleComments, markThread } from "./chrome-thread";
import { isCaption, isProse, neighbour } from "./chrome-caption-line";
import { isBlank, neighbourIndex, type LineInfo } from "./chrome-lines";
import { besidePageNumbers, continuedHeadlines, legalRuns, repeatedLines, reprintCard } from "./chrome-runs";
import { endsSentence, looksLikeProse } from "./line-shapes";
import { decimalMarker, decimalOutline } from "./decimal-outline";
import { parseLineMarker } from "./markers";
import { stripPinyinResidue } from "./pinyin";
import { readHead, type PageMeta } from "./head";
import { labelledByline, parseByline } from "./authors";
import { tailStampDate } from "./head-tail";
import type { RemovedLine } from "./types";

export interface ChromeOptions {
  /** What a reader sees on a line (Markdown: without `#`, `**`, list bullets). */
  view?: (line: string) => string;
  /** 1-based line numbers never to remove (kept by staff). */
  keep?: ReadonlySet<number>;
  /** Added to every reported line number (lines dropped before this stage, e.g. front matter). */
  lineOffset?: number;
}

export interface ChromeOutcome {
  /** The input lines with chrome blanked (""), pinyin residue and trailing credits removed. */
  lines: string[];
  removed: RemovedLine[];
  /** Date, source, headline line and other facts read from the page's head and tail. */
  meta: PageMeta;
}

export function removeChrome(lines: string[], options: ChromeOptions = {}): ChromeOutcome {
  const view = options.view ?? ((l: string) => l);
  const keep = options.keep ?? new Set<number>();
  const offset = options.lineOffset ?? 0;
  const out = lines.map(stripPinyinResidue);
  const texts = out.map((line) => view(line).trim());
  const foldedLines = texts.map(fold);
  // Twenty-first wave: in a text numbered as a decimal outline, `1 基本情况` and `2.1 加快……` are numbered lines, as
  // `一、` is — no bare label or tail furniture for the rules by place (decimal-outline.ts).
  const decimal = decimalOutline(foldedLines);
  const infos: LineInfo[] = texts.map((text, i) => {
    const folded = foldedLines[i];
    const marker = !text ? null : (decimal ? decimalMarker(text, folded) : null) ?? parseLineMarker(text, folded);
    return { text, folded, marker, verdict: text ? lineVerdict(folded) : null, reason: null };
  });
  // The author's closing request for correction, set without a stop, is the text's (chrome-tail.ts).
  const requests = closingRequests(infos);
  const kept = (i: number) => keep.has(i + 1 + offset) || requests.has(i);

  // Rules for one line, except those that depend on position.
  infos.forEach((info, i) => {
    const v = info.verdict;
    // A record's byline field (`反映人：某某`, `建议人：某某`) names the author: never metadata (2026-12-03).
    if (v && v !== "date" && v !== "person" && !kept(i) && !(v === "metadata" && labelledByline(info.folded))) info.reason = v;
  });

  legalRuns(infos, kept);
  repeatedLines(infos, kept);
  besidePageNumbers(infos, kept);
  reprintCard(infos, kept);
  markDigest(infos);
  markChatTurns(infos, kept);
  markTurnLabels(infos, kept); // `【第一问】` over `主持人：……？` in a dialogue's record (chrome-forum-chat.ts)
  markThread(infos, kept); // a chat export's, a forum thread's or a comment list's frame around the document (chrome-thread.ts)
  markWrapper(infos, out, kept);
  markMarkedDocument(infos, kept); // a document between a start and an end mark in a mail or a chat (chrome-wrapper.ts)
  markContents(infos, kept);
  markSubtitleCues(infos, kept, out); // a subtitle file's cue numbers, timings, header and file name (chrome-timeline.ts)
  markSpeakerNameLines(infos, kept, out); // `记者` / `某某` alone over each turn of an interview (chrome-speaker-name-lines.ts)
  markChapterLabels(infos, kept); // the labels over a recording's written-out chapters (chrome-timeline.ts)
  markTimeAxis(infos, kept); // a podcast's or a replay's chapters by time code (chrome-timeline.ts)
  markComments(infos, kept);
  markFileName(infos, kept);
  markSelectionLabel(infos, kept);
  // Thirteenth wave: a column's label over a glyph-set headline and its name line (chrome-selection-label.ts); the glyph goes.
  for (const j of markColumnOverGlyphHeadline(infos, kept, (text, folded) => folded.length <= 40 && !/[。,;:!?“”"]/.test(folded) && !!parseByline(text, folded))) {
    out[j] = out[j].replace(/^(\s*)[◇◆□■●○☆★◎△▲]+\s*/, "$1");
    infos[j].text = infos[j].text.replace(/^[◇◆□■●○☆★◎△▲]+\s*/, "");
    infos[j].folded = fold(infos[j].text);
    infos[j].marker = parseLineMarker(infos[j].text, infos[j].folded);
  }
  markAccountName(infos, kept);
  markBodyAccount(infos, kept);
  markCollectionNames(infos, kept);
  markWave6(infos, kept); // fresh-text families: platform prompts, sponsors, closing related lists, data tables (chrome-related-data-tables.ts)
  markNamesOverMenu(infos, kept); // the platform's names over its menu row (chrome-menu-names-notice.ts)
  markCounters(infos, kept);
  markWidgets(infos, kept); // players, machine summaries and polls framed by question and counter (chrome-widgets.ts)
  markEditorialInserts(infos, kept); // a bracketed sponsor slot, editor's note or omission note (chrome-notes.ts)
  markPullQuotes(infos, kept);
  markRound13(infos, out, kept);
  for (const i of markRound13b(infos, kept, out)) out[i] = out[i].replace(/^\s*>\s?/, "");
  markExports(infos, kept, out); // a note app's path, to-dos, callouts and properties (chrome-exports.ts)
  markFramingRepeats(infos, kept); // a short line above the text and again below it (chrome-bare-lines.ts)
  const cover = markFormCover(infos, kept); // a handling form over the letter it forwards (chrome-form-cover.ts)
  if (!cover.size) for (const i of markFieldCard(infos, kept)) cover.add(i); // an app's card or a log template over a document (same file)
  // An invitation's or a sign-in sheet's block over the document's name (same file). Its dates stay readable: a
  // form's submission time (`提交时间：`) or a bulletin's dated masthead inside such a block dates the text.
  if (!cover.size) markBlockOverDocumentName(infos, kept, labelledByline);
  markFieldBox(infos, kept); // a profile's labelled box of field rows before the story (same file)
  markEventCards(infos, kept); // the button under an event's booking card (chrome-social.ts)
  markBalloonComments(infos, kept); // `💬 网名：说得好` over a live room or a video (chrome-social.ts)
  // The form's dates and issuer are the forwarding office's: the headline reader does not see them.
  const meta = readHead(cover.size ? infos.map((x, i) => (cover.has(i) ? { ...x, text: "", folded: "" } : x)) : infos, kept);
  markTitleCover(infos, kept, meta.titleLine);
  moveKicker(infos, kept, meta);
  if (meta.titleLine >= 0) titleLineText.set(meta, infos[meta.titleLine].text);

  // The body: from the first to the last paragraph of prose (the headline line aside).
  let first = -1;
  let last = -1;
  infos.forEach((info, i) => {
    if (!info.reason && i !== meta.titleLine && isProse(info.folded)) {
      if (first < 0) first = i;
      last = i;
    }
  });
  markRound12b(infos, kept, meta.titleLine, first);
  markPointerTeasers(infos, kept, first); // `👇 委员的建议不止这些` (chrome-tail.ts), before the caption rule reads it
  // Who took part, listed in brackets after the last sentence (not after the last paragraph
  // of prose: the wrapped lines of a PDF may leave the text none): a credit.
  let lastSentence = -1;
  infos.forEach((info, i) => !info.reason && endsSentence(info.folded) && (lastSentence = i));
  infos.forEach((info, i) => i > lastSentence && !info.reason && !kept(i) && bracketedNameList(info.folded) && (info.reason = "credit"));
  markTimeline(infos, kept, first, last);
  const framed = markFrame(infos, kept, { first, last, titleLine: meta.titleLine, signatureLine: meta.signatureLine });
  markCommentRows(infos, kept);
  markWave4(infos, kept, first);
  // Dates alone are read by their position against the first and last line of any text.
  let firstText = -1;
  let lastText = -1;
  infos.forEach((info, i) => {
    if (!isBlank(info) && !info.reason && info.verdict !== "date") {
      if (firstText < 0) firstText = i;
      lastText = i;
    }
  });

  let inRelated = false;
  let inFooter = false;
  let coverDate: string | null = null;
  infos.forEach((info, i) => {
    if (isBlank(info) || kept(i)) return;
    const tail = last >= 0 && i > last;
    // After the text, once the page's footer has begun (credits, buttons, contacts), the
    // short lines that follow belong to it (`民盟青禾市委宣传委员会` under the credits).
    // A linked headline may exclaim (`某某路即将通车！`): one sentence ending in `！`/`？` is no prose.
    if (tail && inFooter && !info.reason && i !== meta.signatureLine && info.verdict !== "date" && info.folded.length <= 30 && (!endsSentence(info.folded) || /^[^。!?]{4,}[!?]$/.test(info.folded))) {
      info.reason = "credit";
    }
    // What the page frame removed proves no footer: its lines are only short, not furniture by name.
    // An editor's aside after the text (`*本文为…，有删节`) is a note, not the text.
    if (tail && !info.reason && !kept(i) && isAside(info.text)) info.reason = "footnote";
    // Who took part, listed in brackets after the text: a credit.
    if (tail && info.reason && info.reason !== "metadata" && info.reason !== "footnote" && info.reason !== "page-number" && info.reason !== "repeated" && !framed.has(i)) inFooter = true;
    if (info.verdict === "date" && (firstText < 0 || i < firstText || i > lastText)) info.reason = "metadata";
    // A covering letter's date before the document it sends, in figures or in Chinese numerals (chrome-signature.ts).
    if (!info.reason && (!info.verdict || info.verdict === "date") && coverLetterDate(infos, i)) {
      info.reason = "metadata";
      coverDate ??= isoDate(info.folded); // it dates the notice when the head gave none
    }
    if (info.verdict === "person" && (tail || (first >= 0 && i > first && !bylineSpot(infos, i, meta.titleLine)))) info.reason = "credit";
    if (tail) {
      // A label with its one link inline (`延伸阅读：…？`) heads no list: the text may go on under it.
      if (info.reason === "related") inRelated = !relatedLinkInline(info.folded);
      else if (inRelated && !info.reason && !looksLikeProse(info.folded) && info.folded.length <= 60) info.reason = "related";
    }
    // An author's field (`发言人：…`, authors.ts) under an editor's note is the byline line, no photo caption (2026-12-03, fifth wave).
    if (!info.reason && first >= 0 && i > first && i !== meta.signatureLine && isCaption(infos, i) && !labelledByline(info.folded)) info.reason = "caption";
  });

  // A notice with a contact number between the page's chrome and its footer (chrome-menu-names-notice.ts).
  markClosingNotice(infos, kept);
  // A comment section closing the page, and invitations to comment or share among the tail's chrome (chrome-widgets.ts).
  markCommentTail(infos, kept, isProse);
  markHandleComments(infos, kept); // `@handle：` comments among a microblog's reply counts (chrome-thread.ts)
  markInvitations(infos, kept, first);
  markStoppedChrome(infos, kept, first);
  // Sentences to the reader or of the platform closing the page (chrome-tail.ts).
  markHeadlessComments(infos, kept, first);
  markTailSentences(infos, kept, first);
  markDraftersLine(infos, kept, last); // `执笔：某某` after the text (chrome-tail.ts)
  // Short bare lines by their place: a run after the text, a lone label inside it (chrome-bare-lines.ts).
  const span = { first, last, titleLine: meta.titleLine, signatureLine: meta.signatureLine };
  markTailRun(infos, kept, span);
  markIsolated(infos, kept, span);
  // Captions in one sentence and unrelated banners between two paragraphs (chrome-inserted-lines.ts).
  markInsertedCaption(infos, kept, span);
  markLabelledCaption(infos, kept, span); // `图①：……。` above the first paragraph or after the last (chrome-inserted-lines.ts)
  markInsertedBanner(infos, kept, span);
  // A forward's close (`[以上为转发内容]`) and the forwarder's turn under it (chrome-transport.ts).
  markTransportClose(infos, kept);
  // An annex after the text (`附件1` / its heading / its list) is content (annex.ts).
  markAnnex(infos, kept, first);
  // A line inside a hard-wrapped paragraph is judged as part of it (chrome-wrapped.ts).
  keepWrappedFragments(infos, kept);
  // A data table pasted as rows, whatever the counter and frame rules read in its figures (chrome-related-data-tables.ts).
  keepDataTables(infos, kept);
  // A masthead, date or edition line printed again on a jump page (chrome-widgets.ts).
  markRepeatedChrome(infos, kept, meta.titleLine);
  continuedHeadlines(infos, kept); // `标题（2）`: a paginated article's next page (chrome-runs.ts)
  // A field line of units (`牵头单位：A 配合单位：B`) is an item's words however near the tail (chrome-unit-fields.ts).
  keepUnitFields(infos, kept);
  const removed: RemovedLine[] = [];
  infos.forEach((info, i) => {
    if (isBlank(info)) return;
    if (info.reason) {
      removed.push({ line: i + 1 + offset, text: info.text, reason: info.reason });
      out[i] = "";
      return;
    }
    // A credit glued to the end of a paragraph: `……完善制度。（责任编辑：某某）`.
    if (kept(i) || !/[)）】\]]\s*$/.test(out[i])) return;
    const m = TRAILING_CREDIT.exec(fold(out[i]));
    // Fifth wave: the same bracketed credit on a line of its own (an OCR keeps the space, `（责任编辑 某某）`).
    if (m && m.index === 0 && i > last) {
      removed.push({ line: i + 1 + offset, text: info.text, reason: "credit" });
      out[i] = "";
      return;
    }
    if (m && m.index > 0 && out[i].slice(0, m.index).trim()) {
      removed.push({ line: i + 1 + offset, text: out[i].slice(m.index).trim(), reason: "credit" });
      out[i] = out[i].slice(0, m.index).trimEnd();
    }
  });
  meta.date ??= tailStampDate(infos) ?? coverDate; // head-tail.ts: a stamp after the text when the head gave no date
  return { lines: out, removed, meta };
}

/** A person credit right under a title-like line is the byline of a (sub-)document. */
function bylineSpot(infos: LineInfo[], i: number, titleLine: number): boolean {
  if (titleLine >= 0 && neighbourIndex(infos, i, -1) === titleLine) return true;
  const prev = neighbour(infos, i, -1);
  return !!prev && prev.folded.length <= 60 && !endsSentence(prev.folded) && !/[:]$/.test(prev.folded);
}

/** Are these lines a related-articles list header? (Exported for tests.) */
export { relatedHead };
