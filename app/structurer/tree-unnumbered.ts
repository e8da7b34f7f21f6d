/**
 * Tree building, unnumbered paragraphs: read by position and content. Before the first
 * marker they are the intro; under a heading-only section, a part or a Markdown heading
 * they become recommendations when they read like one (see paragraphs.ts), else they are
 * the container's own text; otherwise they continue the text of the node before them.
 */
import { fold } from "./fold";
import { splitInline } from "./inline-markers";
import { isBackgroundTitle } from "./kinds";
import { namesSituation, reviewsPastWork } from "./retrospect";
import { contentCell, isRecordRow, tableHeader, tableRowMarker } from "./table-rows";
import { hasLeadPhrase, isClearlyNarrative, isLeadIn, isOnlyQuestion, isRecommendationLike, opensSummary } from "./paragraphs";
import { draft, fillDraft, inlineDrafts, lastDescendant, type Block, type Draft } from "./tree-drafts";
import type { InlineItem } from "./inline-markers";
import type { TreeState } from "./tree-state";
import { TURN_TIME_MARK } from "./line-shapes";

export function placeParagraph(s: TreeState, b: Block): void {
  const top = s.top();
  // Eighth wave (2026-12-04): after the list, a summing-up paragraph (`总之，……一要……二要……`,
  // `以上建议，一是……`) is the text of the node before it: what it counts recaps, it adds no items.
  if (s.doc.children.length > 0 && opensSummary(b.folded)) return continueLast(s, b, top);
  if (!top) return topLevelParagraph(s, b);

  if (accepts(top)) {
    // Under a heading, a paragraph is a recommendation of its own when it opens with a
    // lead phrase; plain paragraphs are the heading's text (the heading is then the
    // recommendation itself).
    // Under a situation heading (`基本情况`), a first paragraph states findings: it is the
    // section's text, even when its first sentence is short (`全市共有……万户，其中……。`).
    // (A problem heading keeps its lead-phrase paragraphs as items: `底数不清。……`.)
    const head = top.title ?? top.parts[0] ?? "";
    // (Seventh wave: also a state found, `提案办理情况`, over a first paragraph reviewing past work.)
    const findings = top.children.length === 0 && !top.leadIn && (isBackgroundTitle(head) || (namesSituation(fold(head).trim()) && reviewsPastWork(b.folded))) && SITUATION.test(fold(head));
    const split = splitInline(b.text, b.folded);
    // Round 12: a speaker's answer that counts its measures inline (`某某：我们做三件事。第一，…；
    // 第二，…`) is no item of its own: its opening is the section's text, its items the section's.
    const asked = /[?？]\s*$/.test(top.parts[top.parts.length - 1] ?? "");
    const answer = split.items.length >= 2 && top.children.length === 0 && spokenBy(s.speakers, b.folded, asked);
    const task = isTaskRow(b.text);
    const item = findings || answer || isTurn(s.speakers, b.folded) || s.spoken.has(b) || (isRecordRow(b.folded) && !task) ? false : task || top.leadIn ? !isClearlyNarrative(b.folded) && (task || !breaksLeadPhraseList(top.children, b.folded)) : hasLeadPhrase(b.folded) || (top.children.length > 0 && isRecommendationLike(b.folded));
    if (item) return addPlain(s, top.children, b);
    if (split.items.length && top.children.length === 0) {
      if (split.head) top.parts.push(split.head);
      top.children.push(...answerDrafts(s, split.head, split.items));
      s.last = lastDescendant(top);
      return;
    }
    if (top.children.length === 0) {
      top.parts.push(b.text);
      top.leadIn = top.leadIn || isLeadIn(b.folded);
      s.last = top;
      return;
    }
    return continueLast(s, b, top);
  }

  if (top.children.length === 0) {
    const split = splitInline(b.text, b.folded);
    if (split.items.length) {
      if (split.head) top.parts.push(split.head);
      top.children.push(...answerDrafts(s, split.head, split.items));
      s.last = lastDescendant(top);
      return;
    }
  }
  continueLast(s, b, top);
}

