/**
 * Removes romanised column labels, floating-box markers, app record rows, the platform's names
 * over its menu and a notice closing the page, read from the shape and position of a line
 * (first found in holdout-17 and shown again in fresh texts of other styles,
 * `pdf-report-200`, `mixed-201` … `epaper-203`):
 *
 * - a column label with its romanisation or translation (`履职视窗 LÜZHI SHICHUANG`): a short
 *   Han label beside a run of capital Latin words — a journal's or an app's column, never a
 *   sentence of the text;
 * - a word processor's shape marker (`文本框: …`, `Text Box: …`): the text of a floating box
 *   beside the flow (a figure's note, a source line), written out by the export;
 * - an app's record row of fields and counters (`履职类型：视察调研  履职积分 +3`): two or more
 *   cells, each a `label：value` field or a `label +N` counter, one of them a counter;
 * - the platform's names over its menu (`“掌上履职”` / `某某市政协委员履职服务平台` over
 *   `委员风采｜履职圈｜…`): at the top of the page, short name lines with only chrome above
 *   them and a menu row or breadcrumb under them;
 * - a notice closing the page (`县城至各乡镇班线……，详情请咨询0736-6120000。`): one sentence
 *   with a contact number, between the page's chrome (a service label, the credits) and its
 *   footer — a brief of another topic, not the text.
 *
 * Also one-line furniture of the same pages: a phone's status row, an app's title bar, an
 * export's placeholder for an object (`[图表]`, `[附件：….pdf]`), a media player's state, a
 * picture's short source note (`（图源：…）`).
 *
 * Runs on the folded line (fold.ts); every walk is linear.
 */
import type { ChromeReason } from "./types";

type Info = { text: string; folded: string; reason: ChromeReason | null };

/** A Han label, then its romanisation or translation in capitals (or the other way round). */
const BILINGUAL_LABEL = /^(?:[\u4e00-\u9fff·]{2,8}\s+[A-ZÀ-ÝĀ-Ž][A-ZÀ-ÝĀ-Ž'’]*(?:\s+[A-ZÀ-ÝĀ-Ž'’&]+){0,4}|[A-ZÀ-ÝĀ-Ž][A-ZÀ-ÝĀ-Ž'’]*(?:\s+[A-ZÀ-ÝĀ-Ž'’&]+){0,4}\s+[\u4e00-\u9fff·]{2,8})$/u;

/** Word's and WPS's marker for the text of a floating shape. */
const SHAPE_MARKER = /^(?:文本框|text\s*box)\s*:\s*\S/i;

/** A field cell `label:value` (a short Han label, a value without a sentence). */
const FIELD_CELL = /^[\u4e00-\u9fff]{2,6}\s*:\s*[^\s:。!?;,]{1,16}$/;
/** A counter cell: a label and a signed or bare count (`履职积分 +3`, `获得积分 +2`, `浏览 126次`). */
// A code (`编号：0032`) is no count: no colon, no leading zero.
const COUNTER_CELL = /^[\u4e00-\u9fff]{2,6}\s*[+＋-]?(?:[1-9]\d{0,5}|0)\s*(?:分|次|人|条)?$/;

/** A phone screenshot's status row: clock, network and battery cells only (`9:41    5G 88%`, `14:32  📶 4G  62%`). */
const STATUS_CELL = /^(?:\d{1,2}:\d{2}|[345]g|lte|wi-?fi|📶|🔋|\d{1,3}\s*%|中国(?:移动|联通|电信))$/iu;
/** An app's title bar: a close or back glyph, the page's name, maybe the more button (`×  委员履职  ···`). */
const TITLE_BAR = /^[×✕✖<＜‹←〈]\s+(?:返回\s+)?[^\s。!?;,:]{2,12}(?:\s+(?:···|…|⋯|\.\.\.|•••))?$/;

/**
 * An export's or a chat's placeholder for an object it could not write out: the object's kind
 * alone in brackets, maybe with its name (`[图表]`, `<图片>`, `[公式]`); a file only with its name and
 * extension (`[附件：调研报告.pdf]`): a bracketed `【附件】` may open the text's annex.
 */
const PLACEHOLDER =
  /^[[［【<〈(（]\s*(?:(?:图片|图表|图像|照片|公式|表格|视频|音频|语音|动画表情|表情|截图|二维码|地图|image|picture|chart|table|formula|video|audio)\s*(?:[:：]\s*[^\]］】>〉)）。]{1,40})?|(?:附件|文件|file|attachment)\s*[:：]\s*[^\]］】>〉)）。]{1,40}\.[a-z]{2,4})[\]］】>〉)）]$/i;
