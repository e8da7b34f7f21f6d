/**
 * Removes players, status bars, online documents' edit lines, word processors' revision
 * residue, comment sections and a file's name at the head (first written for holdout-9) — a read-aloud/font-size widget, a video player's time and speed
 * buttons, a phone screenshot's status bar and back bar, a radio transcript's station line
 * and time marks, a microblog's link/video/count rows and its comment section, an online
 * document's edit line, collaborators, outline and comment counts, a message board's
 * number/reply/rating lines, an official letter's document number, class label and draft
 * label, and the tracked-change and comment residue of a word processor. Every test is
 * anchored and limited to short lines. Runs on the folded line (see fold.ts).
 */
import { endsSentence } from "./line-shapes";
import type { ChromeReason } from "./types";
import { mastheadKickerVerdict } from "./chrome-masthead-kicker";
import { HANDLER_ASSIGNMENT } from "./chrome-embeds-polls";
import { COMMENT_STAMP, READER_COMMENT, engagementBar } from "./chrome-prompts-engagement";

/** A read-aloud or font-size widget: `🔊 朗读本文 A+ A-`, `A+ A-`. */
const READ_ALOUD = /(?:^|\s)(?:朗读本文|朗读全文|听本文|语音播报)(?:\s|$)|(?:^|\s)a\+\s*a-(?:\s|$)/i;

/** A video player's residue: `00:00 / 02:48`, `倍速`, `全屏`, `您的浏览器不支持video标签`. */
const PLAYER_TIME = /^\d{1,2}:\d{2}(?::\d{2})?\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?$/;
const PLAYER_BUTTON = /^(?:倍速|全屏|退出全屏|小窗播放|画中画|清晰度|标清|高清|超清|静音|重播)$/;
const NO_MEDIA_TAG = /不支持\s*(?:video|audio|html5)/i;
/** A playback speed as a player prints it beside its buttons: `1.0x`, `1.25×`, `2倍`. */
const PLAYER_SPEED = /^\d(?:\.\d{1,2})?[x×倍]$/i;

/**
 * A player's control bar copied as one row (`倍速 全屏`, `静音 倍速 1.25x 画中画 全屏`): two to six
 * cells between spaces, each a button of the bar or a speed, at least one a button. A player's buttons
 * come out of a copy side by side as often as one to a line; no sentence is made of them alone.
 */
function playerButtonRow(f: string): boolean {
  if (f.length > 40) return false;
  const cells = f.trim().split(/\s+/);
  return cells.length >= 2 && cells.length <= 6 && cells.some((c) => PLAYER_BUTTON.test(c)) && cells.every((c) => PLAYER_BUTTON.test(c) || PLAYER_SPEED.test(c));
}

/** A time mark alone (a transcript's `▶ 09:18`, a screenshot's clock `9:41`). */
// A glyph may carry a variation selector (`▶︎`, U+FE0E) that asks for text or emoji style.
const TIME_MARK = /^(?:[▶►▷●◆■][\uFE0E\uFE0F]?)?\s*\d{1,2}:\d{2}(?::\d{2})?$/;
/** A screenshot's status bar: `5G 87%`, `4G 100%`, `WiFi 56%`. */
const STATUS_BAR = /^(?:[345]g|lte|wi-?fi)?\s*\d{1,3}\s*%$/i;
/** A screenshot's back bar: `< 返回 某某通 ···`. */
const BACK_BAR = /^[<＜‹]\s*返回(?:\s|$)/;

/**
 * A broadcaster's station line with its frequency: `某某广播电视台 FM96.8 某某之声`; 2026-12-05, glued to the
 * channel's name before it (`某某人民广播电台 新闻频率FM96.8`) — a short line without a stop, as before.
 */
const STATION = /(?:^|\s|频率|频道|广播|之声)(?:fm|am)\s*\d{2,4}(?:\.\d)?(?:\s|$)/i;
/** A programme's issue label: `《某某热线》第126期文字实录`. */
const PROGRAMME_ISSUE = /^《[^》]{2,20}》\s*第\s*\d{1,4}\s*期(?:文字实录|实录|节目)?$/;

