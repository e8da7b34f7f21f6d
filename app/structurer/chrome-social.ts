/**
 * Chrome of social, video, live-stream and short-video pages (third wave, 2026-12-03).
 *
 * A note app, a short-video caption, a live room's replay, a video channel's transcript and a
 * mini-program's record page wrap the text in furniture of their own. Each family below is
 * read from the line's shape and grammar, never from one page's words:
 *
 * - a row of hashtags (`#委员有话说 #母婴室`, `#城市更新##屋顶光伏#`): every token is a tag;
 * - a live room's system events: a user's handle, a space, then arriving, following or a
 *   gift with its count (`用户8231 来了`, `某某 送出 小心心 ×3`); the player's end state
 *   (`直播已结束`) and its follow prompt (`关注主播，下次开播提醒你`);
 * - a comment box's placeholder: a short invitation to write that ends in an ellipsis
 *   (`写评论…`, `说点什么...`);
 * - a platform's account card (`视频号｜某某发布`), a short video's sound credit (a line opened
 *   by a music note: `♬ @某某创作的原声`), a post's `date · place` or `date · duration` line;
 * - a clipping separator: a short label naming an item between two rules of dashes
 *   (`———— 素材1：抖音 ————`);
 * - a placeholder left where an image or a video stood (`图片`, `[视频]`);
 * - a note on how the text was made: the text itself is the subject (本文, 本节目, 以下内容,
 *   文字稿 …) and the verb says it was made, transcribed or generated from something
 *   (`本文根据……大会发言制作`, `本节目文字稿由AI转写，经人工校对`, `文字稿（以下内容由AI根据视频
 *   语音生成，仅供参考）`);
 *
 * A progress timeline after the text is read over several lines (chrome-timeline.ts).
 * All run on the folded line (fold.ts); all are limited to short lines.
 */
import { DATE, TIME } from "./line-shapes";
import type { ChromeReason } from "./types";

/** One hashtag: `#母婴室`, or a microblog's topic closed by a second `#` (`#母婴室#`). */
const HASHTAG = /#[^#\s]{1,24}#?/gu;

/** A line made only of hashtags: two or more, or one closed topic (`#某某#`). */
export function hashtagRow(f: string): boolean {
  if (f.length > 160 || !f.startsWith("#")) return false;
  const tags = f.match(HASHTAG) ?? [];
  if (f.replace(HASHTAG, "").trim()) return false;
  return tags.length >= 2 || (tags.length === 1 && tags[0].length >= 3 && tags[0].endsWith("#"));
}

/** A user's handle in a live room: letters, digits, `_`, `·`, no space. */
const HANDLE = String.raw`[\p{L}\p{N}_·.\-]{1,16}`;
/** A live room's system event: the handle, a space, arriving or following (`用户8231 来了`). */
const LIVE_EVENT = new RegExp(
  String.raw`^${HANDLE}\s+(?:来了|进入了?直播间|加入了?直播间|来到了?直播间|关注了主播|分享了直播间|为主播点赞了?|点赞了直播间)$`,
  "u",
);
/** A gift with its count (`小燕子 送出 小心心 ×3`, `某某 送了 玫瑰 x2`). */
const GIFT = new RegExp(String.raw`^${HANDLE}\s+送(?:出了?|了)\s*\S{1,12}?\s*[×xX*]\s*\d{1,4}$`, "u");
/** The player's end state (`直播已结束`, `本场直播结束了`). */
const LIVE_STATE = /^(?:本场|本次)?(?:直播|回放|视频)(?:已经?)?结束(?:了|啦)?$/;
/** The follow prompt of a host or channel (`关注主播，下次开播提醒你`, `订阅频道`). */
const FOLLOW_HOST = /^(?:关注|订阅)(?:主播|博主|up主|频道)(?:,.{1,16})?$/i;

/** A comment box's placeholder: an invitation to write, ending in an ellipsis. */
const COMMENT_INPUT = /^(?:写|说|发|发表|添加|留下|来)[\u4e00-\u9fff]{0,6}?(?:评论|留言|弹幕|回复|什[么幺]|想法|看法)吧?\s*(?:…+|\.{2,}|⋯+)$/;

