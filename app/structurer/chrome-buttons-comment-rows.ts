/**
 * Removes app buttons, comment rows, vote widgets, ad cards, chat groups, form field rows and
 * portal tabs, in wordings the earlier rules did not meet (first written for holdout-15) — an app's buttons and watermark, a comment section
 * whose rows are `name · relative time` or a bare name over the message, a vote widget, an
 * ad card, a chat group's name and the covering message over pasted material, a form's
 * field rows, a circled-number source note, a portal's tab labels and rating. Every test
 * reads shape (length, punctuation, separators), position (after a head, beside chrome) or
 * repetition (a tab named again); each walk is linear. Runs on the folded line (fold.ts).
 */
import { quantityValue } from "./chrome-related-data-tables";
import type { ChromeReason } from "./types";

/** An app's watermark on a scanned page: `某某王 创建`, `由某某 扫描创建`, `CamScanner 创建`. */
const WATERMARK = /^由?\s*[\p{L}\p{N}]{2,14}\s+(?:扫描)?创建$/u;

/** A button's words: download, VIP, report/feedback, read aloud, learn more. */
const BUTTON_CELL = /^(?:(?:下载|收藏|分享|打印|举报|反馈|登录|注册|开通|购买|立即|免费|复制|导出|播报|朗读)[\p{Script=Han}]{0,3}|[\p{Script=Han}]{0,2}(?:vip|会员)[\p{Script=Han}]{0,3})$/iu;
/** A button alone on its line: only words that are never a heading. */
const LONE_BUTTON = /^(?:播报|了解更多|查看详情|立即购买|立即下载|下载文档|举报\s*[/|｜]\s*反馈)$/;
/** A rating row of a portal (`委员评价：满意`): an evaluation label and one verdict. */
const EVALUATION = /^[\p{Script=Han}]{0,4}评价\s*:\s*(?:非常满意|满意|基本满意|不满意)$/u;
/** A chat group's name with its member count: `某某工作群(28)`. */
const GROUP_NAME = /^[^\s:。,;!?]{2,24}群\s*[(（]\d{1,4}[)）]$/;

/** One line on its own. */
export function buttonsCommentRowsVerdict(f: string): ChromeReason | null {
  if (f.length > 40) return null;
  if (WATERMARK.test(f)) return "widget";
  if (LONE_BUTTON.test(f) || buttonRow(f)) return "widget";
  if (EVALUATION.test(f)) return "widget";
  if (GROUP_NAME.test(f)) return "chat";
  return null;
}

/** Two or more cells, every one a button (`下载文档 VIP专享`). */
function buttonRow(f: string): boolean {
  const cells = f.split(/\s+|\s*[/|｜]\s*/).filter(Boolean);
  return cells.length >= 2 && cells.every((c) => BUTTON_CELL.test(c));
}