/** A microblog's rows: `网页链接`, `某某的微博视频`, `收起全文d`, counts, comment heads. */
const WEIBO_ROW = /^(?:网页链接|收起全文d?|展开全文c?)$|的微博视频$/;
const COUNT_ROW = /^(?:转发|评论|赞|点赞|收藏|分享|在看|阅读|协作者)\s*\d{1,7}$|^\d{1,6}\s*条(?:评论|回复|留言)$/;
const COMMENT_HEAD = /^(?:热门|最新|全部|精彩|网友)(?:评论|留言)(?:\s*\(?\d{1,6}\)?)?$|^(?:相关|更多|往期)留言$/;
// Tenth wave: with the count between (`查看全部41条评论 >`).
const MORE_COMMENTS = /^查看(?:更多|全部)\s*(?:\d{1,6}\s*条)?(?:评论|回复|留言)/;

/** An online document's furniture: `最近编辑：今天 16:20 …`, `文档目录`, `已解决`, an `@` mention. */
export const DOC_EDITED = /^(?:最近|最后)(?:编辑|修改|更新)\s*[:：于]/;
const DOC_OUTLINE = /^(?:文档目录|目录大纲|大纲)$/;
const RESOLVED = /^(?:已解决|重新打开|标记为已解决)$/;
const MENTION = /^@[\u4e00-\u9fffA-Za-z]{1,8}\s/;

/** A message board's record lines: `留言编号：… 类型：…`, `回复机构：… 回复时间：…`, ratings. */
const BOARD_RECORD = /^(?:留言编号|信件编号|回复机构|回复单位|回复时间|办理单位|办理状态)\s*[:：]/;
const RATING = /^满意度(?:评价)?\s*[:：]|[★☆]{3,}|是否满意[?？]?\s*(?:满意|不满意)/;

/** An official letter's number with or without its signer, a number alone, a class or draft label. */
const DOC_NUMBER = /^[\u4e00-\u9fff]{0,12}\s*[〔[［]\d{4}[〕\]］]\s*第?\s*\d{1,4}\s*[号期](?:\s+签发人\s*[:：]\s*\S{2,4})?$/;
const CLASS_LABEL = /^[(（]\s*[abcd]\s*类\s*[)）]$/i;
const DRAFT_LABEL = /^[(（]\s*(?:修改稿|征求意见稿|讨论稿|送审稿|初稿|定稿|草稿|审议稿)\s*[)）]$/;

/** A site's script switch (`繁體 | 简体`), whatever masthead stands before it. */
const SCRIPT_SWITCH = /(?:繁[體体]|简体|簡體)(?:中文|版)?\s*[|｜/]\s*(?:繁[體体]|简体|簡體)(?:中文|版)?$/;
/** A footer's advertising licence: `广告许可证：某工商广字001号`. */
const AD_LICENCE = /广告(?:经营)?许可证\s*[:：]/;

/**
 * A word processor's tracked-change and comment residue: `批注 [某1]: …`, `删除的内容: …`. 2026-12-05: the
 * format balloon under another version's label (`格式的: 字体: 小四`, `格式化: 缩进: …`) — a label no sentence opens with.
 */
const REVISION = /^(?:批注\s*\[[^\]]{1,8}\]|删除的内容|插入的内容|带?格式的|格式化|已删除|已插入|设置格式)\s*[:：]/;

/**
 * 2026-12-05 (twentieth wave): a shared document's comment printed where it is anchored — a comment or reply word
 * with its author in brackets, maybe behind the thread's glyph (`💬 评论（某某）：…？`, `批注（某某）：…`,
 * `↳ 回复（某某）：…。`), or a reply behind a reply arrow with its author (`↳ 某某：已核实。`, `└ 某某（社法委）：…`).
 * The comment is a sentence, but a collaborator's: the label and the bracketed author before the colon are the
 * export's, as `批注 [某1]:` is a word processor's. A glyph and a name alone (`💬某委员：…`) is a speaker's turn, a
 * number in the brackets (`评论（二）：`) a commentary's part.
 */
const ANCHORED_COMMENT = /^(?:\p{Extended_Pictographic}\uFE0F?\s*|[↳↪└┗]\s*)?(?:评论|批注|回复)\s*\((?![一二三四五六七八九十\d]+\))[^()]{1,12}\)\s*:\s*\S/u;
const ARROWED_REPLY = /^[↳↪└┗]\s*[\p{L}\p{N}_·]{1,10}(?:\s?\([^()]{1,10}\))?\s*:\s*\S/u;

