/**
 * One-line chrome rules for record-field rows, checkbox and button rows, copyright lines,
 * microblog widgets and contents or back matter (first written for holdout-12), each for a family of layouts:
 * - record fields of forms, apps, message boards and press-conference records
 *   (`label：value` rows whose label names a record field: a person, time, place, kind,
 *   number, count, status, office or signature — never a task, unit or deadline, which a form reports);
 * - checkbox and poll rows (`□满意 ☑基本满意`, `○ 21:00（46%）`), a poll's status line and an
 *   emoji-led media widget (`🔊 点击收听…`, `📊 投票｜…`), reading statistics (`本文字数：…`);
 * - rows of buttons or tabs (`我要评价 关注提案 转发`, `文字直播 视频回放 图片直播`) and rows
 *   made only of edition navigation (`◀上一版 下一版▶ 本版标题导航`);
 * - copyright lines of agencies and apps (`版权均属…所有，…禁止转载`), a call-us close with a
 *   phone number, a whole-line bracketed editor's note (`（摘要，以下为…）`);
 * - a microblog's verified account (`某某发布 V`), its teaser pointing down at the image
 *   (`…↓↓（长图）`), a link icon read as a letter (`O网页链接`), an OCR or transcript note
 *   (`—— 以下为长图识别文字 ——`), a language switch (`Mongol / 汉文`);
 * - a table of contents (dotted leaders then a page number, a spaced `目 录`) and the back
 *   matter of a report (`参考文献`, `[1] ….[Z].2023.`).
 * - a form's label for the field below (`提案内容`, `留言正文`): a column label;
 * - a label framed by one ornament on both sides (`◇委员信箱◇`): a column label.
 * Every test is anchored and limited to short lines. Runs on the folded line (see fold.ts).
 */
import { endsSentence } from "./line-shapes";
import type { ChromeReason } from "./types";

/** A record field's label: ends in a noun of who/when/where/what kind/which number/what state. */
// A count (`参与人数`, `浏览数`) is a record's datum too.
const FIELD_LABEL = /^[\u4e00-\u9fff]{0,6}(?:人|对象|时间|日期|地点|类别|类型|领域|界别|党派|编号|号|状态|机构|领导|签名|数)(?:\([\u4e00-\u9fff]{1,4}\))?$/;
/**
 * A choice field's label (2026-12-05, sixteenth wave): ends in a noun of which form, which way, how
 * far or what came of it (`协商形式`, `答复方式`, `满意程度`, `采纳情况`, `审核结果`). A feedback or
 * approval form asks it as a box to tick, so its value is one of a few set words (`专题协商会`,
 * `全部采纳`, `基本满意`) and says nothing the text does not. Only with such a short bare value
 * (CHOICE_VALUE): `落实情况：区住建局已完成普查，……` is the text speaking under a field label.
 */
const CHOICE_LABEL = /^[\u4e00-\u9fff]{2,4}(?:形式|方式|情况|程度|结果)$/;
/**
 * A ticked choice: two to six Han characters, maybe with a bracketed grade (`已采纳（A类）`); a longer
 * value tells what was done (`办理情况：已与委员当面沟通`) and is the text's.
 */
const CHOICE_VALUE = /^[\u4e00-\u9fff]{2,6}(?:[(（][\u4e00-\u9fffA-Z]{1,4}[)）])?$/;
/** A label of a form's other fields, allowed beside a record field on one row. */
const OTHER_LABEL = /^[\u4e00-\u9fff]{2,6}(?:\([\u4e00-\u9fff]{1,4}\))?$/;
/** The byline's own field stays for the head to read. */
const BYLINE_LABEL = /^(?:提案人|作者|记者|撰稿人|供稿人|通讯员)$/;

/** `label：value` pairs of a row (`留言人：某某  留言时间：…  留言编号：…`), or null. */
function fieldPairs(f: string): [string, string][] | null {
  const parts = f.split(/\s{2,}|\s(?=[\u4e00-\u9fff]{2,6}(?:\([\u4e00-\u9fff]{1,4}\))?:)/);
  const pairs: [string, string][] = [];
  for (const part of parts) {
    const m = /^([^:]{1,12}):\s*(.*)$/.exec(part.trim());
    if (!m) return null;
    pairs.push([m[1].trim(), m[2].trim()]);
  }
  return pairs.length ? pairs : null;
}

/**
 * A row of record fields: every label form-like, one at least a record field, short values.
 * A single field with a two-character label (`状态：…`, `类别：…`) counts only among other
 * record lines (`alone` false; see chrome-latin-quotes-appendix.ts).
 */
