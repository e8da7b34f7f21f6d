/**
 * Removes follow and scan prompts, control rows, collection notes, a body's account name and
 * comment sections opened by an engagement bar on social, news and WeChat pages (first
 * written for holdout-16). Each reads the line's grammar, shape and position, never one
 * page's phrases:
 *
 * - a prompt to follow, subscribe or scan: an imperative addressed to the reader (a verb of
 *   tapping, pressing, scanning or following) whose object is the account or its code
 *   (`👆点击“某某”，关注我们`, `用微信扫码二维码`, `长按下方小程序码进入`), or a pointing glyph then
 *   such a verb;
 * - a control row: every cell a text-size or reading control (`A- A+`, `A+ A A-`, `T+ T-`);
 * - a collection note (`文章被以下专栏收录`, `本文收录于合集`, `所属专栏：某某`) and the short names
 *   of the columns listed under it;
 * - an account's name over the post's info line, when the name is a body's
 *   (`某某政协` over `2026-04-23 10:12 发布于某省 政府机构官方账号`);
 * - a comment section opened by the page's engagement bar (`点赞 326 评论 12 转发`,
 *   `跟贴 0 参与 0`), or by readers' labelled comments alone (`网友“某某”：…`, `读者某某：…`),
 *   with its rows of times and places (`3小时前`, `IP属地：某省`) — only where it closes the
 *   page (chrome-comments-revisions.ts, `markComments`).
 *
 * Runs on the folded line (fold.ts); every walk is linear.
 */
import type { ChromeReason } from "./types";

/** The reader is told to tap, press, scan or follow. */
const PROMPT_VERB = /点击|点按|轻点|轻触|长按|扫描|扫一扫|扫码|识别|关注|订阅|戳/;
/** What the prompt is about: the account, its code, its page. */
const PROMPT_OBJECT = /二维码|小程序码|太阳码|公众号|视频号|服务号|账号|主页|我们|蓝字|星标|本号|客户端|app|ta$|图片|继续阅读|阅读全文|手机版/i;
/** A pointing glyph or arrow at the start of the line (an emoji, maybe with a variation selector). */
const POINTING = /^(?:[👆👇👉☝⬆⬇↑↓▲▼△▽☞☟]\uFE0F?\s*)+/u;
/**
 * An imperative clause: the verb opens the line or a clause, maybe after a word of asking
 * (请, 欢迎, 记得) and the tool used (`用微信`, `打开手机`). `谢谢关注，我们会…` thanks, it asks nothing.
 */
const IMPERATIVE = new RegExp(
  String.raw`(?:^|[,，、\s])(?:请|欢迎|记得|快|可|即可)?(?:(?:用|使用|打开)(?:微信|手机|app|浏览器|相机)?|微信|手机)?(?:${PROMPT_VERB.source})`,
  "i",
);

/**
 * A prompt to follow, subscribe or scan (≤ 40 characters, no sentence inside): an imperative
 * prompt verb and, after it, the account or code it acts on; or a pointing glyph then a
 * prompt verb. `扫码点餐` (a verb, no object), `持续关注困难群众` (no imperative) and
 * `谢谢关注，我们会持续跟进。` stay.
 */
export function followPrompt(f: string): boolean {
  if (f.length > 40 || /。./.test(f)) return false;
  const pointed = POINTING.exec(f);
  const rest = pointed ? f.slice(pointed[0].length) : f;
  const verb = IMPERATIVE.exec(rest);
  if (!verb) return false;
  if (pointed) return true;
  // The object follows the verb (`扫码` is no object of itself).
  return PROMPT_OBJECT.test(rest.slice(verb.index + verb[0].length));
}

/**
 * An invitation to interact, as a sentence at most (`最后，欢迎大家在评论区留言交流。`, `欢迎转发分享！`):
 * a word of asking, maybe the readers (大家, 您) and the page's place (在评论区), then a verb of
 * the platform — comment, share, like, follow — and nothing after it but more such words.
 * `欢迎市民通过热线留言反映问题。` (other people asked, a means) and `记得关注孩子的心理健康。` (an
 * object after the verb) stay.
 */
const INTERACTION = new RegExp(
  String.raw`^(?:[\p{Script=Han}]{1,4}[,，])?(?:欢迎|请|记得|别忘了|快来)(?:大家|您|你们?|各位|朋友们)?(?:在(?:评论区|留言区|下方|文末|评论里))?` +
    String.raw`(?:(?:留言|评论|转发|分享|点赞|收藏|关注|投稿|点个?["“]?在看["”]?|交流|互动|支持|一下|给[\p{Script=Han}]{0,6}(?:朋友|家人|人)|我们|本号|和|并|、|吧|哦|呀)+)[。!！~]*$`,
  "u",
);

