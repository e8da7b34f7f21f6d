/**
 * One-line chrome rules added in round 7b (issue 12): labels that stand alone on a line
 * of a printed page or a proposal form and name the occasion or the file rather than say
 * anything — every test is anchored at both ends and limited to short lines, so a
 * sentence of the text is never matched. Runs on the folded line (see fold.ts).
 */
import { DATE, TIME } from "./line-shapes";
import type { ChromeReason } from "./types";

const N = "[一二三四五六七八九十\\d]{1,3}";

/**
 * A meeting's session label over a special page or a proposal: `某市政协十二届五次会议`,
 * `政协第十三届某省委员会第四次会议`, `省政协十三届四次会议特刊`. It names the occasion and
 * ends there (a headline goes on: `…会议开幕`).
 */
const SESSION_LABEL = new RegExp(`^\\S{0,16}?第?${N}届\\S{0,10}?第?${N}次(?:全体)?会议(?:特刊|专刊|专版|特别报道|[\\u4e00-\\u9fff]{0,2}提案|议案)?$`);

/** A proposal form's number: `提案第0123号`, `第56号`, `提案编号：2026-018`. */
const FILE_NUMBER = /^(?:(?:提案|议案|建议|社情民意)?第\s*\d{1,6}\s*号|(?:提案|议案|建议)(?:编号|号)\s*[:：]\s*[\w-]{1,16})$/;

/** Who supplied a piece, as a label: `供稿：某某委员会`, `供图 | 某某`. */
const SUPPLIED_LABEL = /^(?:供稿|供图|来稿|稿件提供|素材提供)\s*[:：|｜丨]/;

/** An info line ending in a view count: `某某广播电视台 2026-08-19 浏览量 1.2万`. */
const VIEW_COUNT_LINE = new RegExp(`${DATE}\\s*(?:${TIME})?\\s+(?:浏览量|阅读量|点击量|播放量|浏览|阅读|点击|播放)\\s*[:：]?\\s*[\\d.]+\\s*万?\\+?(?:次)?$`);

/**
 * Round 8: a dated field of a form or a programme (`报送日期：2026年2月27日`, `播出时间：2026年11月6日
 * 18:00`): a label ending in 时间/日期, then a full date and maybe a clock time, nothing else.
 */
const DATED_FIELD = new RegExp(`^[\u4e00-\u9fff]{2,4}(?:时间|日期)\\s*[:：]\\s*${DATE}\\s*(?:${TIME})?$`);

/**
 * Round 8: a programme's or column's name in 《》 with what the page is (`《某某访谈》文字实录`); 2026-12-05, with
 * the episode's number in brackets after that word (`《某某热线》节目实录（第46期）`, `《某某》文字稿（第8集）`):
 * a numbered issue of a show is the show's label, never the topic the episode is titled by.
 */
const PROGRAMME_LABEL = /^(?:[\u4e00-\u9fff]{2,12}?(?:电视台|电台|频道|融媒体中心))?《[^《》]{2,24}》\s*(?:节目)?(?:文字实录|实录|文字稿|文字版|节目|栏目|专栏)(?:\s*\(\s*第\s*\d{1,4}\s*[期集]\s*\))?$/;
/**
 * Eighteenth wave (2026-12-05): a record's label naming it as a recording written down (`某某座谈录音整理稿`,
 * `……速记稿`): what the page is, as `文字实录` says, whoever held the meeting — never the topic it is titled by.
 */
const RECORDING_LABEL = /^[^\s。;,!?:]{2,30}(?:录音整理稿|速记稿|速记整理稿)$/;

/**
 * A 公文's print line, alone: the printing office, then the day it was printed and 印发
 * (`市政协办公室 2026年3月18日印发`). It dates the printing, never a sentence of the text, and
 * stands under a 抄送 row or, when the form has none, under the last note (2026-12-04, fifteenth wave).
 */
const PRINT_LINE = new RegExp(`^[\\u4e00-\\u9fff（）()]{2,24}\\s*${DATE}\\s*印发$`);