export function isRecordRow(f: string, alone = true): boolean {
  if (f.length > 90 || /[。!?;]$/.test(f) || /。/.test(f)) return false;
  const pairs = fieldPairs(f);
  if (!pairs || (alone && pairs.length === 1 && pairs[0][0].length <= 2)) return false;
  if (pairs.length === 1 && BYLINE_LABEL.test(pairs[0][0])) return false;
  if (!pairs.every(([l, v]) => OTHER_LABEL.test(l) && v.length <= 40)) return false;
  return pairs.some(([l, v]) => (FIELD_LABEL.test(l) && v.length > 0) || (CHOICE_LABEL.test(l) && CHOICE_VALUE.test(v)));
}

/**
 * Boxes ticked or not (`□满意 ☑基本满意 □不满意`): two options or more, each behind a box.
 * Eighteenth wave (2026-12-05): a box may be typed as brackets (`[√]满意 [ ]基本满意`,
 * `（√）满意（ ）不满意`), and the row may open with the field's label (`办理态度：☑满意 □…`,
 * `委员评价：[√]满意 …`): the label asks the question the boxes answer, no word of the text.
 */
const BOX = String.raw`(?:[□☐☑☒✓✔■]|\[\s*[√✓✔xX]?\s*\]|\(\s*[√✓✔]?\s*\))`;
const CHECKBOXES = new RegExp(String.raw`^(?:[\u4e00-\u9fff]{2,8}\s*:\s*)?(?:${BOX}\s*[\u4e00-\u9fff\w]{1,10}\s*){2,8}$`);
/** A row of checkboxes, maybe behind its field's label (folded line). */
export const isCheckboxRow = (f: string): boolean => CHECKBOXES.test(f);
/** A poll's option with its share (`○ 22:00及以后（23%）`, `● 支持 62%`). */
const POLL_OPTION = /^[○●◯◉◎]\s*\S.{0,20}?[(]?\s*\d{1,3}(?:\.\d)?%\s*[)]?$/;
/** A poll's status (`投票已结束，共1286人参与`). */
const POLL_STATUS = /^(?:投票|调查|问卷)(?:已结束|已截止|进行中|截止)[,]?(?:共\s*\d{1,7}\s*人参与)?$/;
/** An emoji or pictogram, then a media or poll widget (`🔊 点击收听本文音频`, `📊 投票｜…`). */
const MEDIA_WIDGET = /^[^\p{L}\p{N}\s]{1,3}\s*(?:点击(?:收听|播放|观看)|收听|播放|投票\s*[|｜:])/u;
/**
 * Reading statistics (`本文字数：约1100字  预计阅读时间：3分钟`), and an editor's or a notes app's bare count
 * line (`共 386 字`, `全文约 2,400 字`): a count of the text's characters is no sentence of it.
 */
const READING_STATS = /^(?:本文)?(?:字数|全文字数|共计字数)\s*:\s*约?\s*\d|^(?:预计)?阅读(?:时间|时长|本文约需)\s*:?\s*\d|^(?:本文|全文)?(?:共计|共)?\s*约?\s*\d[\d,]*\s*字\s*$/;

/** Buttons and tabs: an action (`我要评价`, `关注提案`, `转发`) or a media tab (`视频回放`). */
const BUTTON = /^(?:我要[\u4e00-\u9fff]{1,4}|关注[\u4e00-\u9fff]{0,4}|转发|分享|收藏|点赞|评论|打印|纠错|在看|[\u4e00-\u9fff]{0,2}(?:直播|回放|图集))$/;
/** Edition navigation items (`◀上一版`, `下一版▶`, `本版标题导航`, `返回目录`). */
const NAV_ITEM = /^[◀▶←→«»<>]?\s*(?:上一(?:版|篇|页|期)|下一(?:版|篇|页|期)|(?:本版|本期)?(?:标题|版面)?导航|返回(?:目录|首页|顶部|上一页))\s*[◀▶←→«»<>]?$/;

/** A row of at least three short items, all buttons or tabs, or all edition navigation. */
export function isButtonRow(f: string): boolean {
  if (f.length > 40) return false;
  const items = f.split(/\s{2,}|\s*[|｜]\s*/).filter(Boolean);
  if (items.length >= 3 && items.every((w) => BUTTON.test(w))) return true;
  const nav = f.split(/\s+|(?<=[◀▶])|(?=[◀▶])/).filter((w) => w && !/^[◀▶]$/.test(w));
  return nav.length >= 2 && nav.every((w) => NAV_ITEM.test(w));
}

/** A copyright line: the rights belong to someone (`版权均属…所有`, `版权归…`) and reuse is barred. */
const COPYRIGHT = /版权(?:均)?(?:属于?|归)[^。]{1,20}(?:所有)?[^。]{0,20}(?:禁止|不得|严禁)[^。]{0,8}(?:转载|使用|复制)/;
/** A close inviting a call: `如有疑问，请拨打联系电话0719-3356210。` */
const CALL_US = /(?:请|可)(?:拨打|致电|来电)[^。]{0,8}\d{3,4}-?\d{7,8}/;
/** A whole-line bracketed editor's note: `（摘要，以下为…部分）`, `（本提案已列为…）`, `（有删节）`. */
const EDITOR_NOTE = /^\((?:摘要|摘编|节选|有删节|以下为|以下是|本提案|本建议|本文系|本文为|本稿)[^()]{0,50}\)$/;