/**
 * Does the paragraph open with a known speaker's label (`宋某某：`), or — right after a
 * question (`记者：……？`) — with a name's label of two to four characters?
 */
function spokenBy(speakers: ReadonlySet<string>, folded: string, asked: boolean): boolean {
  const label = turnLabel(folded);
  return !!label && (speakers.has(label) || (asked && /^[\u4e00-\u9fff]{2,4}$/.test(label)));
}

/** A transcript's time mark before a speaker's label (`[01:05] `, `00:21 `), folded. */
const TIME_MARK = new RegExp(`^${TURN_TIME_MARK}`);

/** The label before the first colon of a turn, a time mark before it skipped (`[00:25] 周某某:` → 周某某). */
function turnLabel(folded: string): string {
  const s = folded.replace(TIME_MARK, "");
  const colon = s.indexOf(":");
  // (Up to 20: a post and a name, `市交通运输局副局长 某某某`, pipeline.ts.)
  return colon > 0 && colon <= 20 ? s.slice(0, colon).trim() : "";
}

/**
 * Third wave (2026-12-03): a speaker's turn (`主持人：欢迎收看……。`, `A：手续繁、期限短。……`) is
 * talk, not a listed measure: its short first sentence is no lead phrase. A turn's measures
 * are the ones it numbers (`第一，……`, `一是……`), which pipeline.ts cuts from the label.
 */
function isTurn(speakers: ReadonlySet<string>, folded: string): boolean {
  const label = turnLabel(folded);
  return !!label && speakers.has(label) && !STARTS_COUNTING.test(folded);
}

/** A turn that starts counting after its first sentence (`我提了三条建议。第一，……`) opens its first item. */
const STARTS_COUNTING = /[。:]\s*(?:第[一二三四五六七八九十]\s*[,、]|首先\s*[,、]|[一二三四五六七八九十][是要]|其[一二三四五六七八九十]\s*[,、])/;

/** A heading of the situation found, not of its problems or practices: `基本情况`, `发展现状`. */
const SITUATION = /情况|现状|背景|回顾|过去/;

/** May this node take unnumbered paragraphs as its recommendations? */
function accepts(d: Draft): boolean {
  const lastChild = d.children[d.children.length - 1];
  if (lastChild) return lastChild.plain;
  return d.container || d.headingOnly || d.leadIn;
}

/** A paragraph with no open node: intro, a top-level recommendation, or continuation. */
function topLevelParagraph(s: TreeState, b: Block): void {
  const doc = s.doc;
  if (listedRow(s, b)) return addPlain(s, doc.children, b);
  if (s.structured && doc.children.length === 0) {
    doc.introParts.push(b.text);
    return;
  }
  const split = splitInline(b.text, b.folded);
  if (split.items.length) {
    const head = split.head;
    const headFolded = fold(head);
    // Seventh wave: a head that runs into the list without ending a sentence (`建议着力提升服务品质，一是……；
    // 二是……`) leads into it, as `建议：` does — the speech's items are top-level, not one item's children.
    if (!head || isLeadIn(headFolded) || !isRecommendationLike(headFolded) || !/[。!?;]$/.test(headFolded.trim())) {
      // "为此建议：一是……二是……": the lead-in is intro, the items are the recommendations.
      // A later list (an interview's next answer) adds its items after the first ones;
      // its lead-in goes on the text before it.
      if (head && doc.children.length === 0) doc.introParts.push(head);
      else if (head) continueLast(s, { ...b, text: head, folded: headFolded }, null);
      doc.children.push(...answerDrafts(s, head, split.items));
      s.last = lastDescendant(doc.children[doc.children.length - 1]);
      return;
    }
  }
  // 2026-12-03, tails: after a list read from a paragraph's own numbering (`建议：一是……二是……`)
  // a plain paragraph is no item of that list — items share a shape: it closes the list.
  const numberedList = doc.children.length > 0 && doc.children.every((c) => c.family.startsWith("inline:"));
  // Sixteenth wave: a paragraph under a speaker's label alone on its line is a turn as well (tree.ts isLabelAlone).
  const turn = isTurn(s.speakers, b.folded) || s.spoken.has(b);
  if (!numberedList && !turn && !isRecordRow(b.folded) && readsAsRecommendation(b, doc.leadIn, doc.children)) return addPlain(s, doc.children, b);
  if (doc.children.length === 0) {
    doc.introParts.push(b.text);
    doc.leadIn = doc.leadIn || isLeadIn(b.folded);
    return;
  }
  continueLast(s, b, null);
}

