/**
 * A document's apparatus around its title (2026-12-04, tenth wave; the record fields and the
 * letterhead moved here from chrome-exports.ts). An official document and a meeting record carry,
 * besides their text, the lines of the form they are written on:
 *
 * - **record fields** (`时 间：…`, `地点：…`, `主持：…`, `参会人员：…`, `列席单位：…`, `记录人：…`) and
 *   **distribution fields** (`主送：…`, `抄送：…`, `报送：…`, `签发人：…`) above the text's first
 *   sentence or under its last one — who sat, who gets the copies, not what was said;
 * - **a series' letterhead** over its issue or document number (`某某简报` / `第6期`,
 *   `某区政协协商意见` / `〔2026〕第3号`);
 * - **a kind label** over the title: a short line that names an issuer and the kind of document
 *   (its 文种: `某区政协协商意见`, `某县政协协商纪要`, `某县政协办公室文件`) standing over a headline that
 *   names this document's subject and ends in a kind too (`关于……的协商意见`): the upper line names
 *   what sort of paper this is, the lower one which. Fields and number lines may stand between.
 *
 * Each reads a label's grammar (a field word and a colon; issuer + kind word) and the line's place
 * above the first sentence; none is a phrase of one text.
 */
import type { LineInfo } from "./chrome-lines";

/**
 * The field words of a record or a 公文's distribution: when and where (optionally of the meeting or
 * the activity), who chaired, attended, sat in, was away, took the notes; who the document goes to.
 */
const FIELD_LABEL =
  /^(?:(?:会议|活动|座谈)?(?:时间|地点|主持人?|记录人?|整理人?)|(?:出席|列席|缺席|请假|参加|参会|与会)(?:人员|单位|对象|领导)?|(?:主送|抄送|抄报|报送|分送|发送)(?:单位|机关)?|签发人)$/;

/**
 * A minutes' or a form's field (`时 间：…`, `地点：…`, `主持人：…`, `出席：…`, `列席：…`, `记录：…`,
 * `分送：…`, tenth wave: `参会人员：…`, `列席单位：…`, `主送：…`): where and when a meeting sat, who
 * chaired, attended, took the notes, who gets the copies — the record's header and footer, not what
 * was said. The value says no sentence (a host's `主持人：各位听众好，……。` in a transcript is a turn,
 * and stays). Bodies in a `列席` list attended and a `主送` body receives the paper; they are given no
 * task, so they must not be read as the text's departments either.
 */
export function meetingField(folded: string): boolean {
  // Tenth wave: a form copied from a table sets the value off with a bar or a tab instead of a colon (`会议时间｜…`).
  const m = /^\s*((?:会议)?[\u4e00-\u9fff](?:\s*[\u4e00-\u9fff]){1,3})\s*(?::|[|｜]|\t)\s*(\S.*)$/.exec(folded);
  if (!m || m[2].length > 80 || /[。;!?]/.test(m[2])) return false;
  // 2026-12-04 (seventh wave): a reporter hosts a paper's talk (`主持人：本报记者 某某`, the byline); a reporter chairs no meeting.
  if (/^主持/.test(m[1]) && /^[^\s:]{0,12}记者/.test(m[2])) return false;
  return FIELD_LABEL.test(m[1].replace(/\s/g, ""));
}

/** An issue number alone (`〔2026〕第6期`, `第12期`, `总第38期`, `第6期（总第120期）`). */
const ISSUE_LINE = /^\s*(?:[〔[［(（]\s*\d{4}\s*[〕\]］)）]\s*)?(?:总\s*)?第\s*\d{1,4}\s*期\s*(?:[(（]\s*总\s*第\s*\d{1,5}\s*期\s*[)）])?\s*$/;

/**
 * A document number (发文字号: `某政协〔2026〕5号`, `〔2026〕第3号`), maybe with the signer after a wide
 * space (`签发人：某某`) or an urgency/secrecy mark.
 */
const NUMBER_LINE = /^\s*(?:[\u4e00-\u9fff]{1,10}\s*)?[〔[［(（]\s*\d{4}\s*[〕\]］)）]\s*第?\s*\d{1,5}\s*号(?:\s{2,}\S.{0,20})?\s*$/;

function numberLine(folded: string): boolean {
  return ISSUE_LINE.test(folded) || NUMBER_LINE.test(folded);
}

/** The kind of a document (文种) a line ends with: what sort of paper it is, never whose. */
export const DOC_KIND = /(?:纪要|记录|意见|建议|报告|通知|通报|专报|简报|快报|信息|反映|函|文件|提案|答复|请示|批复|决定|方案)$/;

