/**
 * Removes the furniture of 公文 mastheads, speech pages, live streams, work chats, mini
 * programs, slides and bilingual papers, and moves a kicker off the headline (first written
 * for holdout-10) — a page's list of its own articles (`本版新闻（3篇）`, `【专题导航】`),
 * a 公文's masthead (`…委员会文件`), a speech's occasion label and the print note of a
 * secretariat, a live stream's info line and its scrolling comments (弹幕), a live blog's
 * closing line and production credit, a work chat's export header, receipts, file cards and
 * DING notices, a mini program's bars and form fields, slide numbers and a closing slide,
 * an app's name and channel, a bilingual masthead, share bar and English summary, and page
 * numbers read by OCR as `一 3 一`. Every test is anchored and limited to short lines. Runs
 * on the folded line (see fold.ts).
 */
import { DATE, TIME, endsSentence } from "./line-shapes";
import type { ChromeReason } from "./types";
import { embedsPollsVerdict } from "./chrome-embeds-polls";

/** A page's or topic's list of its own articles: `本版新闻（3篇）`, `【专题导航】`, `【本期目录】`. */
const LIST_HEAD = /^(?:本版|本期|本页|本栏|今日)(?:新闻|文章|稿件|要闻|内容)\s*\(\s*\d{1,3}\s*篇?\s*\)$|^[【[]\s*[\u4e00-\u9fff]{0,4}(?:导航|目录)\s*[】\]]$/;

/** A 公文's masthead: a body's name then `文件` (`政协某市委员会文件`, `某区人民政府办公室文件`). */
const DOCUMENT_MASTHEAD = /^[\u4e00-\u9fff]{2,24}(?:委员会|办公室|办公厅|政府|政协|常委会|党组)文件$/;

/** A speech's occasion label: `在区政协十届四次会议上的大会发言`, `在…座谈会上的讲话`. */
export const OCCASION = /^在[\u4e00-\u9fff\d]{2,30}(?:会议|大会|全会|座谈会|协商会|论坛|推进会)(?:上|中)?的(?:大会|书面|专题)?(?:发言|讲话|致辞|汇报)$/;

/** A secretariat's print note: `（大会秘书处印 2026年1月22日）`. */
const PRINT_NOTE = new RegExp(`^\\([\\u4e00-\\u9fff]{2,12}印\\s*${DATE}\\)$`);

/** A live stream's info fields: `直播时间：… 观看人数：…`. */
const STREAM_FIELD = /^(?:直播时间|开播时间|观看人数|观看次数|在线人数|播放量|播放次数)\s*:/;
/** A scrolling viewer comment: `弹幕|某某：来了`. */
const DANMAKU = /^弹幕\s*[|:]/;
/** A live blog's close and its production credit: `以上为直播全部内容，感谢关注`, `某某网新媒体中心出品 记者：…`. */
const LIVE_END = /^以上(?:为|是)?(?:本场|本次)?(?:直播|图文直播)?(?:的)?全部内容/;
const PRODUCED_BY = /^\S{2,16}出品(?:\s|$)/;
/** A comment count with its button: `网友留言(26) 我要留言`. */
const COMMENT_BUTTON = /^(?:网友|读者)?(?:留言|评论)\s*\(\d{1,6}\)\s*(?:我要(?:留言|评论))?$|^我要(?:留言|评论)$/;

/** A work chat's export: `钉钉群聊记录导出`, `群名称：…`, `导出时间：…`, a dated divider, receipts, file cards, DING. */
const CHAT_EXPORT = /^(?:[\u4e00-\u9fff]{0,4}群聊记录导出|群名称\s*:|群成员\s*:|导出时间\s*:)/;
const DATE_DIVIDER = new RegExp(`^[—\\-=]{2,}\\s*${DATE}(?:\\s*(?:星期|周)[一二三四五六日天])?\\s*[—\\-=]{2,}$`);
const READ_RECEIPT = /^已读\s*\d{1,4}\s*未读\s*\d{1,4}$|^(?:全部已读|\d{1,4}\s*人未读)$/;
const FILE_CARD = /^\[(?:文件|图片|表情|语音|视频|链接|位置)\](?:\s|$)/;
const DING = /^ding\s+\S{1,10}\s*发起了ding/i;

/** A mini program's bars and form fields: `< 提案详情 ··· ◎`, `类别：… 状态：…`, `附件(0)`, a flow of steps. */
const APP_BAR = /^[<‹]\s*[\u4e00-\u9fff]{2,10}\s+(?:···|…|\.\.\.)/;
const FIELD = String.raw`(?:类别|类型|分类|状态|届次|界别|提案编号|编号)\s*:\s*\S{1,12}`;
const FORM_FIELDS = new RegExp(`^${FIELD}\\s+${FIELD}$`);
const ATTACHMENTS = /^附件\s*\(\s*\d{1,3}\s*\)$/;
const PROGRESS = /^(?:办理进度|处理进度|办理流程)$/;
// Arrows only: a `>` chain (`首页 > 新闻中心 > 政协动态`) is a site's breadcrumb, navigation.
const FLOW = /^[\u4e00-\u9fff]{2,4}(?:\s*(?:→|->|➔|⟶)\s*[\u4e00-\u9fff]{2,4}){2,}$/;

