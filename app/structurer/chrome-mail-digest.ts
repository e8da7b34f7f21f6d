/**
 * Removes the one-line furniture of mails, bulletins, apps, broadcasts and e-papers, and the
 * bulleted headlines under a page digest (first written for holdout-7) — a forwarded e-mail's headers, a WeChat reading-time note,
 * an app's "open in app" prompt, a row of bracketed buttons, a broadcast transcript's
 * cues and air-time fields, an e-paper's page tag and prev/next-issue row. Every test is
 * anchored and limited to short lines, so a sentence of the text is never matched. Runs
 * on the folded line (see fold.ts).
 */
import { PUBLICATION } from "./head-shapes";
import { endsSentence } from "./line-shapes";
import type { ChromeReason } from "./types";

/** A mail header: `发件人：…`, `收件人：…`, `抄送：…`, and a subject that forwards or replies. */
const MAIL_HEADER = /^(?:发件人|收件人|抄送人?|密送|发送时间)\s*[:：]|^主题\s*[:：]\s*(?:转发|回复|答复|fw|fwd|re)\s*[:：]/i;
/** The separator a mail client writes above a forwarded or quoted mail. */
const MAIL_SEPARATOR = /^[-—=_*\s]*(?:转发的邮件|原始邮件|原邮件|forwarded message|original message)[-—=_*\s]*$/i;
/** A mail's automatic footer or covering note: `请勿直接回复`, `…请查收。`. */
const MAIL_NOTE = /请勿(?:直接)?回复|请查收[。!]?$/;

/**
 * A mail's fallback for a reader whose client does not render it (2026-12-05, eighteenth wave):
 * `如果邮件无法正常显示，请点击这里查看网页版。`, `邮件显示不正常？请在浏览器中打开本期内容`. A newsletter's
 * first line: the mail speaks of its own display (无法/不能正常显示, 显示不正常, 显示异常) and sends to
 * the web copy (网页版, 浏览器, 在线阅读). Both parts are needed, so a sentence about a site's display is no prompt;
 * it may end in a stop, as the prompt is a sentence addressed to the reader.
 */
const MAIL_WEB_VIEW = /(?:无法|不能)正常显示|显示(?:不正常|异常|有误)/;
const WEB_COPY = /网页版|浏览器|在线阅读|网页中/;

/** A distribution note in brackets: `（报送：区委、区政府领导；市政协办公室）`, `（抄送：…）`. */
const DISTRIBUTION = /^[(（【[]\s*(?:报送|抄送|抄报|分送|呈送|发送)\s*[:：][^()（）【】[\]]{1,60}[)）】\]]$/;

/** A reading-time note: `全文约1500字，阅读需要4分钟`, `阅读提示：本文约1200字`. */
const READING_TIME = /^[^\u4e00-\u9fffA-Za-z0-9]{0,4}(?:阅读提示\s*[:：]|(?:全文|本文)(?:共|约)?\s*[\d,]+\s*字|(?:预计)?阅读(?:需要|约需|时间|时长)?(?:约)?\s*\d+\s*分钟)/;

/** A prompt to open the app (`打开“某某”APP，阅读体验更佳`) or to follow the blue name (`↑ 点蓝字关注我们`). */
const APP_PROMPT = /打开[^。]{0,12}(?:app|客户端)|(?:点|戳|轻触)[^。]{0,4}蓝字/i;

/** A row of buttons in brackets: `【放大】【缩小】【还原】`. */
const BUTTON_ROW = /^(?:[【[]\s*[^【】[\]\s]{1,4}\s*[】\]]\s*){2,}$/;

/**
 * A broadcast transcript's or video script's cue in brackets: `【片头】`, `【片尾】`, `（音乐）`,
 * and the segment labels of a news script (`【导语】`, `【正文】`, `【解说】`, `【记者出镜】`,
 * `【主持人口播】`): a script names the kind of each segment, a closed vocabulary of the trade. 2026-12-05
 * (seventeenth wave): a call-in show's segments too (`【听众来电】`, `【热线连线】`, `【记者连线】`).
 */
