/**
 * The shape of a folded line, whatever it says: a date, a finished sentence, prose,
 * its share of Han characters. Used by the chrome rules and the head (title, date,
 * signature) reader alike.
 */
export const DATE = String.raw`\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?`;
export const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?`;
/**
 * Seventeenth wave (2026-12-05): a transcript's time mark before a turn's label (folded): bare or in
 * brackets, square or lenticular (`00:21 主持人:`, `[01:05] 周某某:`, `【00:07:20】市政协委员 某某:` —
 * a livestream replay's or a radio log's cue). It marks when the turn was said, no part of the label.
 */
export const TURN_TIME_MARK = String.raw`[[【(]?\s*\d{1,2}:\d{2}(?::\d{2})?\s*[\]】)]?\s*`;
/**
 * Eighteenth wave (2026-12-05): a recording's chapter stamp before a section's heading (raw text): `00:02:15\u3000老旧电梯问题突出`,
 * `[00:01:30] 乘客反映的主要问题`, `03:20｜…` — an AI minutes' or a replay page's chapter line. The time code is the
 * section's marker (where the chapter starts in the recording), no part of its title.
 */
export const CHAPTER_STAMP = /^\s*([[【(（]?\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?\s*[\]】)）]?)\s*[-–—|｜·]?\s*(?=[\u4e00-\u9fffA-Za-z])/;
/**
 * Nineteenth wave (2026-12-05): a form's field label spaced out to fill its cell (`案\u3000\u3000由：`, `提 案 人：`, `标\u3000\u3000题：`,
 * as printed forms align labels of two and three characters) is the same label as without the spaces: the
 * pattern of `words` (alternatives `案由|提案人`) with up to three spaces allowed between their characters.
 */
export function spacedLabels(words: string): string {
  return words
    .split("|")
    .map((w) => [...w].join(String.raw`\s{0,3}`))
    .join("|");
}
export const WEEKDAY = String.raw`(?:星期|周|礼拜)[一二三四五六日天]`;

/** A date alone (a publication date, or a signature date after the text). */
export const DATE_ONLY = new RegExp(`^[(]?${DATE}[)]?(?:\\s*${WEEKDAY})?(?:\\s*${TIME})?$`);

export function endsSentence(folded: string): boolean {
  return /[。!?…]["'”’」』)]*$/.test(folded);
}

/** Several clauses ending in a full stop: a sentence of the text, whatever words it holds. */
export function looksLikeProse(folded: string): boolean {
  return endsSentence(folded) && (folded.match(/,/g) ?? []).length >= 3;
}

/** Share of Han characters among the non-space characters. */
export function hanDensity(s: string): number {
  let han = 0;
  let all = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || (c >= 0xdc00 && c <= 0xdfff)) continue;
    all++;
    // Han of the BMP, or a supplementary-plane character (a surrogate pair counts once).
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xd840 && c <= 0xd88c)) han++;
  }
  return all ? han / all : 0;
}

const ORDINALS = "一二三四五六七八九十";
/**
 * 2026-12-04 (fourteenth wave): two ordinals in a row joined by a pause mark, then a grade or a span
 * (`一、二类维修企业`, `三、四级公路`, `二、三季度`), are a range inside a sentence — a printed line that
 * broke before it reads like a `一、` heading. No heading's title opens with the next ordinal and its
 * classifier, so after a line that stopped mid-sentence such a line goes on with it (blocks.ts for
 * hard-wrapped text, inputs/pdf-text.ts for a PDF's lines).
 */
const ORDINAL_PAIR = /^([一二三四五六七八九])、([二三四五六七八九十])(?:类|级|档|等|批|星|层|线|季度|年级|月份|、[三四五六七八九十])/;
export function opensWithOrdinalPair(folded: string): boolean {
  const m = ORDINAL_PAIR.exec(folded);
  return !!m && ORDINALS.indexOf(m[2]) === ORDINALS.indexOf(m[1]) + 1;
}

/**
 * Sixteenth wave (2026-12-05): a reporter's turn label names the outlet before `记者`, and an outlet's
 * name may be long — a station and its channel (`汭州广播电视台新闻综合频道记者：`), a paper's new-media
 * centre. Han characters only, from the line's start: a sentence that mentions a reporter has
 * punctuation or other words before the colon.
 */
export const REPORTER_LABEL = String.raw`[\u4e00-\u9fff]{0,14}记者`;

/**
 * Eighteenth wave (2026-12-05): the label of the one who asks in an interview — host, reporter, `问`, `Q` — never the
 * one who answers: the words for that role are few, and its turns introduce and ask, they carry no measures.
 */
export const INTERVIEWER_LABEL = new RegExp(String.raw`^(?:主持人|主持|${REPORTER_LABEL}|问|Q)$`);

/**
 * Seventeenth wave: a sentence whose stop is a colon — two clauses or more before it (`……发起了投票,
 * 共有2160人参与,结果如下:`). It announces the list under it, so it is content whatever words it holds.
 */
export function announcesList(folded: string): boolean {
  return /:$/.test(folded) && (folded.match(/,/g) ?? []).length >= 2;
}

/**
 * 2026-12-05 (seventeenth wave): a news item's lede opens with the day it happened (`4月14日晚，…`,
 * `5月8日，…`) and says a sentence: a report of its own, where a section of one text opens with its point.
 */
export function datedLede(f: string): boolean {
  return /^\d{1,2}月\d{1,2}日[\u4e00-\u9fff]{0,2}[,，]/.test(f.trim()) && endsSentence(f.trim());
}

/**
 * A member's post or a party's or federation's body (委员, 代表, 民革 … 工商联): what a speaker's or a piece's writer's
 * name line names, and what no secrecy grade (`★启用前`) names.
 */
export const MEMBER_WORD = /委员|常委|代表|民革|民盟|民建|民进|农工党|致公党|九三学社|台盟|工商联/;

/**
 * 2026-12-05: a programme's cast line (`本集嘉宾：市政协委员、某协会副会长 某某`, `主持人：某某`): the label names a part
 * someone plays in the show (嘉宾, 主持, 主播, 主讲), the value the people. It is set in two parts like a headline
 * (title-score.ts) and may read as a subtitle (article-headlines.ts), but it is neither: it lists who speaks.
 */
export const CAST_LABEL = /^[\u4e00-\u9fff]{0,4}(?:嘉宾|主持人?|主播|主讲人?|播音员?)\s*[:：]/;

/**
 * A month and a day (`6月2日`, `十一月三日`): the date a diary's or a log's entry carries. Seventeenth wave
 * (chrome-bare-lines.ts: such a stamp is content, no lone label); twentieth wave (tree-heading-shape.ts: no heading).
 */
export const DAY_STAMP = /(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日/u;