/**
 * A label alone on its line that names the part of the page or the form the body sits in —
 * a video page's 简介： and 文字稿：, a form export's 提案内容： or 正文： — with nothing after
 * the colon: the body follows on the next line, the label says nothing itself. The class is
 * the words for "the text itself" (内容, 正文, 全文, 原文, 简介, 文字稿, 文稿), maybe after a
 * kind word (提案, 视频, 建议 …); a label that speaks (`建议：`, `办法：`) is not in it, nor a
 * wrapper's `以下为原文：`, which the forwarded-message rules read (2026-12-04, fifteenth wave).
 * Nineteenth wave (2026-12-05): a message board's and a hotline work order's sections are the message and the
 * reply (`留言内容：`, `答复内容：`, `诉求内容：`, `回复内容：`): the same label over the text, kinds of its own.
 */
const BODY_LABEL = /^(?:提案|建议|议案|意见|申请|事项|报告|来信|文章|视频|节目|留言|答复|回复|诉求|投诉|咨询|来电|工单)?(?:内容|正文|全文|原文|简介|文字稿|文字版|文字实录|文稿)\s*[:：]$/;

/**
 * A row of an app's approval flow: who (maybe after their post), what they did — an
 * approval verb (发起申请, 已同意, 已驳回 …) — and when, as a clock time after a short or full
 * date (`巫某某 发起申请 07-15 16:22`). The app's record of handling, not the proposal
 * (2026-12-04, fifteenth wave).
 */
const FLOW_ACTION = "(?:发起申请|提交申请|发起审批|发起|提交|已提交|已同意|同意|已拒绝|拒绝|已驳回|驳回|已退回|退回|已转交|转交|已审批|审批通过|已通过|已签收|签收|已阅|已办结|办结|已撤回|撤回|已抄送|待审批|审批中|已评论)";
const FLOW_ROW = new RegExp(`^(?:[\\u4e00-\\u9fff]{2,10}\\s+)?[\\u4e00-\\u9fff]{2,4}\\s+${FLOW_ACTION}\\s+(?:${DATE}|\\d{1,2}-\\d{1,2})\\s*${TIME}$`);

/**
 * A row of two or more labelled fields held in brackets on a line of its own — a reply's handling
 * category and publicity (`（办理结果：A类 公开属性：主动公开）`), a desk's credits (`（编辑：某某 审核：某某）`), a
 * contact card (`（联系人：某某 联系电话：…）`), a post's category and handling (`（提案类别：… 办理方式：…）`).
 * The brackets set it apart from the text, and a sentence never reads `label: value  label: value`: what the
 * page or the form says about the piece, never the piece. Each field is a short label (2–6 characters) and a
 * short value without a stop; a single field (`（来源：…）`) is left to the rules that know its label. A row
 * that names who handles the matter (`（主办单位：… 协办单位：…）`, `牵头部门：`) is a proposal record's content
 * (content/corpus/README.md), never the page's: its labels are kept out (2026-12-05, twenty-first wave).
 */
const FIELD = "[\u4e00-\u9fff]{2,6}\\s*:\\s*[^():。;!?]{1,24}?";
const FIELD_ROW = new RegExp(`^\\(\\s*${FIELD}(?:[\\s,、;]+${FIELD}){1,3}\\s*\\)$`);

const HANDLING_LABEL = /(?:主办|协办|牵头|承办|会办|配合|分办|责任)(?:单位|部门|机关)\s*:/;

/** A bracketed row of labelled fields (FIELD_ROW), when no rule that knows its labels named it. */
export function fieldRowVerdict(f: string): ChromeReason | null {
  return f.length <= 80 && FIELD_ROW.test(f) && !HANDLING_LABEL.test(f) ? "metadata" : null;
}

export function labelVerdict(f: string): ChromeReason | null {
  if (f.length > 60) return null;
  if (SESSION_LABEL.test(f) && f.length <= 30) return "column";
  if (FILE_NUMBER.test(f)) return "metadata";
  if (SUPPLIED_LABEL.test(f) && f.length <= 40 && !/[。;]/.test(f)) return "credit";
  if (VIEW_COUNT_LINE.test(f)) return "metadata";
  if (DATED_FIELD.test(f)) return "metadata";
  if (PROGRAMME_LABEL.test(f) || RECORDING_LABEL.test(f)) return "column";
  if (PRINT_LINE.test(f) && f.length <= 48) return "metadata";
  if (BODY_LABEL.test(f)) return "metadata";
  if (FLOW_ROW.test(f)) return "progress";
  return null;
}
