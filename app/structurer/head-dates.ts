/**
 * Dates that are not the page's (issue #12 item 2: the date in the metadata is the
 * publication date). A record carries the dates of what was done with it: an export, a
 * sending, a filing, a reply. Such a date is written as a **field whose label names an act
 * other than publishing** (`导出时间：`, `发送时间:`, `立案时间：`, `回复日期：`), or as the
 * bare `时间：`/`日期：` field of a mail header (a `发件人`/`收件人`/`From:` field beside it), or
 * a quoted mail's attribution (`在 …，某某 写道：`). What the author did to make the text
 * public (`发布时间`, `发表于`, `提交时间` of a proposal) is its date.
 * A fax machine's stamp (`FROM:… TO:… P.1/2`) is one too. The head's date reading passes over them; `发布时间：`, `发表于`, a date line, a masthead's
 * date or a signature date are read as before.
 */

interface Line {
  folded: string;
  /** The chrome stage's reason, when it removed the line (`chat`: a thread's or an export's frame). */
  reason?: string | null;
}

const ACT_FIELD = /^(?:导出|生成|发送|发件|收件|转发|回复|答复|立案|交办|办理|受理|录入|更新|修改|截图|打印|下载|抄送|发起|征集|报名|截止)(?:时间|日期)\s*[:：]/;
/**
 * 2026-12-03 (third wave): a fax machine's stamp over each page (`2026-11-04 15:32  FROM:某某办公室
 * TO:0000XXXX  P.1/2`): the date it was sent, a transport date like a mail header's.
 */
const FAX_STAMP = /\bfrom\s*[:：]\s*\S.*\bto\s*[:：]|\bp\.?\s*\d{1,2}\s*\/\s*\d{1,2}\s*$/i;
/** A quoted mail's attribution: `在 2026年…，某某 <…> 写道：`, `On …, X wrote:`. */
const QUOTE_LINE = /(?:写道|wrote)\s*[:：]?\s*$/i;
const BARE_FIELD = /^(?:时间|日期|date|sent)\s*[:：]/i;
/**
 * 2026-12-04 (thirteenth wave): an exported chat's day separator, a date alone between rules (`—————  2026-04-16  —————`):
 * the day the messages were sent, a transport date (the chat's draft was written or published on no day the export says).
 */
const CHAT_DAY = /^[—–─-]{2,}\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*[—–─-]{2,}$/;
/**
 * 2026-12-03 (fifth wave, exports): a note app, a knowledge base or a cloud document stamps the
 * file, not the text — when it was created, last edited, modified, updated (`Created:`,
 * `Last edited:`, `创建时间：`, `最近修改：`, `最后编辑于 …`). Such a row is the export's metadata,
 * never a publication date. (`编辑于 DATE 某省` alone, a note platform's posting stamp, still is:
 * head-tail.ts.) Both the head's date and the chrome stage's property rows read this one test.
 */
const EXPORT_LABEL = "(?:(?:创建|新建)(?:时间|日期|于)|(?:最后|最近|上次)(?:编辑|修改|更新)(?:时间|日期|于)?|(?:修改|编辑)(?:时间|日期)|created(?:\\s+(?:time|at|on))?|(?:last\\s+)?(?:edited|modified|updated)(?:\\s+(?:time|at|on))?|exported(?:\\s+(?:at|on))?|date\\s+(?:created|modified))";
const EXPORT_STAMP = new RegExp(`^${EXPORT_LABEL}\\s*[:：]?\\s*(?=\\S)`, "i");
const EXPORT_FIELD = new RegExp(`^${EXPORT_LABEL}\\s*[:：]?$`, "i");

/** Is the line (or the field of a row that holds its date) an export's created/edited stamp? */
export function exportStamp(folded: string): boolean {
  const f = folded.trim();
  if (EXPORT_STAMP.test(f)) return true;
  const at = /\d{4}\s*[-/.年]|\d{1,2}\s*月\s*\d{1,2}\s*日|今天|昨天/.exec(f)?.index ?? -1;
  if (at <= 0) return false;
  const label = f.slice(0, at).split(/\s{2,}|\u3000+/).filter(Boolean).at(-1) ?? "";
  return EXPORT_FIELD.test(label.trim());
}
const MAIL_FIELD = /^(?:发件人|收件人|抄送|主题|from|to|subject)\s*[:：]/i;

/**
 * 2026-12-03 (third wave): a scanned or faxed page's OCR reads the year's 0 as the letter O
 * (`2O26年11月3日`): a letter O among a year's digits before 年 is read as 0, nothing else.
 */