/**
 * 2026-12-05: the recognition's caution alone, in brackets or behind a note glyph (`（识别结果仅供参考，请以原件为准）`,
 * `※识别内容仅供参考…`, `（以上文字由OCR自动识别，可能存在误差…）`): a note naming the recognition (识别, OCR, 转写,
 * 转换) and cautioning that the copy may err or that the original rules. Both words must be there: a caution
 * alone is a disclaimer of any page, a recognition word alone may be the text's own subject.
 */
const RECOGNITION = /识别|ocr|转写|转换|扫描件/i;
const CAUTION = /仅供参考|以(?:纸质)?(?:原件|原图|原文|原稿|图片)为准|可能(?:存在|有)(?:误差|错误|差错|错漏)|如有(?:错漏|出入|差错)|请(?:与|和)原件核对/;

/**
 * 2026-12-05: a photo's or a scan's file name on a line of its own, maybe behind a bracketed tag naming the recognition
 * (`IMG_4471.HEIC`, `【图片转文字】IMG_20261201_153320.jpg`, `[图片识别] 微信图片_20261103101122.jpg`): the name of the
 * image the text was read from — no word of a text ends in an image's extension.
 */
const IMAGE_FILE = /^(?:[[【][^[\]【】]{1,8}[\]】]\s*)?[\p{L}\p{N}_\-.()]{1,60}\.(?:jpe?g|png|heic|webp|gif|bmp|tiff?)$/iu;

/**
 * An image's file name or the recognition's caution: read line by line, since an OCR'd
 * copy often has no line of prose for the position rules to stand on (a column hard-wrapped at ten characters).
 */
