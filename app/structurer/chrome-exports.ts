/**
 * The furniture of exports (2026-12-03, fifth wave): what a note app, a knowledge base, a cloud
 * document or a minutes template wraps around the text when staff copy it out — a Markdown
 * source read as plain text (Notion, Obsidian, Yuque, Feishu, WPS, Evernote). None of it is
 * a word of any product: each rule reads a syntax or a shape.
 *
 * - **a path** (`某县政协 / 提案工作知识库 / 2026年集体提案`, `知识库 > 履职 > 提案`): three or
 *   more short segments between spaced slashes, or two or more between spaced angle marks, above
 *   the text's first sentence — where the page sits in the tree of pages, not its title;
 * - **a task list** (`- [ ] 补充照片附件`, `* [x] 核对数字`, `☐ 联系某局`): the writer's to-dos,
 *   not the text, where no sentence of the text follows them (at the end) or precedes them (at
 *   the head). A checklist inside the text stays;
 * - **callouts and containers** (`:::info` … `:::`, `> 💡 …`, `> [!note] …`): the box a note app
 *   draws around an editor's note — how the draft was made, who keeps the page, what to do
 *   before sending it. Between the title and the text's first section (a heading line) or after
 *   the text's last sentence, the box and its fence lines are a note; inside the text it stays;
 * - **a property block** (`Created: …` / `Tags: …` / `Status: …`; `创建时间：…  更新时间：…`):
 *   two or more `key: value` rows above the text's first sentence, one of them an export's
 *   created/edited stamp (head-dates.ts), or a single row whose key is a page's workflow state
 *   (`状态`, `Status`, `进度`) or its tags — the file's properties, not the text. A row the head
 *   reads (`提案人：…`, `案由：…`) stays, read without its quote mark (`> 提案者：…`).
 *
 * - **a toolbar** (`协作  分享  ···`): short word cells ending in a "more" menu (`toolbarRow`);
 * - **a column's tail** (OCR): the end of a neighbouring column's sentence above the text
 *   (`columnTail`).
 *
 * Runs before the head is read (chrome.ts), so a path or a property never becomes the title.
 */
import { isProse } from "./chrome-caption-line";
import type { LineInfo } from "./chrome-lines";
import { exportStamp } from "./head-dates";
import { labelledByline } from "./authors";
import { fold } from "./fold";
import { markApparatus } from "./chrome-apparatus";
import { DOC_EDITED } from "./chrome-comments-revisions";

/** A line's text without a Markdown quote mark (`> `). */
function unquoted(s: string): string {
  return s.replace(/^\s*>\s?/, "");
}

/** `A / B / C` or `A > B`: segments short, none saying a sentence. */
export function pathLine(folded: string): boolean {
  const f = folded.trim();
  if (f.length > 80 || /[。,;!?、]/.test(f)) return false;
  for (const [sep, min] of [[/\s+\/\s+/, 3], [/\s+(?:>|›|»|→)\s+/, 2]] as const) {
    const parts = f.split(sep);
    if (parts.length >= min && parts.every((p) => p.length >= 1 && p.length <= 24 && /[\p{L}\p{N}]/u.test(p))) return true;
  }
  return false;
}

/** A Markdown task item or a ballot-box item. */
export function taskItem(text: string): boolean {
  return /^\s*(?:[-*+]\s+)?\[[ xX✓✔]\]\s*\S/.test(text) || /^\s*[☐☑☒]\s*\S/u.test(text);
}

/**
 * A task item that states a measure in a full sentence (`- [ ] **补贴困难老人。** 市财政局对……收费。`):
 * a proposal drafted as a checklist, its items the text's recommendations. The writer's own to-dos
 * are notes to self without a closing stop (`- [ ] 问一下交通局候车亭的单价`).
 */
