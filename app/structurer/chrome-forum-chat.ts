/**
 * Removes the furniture of contact footers, interview portals, bulletins, forums and exported
 * group chats (first written for holdout-8) — a footer that packs several contact fields behind the paper's name,
 * a portal's live-transcript tab and its "related interviews" list, the distribution lines
 * and print count of a 社情民意 bulletin, a bracketed reporter credit that compiled the
 * page, a scan prompt, a WeChat topic label between hashes, and the furniture of an
 * exported group chat (its header, the speaker/time lines and the short turns around a
 * pasted draft). Every one-line test is anchored and limited to short lines. Runs on the
 * folded line (see fold.ts).
 */
import { endsSentence } from "./line-shapes";
import type { ChromeReason } from "./types";

/** A contact or address field label, wherever it stands in the line. */
const CONTACT_FIELD = /(?:地址|邮编|邮政编码|电话|热线|传真|邮箱|信箱)\s*[:：]/g;

/** A live-transcript tab of a portal's interview page: `文字直播`, `图文直播实录`. */
const LIVE_TAB = /^[【[]?(?:文字|图文|视频|网络|在线)直播(?:实录)?[】\]]?$/;

/** The header of a list of related items not named by RELATED_HEAD: `相关访谈：`, `往期视频`. */
const RELATED_MORE = /^[【[]?\s*(?:相关|往期|更多|近期)(?:访谈|视频|专题|图集|评论|链接|节目)\s*[】\]]?\s*[:：>»]?$/;

/** A bulletin's distribution line: `报：县委、县政府主要领导`, `送：县河长办、县水利局`. */
const DISTRIBUTION_LINE = /^(?:报|送|发|抄报|抄送|分送|报送)\s*[:：]\s*[^。;:：]{2,60}$/;
/** Whom it goes to: a body, its leaders or a list of them. */
const RECIPIENTS = /、|领导|委员会|委|政府|局|办|部门|单位|同志/;

/** A bulletin's print count: `（共印30份）`, `共印 50 份`. */
const PRINT_COUNT = /^[(（]?\s*共印\s*\d{1,4}\s*份\s*[)）]?$/;

/**
 * A bracketed reporter credit with what the reporter did: `（本报记者 某某 整理）`. Thirteenth wave:
 * a round-up dates the credit it prints under each item (`（01月12日 记者 某某 整理）`).
 */
const COMPILED_BY =
  /^[(（]\s*(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日\s*)?(?:本报|本刊|本台)?(?:特约|见习)?(?:记者|通讯员)\s*(?:[\u4e00-\u9fff·]{2,4}\s*[、\s]?\s*){1,4}(?:整理|采写|综合|报道|采访整理)\s*[)）]$/;

/** A prompt to scan a code for more: `扫码看更多两会报道`, `扫描二维码了解详情`. */
const SCAN_PROMPT = /^[^\u4e00-\u9fffA-Za-z0-9]{0,3}扫(?:码|描[^。]{0,3}二维码|一扫)[^。]{0,4}(?:看|了解|收看|收听|参与|获取|报名|阅读)/;

/** A reading-time note naming what is read: `阅读全文约需3分钟`, `阅读本文大约需要5分钟`. */
const READING_TIME = /^[^\u4e00-\u9fffA-Za-z0-9]{0,3}阅读(?:全文|本文|此文)(?:大?约)?(?:需要?|约需|用时)?\s*\d{1,2}\s*分钟/;

/** A WeChat topic label between hashes: `# 委员履职 #`, `#两会时间#`. */
const HASHTAG_LABEL = /^#\s*[^#\s]{2,10}\s*#$/;

/**
 * An exported chat's header: `群聊"某某群"的聊天记录`, `与某某的聊天记录`. 2026-12-04 (thirteenth wave): or the chat's
 * name in quotation marks alone (`“某某委员群”的聊天记录`, a phone's export): the marks set the name apart as 群聊 does.
 */
const CHAT_HEADER = /^(?:群聊\s*["“「]?[^"”」]{1,30}["”」]?|["“「][^"”」]{1,30}["”」]|与[^的\s]{1,20})\s*的聊天记录$/;

/**
 * A chat turn's speaker and time: `委员周某 09:12`, `张某某 2026-10-09 21:05`. 2026-12-05: the name may carry
 * the bracketed note a work group's export adds (`某某（经济委） 09:12`, the sender's unit or post).
 */
const CHAT_SPEAKER = /^[\u4e00-\u9fffA-Za-z·]{1,12}(?:\([\u4e00-\u9fffA-Za-z·]{1,10}\))?\s+(?:\d{4}[-/]\d{1,2}[-/]\d{1,2}\s+)?\d{1,2}:\d{2}(?::\d{2})?$/;

/**
 * A series label over a page: `两会特别报道`, `某某特别报道·委员之声` — a series word
 * (…报道, 特刊, 专栏, …之声), alone or as one part of two joined by `·`.
 */