/** A picture's or a video's state in the page's player (`该视频已失效`, `图片加载失败`). */
const MEDIA_STATE = /^(?:该|此)?(?:视频|图片|音频|内容)(?:已失效|已删除|加载失败|无法(?:播放|显示|查看)|暂时无法(?:播放|显示|查看))[。!]?$/;
/** The source of a picture in its short form (`（图源：某某）`, `图源：网络`). */
const PICTURE_SOURCE = /^[(（]?\s*图源\s*[:：]\s*[^。]{1,30}[)）]?$/;

export function menuNamesNoticeVerdict(f: string): ChromeReason | null {
  const cells = f.split(/\s+/).filter(Boolean);
  if (f.length <= 40 && cells.length >= 2 && cells.every((c) => STATUS_CELL.test(c)) && cells.some((c) => /%/.test(c))) return "widget";
  if (f.length <= 30 && TITLE_BAR.test(f)) return "navigation";
  if (f.length <= 50 && PLACEHOLDER.test(f)) return "widget";
  if (MEDIA_STATE.test(f)) return "widget";
  if (PICTURE_SOURCE.test(f)) return "credit";
  if (f.length <= 40 && BILINGUAL_LABEL.test(f) && (f.match(/[A-ZÀ-ÝĀ-Ž]/gu) ?? []).length >= 6) return "column";
  if (f.length <= 200 && SHAPE_MARKER.test(f)) return "caption";
  if (f.length <= 60 && recordRow(f)) return "metadata";
  return null;
}

/** Two or more cells apart by wide spaces, each a field or a counter, one a counter with a sign or a field beside it. */
function recordRow(f: string): boolean {
  const cells = f.split(/\s{2,}/).map((c) => c.trim()).filter(Boolean);
  if (cells.length < 2 || !cells.every((c) => FIELD_CELL.test(c) || COUNTER_CELL.test(c))) return false;
  return cells.some((c) => COUNTER_CELL.test(c) && /[+＋]/.test(c)) || (cells.some((c) => FIELD_CELL.test(c)) && cells.some((c) => COUNTER_CELL.test(c)));
}

/** A menu row or breadcrumb: three or more cells apart by bars or arrows (a row of single-spaced buttons is no menu). */
function menuRow(info: Info): boolean {
  return info.reason === "navigation" && info.folded.split(/\s*[|｜>›»]\s*/).filter(Boolean).length >= 3;
}

/** A name line of the page's top: short, no sentence or clause mark, no date. */
function nameLine(f: string): boolean {
  return f.length >= 2 && f.length <= 24 && !/[。!?;,:、]/.test(f) && !/\d{4}/.test(f);
}

/**
 * The platform's names over its menu: from the top of the page, while every line is chrome or
 * a name line (at most three of them), the name lines right above a menu row or breadcrumb
 * (cells apart by bars or arrows) are its masthead. A headline stands under the menu, never
 * right over it.
 */
export function markNamesOverMenu(infos: Info[], kept: (i: number) => boolean): void {
  let names: number[] = [];
  for (let i = 0; i < infos.length; i++) {
    const x = infos[i];
    if (!x.text) continue;
    if (x.reason) {
      // Only names right over the menu: chrome between them and it (a date line, buttons) ends the run.
      if (menuRow(x)) for (const k of names) infos[k].reason = "masthead";
      names = [];
      continue;
    }
    if (kept(i) || !nameLine(x.folded) || names.length >= 3) return;
    names.push(i);
  }
}

/** A contact number asked for: a verb of asking or calling, then a phone number or a hotline. */
const CONTACT_ASK = /(?:详询|咨询|垂询|联系|拨打|致电|热线|电话)[^。!?]{0,8}?(?:\d{3,4}-?\d{7,8}|1\d{10}|\d{5})/;
/** A service or notice label over such a line: a short run of Han without punctuation. */
const LABEL = /^[\u4e00-\u9fff]{2,8}$/;

/**
 * A notice closing the page: the last line that is not chrome, one sentence of at most 80
 * characters asking the reader to call a number, with the page's chrome after it (its credits,
 * its footer) and chrome before it — or a short label (`便民服务`) that chrome stands before.
 */
export function markClosingNotice(infos: Info[], kept: (i: number) => boolean): void {
  let n = infos.length - 1;
  let after = 0;
  for (; n >= 0; n--) {
    if (!infos[n].text) continue;
    if (!infos[n].reason) break;
    after++;
  }
  if (n < 0 || after === 0 || kept(n)) return;
  const f = infos[n].folded;
  if (f.length > 80 || !CONTACT_ASK.test(f) || /[。!?]/.test(f.replace(/[。!?]+$/, ""))) return;
  const prev = (i: number) => {
    for (let j = i - 1; j >= 0; j--) if (infos[j].text) return j;
    return -1;
  };
  const p = prev(n);
  if (p < 0) return;
  if (!infos[p].reason) {
    const q = prev(p);
    if (kept(p) || !LABEL.test(infos[p].folded) || q < 0 || !infos[q].reason) return;
    infos[p].reason = "column";
  }
  infos[n].reason = "ad";
}
