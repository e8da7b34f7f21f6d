/**
 * A heading is a phrase that names a topic. Some lines that end up over a run of items
 * are not: they are page furniture or the head of a form, and the items under them are
 * the document's own top-level items. Such a line heads nothing: its items take its
 * place in the list, and its text stays with the node before it (or the intro), so no
 * sentence is lost.
 *
 * Not a heading, whatever its layout:
 * - a record field: a short label naming a time, place, person or body, then a colon
 *   (`访谈时间：…`, `反映人：…`, `答复机构：…`, `督办领导：…`), or two `label：value` pairs on one
 *   line (`留言人：… 留言时间：…`);
 * - a counter: a time or a number is most of the line (`视频 01:26`, `幻灯片 3`, `— 3 —`);
 * - a greeting or salutation (`网友您好：`, `尊敬的各位委员`, `各位代表：`);
 * - a document's own name (`关于推进…的建议`): a title over its items, not a section.
 */
import { fold } from "./fold";
import { DAY_STAMP, TIME } from "./line-shapes";
import { isBareHeading } from "./paragraphs";
import type { DocumentDraft, Draft } from "./tree-drafts";

// (A person's field names a role with a verb of two characters or more, `反映人`, `联系人`;
// fourth wave: `护人：让……` — a verb and its object, one of a report's parallel section labels — is none.
// Fifth wave: a field naming a person by role — `受访委员：`, `特邀专家：`, `发言代表：`, `主持：`.)
const FIELD_LABEL = /^(?:[^\s,，。；;：:]{0,6}(?:时间|日期|时限|地点|单位|机构|部门|领导|嘉宾|对象|类型|编号|状态|委员|代表|记者|主持|作者|专家)|[^\s,，。；;：:]{2,6}人)\s*[:：]/;
const TWO_FIELDS = /^[^,，。；;：:]{1,8}[:：][^,，。；;：:]*\s[^,，。；;：:\s]{1,8}[:：]/;
const COUNTER_TIME = new RegExp(`(?:^|\\s)${TIME}(?:\\s|$)`);
/**
 * Twenty-first wave (2026-12-05): a roster row — a short label, a colon, then three or more names or bodies in a
 * list (`出席：柯某某、景某某、桑某某`, `列席：县住建局、县水利局、县财政局负责同志`). A meeting record lists who came;
 * a section heading names a topic, it never counts people.
 */
const ROSTER = /^[\u4e00-\u9fff]{2,6}[:：]\s*[^,，。；;：:、]{1,16}(?:、[^,，。；;：:、]{1,16}){2,}$/;
const SALUTATION = /^(?:尊敬的|亲爱的)|(?:您好|你们好|大家好)[!！,，:：]?$|^各位[^，,。]{1,6}[:：,，]?$/;
const DOCUMENT_NAME = /^关于.{2,40}的(?:建议|提案|意见|报告|调研报告|建议案)$/;

/** A roster row (ROSTER), folded: never a section heading, so never counted as one while the tree is built. */
export function isRosterRow(folded: string): boolean {
  return ROSTER.test(folded.trim());
}

/** Whether a line over items cannot be a section heading (see the file comment). */
export function cannotHead(line: string): boolean {
  const f = fold(line).replace(/^[\s【[（(]*|[】\]）)\s]*$/g, "").trim();
  if (!f) return false;
  if (FIELD_LABEL.test(f) || TWO_FIELDS.test(f) || ROSTER.test(f)) return true;
  return isCounter(f) || SALUTATION.test(f) || DOCUMENT_NAME.test(f);
}

/**
 * Twentieth wave (2026-12-05): a diary's or a duty log's day stamp over its entry (`📍 8月3日 星期一 东湾片区`,
 * `【11月16日 晴 柳岸小区】`, `▶ 10月12日（周一）石门乡`): the month and day first, after a glyph or a bracket,
 * then at most a weekday, the weather or a place — no sentence. It says when the entry under it was written, as a
 * dateline does: the entries are the text's narrative (news-site-193's convention: the stamps are content), so the
 * stamp heads no section and the measures after the last entry stand at the top.
 */
const STAMP_LINE = new RegExp(`^(?:[\\p{Extended_Pictographic}\\p{So}]\uFE0F?\\s*)?[【\\[(]?\\s*${DAY_STAMP.source}[^。;!?,:、]{0,16}$`, "u");

export function isDayStamp(folded: string): boolean {
  const f = folded.trim();
  return f.length <= 28 && STAMP_LINE.test(f);
}

/**
 * Twentieth wave: a line that points down at what follows (`一起来看看排名👇`, `……这样说⬇️`) hands over to the
 * items under it, as `为此建议：` does with its colon: a lede's last words, never a section's name.
 */
const POINTS_DOWN = /[👇⬇↓⤵🔽]\uFE0F?$/u;

export function pointsDown(folded: string): boolean {
  return POINTS_DOWN.test(folded.trim());
}

/** A time or a number is most of the (folded) line: `视频 01:26`, `幻灯片 3`, `2026/05/20 · 42分钟`. */
function isCounter(f: string): boolean {
  const letters = f.replace(/[\d\s:：.\-—一·/]/g, "");
  return COUNTER_TIME.test(f) || (/\d/.test(f) && letters.length <= 3);
}