export function interactionPrompt(f: string): boolean {
  return f.length <= 30 && INTERACTION.test(f) && /留言|评论|转发|分享|点赞|收藏|关注|投稿|在看/.test(f);
}

/** One cell of a reading control: text size (`A+`, `A-`, `A`, `T+`, `Aa`), or its word. */
const CONTROL_CELL = /^(?:[at][+-]?|aa|[+-]|字号|字体|大|中|小|默认|放大|缩小|标准|朗读|听全文|打印|🔊)$/i;

/** A row of reading controls with at least one glyph control (`A- A+`); words alone are left to navigation. */
export function controlRow(f: string): boolean {
  if (f.length > 24) return false;
  const cells = f.split(/[\s|｜/]+/).filter(Boolean);
  if (!cells.every((c) => CONTROL_CELL.test(c))) return false;
  // A glyph control (`A+`), or the size picker's letters alone (`A A A`: the same letter in three sizes).
  return cells.some((c) => /^[at][+-]$/i.test(c)) || (cells.length >= 2 && cells.every((c) => /^a$/i.test(c)));
}

/** A note that the article is collected in a column or series: `文章被以下专栏收录`, `收录于合集`, `所属专栏：X`. */
const COLLECTION_NOTE = /^[\p{Script=Han}]{0,6}(?:被|已)?(?:以下)?(?:专栏|合集|专辑|文集|话题|栏目)?收录(?:于|至|到|进)?(?:以下)?(?:专栏|合集|专辑|文集|话题|栏目)?$|^(?:所属|所在|收录)?(?:专栏|合集|专辑|文集)\s*[:：|｜·]/u;

/**
 * An editor's credit with a space for its colon (`（责任编辑 某某）`, `责编 某某 某某`): in brackets any
 * credit label, bare only the compound ones that never head a text (责任编辑, 值班编辑, 责编).
 */
const NAMES = String.raw`\s+[\p{Script=Han}·]{2,4}(?:\s+[\p{Script=Han}·]{2,4})*`;
const BRACKETED_CREDIT = new RegExp(String.raw`^[(（【[]\s*(?:责任编辑|值班编辑|责编|编辑|审核|校对|美编|统筹)${NAMES}\s*[)）】\]]$`, "u");
const BARE_CREDIT = new RegExp(String.raw`^(?:责任编辑|值班编辑|责编)${NAMES}$`, "u");

/** A page's taxonomy field: `所属栏目：政协动态`, `频道：要闻`, `标签：协商议政 民生` (a proposal's 类别 is not one). */
const TAXONOMY = /^(?:所属|所在)?(?:栏目|频道|标签)\s*[:：]\s*[^。,;!?]{1,20}$/;
/** Where the post was made, alone (`IP属地：某省`, `发布于 某省`): the platform prints it under the author or a comment. */
const POSTED_FROM = /^(?:ip属地|发布于|发表于)\s*[:：]?\s*[\p{Script=Han}]{2,8}$/iu;
/** A reply to a user's handle (`回复 @某某：谢谢`): a comment thread, never the text. */
const REPLY_TO = /^回复\s*@[^\s:：]{1,16}\s*[:：]/;
/** A thread's fold button: `展开 3 条回复`, `共 3 条回复 >`. */
const THREAD_BUTTON = /^(?:展开|收起|查看)?\s*(?:共|全部)?\s*\d{1,5}\s*条回复\s*[>›]?$/;
/** A listen button: `收听本文`, `播放全文`. */
const LISTEN = /^(?:收听|朗读|播放|听)(?:本文|全文|文章)$/;

/** One line on its own. */
export function promptsEngagementVerdict(f: string): ChromeReason | null {
  if (f.length > 40) return null;
  if (followPrompt(f) || interactionPrompt(f)) return "ad";
  if (controlRow(f) || THREAD_BUTTON.test(f) || LISTEN.test(f)) return "widget";
  if (TAXONOMY.test(f)) return "column";
  if (POSTED_FROM.test(f)) return "metadata";
  if (REPLY_TO.test(f)) return "chat";
  if (BRACKETED_CREDIT.test(f) || BARE_CREDIT.test(f)) return "credit";
  if (f.length <= 20 && COLLECTION_NOTE.test(f) && /收录|专栏|合集|专辑|文集/.test(f)) return "column";
  return null;
}

type Info = { text: string; folded: string; reason: ChromeReason | null; marker?: unknown };

/** A column's or series' name: short, no punctuation but quotes, `#` and a middle dot. */
const COLUMN_NAME = /^#?[\p{L}\p{N}“”"「」《》·#\s]{2,16}$/u;

/**
 * The names listed under a collection note (`文章被以下专栏收录` / `协商某某`): up to three short
 * lines without punctuation right under it, before anything else. The headline is never
 * among them (`titleLine`).
 */