/**
 * A series' letterhead (`某县政协协商座谈会纪要`, `某某简报`) stands over its issue number, like a
 * paper's masthead over its date; the issuing office and date may follow. When a headline of its own
 * comes before the first sentence, the letterhead names the series, not this issue's text.
 * Tenth wave: a document number (`〔2026〕第3号`) is such a number too.
 */
function letterhead(infos: readonly LineInfo[], i: number, firstProse: number): boolean {
  const f = infos[i].folded.trim();
  if (f.length > 30 || /[,;:。!?]/.test(f) || numberLine(f)) return false;
  let j = i + 1;
  while (j < firstProse && !infos[j].text) j++;
  if (j >= firstProse || !numberLine(infos[j].folded)) return false;
  for (let k = j + 1, n = 0; k < firstProse && n < 4; k++) {
    const g = infos[k].folded.trim();
    if (!g) continue;
    n++;
    if (/\d{4}\s*年|\d{4}-\d{1,2}-\d{1,2}/.test(g) || meetingField(g) || /:/.test(g)) continue;
    return g.length >= 8 && g.length <= 60 && !/[。;!?]/.test(g) && !infos[k].marker;
  }
  return false;
}

/** How many characters two lines share at their ends. */
function sharedTail(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/**
 * A kind label over the title: issuer + kind word (`某区政协协商意见`), short, no punctuation, no
 * `关于`; the next line that is not a field, a number or already removed is a headline (8–60
 * characters, no sentence, no section number) that ends in a kind too and either opens its subject
 * with `关于` or ends with the label's own kind (`……的协商纪要` under `某区政协协商纪要`). The headline
 * is the document's title; the label names the series it belongs to.
 */
function kindLabel(infos: readonly LineInfo[], i: number, firstProse: number): boolean {
  const f = infos[i].folded.replace(/\s/g, "");
  if (f.length < 4 || f.length > 24 || /[,;:。!?"“”、()（）《》|·]/.test(f) || /关于/.test(f) || !DOC_KIND.test(f) || infos[i].marker) return false;
  let j = i + 1;
  for (; j < firstProse && j <= i + 10; j++) {
    const g = infos[j].folded.trim();
    if (g && !infos[j].reason && !meetingField(g) && !numberLine(g)) break;
  }
  if (j >= firstProse || j > i + 10 || infos[j].marker) return false;
  const g = infos[j].folded.replace(/\s/g, "");
  if (g.length < 8 || g.length > 60 || /[。;!?:]/.test(g) || !DOC_KIND.test(g) || g === f) return false;
  const tail = sharedTail(f, g);
  return /^关于/.test(g) || (tail >= 2 && tail < f.length);
}

/**
 * Twelfth wave: the clerical record an office keeps around a letter it receives. A **register line**
 * names the office's form — a name ending in what the office does with incoming mail (登记 register,
 * 收文 receipt, 来信/来访 letters and visits, 信访, 受理, 交办/转办 routing, 呈批/阅办 submission) —
 * and the running number it gave the letter (`编号：`, `收文号：`, `登记号：` … over a code of letters,
 * digits and dashes): `某委员联络站收文登记 收文号：LLZ-2026-0415`. No sentence, no clause.
 */
const REGISTER_LINE =
  /^([^,;。!?:]{2,30}?(?:登记|收文|来信|来访|信访|受理|交办|转办|呈批|阅办|办理|处理)(?:表|单|簿|卡|笺)?)\s*(?:编号|(?:收文|登记|受理|来信|来访|流水|档案|案卷|件)号)\s*[:]\s*[a-z0-9][a-z0-9\-_/〔〕[\]]{2,24}$/i;

export function registerLine(folded: string): boolean {
  return REGISTER_LINE.test(folded.trim());
}

/**
 * A **handling note** written on the letter after it: a label that names a handling step's opinion or
 * a superior's instruction (`拟办意见：`, `【委员处理意见】`, `【县领导批示】` — a handling verb + 意见, or
 * 批示/阅示/批注), and, at the line's end, the hand that signed it and the day (` 某某 4月10日`). It
 * says what an office will do with the letter, not what the letter asks.
 */
const HANDLING_LABEL = /^(?:【([^】]{2,12})】|([^\s:,;。]{2,12})\s*:)/;
const HANDLING_WORD = /(?:处理|办理|拟办|批办|承办|转办|交办|阅办|审核|审批|核办)意见$|(?:批示|阅示|批注|批语)$/;
const SIGNED_DATE = /(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日$|\d{4}[-./]\d{1,2}[-./]\d{1,2}$/;

export function handlingNote(folded: string): boolean {
  const f = folded.trim();
  const m = HANDLING_LABEL.exec(f);
  return !!m && f.length <= 200 && HANDLING_WORD.test(m[1] ?? m[2]) && SIGNED_DATE.test(f);
}

/**
 * A **scan's record**: what the recognition software or the clerk prints about the copy — a field of
 * the recognition (识别, OCR, 扫描, 置信) over a share in per cent (`识别置信度：91.6%`, `OCR识别准确率：88.2%`),
 * maybe with the caution that the paper original rules (`请以原件为准`). At most 50 characters, no
 * sentence inside: the copy's quality, not the letter.
 */
const SCAN_FIELD = /(?:识别|ocr|扫描|置信)[^:,;。]{0,8}:\s*\d{1,3}(?:\.\d{1,2})?\s*%/i;

export function scanRecord(folded: string): boolean {
  const f = folded.trim();
  return f.length <= 50 && SCAN_FIELD.test(f) && !/[。;!?]./.test(f);
}

/** Mark a record's fields, a series' letterhead and a kind label (before the head is read). */
export function markApparatus(infos: LineInfo[], live: (i: number) => boolean, firstProse: number, lastProse: number): void {
  const mark = (i: number, reason: LineInfo["reason"]) => live(i) && (infos[i].reason = reason);
  // Twelfth wave: an office's register line and a scan's record anywhere; handling notes under the letter (after its
  // first sentence, with no paragraph of the letter's after them).
  for (let i = 0; i < infos.length; i++) if (live(i) && (registerLine(infos[i].folded) || scanRecord(infos[i].folded))) mark(i, "metadata");
  for (let i = infos.length - 1; i > firstProse && firstProse >= 0; i--) {
    if (!live(i)) continue;
    if (handlingNote(infos[i].folded)) mark(i, "progress");
    else if (/[。!?]$/.test(infos[i].folded.trim()) && infos[i].folded.length > 40) break;
  }
  // A meeting record's fields above the first sentence or under the last one.
  for (let i = 0; i < infos.length; i++) if ((i < firstProse || i > lastProse) && live(i) && meetingField(infos[i].folded)) mark(i, "metadata");
  markClosedDistribution(infos, live);
  // A record series' letterhead over its issue number, when a headline of its own follows.
  for (let i = 0; i < firstProse; i++) if (live(i) && letterhead(infos, i, firstProse)) mark(i, "masthead");
  for (let i = 0; i < firstProse; i++) if (live(i) && kindLabel(infos, i, firstProse)) mark(i, "masthead");
}

/**
 * Seventeenth wave: a 版记's distribution row closed by a full stop, as GB/T 9704 prints it
 * (`抄送：区委办公室，区政府办公室。`, `分送：区委办、区政府办，各街道办事处。`, `报：区委、区政府主要领导。`). The stop
 * makes the row look like a sentence, so the field rules above, which read a value without one, let it
 * stand. It is no sentence: a distribution label, then a list of recipients — short items between
 * `、`/`，`/`；`, none a clause (no colon, no stop inside), one at least naming a body or its leaders.
 */
const DISTRIBUTION_LABEL = /^(?:主送|抄送|抄报|分送|报送|印送|发送|报|送)(?:单位|机关)?$/;
const RECIPIENT = /(?:委|政府|局|办|厅|处|室|部|会|院|中心|单位|部门|领导|同志)$/;

export function closedDistribution(folded: string): boolean {
  const m = /^\s*([\u4e00-\u9fff](?:\s*[\u4e00-\u9fff]){0,3})\s*:\s*(\S.{0,79}?)\s*。$/.exec(folded);
  if (!m || !DISTRIBUTION_LABEL.test(m[1].replace(/\s/g, ""))) return false;
  const items = m[2].split(/[、,;]/).map((x) => x.trim());
  return items.length <= 12 && items.every((x) => x.length >= 2 && x.length <= 16 && !/[。:!?\s]/.test(x)) && items.some((x) => RECIPIENT.test(x));
}

/**
 * The rows close the input: walking up from its last line over rows already removed, each closed
 * distribution row is metadata, until a line that is neither (the text's last paragraph).
 */
function markClosedDistribution(infos: LineInfo[], live: (i: number) => boolean): void {
  for (let i = infos.length - 1; i >= 0; i--) {
    if (!infos[i].text || infos[i].reason) continue;
    if (!closedDistribution(infos[i].folded)) return;
    if (live(i)) infos[i].reason = "metadata";
  }
}