/** A bullet item whose own text is a counter only (`▶︎ 01:32` under a video): no item. */
function isCounterItem(d: Draft): boolean {
  const own = fold(d.parts[0] ?? "").trim();
  return d.family === "bullet" && d.children.length === 0 && own.length > 0 && own.length <= 12 && isCounter(own);
}

/**
 * A label and an ordinal and nothing else (`建议一`, `措施 2`, `对策三`): numbering written as a
 * word, not a topic. Over a single item it is that item's marker.
 */
const ORDINAL_LABEL = /^[\u4e00-\u9fff]{2,3}\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})$/;

/** Is the (folded) line a label and an ordinal only (`建议 1`, `举措二`)? */
export function isOrdinalLabel(folded: string): boolean {
  return ORDINAL_LABEL.test(folded.trim());
}

/**
 * An unnumbered leaf whose text is two or more bare phrases and no sentence (`优化营商环境` /
 * `专题协商成果`, a slide's cover): a caption, not a recommendation — it says nothing to do.
 */
function isCaptionRun(d: Draft): boolean {
  return d.family === "plain" && d.children.length === 0 && d.parts.length >= 2 && d.parts.every((p) => isBareHeading(fold(p)));
}

/**
 * Twelfth wave (2026-12-04): the surface a heading line is set in — a leading symbol (`🔹`, `■`,
 * `▍`), an opening bracket (`【`), or a short label and a colon (`对策：`) — or null for a plain
 * line. Headings of one level share it; a line set otherwise (a `👇` prompt, a bracketed insert
 * `【插播：……】`) is no level above them.
 */
export function headingShape(line: string): string | null {
  const t = line.trim();
  const glyph = /^([\p{So}\p{Extended_Pictographic}■□◆◇●○▍▌▎▶►▲△★☆◎※])\uFE0F?/u.exec(t);
  if (glyph) return `glyph:${glyph[1]}`;
  if (/^[【〖[]/.test(t)) return "bracket";
  if (/^[\u4e00-\u9fff]{1,4}\s*[:：]\s*\S/.test(t)) return "label";
  return null;
}

function headingText(d: Draft): string {
  return d.title ?? d.parts[0] ?? "";
}

/** Dissolves non-heading lines over items, at every level (depth first). */
export function dissolveFalseHeadings(doc: DocumentDraft): void {
  const walk = (list: Draft[], depth: number): void => {
    if (depth > 32) return;
    for (let i = 0; i < list.length; i++) {
      const n = list[i];
      // A bare line made a section of its own (`plain-heading`) heads nothing either when it
      // cannot head: a date-and-duration line over a podcast's guest list is no section.
      if (((n.children.length || n.family === "plain-heading") && !n.problem && cannotHead(headingText(n))) || isCaptionRun(n) || isCounterItem(n) || (depth === 0 && overOutlineTop(n, list))) {
        const before = i > 0 ? list[i - 1] : null;
        if (before) before.parts.push(...n.parts);
        else if (depth === 0) doc.introParts.push(...n.parts);
        else continue;
        list.splice(i, 1, ...n.children);
        i--;
      }
    }
    for (let i = 0; i < list.length; i++) {
      const n = list[i];
      const only = n.children.length === 1 ? n.children[0] : null;
      // `建议一` over one paragraph (a card per slide): the label numbers its item.
      if (only && only.marker === null && n.parts.length <= 1 && ORDINAL_LABEL.test(fold(headingText(n)).trim())) {
        only.marker = headingText(n).trim();
        list[i] = only;
      }
    }
    for (const n of list) walk(n.children, depth + 1);
  };
  walk(doc.children, 0);
}

/**
 * Twenty-first wave (2026-12-05): an unnumbered line over the top of a numbered outline heads nothing. `一、` is the first
 * level of a Chinese document's numbering (一、 › （一） › 1. › （1）), and a short text opens at `（一）`: a writer who
 * numbers the sections from the first level has put no level above them, so an unmarked line that ends up over the whole
 * run (a notice board's name, a brief's author line `课题组`, a caption) is the document's own label or a stray line, and
 * the sections are the top level. Only when it is the one unmarked line over such a series (no other top-level node holds
 * one), set plainly (no glyph, bracket, label or Markdown mark) and the series opens at one; a line numbered in a way the marker reader leaves to the text (`參、建議`, a level
 * in formal numerals above `一、`) is a level of the outline and stays.
 */
const OUTLINE_TOP = new Set(["cn-dun", "cn-paren"]);

function overOutlineTop(n: Draft, list: Draft[]): boolean {
  const series = (d: Draft) =>
    d.children.length >= 2 && OUTLINE_TOP.has(d.children[0].family) && d.children.every((c) => c.family === d.children[0].family);
  const line = fold(headingText(n)).trim();
  const numbered = /^[壹贰貳叁参參叄肆伍陆陸柒捌玖拾一二三四五六七八九十\d]{1,3}\s*[、.．]/.test(line.replace(/^[*_#\s]+/, ""));
  // A line set as a heading (a glyph, a bracket, a label's colon: `🔸 意见建议`) was designed as one.
  if (n.marker !== null || !/^plain/.test(n.family) || numbered || headingShape(line) !== null || /^[*_#]/.test(line)) return false;
  if (!series(n) || !/^[(（]?一/.test(n.children[0].marker ?? "")) return false;
  return list.filter(series).length === 1;
}