/** A microblog's verified account (`某某发布 V`, `某某政协V`). */
const VERIFIED = /^[\u4e00-\u9fff]{2,12}\s?V$/;
/** A teaser pointing down at the post's image or video: `…这样建议↓↓（长图）`, `…👇`. */
const TEASER = /^#[^#]{1,20}#.{2,60}?(?:[↓⬇👇]{1,3}|\((?:长图|视频)\))$|[↓⬇]{1,3}\s*\((?:长图|视频|全文)\)$/u;
/** A link icon read by OCR as a letter: `O网页链接`. */
const LINK_ROW = /^[O○◎🔗]\s?网页链接$/u;
/**
 * A note on where the text below came from: `—— 以下为长图识别文字 ——`, `以下为视频文字实录`; 2026-12-05, any noun
 * of a record written out (实录, 文字稿, 文字整理, 速记, 整理稿) and the colon a programme page sets before the
 * turns (`以下为节目实录：`, `以下是本集节目的文字稿：`). A lead-in to the text's own matter (`以下为具体建议：`)
 * names no record and stays.
 */
const TRANSCRIPT_NOTE = /^[—\-=\s]*以下(?:为|是)[\u4e00-\u9fff]{0,8}(?:识别文字|图片文字|文字(?:实录|版|稿|整理|记录)|实录|速记稿?|整理稿)[—\-=\s]*:?\s*$/;
/** A language switch at the end of a masthead: `某某网 Mongol / 汉文`, `English | 中文`. */
const LANGUAGE_SWITCH = /(?:[A-Za-z]{2,12}|蒙古?文|藏文|维吾尔?文|英文)\s*[/|｜]\s*(?:汉文|中文|汉语|english)$/i;

/** A contents line: text, dotted leaders, a page number (`……民进某省委员会 2`). */
const CONTENTS_LINE = /(?:…{2,}|\.{4,}|·{4,}|－{3,})\s*[^…]{0,24}?\s*\d{1,3}$/;
const CONTENTS_HEAD = /^目\s+录$|^目\s*次$/;
/** A bibliography entry with its type code (`[1] 某某.某某规划[Z].2023.`). */
const REFERENCE = /^\[\d{1,3}\]\s*\S.{0,150}\[(?:J|M|Z|N|D|R|S|C|P|EB\/OL|DB\/OL)\]/;
const REFERENCES_HEAD = /^(?:主要)?参考文献\s*:?$/;

/** A label framed by one ornament on both sides (`◇委员信箱◇`, `★ 今日关注 ★`): a column label. */
const FRAMED_LABEL = /^([◇◆■□★☆●○◎▲△♦◈❖✦])\s*[\u4e00-\u9fff]{2,10}\s*\1$/u;

/** A form's or app's label for the field below (`提案内容`, `留言正文`, `回复详情`). */
const FIELD_HEAD = /^(?:提案|建议|议案|留言|信件|来信|回复|答复)(?:内容|正文|详情)$/;

export function recordButtonRowsVerdict(f: string): ChromeReason | null {
  if (f.length <= 200 && REFERENCE.test(f)) return "metadata";
  if (f.length > 120) return null;
  if (COPYRIGHT.test(f)) return "legal";
  if (f.length <= 80 && CALL_US.test(f)) return "contact";
  if (f.length <= 60 && EDITOR_NOTE.test(f)) return "metadata";
  if (f.length > 90) return null;
  if (FRAMED_LABEL.test(f) || FIELD_HEAD.test(f)) return "column";
  if (f.length <= 40 && READING_STATS.test(f)) return "widget"; // before the record row: `全文字数：…` counts words
  if (isRecordRow(f)) return "metadata";
  if (CHECKBOXES.test(f) || POLL_OPTION.test(f) || POLL_STATUS.test(f)) return "widget";
  if (f.length <= 40 && MEDIA_WIDGET.test(f)) return "widget";
  if (isButtonRow(f)) return f.includes("导航") || /[上下]一/.test(f) ? "navigation" : "widget";
  if (VERIFIED.test(f)) return "masthead";
  if (f.length <= 80 && TEASER.test(f)) return "widget";
  if (LINK_ROW.test(f)) return "widget";
  if (f.length <= 30 && TRANSCRIPT_NOTE.test(f)) return "metadata";
  if (f.length <= 40 && LANGUAGE_SWITCH.test(f)) return "masthead";
  if (f.length <= 80 && CONTENTS_LINE.test(f) && !endsSentence(f)) return "related";
  if (CONTENTS_HEAD.test(f)) return "related";
  if (REFERENCES_HEAD.test(f)) return "metadata";
  return null;
}