/** A comment row: a user name, a dot, a relative time (`用户8806212 · 4小时前`, `某某 · 昨天 18:02`). */
// Fifth wave: a space may stand for the dot before a relative time (`某某 3小时前`, `某某 昨天 21:40`),
// and the row may end with the commenter's place (`· IP属地：某省`, `来自某省`).
const COMMENT_ROW = /^[^\s:。,;!?]{1,16}(?:\s*[·•]\s*(?:\d{1,2}\s*(?:秒|分钟|小时|天|周|个月)前|刚刚|昨天|前天|\d{1,2}-\d{1,2})|\s+(?:\d{1,2}\s*(?:秒|分钟|小时|天|周|个月)前|刚刚|昨天|前天))(?:\s+\d{1,2}:\d{2})?(?:\s*[·•]?\s*(?:ip属地\s*:?\s*|来自)?[^\s]{1,8})?$/i;
/** The dot between name and time: the strong form of a comment row. */
const DOTTED = /^[^\s:。,;!?]{1,16}\s*[·•]/;
// Fifth wave: a cloud document's comment thread writes the name, a space and the day with its clock
// time (`某某  10月29日 15:02`, `某某 昨天 09:12`): a time to the minute makes the row a comment's.
// A thread's row carries no year (an account's dated line over a post, `某某发布 2026-09-05 08:30`, does), and
// only after a sentence of the text.
const DAY_ROW = /^[^\s:。,;!?\d]{1,16}\s+(?:\d{1,2}(?:月\d{1,2}日|[-/]\d{1,2})|今天|昨天|前天)\s*\d{1,2}:\d{2}$/;
/** The author's or a pinned reply's badge over a reply: `作者`, `作者 置顶`. */
const REPLY_BADGE = /^(?:作者|楼主|博主|up主|小编)(?:\s*(?:置顶|回复))?$/i;
/** A comment section's head (`精选留言`, `全部评论 36`, `写留言`). */
const COMMENTS_HEAD = /^[\p{Script=Han}]{0,4}(?:评论|留言|跟帖)区?\s*(?:[(（]?\d{1,6}[)）]?)?$/u;
/** A like count or action row under a comment: `24`, `赞 52 回复`. */
const COMMENT_COUNT = /^(?:\d{1,6}|(?:(?:赞|点赞|回复|举报)\s*\d{0,6}\s*)+)$/;
/** A bare user name: short, no punctuation, no spaces. */
const BARE_NAME = /^[^\s:。,;!?“”"'《》()（）]{2,10}$/;

/** The chrome stage's view of a line (chrome-lines.ts), as far as these rules read it; not imported: chrome-rules.ts imports this file. */
type Info = { text: string; folded: string; reason: ChromeReason | null };

/**
 * A comment section: each comment is a name row (`name · time`, or a bare name under a
 * comments head, or a reply badge), then its message (≤ 120 chars), then maybe its counts.
 * A section opened by a `name · time` row needs no head; one of bare names counts only
 * under a comments head and only where nothing but chrome follows it (a list of names
 * and remarks inside the text stays).
 */
export function markCommentRows(infos: Info[], kept: (i: number) => boolean): void {
  const next = (i: number) => {
    for (let j = i + 1; j < infos.length; j++) if (infos[j].text) return j;
    return -1;
  };
  // The last line of content, read once (no rescans per section).
  let lastContent = -1;
  infos.forEach((x, k) => x.text && !x.reason && (lastContent = k));
  const firstSentence = infos.findIndex((x) => !!x.text && !x.reason && /[。!?]$/.test(x.folded));
  const isRow = (k: number) => COMMENT_ROW.test(infos[k].folded) || (firstSentence >= 0 && k > firstSentence && DAY_ROW.test(infos[k].folded));
  let i = 0;
  while (i < infos.length) {
    const f = infos[i].folded;
    const timed = isRow(i);
    const headed = !timed && COMMENTS_HEAD.test(f) && f.length <= 12;
    if (!timed && !headed) {
      i++;
      continue;
    }
    // Walk the section.
    const marked: number[] = [];
    let strong = timed && (DOTTED.test(f) || DAY_ROW.test(f));
    let j = headed ? next(i) : i;
    while (j >= 0) {
      const g = infos[j].folded;
      if (infos[j].reason && !REPLY_BADGE.test(g) && !isRow(j)) {
        if (COMMENTS_HEAD.test(g) || COMMENT_COUNT.test(g)) {
          j = next(j);
          continue;
        }
        break;
      }
      if (COMMENT_COUNT.test(g)) {
        marked.push(j);
        j = next(j);
        continue;
      }
      const row = isRow(j);
      if (!row && !REPLY_BADGE.test(g) && !(headed && BARE_NAME.test(g))) break;
      // Fifth wave: a row with a space for its dot (`某某 3小时前`) counts only where the section closes the page;
      // a thread's day-and-time row (after a sentence of the text) counts anywhere.
      strong ||= row && (DOTTED.test(g) || DAY_ROW.test(g));
      const message = next(j);
      if (message < 0 || infos[message].reason || infos[message].folded.length > 120 || isRow(message)) break;
      marked.push(j, message);
      j = next(message);
    }
    // Bare names only where the section closes the page (only chrome after it).
    const closes = j < 0 || j > lastContent;
    if (marked.length && (strong ? true : closes)) marked.forEach((k) => !kept(k) && (infos[k].reason = "chat"));
    i = j < 0 ? infos.length : Math.max(j, i + 1);
  }
}

/** A vote widget's question: a short question (`你支持这条建议吗？`). */
const VOTE_QUESTION = /^[^。,;:]{3,24}[?？]$/;
/** A vote option: a word or two, no punctuation (`支持`, `还需完善`). */
const VOTE_OPTION = /^[\p{Script=Han}A-Za-z]{1,6}$/u;
/** A vote count under the options (`投票人数：1032`, `已有 86 人参与`). */
const VOTE_COUNT = /投票|票数|参与|人已投/;
/** The covering message over pasted material: it asks the readers to review what follows. */
const REVIEW_REQUEST = /(?:请|烦请|敬请)(?:各位)?(?:领导)?(?:审阅|查阅|审核|审定|阅示|批示|指正|查收|过目)[。!]?$/;
/**
 * A form's field row: a label of 2–5 Han, one tab (normalize.ts makes it a space), a value
 * without spaces (`类别\t农业农村`). Counts only in a run of three or more such rows (a form).
 */
const FIELD_ROW = /^([\p{Script=Han}]{2,5})[\t ](\S{1,80})$/u;
/** Field labels that carry the document's title or author (the head reads them): never chrome. */
const HEAD_FIELD = /^(?:案由|题目|标题|事由|提案者|提案人|建议人|反映人|领衔人|领衔委员|第一提案人|姓名)$/;
/** A bare body label of a form (`内容：`, `提案内容：`): the text follows on the next lines. */
const BODY_LABEL = /^[\p{Script=Han}]{0,4}(?:内容|正文)\s*:$/u;
/** A source note under a circled number (`①数据来源：《…》。`). */
const SOURCE_NOTE = /^[①-⑳]\s*(?:数据|资料)?(?:来源|出处|引自|参见)\s*:/;
/** A proposal's handling units in its head (`主办单位：市交通运输局`), not a site footer. */
const HANDLING_UNITS = /^(?:主办|协办|会办|承办)单位\s*:\s*[^:]{2,60}$/;
/** A tab row: bracketed cells (`[提案全文] [办理答复]`). */
const TAB_CELL = /[[［【]([^\]］】]{2,8})[\]］】]/g;

