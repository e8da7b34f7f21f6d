/**
 * One-line chrome rules for follow buttons, media embeds, polls, like counters, transcript
 * notes and forwarded e-mails (first written for holdout-11) — an app's follow button (`+关注`), a video or audio embed's player
 * (`▶ 视频 01:26`, `00:00 / 02:41`, its loading error and `刷新` button), a poll's widget
 * (options with their votes, `单选`, `投票已结束`), a column's like counter
 * (`128 人赞同了该回答`), a transcript's editorial note (`（根据录音整理，未经本人审阅）`), a
 * 公文's 签发人 field, a copy or export note between dashes, and a forwarded e-mail's
 * headers, forwarding note, signature block and confidentiality notice. Every test is
 * anchored and limited to short lines. Runs on the folded line (see fold.ts).
 */
import { endsSentence } from "./line-shapes";
import type { ChromeReason } from "./types";

/** A follow or subscribe button: `+关注`, `＋ 订阅` (app share pages, Toutiao, Weibo). */
const FOLLOW_BUTTON = /^\+\s*(?:关注|订阅|加关注|收藏)$/;
/** A media embed's marker and player: `▶ 视频 01:26`, `音频 3:05`, `00:00 / 02:41`. */
const MEDIA_MARKER = /^[▶►▷]?\s*(?:视频|音频|语音)\s*\d{1,2}:\d{2}(?::\d{2})?$/;
const PLAYER_TIME = /^\d{1,2}:\d{2}(?::\d{2})?\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?$/;
/** A player's or loader's error and its button: `视频加载出错，请稍后再试`, `刷新`, `点击重试`. */
const LOAD_ERROR = /(?:加载|播放|载入)(?:失败|出错|异常)|(?:暂时)?无法播放|网络不给力/;
const RETRY_BUTTON = /^(?:点击)?(?:刷新|重试|重新加载)(?:页面)?$/;
/** A poll: an option with its votes (`增设助餐点 301票 55.1%`), `单选`, `投票截止 · 共546人参与`. */
export const POLL_OPTION = /\d{1,7}\s*票\s*[(]?\d{1,3}(?:\.\d{1,2})?\s*%[)]?$/;
export const POLL_KIND = /^(?:单选|多选)(?:题)?(?:\s*[(]?最多\s*\d{1,2}\s*项[)]?)?$/;
const POLL_END = /^投票(?:已)?(?:结束|截止)|^(?:共|已有)\s*\d{1,7}\s*人(?:参与|投票)$/;
/**
 * 2026-12-05 (twentieth wave): a poll's status line of any order, maybe behind the poll's glyph: cells between a
 * middle dot or a bar, each the count of voters (`11532人参与`, `3.2万人参与`) or the poll's state
 * (`投票已截止`) — `📊 11532人参与 · 投票已截止`, `🗳️ 投票已截止 · 3.2万人参与`.
 */
const POLL_CELL = /^(?:(?:共|已有)?\s*\d[\d,.]*\s*万?\s*人(?:参与|投票|已投票?)|(?:投票|调查|问卷)(?:已)?(?:结束|截止))$/;
function pollStatus(f: string): boolean {
  // Most lines hold neither a voter count nor a poll's state: no split for them.
  if (!/人|投票|调查|问卷/.test(f)) return false;
  const cells = f.replace(/^(?:\p{Extended_Pictographic}\uFE0F?\s*)+/u, "").split(/\s*[·•|｜]\s*/);
  return cells.length >= 2 && cells.length <= 3 && cells.every((c) => POLL_CELL.test(c.trim()));
}
/**
 * The tally's cut-off note behind a mark (a glyph, `*`, `※`, `注：`): the votes, the poll's result or the ballots
 * counted up to a time (`📝 票数统计截至…。`, `*以上票数统计截至…`). The count is the poll widget's, never the article's.
 */
const TALLY_NOTE = /^(?:\p{Extended_Pictographic}\uFE0F?\s*|[*＊※]\s*|注\s*:\s*)(?:以上|本次)?(?:票数|得票|投票(?:结果|数据)?)(?:统计|数据)?(?:均)?截至[^。]{2,24}。?$/u;

/** A column's like counter: `128 人赞同了该回答`, `30人点赞了这篇文章`. */
const LIKE_COUNT = /^\d{1,7}\s*人(?:赞同|点赞|喜欢|收藏|推荐)了(?:该|这篇|此|本)?(?:文章|回答|想法|内容|视频)$/;
/** A transcript's editorial note: `（根据座谈录音整理，未经本人审阅）`, `（根据发言录音整理）`. */
const TRANSCRIPT_NOTE = /^[(][^()]{0,12}根据[^()]{0,14}(?:录音|速记|发言|讲话|现场)[^()]{0,6}整理[^()]{0,20}[)]$/;
/** A 公文's signer fields: `签发人：某某某`, `核稿：某某`. */
const SIGNER = /^(?:签发人|签发|核稿人|核稿|拟稿人|拟稿)\s*:\s*[\u4e00-\u9fff·]{2,4}$/;
/** A copy or export note between dashes: `——以上内容导出自在线文档“…”——`. */
const COPY_NOTE = /^[—\-=]{2,}\s*以上.{2,60}(?:复制|导出|摘自|转自|来自|截取).{0,60}[—\-=]{2,}$/;
/** An e-mail's confidentiality notice: `本邮件含保密信息，如误收请删除。`. */
const MAIL_NOTICE = /(?:邮件|信息).{0,20}(?:保密|机密|秘密).{0,20}(?:误收|误发|删除|通知发件人)|intended recipient/i;

/**
 * A proposal's handling units with their roles (`办理单位：主办 市某局`, `承办单位：会办 A B`):
 * the assignment the text reports, content — unlike a message board's record line
 * (`办理单位：某局`), which names who answered. The role word may also follow the names in
 * brackets (`办理单位：市某局（主办），A、B（会办）`, a key-proposal page's field): a board's
 * answering office never carries a role, so the bracketed role proves the assignment as well.
 */
export const HANDLER_ASSIGNMENT = /^(?:办理单位|承办单位)\s*:\s*(?:(?:主办|会办|协办|分办)|[^()]{2,40}\((?:主办|会办|协办|分办)\))/;

export function embedsPollsVerdict(f: string): ChromeReason | null {
  if (f.length > 80) return null;
  if (FOLLOW_BUTTON.test(f) || MEDIA_MARKER.test(f) || PLAYER_TIME.test(f) || RETRY_BUTTON.test(f)) return "widget";
  if (f.length <= 30 && LOAD_ERROR.test(f) && !endsSentence(f)) return "widget";
  if (f.length <= 60 && (POLL_OPTION.test(f) || POLL_END.test(f) || pollStatus(f) || TALLY_NOTE.test(f))) return "widget";
  if (POLL_KIND.test(f) || LIKE_COUNT.test(f)) return "widget";
  if (f.length <= 50 && TRANSCRIPT_NOTE.test(f)) return "credit";
  if (SIGNER.test(f)) return "metadata";
  if (COPY_NOTE.test(f)) return "metadata";
  if (MAIL_NOTICE.test(f)) return "legal";
  return null;
}