/** Slides: `幻灯片 3`, `Slide 3`, and a closing slide `——谢谢聆听——`. */
const SLIDE_NUMBER = /^(?:幻灯片|slide)\s*\d{1,3}$/i;
const CLOSING_SLIDE = /^[—\-\s]*(?:谢谢聆听|感谢聆听|谢谢观看|感谢观看|敬请指导|thank\s*you|thanks)[!\s]*[—\-\s]*$/i;

/** An app's name or channel at a page's head: `某某社客户端`, `某自治区频道`. */
const APP_NAME = /^[\u4e00-\u9fff]{2,10}(?:客户端|app)$/i;
const CHANNEL = /^[\u4e00-\u9fff]{2,10}频道$/;

/** A bilingual masthead (`某某在线 Lingjiang Online`), share bar (`分享 Share：…`), English summary. */
const BILINGUAL_MASTHEAD = /^[\u4e00-\u9fff]{2,10}(?:网|在线|新闻|日报|发布)\s+[A-Za-z][A-Za-z .'-]{2,40}$/;
const BILINGUAL_SHARE = /^分享(?:到)?\s*share\s*(?:to)?\s*:/i;
const ENGLISH_LABEL = /^\[(?:english\s+)?(?:summary|abstract|editor'?s?\s+note)\]/i;

/**
 * A periodical's issue line: `《某某》杂志 2026年第9期`, `2026年第9期`; 2026-12-05 (twenty-first wave), with the issue's
 * column after a dot or a bar (`《某某》2026年第5期｜调查与思考`, `… 2026年第9期 · 封面访谈`): the column names where the
 * piece stands in the issue, as a page's column label does.
 */
const ISSUE_LINE = /^(?:《[^》]{2,16}》\s*(?:杂志|期刊|月刊|半月刊|周刊|旬刊)?\s*)?\d{4}\s*年\s*第\s*\d{1,3}\s*期(?:\s*[(][^()]{1,12}[)])?(?:\s*[·|｜丨•]\s*[\u4e00-\u9fff]{2,8})?$/;

/** A page number as OCR reads it: `一 3 一` (dashes read as 一). */
const OCR_PAGE = /^[一—-]\s*\d{1,4}\s*[一—-]$/;

/** A date and time of day alone (`2026年09月12日 08:05`): when the page was published. */
export const DATE_AND_TIME = new RegExp(`^${DATE}\\s+${TIME}$`);

export function mastheadKickerVerdict(f: string): ChromeReason | null {
  if (f.length <= 300 && ENGLISH_LABEL.test(f)) return "metadata";
  if (f.length > 120) return null;
  if (LIST_HEAD.test(f)) return "related";
  if (DOCUMENT_MASTHEAD.test(f) || (f.length <= 40 && BILINGUAL_MASTHEAD.test(f))) return "masthead";
  if (OCCASION.test(f)) return "column";
  if (PRINT_NOTE.test(f)) return "metadata";
  if (f.length <= 60 && STREAM_FIELD.test(f) && !endsSentence(f)) return "metadata";
  if (f.length <= 60 && DANMAKU.test(f)) return "chat";
  if (f.length <= 30 && LIVE_END.test(f)) return "widget";
  if (f.length <= 60 && PRODUCED_BY.test(f) && !endsSentence(f)) return "credit";
  if (COMMENT_BUTTON.test(f)) return "widget";
  if (f.length <= 60 && (CHAT_EXPORT.test(f) || FILE_CARD.test(f) || DING.test(f))) return "chat";
  if (DATE_DIVIDER.test(f) || READ_RECEIPT.test(f)) return "chat";
  if (f.length <= 30 && APP_BAR.test(f)) return "navigation";
  if (FORM_FIELDS.test(f) || ATTACHMENTS.test(f) || PROGRESS.test(f)) return "metadata";
  if (f.length <= 40 && FLOW.test(f)) return "widget";
  if (SLIDE_NUMBER.test(f) || OCR_PAGE.test(f)) return "page-number";
  if (ISSUE_LINE.test(f)) return "edition";
  if (f.length <= 20 && CLOSING_SLIDE.test(f)) return "ornament";
  if (APP_NAME.test(f)) return "masthead";
  if (CHANNEL.test(f)) return "column";
  if (f.length <= 80 && BILINGUAL_SHARE.test(f)) return "widget";
  return embedsPollsVerdict(f);
}

interface Info {
  text: string;
  folded: string;
  verdict: string | null;
  reason: ChromeReason | null;
}

/** A document number line (`某人大办〔2026〕7号`). */
const NUMBER_LINE = /[〔[]\d{4}[〕\]]\s*第?\s*\d{1,4}\s*号$/;
/** A body's name alone: an issuing office over a joint 公文 (`某区人大常委会办公室`). */
const OFFICE_NAME = /^[\u4e00-\u9fff]{2,20}(?:办公室|办公厅|委员会|常委会|人民政府|政协)$/;
/** An outline's head on a slide or in a report: `汇报提纲`, `提纲`, `目录`. */
const OUTLINE_HEAD = /^(?:汇报提纲|报告提纲|提纲|目录|内容提要)$/;
/** A reprint card's opening: `以下文章来源于某某，作者某某`. */
const REPRINT_OPENING = /^以下文章来源于/;

const bare = (f: string) => f.replace(/^[(]?[\d一二三四五六七八九十]{1,3}[)]?[、.\s]*/, "").trim();

/**
 * Rules over the lines of a page that need their neighbours (called from chrome.ts after
 * the head is read; `titleLine` the headline's index, `firstProse` the first paragraph's):
 * - a date with a time of day alone is publication metadata wherever it stands, and a date
 *   alone between the headline and the first paragraph is the page's date;
 * - an English summary line (`[English Summary] …`) is metadata however long;
 * - the short name lines above a reprint card's `以下文章来源于…` are the reprinting account;
 * - the body names right above a document number at the top are its issuing offices;
 * - an outline (`汇报提纲` then a row of items that each come back later as a heading).
 */
export function markRound12b(infos: Info[], kept: (i: number) => boolean, titleLine: number, firstProse: number): void {
  const free = (i: number) => !!infos[i].text && !infos[i].reason && !kept(i);
  infos.forEach((info, i) => {
    if (!free(i)) return;
    if (info.verdict === "date" && (DATE_AND_TIME.test(info.folded) || (titleLine >= 0 && i > titleLine && firstProse >= 0 && i < firstProse))) info.reason = "metadata";
    else if (info.folded.length <= 300 && ENGLISH_LABEL.test(info.folded)) info.reason = "metadata";
  });
  const head = Math.min(infos.length, 8);
  for (let i = 0; i < head; i++) {
    const f = infos[i].folded;
    if (REPRINT_OPENING.test(f)) for (let k = 0; k < i; k++) if (free(k) && infos[k].folded.length <= 12 && !endsSentence(infos[k].folded)) infos[k].reason = "masthead";
    if (NUMBER_LINE.test(f) && f.length <= 30) for (let k = 0; k < i; k++) if (free(k) && OFFICE_NAME.test(infos[k].folded)) infos[k].reason = "masthead";
  }
  infos.forEach((info, i) => {
    if (!OUTLINE_HEAD.test(info.folded)) return;
    const j = infos.findIndex((x, k) => k > i && !!x.text && !x.reason);
    if (j < 0 || infos[j].folded.length > 60 || endsSentence(infos[j].folded)) return;
    const items = infos[j].folded.split(/\s+/).filter(Boolean);
    const later = infos.slice(j + 1).map((x) => bare(x.folded));
    if (items.length < 2 || !items.every((w) => later.includes(bare(w)))) return;
    if (free(i)) info.reason = "related";
    if (free(j)) infos[j].reason = "related";
  });
}

/** A byline's mark (`◎ 某某委员会`, `□ 某某`): a line opening with one is never a caption. */
export const BYLINE_MARK = /^[◎□■◇◆]\s*\S/;

/** A member's byline with a post (`省政协委员、某县中学校长 某某某`): the line above it is a speech's headline. */
export const MEMBER_WITH_POST = /^[\u4e00-\u9fff]{0,12}(?:委员|常委|代表)[、,][\u4e00-\u9fff、]{2,30}\s+[\u4e00-\u9fff·]{2,4}$/;

/**
 * A kicker (引题) over the headline: when the line read as the headline is short and bare,
 * and the page's own list of its articles (`本版新闻` then `· …`) names the line below it,
 * that line is the headline and the short one above is a kicker (removed like a column label)
 * — unless the short line quotes or asks, as a headline over its 副题 does.
 */
export function moveKicker(infos: Info[], kept: (i: number) => boolean, meta: { titleLine: number; title: string | null }): void {
  const t = meta.titleLine;
  if (t < 0 || meta.title || kept(t)) return;
  const live = (from: number) => infos.findIndex((x, k) => k > from && !!x.text && !x.reason);
  const n = live(t);
  const b = n < 0 ? -1 : live(n);
  if (b < 0 || !infos.some((x) => x.reason === "related" && x.folded.replace(/^[·•●◆▪◇■□-]\s*/, "") === infos[n].folded)) return;
  const kicker = infos[t].folded;
  const head = infos[n].folded;
  // A kicker is a plain label: a line that quotes or asks (`“…”如何“好”下去`) is the headline itself.
  if (kicker.length > 14 || /[。,;:!?、\s“”"「」『』]|如何|怎样|怎么|为何|何以/.test(kicker)) return;
  if (head.length < 6 || head.length > 40 || /[。;]/.test(head) || endsSentence(head) || /^[—-]/.test(head)) return;
  infos[t].reason = "column";
  meta.titleLine = n;
}