/**
 * Rules over neighbouring lines: the vote widget, the ad card, the covering chat message,
 * the fields of a tab-separated form, source notes, tab labels named again, and the
 * handling units of a proposal's head (kept against the footer rule). `first` is the body's
 * first line of prose.
 */
export function markWave4(infos: Info[], kept: (i: number) => boolean, first: number): void {
  const next = (i: number) => {
    for (let j = i + 1; j < infos.length; j++) if (infos[j].text) return j;
    return -1;
  };
  const prev = (i: number) => {
    for (let j = i - 1; j >= 0; j--) if (infos[j].text) return j;
    return -1;
  };
  const free = (i: number) => i >= 0 && !infos[i].reason && !kept(i);
  const inForm = formRows(infos);
  const tabs = new Set<string>();
  infos.forEach((info, i) => {
    const f = info.folded;
    if (!info.text) return;
    if (/[[［【]/.test(info.text) && info.reason) for (const m of info.text.matchAll(TAB_CELL)) tabs.add(m[1].trim());
    // A tab's name again, alone, over its pane: the tab, not a heading.
    if (free(i) && tabs.has(info.text) && f.length <= 8) info.reason = "navigation";
    // The proposal's handling units before the body: content (the footer rule read `主办单位` as a site's owner).
    if (info.reason === "legal" && !kept(i) && first >= 0 && i < first && HANDLING_UNITS.test(f)) info.reason = null;
    if (f === "广告" && !kept(i)) {
      // The ad card under its label: its title line and its button.
      info.reason = "ad";
      for (let j = next(i), n = 0; n < 2 && free(j) && infos[j].folded.length <= 40 && !/。$/.test(infos[j].folded); j = next(j), n++) infos[j].reason = "ad";
    }
    if (!free(i)) return;
    // An app's or platform's name alone over its menu or breadcrumb, as the page's first line: its masthead.
    if (prev(i) < 0 && f.length <= 12 && /^[\p{L}\p{N}]+$/u.test(f) && next(i) >= 0 && infos[next(i)].reason === "navigation") info.reason = "masthead";
    else if (SOURCE_NOTE.test(f) && f.length <= 120) info.reason = "footnote";
    else if (inForm.has(i) && !HEAD_FIELD.test(fieldLabel(f))) info.reason = "metadata";
    else if (inForm.size && BODY_LABEL.test(f) && inForm.has(prev(i))) info.reason = "metadata";
    else if (f.length <= 120 && REVIEW_REQUEST.test(f) && chatHeader(infos, prev(i))) {
      info.reason = "chat";
      if (free(prev(i))) infos[prev(i)].reason = "chat";
    }
    else if (VOTE_QUESTION.test(f)) markVote(infos, kept, i, next);
  });
}

/** A chat's speaker line above a message (`某某 9月26日 16:02`): a name, maybe a date, a clock time. */
const SPEAKER_LINE = /^[\p{Script=Han}A-Za-z·]{1,10}\s+(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日\s*|\d{1,2}[-/]\d{1,2}\s+)?\d{1,2}:\d{2}(?::\d{2})?$/u;
function chatHeader(infos: Info[], i: number): boolean {
  return i >= 0 && infos[i].folded.length <= 30 && SPEAKER_LINE.test(infos[i].folded);
}

/** The field rows of forms: runs of three or more neighbouring field rows (blank lines aside). */
function formRows(infos: Info[]): Set<number> {
  const rows = new Set<number>();
  let run: number[] = [];
  const close = () => {
    // Rows whose every value is a quantity (`每餐成本 9.6元`) are the text's figures, not a form (chrome-related-data-tables.ts).
    const figures = run.every((k) => quantityValue(FIELD_ROW.exec(infos[k].folded)?.[2] ?? ""));
    if (run.length >= 3 && !figures) run.forEach((k) => rows.add(k));
    run = [];
  };
  infos.forEach((x, i) => {
    if (!x.text) return;
    if (FIELD_ROW.test(x.folded)) run.push(i);
    else close();
  });
  close();
  return rows;
}

/** The label of a form's field row, or "" for another line. */
function fieldLabel(f: string): string {
  return FIELD_ROW.exec(f)?.[1] ?? "";
}

/** A question, 2–4 one-word options, then a vote count or other chrome (or the end). */
function markVote(infos: Info[], kept: (i: number) => boolean, q: number, next: (i: number) => number): void {
  const options: number[] = [];
  let j = next(q);
  while (j >= 0 && options.length < 5 && VOTE_OPTION.test(infos[j].folded)) {
    options.push(j);
    j = next(j);
  }
  if (options.length < 2 || options.length > 4) return;
  if (j >= 0 && !infos[j].reason && !VOTE_COUNT.test(infos[j].folded)) return;
  if (kept(q) || options.some(kept)) return;
  [q, ...options].forEach((k) => (infos[k].reason = "widget"));
}