export function markCollectionNames(infos: Info[], kept: (i: number) => boolean): void {
  infos.forEach((info, i) => {
    if (info.reason !== "column" || !/收录|专栏|合集|专辑|文集/.test(info.folded) || /[:：|｜·]/.test(info.folded)) return;
    let taken = 0;
    for (let j = i + 1; j < infos.length && taken < 3; j++) {
      const next = infos[j];
      if (!next.text) continue;
      if (next.reason || kept(j) || next.marker || !COLUMN_NAME.test(next.folded)) break;
      // The next line must not be the text's first sentence: a column name is followed by
      // another name, chrome or a paragraph, never by nothing.
      next.reason = "column";
      taken++;
    }
  });
}

/** A body's or an account's name: `某某政协`, `某某发布`, `某某融媒`, `某某委员会`. */
const BODY_ACCOUNT = /^[\p{Script=Han}]{2,10}(?:政协|委员会|发布|融媒|在线|之声|微政务|政务|新闻|资讯)$/u;
/** The post's info line: a date, then who published it or where (`发布于某省 政府机构官方账号`). */
const ACCOUNT_INFO = /账号|发布于|发表于|来自/;

/**
 * An account's name right over the post's info line, when it is a body's name
 * (`某某政协`): the account card of the platform, not the text (a headline names no body
 * alone). chrome-selection-label.ts's rule reads publication names (`…发布`, `…日报`) the same way.
 */
export function markBodyAccount(infos: Info[], kept: (i: number) => boolean): void {
  for (let i = 1; i < infos.length - 1; i++) {
    const info = infos[i];
    if (!info.text || info.reason || kept(i) || !BODY_ACCOUNT.test(info.folded)) continue;
    let j = i + 1;
    while (j < infos.length && !infos[j].text) j++;
    const next = infos[j];
    if (next && next.reason === "metadata" && /\d{4}\s*[-/.年]\s*\d{1,2}/.test(next.folded) && ACCOUNT_INFO.test(next.folded)) info.reason = "masthead";
  }
}

/** A comment word in a counter row: `评论 12`, `跟贴 0`, `留言`. */
// Seventh wave: an app writes the count in brackets (`评论(6)`, `💬 评论(6)`).
const COMMENT_COUNTER = /^(?:💬\uFE0F?\s*)?(?:评论|留言|跟帖|跟贴|回复|💬)\uFE0F?\s*(?:\d{0,7}|[(（]\d{1,7}[)）])$/u;
/** Any counter cell of an engagement bar: `点赞 326`, `转发`, `参与 0`, `阅读 1.2万`. */
// A counter may be an icon instead of its word (`👍 326`, `💬 12`, `❤ 58`, `↗ 转发`).
const COUNTER_CELL = /^(?:[👍💬❤♡♥⭐☆★↗🔁👁]\uFE0F?\s*)?(?:点赞|赞|评论|留言|跟帖|跟贴|回复|转发|分享|收藏|在看|参与|阅读|浏览|喜欢|推荐|举报|[👍💬❤♡♥⭐☆★↗🔁👁])?\uFE0F?\s*(?:转发|分享|收藏)?(?:\d{0,7}(?:\.\d)?万?\+?|[(（]\d{1,7}[)）])$/u;

/**
 * The page's engagement bar (`点赞 326  评论 12  转发`, `跟贴 0 参与 0`): two or more
 * counter cells, one of them the comments' (the section under it is the readers').
 */
export function engagementBar(f: string): boolean {
  if (f.length > 40) return false;
  const cells = f.replace(/\s*[|｜]\s*/g, "  ").split(/\s{2,}|\s(?=\D)/).map((c) => c.trim()).filter(Boolean);
  return cells.length >= 2 && cells.every((c) => COUNTER_CELL.test(c) && /\D/.test(c)) && cells.some((c) => COMMENT_COUNTER.test(c));
}

/** A reader's labelled comment: `网友“某某”：…`, `读者某某：…`, `用户8806：…` (the label names a reader). */
export const READER_COMMENT = /^(?:网友|读者|用户|听友|观众|粉丝|评论者|热心网友)[\p{L}\p{N}_·]{0,10}(?:[“"「『][^”"」』]{1,16}[”"」』])?[\p{L}\p{N}_·]{0,6}[:：]\s*\S/u;

/** A comment's time or place row: `3小时前`, `昨天 21:40`, `IP属地：某省`, `来自某省`. */
export const COMMENT_STAMP = /^(?:(?:\d{1,2}\s*(?:秒|分钟|小时|天|周|个月)前|刚刚|昨天|前天|\d{1,2}-\d{1,2})(?:\s+\d{1,2}:\d{2})?\s*[·•]?\s*)?(?:(?:ip属地|来自)\s*[:：]?\s*[\p{Script=Han}]{2,6})?$/iu;
