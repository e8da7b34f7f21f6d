/**
 * Notes under the text (issue 12, general chrome, 2026-12-03): footnotes of a Word or PDF
 * export (`[1] 据…统计。`, `① …`, `注1：数据来源于…`), wherever the page put them — at the
 * end of the text or at the foot of each PDF page, between two halves of a paragraph —
 * the head of a reference list over them (`参考资料：`, `注释`), and an editor's aside
 * opened by an asterisk after the text (`*本文为……的集体提案，有删节`).
 *
 * A footnote is recognised by a *citation*, not by its words: the line opens with a note
 * mark (`[1]`, `［1］`, `①`, `注1：`, `注①`) that a line of the text carries inside a
 * sentence as a citation — right after a word and before punctuation or the line's end
 * (`…倒塌的情况[1]。`, `…约68万人（注1）。`, `…210家①，`). A numbered list (`1. …`) has
 * no such mark; an inline enumeration (`包括：①加强…；②完善…`) puts its marks before
 * words, not after them, so its items are no footnotes.
 *
 * The head of a reference list: a short label line (≤ 8 characters, nothing but a final
 * colon for punctuation) right above a run of footnotes.
 *
 * What it does not do: a note mark nothing in the text cites stays (it may be a list); a
 * line longer than 150 characters stays. One pass to collect citations, one to judge lines.
 */
import { endsSentence } from "./line-shapes";
import { isBlank, neighbourIndex, type LineInfo } from "./chrome-lines";

const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
/** A note line's mark, normalised: `[3]`, `①`, `注3`, `注①`. */
const NOTE_LINE = new RegExp(`^(?:[\\[［](\\d{1,2})[\\]］]|([${CIRCLED}])|注\\s*(\\d{1,2}|[${CIRCLED}])\\s*[:：.．、]?)\\s*(?=\\S)`);
/** A citation inside a sentence: after a word, before punctuation, a bracket or the end. */
const CITATION = new RegExp(`(?<=[\\p{L}\\p{N}”"》）)])(?:[\\[［](\\d{1,2})[\\]］]|([${CIRCLED}])|[(（]\\s*注\\s*(\\d{1,2}|[${CIRCLED}])\\s*[)）])(?=[\\s,，.。;；:：、!！?？)）”"]|$)`, "gu");

function noteKey(m: RegExpExecArray): string {
  return m[1] ?? m[2] ?? m[3] ?? "";
}

export function markNotes(infos: LineInfo[], kept: (i: number) => boolean, reason: LineInfo["reason"] = "footnote"): void {
  // The marks the text cites, with the lines that cite them.
  const cited = new Map<string, number>();
  infos.forEach((info, i) => {
    if (isBlank(info) || !/[\]］①-⑳)）]/.test(info.folded)) return;
    for (const m of info.folded.matchAll(CITATION)) if (m.index > 0 && !cited.has(noteKey(m))) cited.set(noteKey(m), i);
  });
  if (!cited.size) return;
  infos.forEach((info, i) => {
    if (isBlank(info) || info.reason || kept(i) || info.folded.length > 150) return;
    const m = NOTE_LINE.exec(info.folded);
    const by = m ? cited.get(noteKey(m)) : undefined;
    if (by === undefined || by === i) return;
    info.reason = reason;
    // A reference list's head right above its first note.
    const h = neighbourIndex(infos, i, -1);
    if (h < 0 || kept(h) || infos[h].reason || infos[h].marker) return;
    const label = infos[h].folded.replace(/[:：]$/, "");
    if (label.length >= 2 && label.length <= 8 && !/[。,;:!?、\d]/.test(label) && !endsSentence(label)) infos[h].reason = reason;
  });
}

/** An editor's aside after the text: a line opened by an asterisk (`*本文为…，有删节`). */
export function isAside(text: string): boolean {
  return /^[*※](?![*\s])\S/.test(text) && text.length <= 150;
}

/**
 * Twelfth wave: what an editor or a broadcaster put into the text, on a line of its own and wholly in
 * brackets — never the author's words:
 * - an **insertion labelled by its kind**: the label names inserted matter of a page or a programme
 *   (a sponsor's or an advertiser's slot: 插播, 口播, 广告, 推广, 赞助, 冠名, 特约, 鸣谢, 片花; an editor's
 *   note: 编者注, 编注, 编辑注, 小编注) and a colon opens what was inserted
 *   (`【插播：本节目由……协办】`, `［口播：本时段节目由……特约播出］`, `（编者注：……）`);
 * - a **compiler's omission note**: it names a part of the text (部分, 正文, 原文, 以下, 中间, 内容,
 *   发言 …) and ends by saying that part is left out (略, 从略, 省略, 有删节 …): `（报告第一部分……略）`,
 *   `（中间听众热线部分略）`. A list's own rest (`（其余23家略）`) names no part of the text and stays,
 *   as does an annex entry's `附件：…（略）` (not wholly in brackets).
 */
const WHOLLY_BRACKETED = /^[([【〔]\s*(.{2,78}?)\s*[)\]】〕]$/;
const INSERT_LABEL = /^(?:插播|口播|广告|推广|赞助|冠名|特约|鸣谢|片花|编者注|编注|编辑注|小编注)\s*[:]/;
const TEXT_PART = /部分|正文|全文|原文|以下|以上|下文|上文|此处|中间|前文|后文|内容|发言|讲话|章|段/;
const LEFT_OUT = /(?:从略|省略|略去|已略|略|有删节|有删减)[。.]?$/;
/**
 * Fourteenth wave (2026-12-04): a transcriber's note that a part could not be read off the scan or the
 * handwriting (`[此处字迹模糊，未能识别]`, `〔以下两行原件破损，无法辨认〕`): it opens by pointing at the place in the
 * text or the sheet and says that part is missing; it is none of the text.
 */
const SCAN_PART = /^(?:此处|该处|以下|以上|下文|上文|原件|原稿|原文|字迹)/;
const UNREADABLE = /(?:模糊|不清|破损|污损|残缺|缺损)?[,，]?(?:无法|未能|不能|难以)(?:识别|辨认|辨识|辨别)[。.]?$|(?:模糊不清|字迹不清|看不清)[。.]?$/;

export function editorialInsert(folded: string): "ad" | "footnote" | null {
  const m = WHOLLY_BRACKETED.exec(folded.trim());
  if (!m) return null;
  const inner = m[1];
  if (INSERT_LABEL.test(inner)) return /^(?:编者注|编注|编辑注|小编注)/.test(inner) ? "footnote" : "ad";
  if (SCAN_PART.test(inner) && UNREADABLE.test(inner)) return "footnote";
  return TEXT_PART.test(inner) && LEFT_OUT.test(inner) ? "footnote" : null;
}

/** Mark editorial insertions wherever they stand (before the head is read, so none is a title). */
export function markEditorialInserts(infos: LineInfo[], kept: (i: number) => boolean): void {
  infos.forEach((info, i) => {
    if (isBlank(info) || info.reason || kept(i)) return;
    const reason = editorialInsert(info.folded);
    if (reason) info.reason = reason;
  });
}