const SERIES_WORD = /(?:特别报道|系列报道|专题报道|特别策划|特刊|专刊|专栏|之声)$/;
function seriesLabel(f: string): boolean {
  if (f.length > 30 || /[。,;:!?“”"、\s]/.test(f)) return false;
  const parts = f.split("·");
  return parts.length <= 2 && parts.every((p) => /^[\u4e00-\u9fff]{2,14}$/.test(p)) && parts.some((p) => SERIES_WORD.test(p) && p.length >= 4);
}

/**
 * A poster's remark passing a text on (`转一下……的答复，大家看看`, `分享一下，供大家参考`): chat
 * around the text, as in a group chat.
 */
const PASS_ON = /^(?:转一下|转发一下|转个|转帖|分享一下|分享个)|(?:大家(?:看看|参考|了解一下?)|供大家参考)[。!~]*$/;

/** A forum reply's floor and user (`2楼 某某网友`, `沙发 某某`): a speaker line of the thread. */
const FORUM_FLOOR = /^(?:\d{1,4}\s*楼|沙发|板凳|地板)\s+\S{1,16}$/;
/** A forum post's action row: `回复 ｜ 举报`, `引用 | 回复 | 举报`. */
const FORUM_ACTIONS = /^(?:回复|举报|引用|收藏|点赞|评分)(?:\s*[|｜丨]\s*(?:回复|举报|引用|收藏|点赞|评分))+$/;

export function forumChatVerdict(f: string): ChromeReason | null {
  if (f.length > 100) return null;
  if (!endsSentence(f) && (f.match(CONTACT_FIELD)?.length ?? 0) >= 2) return "contact";
  if (LIVE_TAB.test(f)) return "widget";
  if (RELATED_MORE.test(f)) return "related";
  if (DISTRIBUTION_LINE.test(f) && RECIPIENTS.test(f)) return "metadata";
  if (PRINT_COUNT.test(f)) return "metadata";
  if (f.length <= 40 && COMPILED_BY.test(f)) return "credit";
  if (f.length <= 30 && SCAN_PROMPT.test(f)) return "ad";
  if (f.length <= 30 && READING_TIME.test(f)) return "metadata";
  if (HASHTAG_LABEL.test(f) || seriesLabel(f)) return "column";
  if (CHAT_HEADER.test(f)) return "chat";
  if (CHAT_SPEAKER.test(f) || FORUM_FLOOR.test(f)) return "chat";
  if (FORUM_ACTIONS.test(f)) return "widget";
  if (f.length <= 50 && PASS_ON.test(f)) return "chat";
  return null;
}

/** A chat turn is short when it has at most this many lines, each a short message. */
const SHORT_TURN_LINES = 2;
const SHORT_MESSAGE = 60;

/**
 * An exported chat (two speaker/time lines at least): each turn runs from its speaker line
 * to the next. The short turns (one or two short lines: greetings, comments, `收到`, `[图片]`)
 * are chat around the text; a long turn — a pasted draft — is the text and stays.
 */
export function markChatTurns(infos: Array<{ text: string; folded: string; reason: ChromeReason | null }>, kept: (i: number) => boolean): void {
  const speakers: number[] = [];
  infos.forEach((info, i) => {
    if (info.reason === "chat" && (CHAT_SPEAKER.test(info.folded) || FORUM_FLOOR.test(info.folded))) speakers.push(i);
  });
  if (speakers.length < 2) return;
  speakers.forEach((start, k) => {
    const end = k + 1 < speakers.length ? speakers[k + 1] : infos.length;
    const lines: number[] = [];
    for (let i = start + 1; i < end; i++) if (infos[i].text && !infos[i].reason) lines.push(i);
    if (lines.length > SHORT_TURN_LINES || lines.some((i) => infos[i].folded.length > SHORT_MESSAGE)) return;
    for (const i of lines) if (!kept(i)) infos[i].reason = "chat";
  });
}

/** A bracketed label alone on its line, no sentence in it: `【第一问】`, `【网友提问】`, `[问题二]`. */
const BRACKET_LABEL = /^[【[][^【】[\]。!?;,:]{2,10}[】\]]$/;
/** A spoken turn: a speaker's label (a name, a post, `网友“某某”`) then what is said, with a sentence's punctuation. */
const SPOKEN_TURN = /^([^\s:。,!?;【】[\]]{1,12})\s*:\s*(?=.*[。,!?;])/;

/**
 * Thirteenth wave (2026-12-04): the labels a record of a dialogue puts over its turns —
 * `【第一问】`, `【网友提问】` over `主持人：……？` / `网友“某某”：……？`. In a record where some
 * speaker opens two turns or more, a bracketed label right above a turn only counts or
 * sorts the turns: who speaks is the turn's own label, and the questions are no sections
 * of the guest's proposals. Read as headings they cut the answer's measures off the talk
 * (a live room's record, a talk show's or a studio's transcript alike).
 */
export function markTurnLabels(infos: Array<{ text: string; folded: string; reason: ChromeReason | null }>, kept: (i: number) => boolean): void {
  const counts = new Map<string, number>();
  for (const info of infos) {
    const m = info.reason ? null : SPOKEN_TURN.exec(info.folded);
    if (m) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  }
  if (![...counts.values()].some((n) => n >= 2)) return;
  infos.forEach((info, i) => {
    if (info.reason || kept(i) || !BRACKET_LABEL.test(info.folded)) return;
    let j = i + 1;
    while (j < infos.length && (!infos[j].text || infos[j].reason)) j++;
    if (j < infos.length && SPOKEN_TURN.test(infos[j].folded)) info.reason = "column";
  });
}