function scanNote(folded: string): boolean {
  const f = folded.trim();
  return IMAGE_FILE.test(f) || (f.length <= 50 && /^[(（※*＊注]/.test(f) && RECOGNITION.test(f) && CAUTION.test(f));
}

export function commentsRevisionsVerdict(f: string): ChromeReason | null {
  if (f.length > 100) return null;
  if (REVISION.test(f)) return "revision";
  if (scanNote(f)) return "metadata";
  if (ANCHORED_COMMENT.test(f.trim()) || ARROWED_REPLY.test(f.trim())) return "chat";
  if (f.length <= 40 && READ_ALOUD.test(f)) return "widget";
  if (PLAYER_TIME.test(f) || PLAYER_BUTTON.test(f) || playerButtonRow(f) || (f.length <= 30 && NO_MEDIA_TAG.test(f))) return "widget";
  if (TIME_MARK.test(f)) return "metadata";
  if (STATUS_BAR.test(f)) return "widget";
  if (f.length <= 30 && BACK_BAR.test(f)) return "navigation";
  if (f.length <= 40 && STATION.test(f) && !endsSentence(f)) return "masthead";
  if (PROGRAMME_ISSUE.test(f)) return "metadata";
  if (WEIBO_ROW.test(f) && f.length <= 30) return "widget";
  if (COUNT_ROW.test(f) || RESOLVED.test(f) || (f.length <= 20 && MORE_COMMENTS.test(f))) return "widget";
  if (COMMENT_HEAD.test(f) || DOC_OUTLINE.test(f)) return "related";
  if (DOC_EDITED.test(f) && !endsSentence(f)) return "metadata";
  if (f.length <= 40 && MENTION.test(f)) return "chat";
  if (BOARD_RECORD.test(f) && !endsSentence(f) && !HANDLER_ASSIGNMENT.test(f)) return "metadata";
  if (f.length <= 40 && RATING.test(f)) return "widget";
  if (f.length <= 40 && SCRIPT_SWITCH.test(f)) return "navigation";
  if (AD_LICENCE.test(f) && !endsSentence(f)) return "legal";
  if (DOC_NUMBER.test(f) || CLASS_LABEL.test(f) || DRAFT_LABEL.test(f)) return "metadata";
  return mastheadKickerVerdict(f);
}

/** A comment count (`2条评论`, `评论 12`) or a comment section's head (`热门评论`). */
// `共 86 条评论`, `全部 12 条留言`: the count may follow 共/全部.
const COMMENTS_START = /^(?:共|全部)?\s*\d{1,6}\s*条(?:评论|回复|留言)$|^评论\s*\d{1,7}$/;
/**
 * A comment's own buttons and counts under it (`赞 112 回复`, `❤ 58`, `回复`): they belong to
 * the comment section and do not end it.
 */
const COMMENT_ACTIONS = /^(?:(?:赞|点赞|回复|举报|删除|置顶|[❤♡♥👍])\uFE0F?\s*(?:\d[\d.]*\s*万?)?\s*)+$/u;
/** A comment: a short user name (maybe with its badge: `某某 作者：`), a colon, a short message (`网友甲：支持！`). */
const COMMENT = /^[\u4e00-\u9fffA-Za-z0-9_·]{1,8}(?:\s+(?:作者|楼主|博主|up主))?[:：]\s*\S/i;

/**
 * A comment section's head of any wording (`精选留言`, `评论（12）`, `全部回复 3`, `写留言`):
 * a short line that ends in 评论/留言/回复/跟帖 (maybe 区) and a count.
 */
// Tenth wave: a microblog's `热评` (hot comments) heads its section too.
const ANY_COMMENTS_HEAD = /^[\u4e00-\u9fff]{0,4}(?:评论|留言|回复|跟帖|热评)区?\s*(?:[(（]?\d{1,6}[)）]?)?$/;
/**
 * A comment of any user name: a nickname with quotes or a label (`听友“稻田守望者”：`,
 * `老城区居民：`), or the author's reply (`作者回复：`), then a short message.
 */
// Seventh wave: the name may carry the commenter's badge before it, a space apart (`委员 某某：`, `政协委员 某某：`).
// Tenth wave: a nickname may wear emoji before or after it (`✨小满妈妈：`, `老周😊：`) and carry the
// commenter's place after a space or in brackets (`山里娃🏔️ 河北：`, `向日葵阿姨（城东）：`).
const ANY_COMMENT = /^(?:[\p{Script=Han}]{1,6}\s)?(?:\p{Extended_Pictographic}\uFE0F?){0,3}[\p{L}\p{N}_·]{0,10}(?:[“"「『][^”"」』]{1,16}[”"」』])?[\p{L}\p{N}_·]{0,6}(?:\p{Extended_Pictographic}\uFE0F?){0,3}(?:\s?[(（][\p{Script=Han}]{2,6}[)）]|\s[\p{Script=Han}]{2,4})?[:：]\s*\S/u;

/**
 * A comment thread's head with its count, maybe behind the thread's icon (`💬 评论（2）`, `🗨 评论 3`, `💬 2条评论`):
 * an online document's export or a shared draft prints each thread where it is anchored, inside the text.
 */
const COUNTED_HEAD = /^(?:\p{Extended_Pictographic}\uFE0F?\s*)?(?:[\p{Script=Han}]{0,4}(?:评论|留言|回复|跟帖|批注)\s*(?:[(（]\s*(\d{1,3})\s*[)）]|(\d{1,3}))|(?:共|全部)?\s*(\d{1,3})\s*条(?:评论|回复|留言|批注))$/u;

/** The count a comment thread's head announces, or null when the line is no such head. */
export function countedCommentHead(folded: string): number | null {
  const m = folded.length <= 16 ? COUNTED_HEAD.exec(folded.trim()) : null;
  return m ? Number(m[1] ?? m[2] ?? m[3]) : null;
}

/**
 * 2026-12-05: a comment thread inside the text. Its head says how many comments follow; when exactly that many
 * lines right under it are each a short `name：message` (a reply too: `某某：回复 某某：…`), the head and those
 * lines are the thread, wherever it stands — the head's own count is the evidence the looser rules below lack
 * (they take a section mid-text only from a strict head, and a loose one only where it closes the page).
 */
function markCountedComments(infos: Array<{ text: string; folded: string; reason: ChromeReason | null }>, kept: (i: number) => boolean): void {
  infos.forEach((info, i) => {
    const n = info.text && !kept(i) ? countedCommentHead(info.folded) : null;
    if (!n) return;
    const lines: number[] = [];
    for (let j = i + 1; j < infos.length && lines.length < n; j++) {
      const f = infos[j].folded;
      if (!infos[j].text || (f.length <= 20 && COMMENT_ACTIONS.test(f))) continue;
      if (kept(j) || f.length > 120 || !(COMMENT.test(f) || ANY_COMMENT.test(f))) break;
      lines.push(j);
    }
    if (lines.length < n) return;
    info.reason ??= "related";
    for (const j of lines) infos[j].reason ??= "chat";
  });
}

/** A comment section's foot: the count, then the link to the rest (`共2条评论 查看全部>>`, `已有5条留言 展开›`). */
const COMMENTS_FOOT = /^(?:共|全部|已有)?\s*\d{1,6}\s*条(?:评论|回复|留言|跟帖)\s*[|｜·]?\s*(?:点击)?(?:查看|展开)(?:全部|更多)?(?:评论|回复|留言|跟帖)?\s*[>»›]*$/;

/**
 * A comment section (after `热门评论`, `2条评论`, a rating row `满意度评价：★★★☆☆`): the short `name：message` lines that follow,
 * among its buttons, are readers' comments, not the text; it ends at the first other line.
 * A head or comment of looser shape (`精选留言`, `听友“某某”：…`, `作者回复：…`) counts only
 * where the section closes the page: nothing but chrome follows it (a quoted speaker
 * under a heading `群众留言` inside the text stays).
 */
export function markComments(infos: Array<{ text: string; folded: string; reason: ChromeReason | null }>, kept: (i: number) => boolean): void {
  markCountedComments(infos, kept);
  let inComments = false;
  let loose = false;
  // Fifth wave: a section of readers' labelled comments with no head needs two of them.
  let headless = false;
  let pending: number[] = [];
  const settle = () => {
    // Reached only at the end: no content followed the loose lines.
    if (!headless || pending.filter((k) => READER_COMMENT.test(infos[k].folded)).length >= 2) pending.forEach((k) => (infos[k].reason = "chat"));
    pending = [];
  };
  infos.forEach((info, i) => {
    if (!info.text) return;
    const f = info.folded;
    const strictHead = COMMENT_HEAD.test(f) || COMMENTS_START.test(f) || (f.length <= 40 && RATING.test(f));
    // Fifth wave: the page's engagement bar (`点赞 326 评论 12 转发`) heads the readers' comments under it.
    const bar = !inComments && engagementBar(f);
    if (strictHead || bar || (f.length <= 10 && ANY_COMMENTS_HEAD.test(f))) {
      if (!strictHead && !info.reason) pending.push(i);
      inComments = true;
      headless = false;
      loose ||= !strictHead;
    } else if (info.reason) return;
    else if (inComments && f.length <= 20 && COMMENT_ACTIONS.test(f) && !kept(i)) info.reason = "chat";
    // 2026-12-05: the section's foot, its count with the link to all (`共2条评论 查看全部>>`), closes it with the comments.
    else if (inComments && f.length <= 30 && COMMENTS_FOOT.test(f) && !kept(i)) pending.push(i);
    else if (inComments && f.length <= 80 && COMMENT.test(f) && !loose && !kept(i)) info.reason = "chat";
    else if (inComments && f.length <= 120 && ANY_COMMENT.test(f) && !kept(i)) pending.push(i);
    // A comment's time or place (`3小时前`, `IP属地：某省`) does not end the section.
    else if (inComments && loose && f.length <= 24 && COMMENT_STAMP.test(f) && !kept(i)) pending.push(i);
    else if (!inComments && f.length <= 120 && READER_COMMENT.test(f) && !kept(i)) {
      // Readers' labelled comments alone (`网友“某某”：支持！`) open a loose section.
      inComments = true;
      loose = true;
      headless = true;
      pending.push(i);
    } else {
      // Content after a loose section: it was part of the text.
      pending = [];
      inComments = false;
      loose = false;
      headless = false;
    }
  });
  settle();
}

/** What a file name adds to the headline it repeats: a bracketed note or an extension. */
const FILE_NAME_TAIL = /^(?:[(（][^()（）]{1,20}[)）]|\.(?:docx?|wps|pdf|txt))$/i;

/**
 * An online document's or a file's name at the head (`关于……的提案（某某集体提案）`): a line
 * that is the headline below it plus a bracketed note or an extension is the file's name.
 */
export function markFileName(infos: Array<{ text: string; folded: string; reason: ChromeReason | null }>, kept: (i: number) => boolean): void {
  const head = infos.slice(0, 15);
  head.forEach((info, i) => {
    if (!info.text || info.reason || kept(i) || info.folded.length > 80) return;
    const below = head.slice(i + 1).find((later) => later.folded.length >= 6 && info.folded.startsWith(later.folded));
    if (below && FILE_NAME_TAIL.test(info.folded.slice(below.folded.length).trim())) info.reason = "metadata";
  });
}