const BROADCAST_CUE =
  /^[【[(（]\s*(?:片头|片尾|片花|音乐|音效|广告|掌声|画外音|同期声|字幕|转场|串场|演播室|导语|正文|解说词?|旁白|(?:记者|主持人|主播)?(?:出镜|口播)|现场声?|空镜|配乐|导视|听众(?:来电|热线|连线|留言)|(?:热线|电话|现场|记者)?连线)[^【】[\]()（）]{0,6}[】\])）]$/;

/**
 * 2026-12-05 (seventeenth wave): a chyron or on-screen caption written into a transcript — the screen's word for it
 * as a label (`字幕：`, `屏幕字幕：`, `【字幕】`, `人名条：`, `角标：`) over a guest's post and name or a slogan. It is
 * what the screen showed, not what was said; a short label with no sentence after it, whatever it names.
 */
const CHYRON = /^(?:[【[(（]\s*)?(?:(?:屏幕|画面|标题|人名|同期)?字幕|人名条|角标|标题条|滚动条)\s*(?:[:：]|[】\])）])\s*[^。!?;]{2,40}[)）]?$/;

/** A broadcast's air-time fields: `播出频道：某某台 首播：…`, `重播：…`. */
const AIR_FIELD = /^(?:播出|首播|重播)(?:频道|时间|日期|平台)?\s*[:：]/;

/** An e-paper's page tag with a colon (`A05：政协之窗`) and a masthead's page count (`今日8版`). */
const PAGE_TAG = /^[A-Z]\d{1,3}\s*[:：|｜]\s*[\u4e00-\u9fff]{2,8}$|今日\s*\d{1,3}\s*个?版$/;

/** Prev/next issue of an e-paper: `◀前一期 后一期▶`. */
const ISSUE_NAV = /(?:前|后|上|下)一期/;

export function mailDigestVerdict(f: string): ChromeReason | null {
  if (f.length > 80) return null;
  if (MAIL_HEADER.test(f) || MAIL_SEPARATOR.test(f)) return "metadata";
  if (f.length <= 40 && MAIL_NOTE.test(f)) return "metadata";
  if (f.length <= 40 && MAIL_WEB_VIEW.test(f) && WEB_COPY.test(f)) return "widget";
  if (DISTRIBUTION.test(f)) return "metadata";
  if (f.length <= 40 && READING_TIME.test(f)) return "metadata";
  if (f.length <= 40 && APP_PROMPT.test(f)) return "ad";
  if (BUTTON_ROW.test(f)) return "widget";
  if (BROADCAST_CUE.test(f)) return "ornament";
  if (CHYRON.test(f)) return "caption";
  if (AIR_FIELD.test(f) && !endsSentence(f)) return "metadata";
  if (f.length <= 30 && PAGE_TAG.test(f)) return "edition";
  if (f.length <= 40 && ISSUE_NAV.test(f) && !/[。,;]/.test(f)) return "navigation";
  if (siteCrumb(f)) return "navigation";
  return null;
}

/**
 * A page digest (`标题导读：` then `· 县政协调研农村公路管护` lines): the bulleted headlines
 * right under a digest or related-list header list the page; they are not its text.
 */
export function markDigest(infos: Array<{ text: string; folded: string; reason: ChromeReason | null }>): void {
  let open = false;
  for (const info of infos) {
    if (!info.text.trim()) continue;
    if (info.reason === "related") open = true;
    else if (open && !info.reason && digestItem(info.folded)) info.reason = "related";
    else open = false;
  }
}

function digestItem(f: string): boolean {
  return f.length <= 42 && /^[·•●◆▪◇■□-]\s*\S/.test(f) && !endsSentence(f) && !/[。;]/.test(f);
}

/** A two-step crumb from a site to its column: `某某县政协网 > 委员访谈`. */
function siteCrumb(f: string): boolean {
  const parts = f.split(/\s*(?:>+|›|»|＞)\s*/).filter(Boolean);
  return parts.length === 2 && f.length <= 30 && PUBLICATION.test(parts[0]) && /^[\u4e00-\u9fff]{2,8}$/.test(parts[1]);
}