export function ocrYear(folded: string): string {
  // 2026-12-03 (fourth wave): OCR reads a day's or month's 1 as `l`/`I` and 日 as `曰` (`5月l9曰`); after a year, they are digits.
  folded = folded.replace(/(\d{4}\s*年\s*)([\dlIO]{1,2})(\s*月\s*)([\dlIO]{1,2})\s*[日曰]/g, (m, y: string, mo: string, yue: string, d: string) =>
    /\d/.test(mo + d) ? `${y}${mo.replace(/[lI]/g, "1").replace(/O/g, "0")}${yue}${d.replace(/[lI]/g, "1").replace(/O/g, "0")}日` : m);
  return folded.replace(/\b([12][0-9Oo]{3})(\s*年)/g, (m, y: string, nian: string) => (/\d/.test(y.slice(1)) ? y.replace(/[Oo]/g, "0") + nian : m));
}

/**
 * 2026-12-03 (sixth wave): a news page's info line prints its publishing time as `Updated:` among the
 * publication's own fields (`Updated: DATE | Source: 某某网 | By 某某`); a note's lifecycle field stands alone
 * or among the file's fields (所有者, 标签). A line that also names a source or an author is the info line.
 */
const PUBLICATION_FIELD = /(?:^|[\s|｜])(?:(?:source|author|来源|作者|记者)\s*[:：]|by\s+[\u4e00-\u9fff])/i;

/**
 * 2026-12-05 (nineteenth wave): a stamp of time of day beside the date (`2026-11-09 16:02`, `2026/11/3 15:12`) opening a line.
 * Two such lines are transport dates:
 * - a chat export's message stamp (`DATE TIME 某某（单位）`, a line the chrome stage removed as the chat's frame) when the
 *   export holds two or more of them: the messages' sending times; a draft pasted into a group was published on no day
 *   the chat says (a single stamped post, a microblog's `DATE TIME 来自 …`, is its posting and stays the date);
 * - a browser's print header (`DATE TIME  标题_某某网`), stamped at printing on every page: repeated in the text, or
 *   over a print whose footer is the page's address with a page count (`https://…  1/2`).
 */
const CLOCKED = /^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?=\s)/;
const PRINT_FOOTER = /^(?:https?:\/\/|www\.)\S+\s+\d{1,3}\s*\/\s*\d{1,3}$/i;

function clockedTransport(lines: Line[], i: number, f: string): boolean {
  if (!CLOCKED.test(f)) return false;
  const rest = f.replace(CLOCKED, "").trim();
  if (!rest) return false;
  const others = lines.filter((x, j) => j !== i && CLOCKED.test(x.folded.trim()));
  if (lines[i].reason === "chat" && others.some((x) => x.reason === "chat")) return true;
  // A print header carries the page's title (`标题_某某网`, `标题 - 某某网`), never a field of the publication.
  const pageTitle = /[_＿]|\s[-–—]\s/.test(rest) && !PUBLICATION_FIELD.test(f);
  return others.some((x) => x.folded.trim() === f) || (pageTitle && lines.some((x) => PRINT_FOOTER.test(x.folded.trim())));
}

/** A quoted earlier mail's marks (`> 时间：…`, `>> 发件人：…`): its fields are a mail's fields all the same (2026-12-05). */
const unquoted = (f: string) => f.trim().replace(/^(?:>\s*)+/, "");

/** Is line i a date of what was done with the record (sent, exported, filed), not of publishing? */
export function transportDate(lines: Line[], i: number): boolean {
  const f = unquoted(lines[i].folded);
  const published = PUBLICATION_FIELD.test(f);
  if (clockedTransport(lines, i, f)) return true;
  if (ACT_FIELD.test(f) || (!published && exportStamp(f)) || QUOTE_LINE.test(f) || FAX_STAMP.test(f) || CHAT_DAY.test(f)) return true;
  // A row of fields (`议题来源：群众点题 发起时间：2026-02-27`): the field that holds the date decides.
  const at = /\d{4}\s*[-/.年]/.exec(f)?.index ?? -1;
  const label = f.slice(0, at).split(/\s+/).filter(Boolean).at(-1) ?? "";
  if (at > 0 && (ACT_FIELD.test(label) || (exportStamp(label + f.slice(at)) && !published))) return true;
  if (!BARE_FIELD.test(f)) return false;
  for (let j = Math.max(0, i - 3); j <= Math.min(lines.length - 1, i + 3); j++) if (j !== i && MAIL_FIELD.test(unquoted(lines[j].folded))) return true;
  return false;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const MONTH_FIRST = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?\s*,?\s+(\d{4})\b`, "gi");
const DAY_FIRST = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?[\s-]+${MONTH}[\s-]+,?\s*(\d{4})\b`, "gi");