/** A platform's account card (`视频号｜汭阳发布`, `抖音 · 某某政协`): the platform, a bar or dot, the account. */
const PLATFORM_CARD =
  /^(?:视频号|抖音|抖音号|快手|快手号|微博|小红书|b站|哔哩哔哩|今日头条|头条号|西瓜视频|公众号|微信公众号|小程序|百家号|澎湃号|企鹅号|网易号|搜狐号|大鱼号|知乎)\s*[|｜·•:@]\s*([^\s。,;!?]{2,16})$/i;

/** The account a platform card names (`快手｜某某融媒` → `某某融媒`): the page's publisher; else null. */
export function platformAccount(f: string): string | null {
  return f.length <= 40 ? (PLATFORM_CARD.exec(f)?.[1] ?? null) : null;
}
/**
 * An event's booking card (2026-12-04, thirteenth wave): a platform embeds a coming live session or
 * event in the text as a card — its kind (`直播预约`, `活动预告`, `直播预告`, `报名`), a bar, the day and
 * maybe the hour, the session's name: `直播预约｜7月10日 19:30 议事厅第二场`. The kind is one of the
 * words that announce something yet to happen (预约, 预告, 报名: booking, preview, sign-up); the
 * day in the card, no sentence punctuation and the bar make it no line of the text.
 */
const EVENT_CARD = new RegExp(
  String.raw`^[\u4e00-\u9fff]{0,4}(?:预约|预告|报名)\s*[|·•:]\s*(?:${DATE}|\d{1,2}月\d{1,2}日|\d{1,2}[-/.]\d{1,2})\s*(?:${TIME})?\s*[^\s。,;!?]{0,20}$`,
);
/** The card's button on the line under it: a booking verb alone (`预约`, `立即预约`, `提醒我`). */
const BOOKING_BUTTON = /^(?:立即|马上|点击|一键)?(?:预约|报名|订阅|提醒我|开播提醒|预约直播|预约观看)$/;

/** The button under an event's booking card (the card itself is a line rule: `socialVerdict`). */
export function markEventCards(infos: { text: string; folded: string; reason: ChromeReason | null }[], kept: (i: number) => boolean): void {
  infos.forEach((info, i) => {
    if (info.reason !== "widget" || !EVENT_CARD.test(info.folded)) return;
    let j = i + 1;
    while (j < infos.length && !infos[j].text) j++;
    if (j < infos.length && !infos[j].reason && !kept(j) && BOOKING_BUTTON.test(infos[j].folded)) infos[j].reason = "widget";
  });
}
/** A short video's sound credit, opened by a music note (`♬ @某某创作的原声`). */
const SOUND_CREDIT = /^[♪♫♬🎵🎶]\uFE0F?\s*\S/u;
/** A post's `date · place`, `date · duration` or `date · views` line. */
const DATE_DOT = new RegExp(String.raw`^${DATE}\s*(?:${TIME})?(?:\s*[·•]\s*[^\s·•。,;!?]{1,14}){1,3}$`);

/** A clipping separator: a label with a number or a colon between rules (`———— 素材1：抖音 ————`). */
const SEPARATOR = /^[—\-=─━~]{2,}\s*([^—\-=─━~]{1,20}?)\s*[—\-=─━~]{2,}$/;
const SEPARATOR_LABEL = /:|^[\u4e00-\u9fff]{1,6}\s*[\d一二三四五六七八九十]{1,3}$/;

/** A placeholder where an image or a video stood. */
const MEDIA_PLACEHOLDER = /^[[【(]?(?:图片|图|视频|动图|gif|音频|image|img|photo|video)[\]】)]?$/i;
/**
 * Fourteenth wave (2026-12-04): a broadcast transcript's cue where a filmed clip played (`【短片】`,
 * `【暗访短片】`, `【播放专题片】`, `[VCR]`): in brackets, at most four words naming how it was filmed,
 * then the clip's kind. The clip's narration, when written out, follows as paragraphs of its own.
 */
const CLIP_CUE = /^[[【(](?:播放)?[\u4e00-\u9fff]{0,4}?(?:短片|专题片|宣传片|纪录片|小片|vcr)[\]】)]$/i;
/**
 * Fourteenth wave: a post's place tag — the pin glyph, then a place's name ending in the word for a
 * kind of venue or settlement (`📍芫城市中心医院`, `📍椋州市实验小学`). A pinned heading of a push
 * (`📍谁可以申请？`, `📍服务更贴心`) names no venue and stays.
 */