export function sentenceTask(text: string, folded: string): boolean {
  return taskItem(text) && /[。！？；.!?;][”"’）)]?\s*$/.test(text.replace(/[*_`]+/g, "").trim()) && isProse(folded);
}

/** A collaborators' row: two @handles, or one beside a clock time (the save stamp); no sentence. */
function editorRow(folded: string): boolean {
  if (/[。!?;]/.test(folded) || folded.length > 60) return false;
  const handles = folded.match(/(?:^|[\s:：,、])@[^\s@,:：]{1,16}/g)?.length ?? 0;
  return handles >= 2 || (handles === 1 && /\d{1,2}:\d{2}/.test(folded));
}

/**
 * 2026-12-05 (twentieth wave): an app's window title naming its file, on the page's first line (`在线文档 | 某某意见（修改稿）`,
 * `云笔记｜监督工作小结（待审）`). The first cell names a kind of file app (a word ending in 文档, 笔记, 表格, 云盘, 备忘录): what
 * such an app calls itself in its bar, where a headline's same-line kicker (`委员建言｜…`) names a column, never a kind of
 * file. The file's name after the bar is a draft's, not the headline (the rule in markExports reads a bar that repeats it).
 */
const APP_WINDOW = /^[\u4e00-\u9fffA-Za-z]{0,6}(?:文档|笔记|表格|云盘|备忘录)\s*(?:[|｜丨]|[-—–]{1,2})\s*[^\s|｜丨].{0,38}$/;

/** A container's fence: `:::`, `:::info`, `::: tip 提示`, a code fence. */
export function fenceLine(text: string): boolean {
  return /^\s*(?::{3,}|`{3,}|~{3,})\s*[A-Za-z-]*(?:\s+\S.{0,20})?\s*$/.test(text);
}

/**
 * A quote that opens as a callout: an icon (`> 💡`) or a type tag (`> [!note]`); or (seventeenth wave) a
 * quote that links the note's other pages (`> 走访记录见 [[2026-09 某街道走访]]`): a wiki link points into
 * the writer's notebook, which the reader of the proposal never sees.
 */
function calloutOpen(text: string): boolean {
  return /^\s*>\s*(?:\p{Extended_Pictographic}|\[![A-Za-z]+\])/u.test(text) || /^\s*>.*\[\[[^\]\n]{1,60}\]\]/.test(text);
}

/** A Markdown heading line, or a line opening with a section number: where the text's sections begin. */
function sectionLine(info: LineInfo): boolean {
  return /^\s*#{2,6}\s+\S/.test(info.text) || (!!info.marker && info.marker.family !== "bullet" && info.folded.length <= 40);
}

/** The key and value of a `key: value` row (Latin or Han key), or null. */
function propertyRow(text: string): { key: string; value: string } | null {
  const m = /^([A-Za-z][A-Za-z ]{0,20}|[\u4e00-\u9fff][\u4e00-\u9fff\s\u3000]{0,7})\s*[:：]\s*(\S.*)$/.exec(unquoted(text).trim());
  if (!m || m[2].length > 60 || /[。;；!！?？]/.test(m[2])) return null;
  return { key: m[1].replace(/[\s\u3000]/g, "").toLowerCase(), value: m[2] };
}

/** A page's workflow state or tags: what the app files the page under. */
const STATE_KEY = /^(?:状态|status|进度|progress|阶段|stage|标签|tags?|分类|category|所有者|owner|笔记本|notebook|文件夹|folder)$/;

/** Rows the head reads as the author or the subject (never furniture). */
function headField(text: string): boolean {
  return labelledByline(unquoted(text)) || /^\s*(?:案由|题目|标题|主题|事由)\s*[:：]/.test(unquoted(text));
}

/** Mark export furniture on the page (before the head is read). */
export function markExports(infos: LineInfo[], kept: (i: number) => boolean, out: string[]): void {
  const live = (i: number) => !!infos[i].text && !infos[i].reason && !kept(i);
  const quote = (i: number) => /^\s*>/.test(infos[i].text);
  // The text's first and last sentence (callouts and to-dos aside): what lies outside is the page's.
  let firstProse = -1;
  let lastProse = -1;
  let firstSection = -1;
  const inContainer = containers(infos);
  infos.forEach((info, i) => {
    if (!info.text || info.reason || inContainer.has(i) || (taskItem(info.text) && !sentenceTask(info.text, info.folded))) return;
    if (!quote(i) && isProse(info.folded)) {
      if (firstProse < 0) firstProse = i;
      lastProse = i;
    }
    if (firstSection < 0 && sectionLine(info)) firstSection = i;
  });
  const mark = (i: number, reason: LineInfo["reason"]) => live(i) && (infos[i].reason = reason);
  // A photographed or scanned page's edge: the tail of a neighbouring column's sentence among the
  // page's first lines (OCR's short lines may leave the text no line of prose at all).
  // Twenty-first wave: not under a line of running text left open (`…开展调研` / `。现将…如下。`): that is the
  // same paragraph wrapped before its stop, the text's own words (wrappedBefore).
  for (let i = 0, n = 0; i < infos.length && n < 4 && (firstProse < 0 || i < firstProse); i++) {
    if (!infos[i].text) continue;
    n++;
    if (live(i) && !infos[i].marker && columnTail(infos[i].folded) && !wrappedBefore(infos, i)) mark(i, "edition");
  }
  if (firstProse < 0) return;

  // Paths and toolbars above the first sentence.
  for (let i = 0; i < firstProse; i++) if (live(i) && pathLine(infos[i].folded)) mark(i, "navigation");
  for (let i = 0; i < firstProse; i++) if (live(i) && toolbarRow(infos[i].text)) mark(i, "widget");

  // Seventeenth wave: a shared document's window title (`某文档 关于……的建议`, the headline under the app's
  // name, repeated below as the headline line) and its editor rows (`最后由 @某某 保存于 16:42`, `协作者：@甲 @乙`)
  // above the first sentence: an @handle is the app's address of a collaborator, never the text's.
  const heads = infos.slice(0, firstProse).map((x) => x.folded.trim()).filter((f) => f.length >= 8);
  const top = infos.findIndex((x) => !!x.text); // the page's first line
  for (let i = 0; i < firstProse; i++) {
    if (!live(i)) continue;
    const f = infos[i].folded.trim();
    // The app's name is set off from the headline by a space (maybe a dash or bar too), so a numbered
    // table of contents (`①某标题` over `某标题`) is no window title. A teaser's label and colon or bar before the
    // headline's words (`本期导读：某标题`) is the head's first copy (head-shapes.ts, givesHeadlineAgain).
    if (heads.some((h) => h !== f && f.endsWith(h) && /^\S.{1,10}\s$/.test(f.slice(0, f.length - h.length)))) mark(i, "widget");
    else if (i === top && APP_WINDOW.test(f)) mark(i, "widget");
    else if (editorRow(f)) mark(i, "metadata");
  }
  // 2026-12-05: the page's first line set off by a bar after a short label (`在线文档 | 某意见（修改稿）`), over the
  // app's toolbar, editor rows or edit line (`最后编辑：某某 昨天 18:02`) within three lines: the window's title (or its
  // tab), the app's name and the file's.
  const bar = top >= 0 ? /^[^|｜]{2,10}\s?[|｜]\s?\S/.test(infos[top].folded.trim()) : false;
  const under = infos.slice(top + 1, top + 4).some((x) => toolbarRow(x.text) || editorRow(x.folded.trim()) || DOC_EDITED.test(x.folded.trim()));
  if (bar && under && top < firstProse) mark(top, "widget");

  // To-dos with no sentence of the text after them (or before them).
  for (let i = 0; i < infos.length; i++) if (live(i) && taskItem(infos[i].text) && !sentenceTask(infos[i].text, infos[i].folded) && (i > lastProse || i < firstProse)) mark(i, "revision");

  // Callouts and containers before the first section or after the last sentence.
  const head = firstSection >= 0 ? firstSection : firstProse;
  const outside = (i: number) => i < head || i > lastProse;
  for (const i of inContainer) if (outside(i)) mark(i, fenceLine(infos[i].text) ? "ornament" : "footnote");
  for (let i = 0; i < infos.length; i++) {
    // 2026-12-05: a quoted field the head reads as the author (`> 提案人：某某 联名：[[某某]]`) opens no callout: the
    // note app links the cosigners' names, and the line is the text's name line.
    if (!live(i) || !calloutOpen(infos[i].text) || !outside(i) || headField(infos[i].text)) continue;
    for (let j = i; j < infos.length && infos[j].text && quote(j); j++) mark(j, "footnote");
  }

  // Property rows above the first sentence.
  const rows: number[] = [];
  const flush = () => {
    if (rows.length >= 2 && rows.some((r) => exportStamp(infos[r].folded))) for (const r of rows) if (!headField(infos[r].text)) mark(r, "metadata");
    rows.length = 0;
  };
  for (let i = 0; i < firstProse; i++) {
    if (!infos[i].text) continue;
    const row = live(i) || (infos[i].reason === "metadata" && exportStamp(infos[i].folded)) ? propertyRow(infos[i].text) : null;
    if (!row) {
      flush();
      continue;
    }
    rows.push(i);
    // One row of two or more fields (`创建者：某某  最近编辑：5月20日 17:48`) is a block of its own.
    if (exportStamp(infos[i].folded) && infos[i].text.trim().split(/\s{2,}|\u3000+/).filter((c) => /[:：]/.test(c)).length >= 2 && !headField(infos[i].text)) mark(i, "metadata");
    if (STATE_KEY.test(row.key) && !headField(infos[i].text)) mark(i, "metadata");
  }
  flush();
  // A record's fields, a series' letterhead and a kind label over the title (chrome-apparatus.ts).
  markApparatus(infos, live, firstProse, lastProse);

  // A row left in a quoted property block (`> 提案者：某某`) is read without its quote mark.
  for (let i = 0; i < firstProse; i++) {
    if (!live(i) || !quote(i) || !propertyRow(infos[i].text)) continue;
    infos[i].text = unquoted(infos[i].text).trim();
    infos[i].folded = fold(infos[i].text);
    out[i] = unquoted(out[i]);
  }
}

/** Lines of `:::` containers (fences included) whose fences both stand. */
function containers(infos: readonly LineInfo[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < infos.length; i++) {
    if (!/^\s*:{3,}\s*\S/.test(infos[i].text)) continue;
    let j = i + 1;
    while (j < infos.length && j - i <= 12 && !/^\s*:{3,}\s*$/.test(infos[j].text)) j++;
    if (j >= infos.length || j - i > 12) continue;
    for (let k = i; k <= j; k++) if (infos[k].text) out.add(k);
    i = j;
  }
  return out;
}

/**
 * OCR of a photo or a scan takes in the edge of the next column: the end of someone else's
 * sentence (`场，市民可免费参观。`). It starts mid-sentence — one character before a comma, or a
 * closing mark or comma first, which no sentence opens with — and ends one. Only among the page's
 * first four lines, above the text's first line of prose, and short.
 */
export function columnTail(folded: string): boolean {
  const f = folded.trim();
  return f.length <= 60 && /[。!?]$/.test(f) && /^(?:(?![一二三四五六七八九十])[\u4e00-\u9fff][,、;]|[,、;。:”」』)）])/.test(f);
}

/**
 * The line above i is running text left open: long enough for a wrapped line, a clause mark inside, and no
 * stop, colon or closing mark at its end. A neighbouring column's tail stands under a masthead or the page's
 * edge, never under the text's own unfinished sentence.
 */
function wrappedBefore(infos: readonly { text: string; folded: string }[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && !infos[j].text) j--;
  const f = j >= 0 ? infos[j].folded.trim() : "";
  return f.length >= 16 && /[,、;]/.test(f) && /[\u4e00-\u9fff\w]$/.test(f);
}

/**
 * A document's toolbar (`协作  分享  ···`, `编辑 | 评论 | ⋯`): two to five short cells of words,
 * spaced wide or barred, the last the "more" menu drawn as dots (`···`, `⋯`; not a writer's `……` or
 * `...`). No heading ends in a menu icon of its own.
 */
export function toolbarRow(text: string): boolean {
  const cells = text.trim().split(/\s{2,}|\u3000+|\s*[|｜]\s*/).filter(Boolean);
  if (cells.length < 3 || cells.length > 6 || !/^(?:[·•⋯]{2,}|⋯)$/.test(cells[cells.length - 1])) return false;
  return cells.slice(0, -1).every((c) => /^[\p{L}\p{N}]{1,4}(?:\s*\d{1,4})?$/u.test(c));
}