const written = (y: number, m: number, d: number) => (m >= 1 && m <= 12 && d >= 1 && d <= 31 ? `${y}年${m}月${d}日` : null);
const monthOf = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/**
 * 2026-12-03 (fifth wave): the calendar forms a page may print its date in, rewritten as `YYYY年M月D日`
 * so the head's one date pattern reads them:
 * - the Minguo calendar of a Taiwan-style site: `民國115年6月12日`, and a field's `115-06-12` (a three-digit
 *   year 100–199 with a month and a day: Minguo year + 1911);
 * - a two-digit year: `26/06/12`, `26.6.12` (year first when it is 20–39, as Chinese and ISO order put it;
 *   else `12/06/26` day first when the last part is such a year);
 * - English month names: `June 12, 2026`, `Jun. 12 2026`, `12 June 2026`, `12-Jun-2026`.
 * Anything else stays as typed (a phone number has more digits round it; a score `3-1` has no third part).
 */
export function calendarForms(folded: string): string {
  let out = folded.replace(/民[國国]\s*(\d{2,3})\s*年/g, (_m, y: string) => `${Number(y) + 1911}年`);
  out = out.replace(/(?<![\d./-])(1\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?![\d./-])/g, (m, y: string, mo: string, d: string) => written(Number(y) + 1911, Number(mo), Number(d)) ?? m);
  out = out.replace(/(?<![\d./-])(\d{2})[-/.](\d{1,2})[-/.](\d{2})(?![\d./-])/g, (m, a: string, mo: string, c: string) => {
    const [x, z] = [Number(a), Number(c)];
    if (x >= 20 && x <= 39) return written(2000 + x, Number(mo), z) ?? m;
    if (z >= 20 && z <= 39) return written(2000 + z, Number(mo), x) ?? m;
    return m;
  });
  out = out.replace(MONTH_FIRST, (m, name: string, d: string, y: string) => written(Number(y), monthOf(name), Number(d)) ?? m);
  return out.replace(DAY_FIRST, (m, d: string, name: string, y: string) => written(Number(y), monthOf(name), Number(d)) ?? m);
}

/** A head line's date as the head reads it: OCR's misread digits (ocrYear) and other calendars (calendarForms) put right. */
export function headDate(folded: string): string {
  return ocrYear(calendarForms(folded));
}


/**
 * 2026-12-04 (twelfth wave): the dateline's day against a reprint's stamp. When a news agency's dateline
 * names the source (`新华社某地3月8日电`), the agency's day dates the report, as its name is the source: a
 * site or an account that reprints it a day or two later (`2026-03-09 08:15 来源：新华网`) stamps its own
 * act of reprinting. The dateline gives month and day only; the year is the stamp's (the year before when
 * the dateline's day would fall after the stamp, a report filed on 31 December). Only a dateline at most
 * seven days before the stamp is read, so a mistyped or unrelated day never replaces the page's date.
 */
export function datelineDate(folded: string, stamp: string): string | null {
  const m = /^[\u4e00-\u9fff]{2,12}?(\d{1,2})月(\d{1,2})日电/.exec(folded.trim());
  const filed = m ? filedOn(Number(m[1]), Number(m[2]), stamp) : null;
  if (!filed) return null;
  const gap = (Date.parse(stamp) - Date.parse(filed)) / 86_400_000;
  return gap >= 1 && gap <= 7 ? filed : null;
}

/**
 * The day a dateline's month and day (`12月30日电`) fall on, read against a later date that gives the
 * year (a page's or a reprint's, `YYYY-MM-DD`): that date's year, or the year before when the day
 * would come after it (a January page collecting December reports). Null for an impossible day.
 */
export function filedOn(month: number, day: number, reference: string | null): string | null {
  const r = /^(\d{4})-(\d{2})-(\d{2})$/.exec(reference ?? "");
  if (!r || month < 1 || month > 12 || day < 1 || day > 31) return null;
  let year = +r[1];
  if (Date.UTC(year, month - 1, day) > Date.UTC(year, +r[2] - 1, +r[3])) year -= 1;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * The date line is a reprint's stamp: not a paper's dated page line (`2026年9月9日 星期三 第4版`: the agency's
 * own paper prints its dispatch in that day's issue, which dates it) and not on a page of the dateline's own
 * outlet (`人民网硖川8月13日电` on 人民网, whose first line names it: the outlet published it on its stamp's day).
 */
export function reprintStamp(lines: readonly { text: string; folded: string }[], dateLine: number, agency: string): boolean {
  if (dateLine < 0 || /第\s*[0-9０-９]+\s*版|版次|星期|周[一二三四五六日]/.test(lines[dateLine].folded)) return false;
  const first = lines.find((x) => x.text.trim() !== "");
  return !first || !first.folded.includes(agency);
}