const PLACE_TAG =
  /^📍\uFE0F?\s*[^\s。,;:!?]{1,16}(?:医院|卫生院|学校|小学|中学|大学|学院|幼儿园|公园|广场|中心|车站|站|馆|社区|小区|村|街道|镇|乡|市场|商场|大厦|景区|码头|机场|路|街)$/u;

/**
 * The text itself, named as the subject of a note: 本文, 本期, 本场 (a live session), 本节目,
 * 本视频, 本图解 …, 以下内容, 文字稿, 字幕, 实录 — within the first words of the line.
 */
const SELF = String.raw`(?:此文|本(?:文|稿|篇|期|集|场|次|节目|视频|片|图|组图|图解|海报|长图)|以[下上](?:内容|文字)|文字稿|字幕|文字实录)`;
/** Made from something: `根据…制作`, `由AI转写`, `据…整理`, maybe with a short clause after it. */
const MADE_NOTE = new RegExp(
  String.raw`^[^,。;!?]{0,6}?${SELF}[^,。;!?]{0,8}?(?:由|根据|据|依据|综合)[^。;!?]{0,40}?(?:制作|整理|生成|转写|转录|识别|改编|摘编|编写|编辑|编译|校对)(?:而成)?(?:,[^,。;!?]{1,12})?。?$`,
);
/** A short label with the note in brackets after it (`文字稿（以下内容由AI…生成，仅供参考）`). */
const LABELLED = /^[\u4e00-\u9fff]{0,6}\s*[(【[]([^()【】[\]]+)[)】\]]$/;

/** A note on how the text was made (its transcript generated, its graphic drawn from a speech). */
export function madeNote(f: string): boolean {
  if (f.length > 80) return false;
  const inner = LABELLED.exec(f)?.[1] ?? f;
  return MADE_NOTE.test(inner.trim());
}

/**
 * A reaction counter row under a video or a live room (`👁 2.3万人看过 ❤ 1.1万 💬 860`): two fields or
 * more, each a glyph then a count, maybe with a short unit (`人看过`, `次播放`). A platform draws its
 * counters as icons, and a paste keeps them as emoji beside the numbers; a sentence never reads so
 * (2026-12-05, sixteenth wave).
 */
const REACTION_FIELD = String.raw`(?:\p{Extended_Pictographic}|[★☆♥♡▶►])\uFE0F?\s*\d[\d.,]*\s*(?:万|千|亿|[wk])?\+?[\p{Script=Han}]{0,4}`;
const REACTION_ROW = new RegExp(String.raw`^${REACTION_FIELD}(?:\s*[·|]?\s*${REACTION_FIELD})+$`, "iu");
/**
 * Nineteenth wave: the same heart or thumb over *who* reacted rather than how many — a Moments post's likes
 * (`♡ 李某某，王某，张某某`): the glyph, then two names or more (letters only, at most six) in a comma list.
 */
const LIKED_BY = /^[♥♡❤👍]\uFE0F?\s*[\p{L}·]{1,6}(?:\s*[,，、]\s*[\p{L}·]{1,6})+$/u;

/**
 * A gallery's counter under its image (2026-12-05): the image's place in the set, `n/m` with n ≤ m, with the set's
 * arrows around it or its swipe prompt beside it (`1/4 左右滑动查看更多`, `◀ 2/6 ▶`), or the swipe prompt alone
 * (`左右滑动查看更多`). A bare `1/4` is a page number's shape and is read as one; the arrow or the swipe word
 * (滑, 轻扫) says a gallery.
 */
const SWIPE = String.raw`[左右上下]{0,2}(?:滑动?|轻扫)(?:查看|浏览|看)?[\p{Script=Han}]{0,4}`;
const GALLERY_COUNTER = new RegExp(String.raw`^(?:([◀◁<‹])\s*)?(\d{1,2})\s*/\s*(\d{1,2})(?:\s*([▶▷>›]))?(?:\s+(${SWIPE}))?$`, "u");
const SWIPE_PROMPT = new RegExp(String.raw`^[左右上下]{2}${SWIPE}$`, "u");