/**
 * Eighth wave (2026-12-04): the items of a list after `建议：` share a shape. When the items so far
 * (two or more) each open with a lead phrase (`优化布点。……`), a paragraph that opens with none and
 * reads like no measure (`据了解，……`, `当天，委员们还……`, `截至目前，……`) is the report going on,
 * not one more item: it is the text of the item before it.
 */
function breaksLeadPhraseList(items: readonly Draft[], folded: string): boolean {
  if (items.length < 2 || hasLeadPhrase(folded) || isRecommendationLike(folded)) return false;
  // (Only the item's own first paragraph opens with its lead phrase; the paragraph is read first, so
  // the items are looked at only for a paragraph that would break the list.)
  return items.every((c) => c.plain && c.children.length === 0 && hasLeadPhrase(fold(c.parts[0] ?? "")));
}

/** After `为此建议：` every paragraph is a recommendation unless it plainly is not. */
function readsAsRecommendation(b: Block, afterLeadIn: boolean, items: readonly Draft[] = []): boolean {
  if (afterLeadIn && breaksLeadPhraseList(items, b.folded)) return false;
  // 2026-12-03: the line that announces the list (`建议案提出以下建议。`) is none of its items.
  if (isLeadIn(b.folded)) return false;
  // Fourth wave: a table row is read from its cells after the number (the content column).
  const row = tableRowMarker(b.text);
  const folded = row ? fold(row.rest) : b.folded;
  return afterLeadIn ? !isClearlyNarrative(folded) : isRecommendationLike(folded);
}

function addPlain(s: TreeState, siblings: Draft[], b: Block): void {
  // Fourth wave (2026-12-03): a table row's number cell numbers its item; its title is read
  // from the cells after it (the content column), not from the number.
  const row = tableRowMarker(b.text);
  const node = draft({ family: "plain", plain: true, marker: row ? row.marker : null });
  if (row) fillDraft(node, row.rest, fold(row.rest), null);
  else fillDraft(node, b.text, b.folded, null);
  siblings.push(node);
  s.last = lastDescendant(node);
}

function continueLast(s: TreeState, b: Block, top: Draft | null): void {
  const target = s.last ?? top;
  if (target) target.parts.push(b.text);
  else s.doc.introParts.push(b.text);
}

/**
 * Inline items of a paragraph; 2026-12-03: when the paragraph answers a question about
 * problems (`问：目前存在哪些问题？` / `答：主要是三个方面。一是……二是……`), its items are those
 * problems — background, as under `还存在以下问题：` — not recommendations.
 */
/** A question about which problems there are (`存在哪些问题？`, `遇到了什么困难？`), not which topic. */
// Tenth wave: or where the trouble lies (`问题出在哪里？`, `难在哪儿？`, `症结何在？`).
export const ASKS_PROBLEMS = /(?:哪些|什[么幺]|哪方面的?)(?:问题|困难|短板|不足|难点|堵点|痛点|挑战|矛盾)|(?:问题|难点|症结|短板|堵点|痛点|原因)(?:出|卡)?(?:在哪|何在)|(?:难|卡|堵)在哪/;
/** An answer's own lead-in that announces advice (`我建议：`) overrides the question. */
const ANNOUNCES_ADVICE = /建议|对策|措施|办法|举措/;