/**
 * 2026-12-05: a long image's or a gallery's swipe hint on its own line, in brackets or behind an arrow
 * (`（向上滑动查看全文）`, `↑ 上滑查看全部内容`, `【左滑看更多】`): a direction, a swipe, a verb of looking and at
 * most six characters of what is shown — an instruction to the reader's thumb, no sentence of the text.
 */
const SWIPE_HINT = new RegExp(String.raw`^[(【\[]?\s*[↑↓←→⬆⬇👆👇]?️?\s*(?:向|往)?[左右上下]{1,2}(?:滑动?|轻扫)(?:查看|浏览|阅读|看)[\p{Script=Han}]{0,6}\s*[)】\]]?$`, "u");

function galleryCounter(f: string): boolean {
  if ((SWIPE_PROMPT.test(f) && /查看|浏览|看/.test(f)) || SWIPE_HINT.test(f.trim())) return true;
  const m = GALLERY_COUNTER.exec(f);
  return !!m && Number(m[2]) >= 1 && Number(m[2]) <= Number(m[3]) && (!!(m[1] && m[4]) || !!m[5]);
}

/** Social and video furniture of one line, or null. */
export function socialVerdict(f: string): ChromeReason | null {
  if (f.length > 160) return null;
  if (hashtagRow(f)) return "social";
  if (f.length > 80) return null;
  if (REACTION_ROW.test(f) || LIKED_BY.test(f)) return "widget";
  if (madeNote(f)) return "footnote";
  if (f.length > 40) return null;
  if (LIVE_EVENT.test(f) || GIFT.test(f) || LIVE_STATE.test(f) || FOLLOW_HOST.test(f)) return "social";
  if (COMMENT_INPUT.test(f)) return "social";
  if (PLATFORM_CARD.test(f)) return "masthead";
  if (EVENT_CARD.test(f)) return "widget";
  if (SOUND_CREDIT.test(f)) return "credit";
  if (DATE_DOT.test(f)) return "metadata";
  const separator = SEPARATOR.exec(f);
  if (separator && SEPARATOR_LABEL.test(separator[1].trim())) return "ornament";
  if (MEDIA_PLACEHOLDER.test(f) || CLIP_CUE.test(f)) return "caption";
  if (galleryCounter(f)) return "widget";
  if (PLACE_TAG.test(f)) return "metadata";
  return null;
}

/**
 * A viewer's comment laid over a live room or a video (`💬 网名：说得好`): a speech balloon, a handle, a
 * colon, a short message. An interview may open its speakers' turns with the same balloon, but a speaker
 * talks again and again; so a balloon line counts only where two or more stand and its handle speaks once
 * among them, in a message too short for a turn's answer (2026-12-05, sixteenth wave).
 */
const BALLOON_COMMENT = /^(?:💬|🗨|💭)\uFE0F?\s*([^\s:]{1,12})\s*:\s*(\S.{0,27})$/u;
/** Any balloon turn, however long: its handle is counted. */
const BALLOON_TURN = /^(?:💬|🗨|💭)\uFE0F?\s*([^\s:]{1,12})\s*:/u;

export function markBalloonComments(infos: { folded: string; reason: ChromeReason | null }[], kept: (i: number) => boolean): void {
  const turns = new Map<string, number>();
  const short: Array<[number, string]> = [];
  infos.forEach((x, i) => {
    const handle = BALLOON_TURN.exec(x.folded)?.[1];
    if (!handle) return;
    turns.set(handle, (turns.get(handle) ?? 0) + 1);
    if (BALLOON_COMMENT.test(x.folded)) short.push([i, handle]);
  });
  if (short.length < 2) return;
  for (const [i, handle] of short) {
    if (turns.get(handle) !== 1 || kept(i) || infos[i].reason) continue;
    infos[i].reason = "chat";
    // Seventeenth wave: a shared document prints the answers under a comment with a reply arrow
    // (`↳ 某某：已核对`); the thread under a removed comment is the comment's, not the text's.
    for (let j = i + 1; j < infos.length && REPLY_TURN.test(infos[j].folded) && !kept(j) && !infos[j].reason; j++) infos[j].reason = "chat";
  }
}

/** A reply under a comment: a reply arrow, a handle, a colon. */
const REPLY_TURN = /^(?:↳|↪|⤷|└─?)\uFE0F?\s*[^\s:]{1,12}\s*:/u;