function answerDrafts(s: TreeState, head: string, items: InlineItem[]): Draft[] {
  const drafts = inlineDrafts(head, items);
  const parts = s.last ? s.last.parts : s.doc.introParts;
  // (The paragraph's own lead-in may already stand last: the question is the part before it.)
  const at = parts.length - (head && parts[parts.length - 1] === head ? 2 : 1);
  const before = fold(parts[at] ?? "").trim();
  if (before && isOnlyQuestion(before) && ASKS_PROBLEMS.test(before) && !ANNOUNCES_ADVICE.test(fold(head))) for (const d of drafts) d.problem = true;
  return drafts;
}

/**
 * Sixth wave (2026-12-03): a work plan's task table (`序号 任务 牵头单位 完成时限`) under its
 * section: a row whose content cell — the first cell after the number — opens like a measure
 * (`建立……制度`, `改造提升……，年内完成……`) is an item of that section, with or without a comma in
 * it. A row of names (a proposal's title, bodies, a person) stays the section's record text.
 */
function isTaskRow(text: string): boolean {
  const row = tableRowMarker(text);
  if (!row) return false;
  const first = row.rest.trim().split(/\s+/)[0] ?? "";
  // A document's name (`关于……的提案`) is a record of what is handled, not a measure.
  return isRecommendationLike(fold(first)) && !/^关于/.test(first);
}

/**
 * Seventh wave (2026-12-04): a table that is the document's body — a 一览表 of key proposals,
 * a 任务分工表 pasted alone — lists what the document is about: each row under the header whose
 * content cell (the first after the number and any code cell) names a proposal (`关于……的提案`)
 * or, in a table with no covering paragraph above it, a measure is a recommendation of its own,
 * titled by that cell. Only at the top level, right under the header row or the row before it; a
 * table under a section is that section's, as before.
 */
function listedRow(s: TreeState, b: Block): boolean {
  const row = tableRowMarker(b.text);
  if (!row) return false;
  const doc = s.doc;
  const last = doc.children[doc.children.length - 1];
  // The rows of one table share a shape: after a row listed as an item, every row is one.
  if (last) return last.plain && /^\d{1,3}$/.test(last.marker ?? "") && Number(row.marker) === Number(last.marker) + 1;
  // A Markdown table's rule row (`| --- | --- |`) stands between the header and the first row.
  const parts = doc.introParts.filter((p) => !/^[\s|｜:\-—=]+$/.test(p));
  const header = tableHeader(fold(parts[parts.length - 1] ?? ""));
  if (!header) return false;
  const cell = fold(contentCell(row.rest));
  if (/^关于.{2,60}的(?:提案|建议|议案)$/.test(cell)) return true;
  // A task cell (`建立……制度`) lists a measure only where the table stands alone: under a covering paragraph
  // (`现将重点任务分工如下。`) the rows are that paragraph's record (holdout-11's Excel 分工 table).
  // A column the header names as suggestions (`建议内容`, `意见建议`) says what its cells are, under any paragraph.
  if (header.some((c) => /建议|意见/.test(c))) return cell.length >= 4;
  // Nineteenth wave: a notice addressed to the bodies it sets to work (`各区人民政府，市政府各部门：`) assigns the
  // rows of its table to them: each row is a task of its own, under the covering paragraph as under a section.
  if (isRecommendationLike(cell) && doc.introParts.some((p) => ADDRESSEE_LINE.test(fold(p).trim()))) return true;
  return isRecommendationLike(cell) && !doc.introParts.some((p) => /[。!?]\s*$/.test(fold(p)));
}

/**
 * A notice's addressee line: the bodies it is sent to, each `各…` or a level's bodies, then the colon and nothing
 * after it (`各区人民政府，市政府各部门、各直属机构：`, `各乡镇人民政府，县直有关单位：`).
 */
const ADDRESSEE_LINE = /^各[\u4e00-\u9fff（）()]{1,20}(?:[,，、][\u4e00-\u9fff（）()]{2,20}){0,4}:$/;
