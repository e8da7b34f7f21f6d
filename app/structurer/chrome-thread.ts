/**
 * Twelfth wave (2026-12-04, issue 12, helper h-chat): the frame of a conversation around a
 * document — a chat export, a forum thread, a microblog's comment section.
 *
 * Staff paste a proposal as they met it: posted into a work group, exported from DingTalk or
 * QQ, put up on a forum for comments. The document then sits inside the conversation's frame,
 * and the frame is read from its line shapes, never from one platform's words:
 *
 * - **speaker lines**: who wrote and when, in the layouts exports use — a name then a time
 *   (`房某 11-06 19:32`, `某某（市政协委员） 2026-09-14 10:21:08`), a time then a name
 *   (`2026-09-14 10:05:33 栗某（市政协经济委）`), or a forum floor with its time, the poster's name
 *   maybe between (`2楼 2026-05-21 21:40`, `沙发 某某 发表于 2026-3-18 11:03`);
 * - **an export's header**: a line naming the export (`钉钉群聊消息导出`, `消息记录（…）`) or a forwarded
 *   bundle (`[聊天记录] 来自“某某群”`, `【转发的消息】来自 某某群`) and the
 *   fields an exporter writes about the conversation above its first speaker line (its name, group,
 *   counterpart, export time: `群名称：…`, `消息分组：…`, `导出时间：…`);
 * - **turns**: with two speaker lines or more, each turn runs from its speaker line to the next.
 *   A short turn (at most three lines, none over 80 characters, none numbered) is conversation; a
 *   long turn is the pasted document, and only its **preface** goes — at most three lines before a
 *   headline-shaped line that opens the document (the poster's name, a request `请大家把关：`, a
 *   sentence to the group), each a sentence, an announcing colon or a bare name;
 * - **a thread's title that echoes the headline**: the thread's title line is the document's
 *   headline with a board tag before it (`【求建议】`, `[建言]`) and a bracketed note after it
 *   (`（初稿，欢迎拍砖）`), the headline standing whole on a later line;
 * - **action and sort rows**: a row made only of a thread's buttons (`只看楼主 收藏 回复`,
 *   `回复 引用 举报`) or of a comment list's sort orders (`按时间 按热度`), spaced, with no bars.
 *
 * - **a post's account** over its info line (`11-20 09:15 来自 微博 weibo.com`): the masthead;
 * - **`@handle：` comments** among a microblog's reply counts at the page's end (`markHandleComments`);
 * - **a headline glued before the lede** of a microblog post (`#话题# 【标题】近日，……`, `postHeadline`,
 *   read by head.ts when the head has no headline line).
 *
 * What it does not do: a single speaker line (a dated diary entry) or a turn with a numbered line
 * is left alone; the document inside a long turn is never touched past its preface.
 */
import { isBlank, type LineInfo } from "./chrome-lines";
import { endsSentence } from "./line-shapes";
import { isProse } from "./chrome-caption-line";
import { sortRow } from "./chrome-widgets";

/** A sender's name: letters, digits, `_`, `·`, `-`, with a bracketed note (`（渔业协会）`). */
const NAME = String.raw`[\p{L}\p{N}_·\-]{1,16}(?:\s?\([^()]{1,16}\))?`;
/** A chat's stamp: a time, maybe after a full or a month-day date (`11-06 19:32`, `2026-9-14 10:05:33`). */
const STAMP = String.raw`(?:(?:\d{4}[-/.])?\d{1,2}[-/.]\d{1,2}\s+)?\d{1,2}:\d{2}(?::\d{2})?`;
/**
 * A forum's floor label: 楼主, 沙发/板凳/地板 (the second to fourth posts), `2楼`, `#3`; 2026-12-05, or the
 * number with the hash after it (`2#`, `15#`), as Discuz-style boards print it.
 */
const FLOOR = String.raw`(?:楼主|沙发|板凳|地板|\d{1,4}\s*楼|#\d{1,4}|\d{1,4}#)`;
/** The verb of a post's meta line between the poster and the stamp: `发表于`, `发布于` (2026-12-05), `发表在`. */
const POSTED = String.raw`(?:发表|发布)[于在]`;

/**
 * The stamp must carry a date, month-day at least: a bare time beside a name is an agenda's row, a
 * time axis (`02:10 某某`) or a transcript's time code — and a bare `name 09:12` is round 10's
 * (CHAT_SPEAKER); read here it took a transcript's short turns on the validation batch.
 */
const DATED_STAMP = String.raw`(?:\d{4}[-/.])?\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?`;
/**
 * 2026-12-05: a post's author line may open with `来自:` and a platform prints the poster's IP place after the
 * stamp (`来自: 某某 2026-06-11 22:40:15 某省`, `某某 2026-06-12 07:15:09 某省`): a short Han word, no sentence.
 */
const IP_PLACE = String.raw`(?:\s+\p{Script=Han}{2,4})?`;
const NAME_THEN_STAMP = new RegExp(String.raw`^(?:来自:\s*)?${NAME}\s+${DATED_STAMP}${IP_PLACE}$`, "u");
const STAMP_THEN_NAME = new RegExp(String.raw`^${DATED_STAMP}\s+${NAME}$`, "u");
const FLOOR_LINE = new RegExp(String.raw`^${FLOOR}\s+(?:${NAME}\s+)?(?:${POSTED}\s*)?${STAMP}(?:\s+只看该作者)?$`, "u");

/** Who wrote and when, in an export's or a forum's layout. */
export function speakerLine(f: string): boolean {
  if (f.length > 48) return false;
  // A stamp with a full date and a name, or a month-day date and a time beside a name: no bare time alone.
  return NAME_THEN_STAMP.test(f) || STAMP_THEN_NAME.test(f) || FLOOR_LINE.test(f);
}

/**
 * 2026-12-05 (twentieth wave): a phone's message thread prints no name beside the time: a time separator stands
 * alone over each message — a date (`10月12日`, `2026年5月9日`, `2026/11/03`), maybe its weekday, and a time — and
 * the sender is a bracketed tag at the message's start (`【对方】…`, `[我] …`). A dated time alone is also a
 * news page's info line, so it is a speaker line only over a tagged message.
 */
const TIME_SEPARATOR = /^(?:\d{4}[年/.-])?\d{1,2}[月/.-]\d{1,2}日?(?:\s*(?:周|星期)[一二三四五六日天])?\s+\d{1,2}:\d{2}(?::\d{2})?$/;
const SENDER_TAG = /^[【[][\p{L}\p{N}_·]{1,8}[】\]]\s*(?=\S)/u;

/** A time separator whose next line is a message behind its sender's tag. */
function separatorOverTag(infos: LineInfo[], i: number): boolean {
  if (!TIME_SEPARATOR.test(infos[i].folded.trim())) return false;
  let j = i + 1;
  while (j < infos.length && isBlank(infos[j])) j++;
  return j < infos.length && SENDER_TAG.test(infos[j].folded.trim());
}

/** A message that is only its sender's tag and a bracketed note of what it carries (`【对方】（图片转文字）`, `[对方] [文件]`). */
function taggedNote(f: string): boolean {
  return SENDER_TAG.test(f) && /^(?:\([^()]{1,16}\)|\[[^[\]]{1,16}\])$/.test(f.replace(SENDER_TAG, "").trim());
}

/** A line naming an export of messages (`钉钉群聊消息导出`, `消息记录（此消息记录为文本格式…）`). */
const EXPORT_HEADER = /^[\u4e00-\u9fff]{0,8}(?:(?:聊天|消息|会话)记录(?:导出)?|(?:群聊|聊天|会话)消息导出)(?:\s*\([^()]{1,40}\))?$/;
/**
 * A forwarded bundle's header: a bracketed tag naming what was forwarded — a chat record or forwarded
 * messages (`[聊天记录]`, `【转发的消息】`, `[合并转发]`) — maybe followed by where it came from
 * (`来自“某某群”`, `来自 某某群`).
 */
const FORWARD_HEADER = /^[[【](?:聊天记录|消息记录|转发的?消息|合并转发|合并的?消息)[\]】]\s*(?:来自\s*["“「]?[^"”」\s]{2,30}["”」]?)?$/;
/**
 * The fields an exporter writes about the conversation: its name, its group, the other side, when
 * it was exported (a class of labels about the export itself, never about a document).
 */
const EXPORT_FIELD = /^(?:群名称|群聊名称|会话名称|群号|消息分组|消息对象|聊天对象|导出时间|导出人|群成员)\s*:/;

/** A thread's buttons: a row of two or more of them, spaced (a class of buttons under a post). */
const ACTION_WORD = /^(?:回复|引用|举报|收藏|分享|点赞|评分|只看楼主|只看该作者|复制链接|删除|编辑)$/;
/** A row of a thread's buttons, or of a comment list's sort orders (read by chrome-widgets.ts's `sortRow`). */
export function actionRow(f: string): boolean {
  const words = f.split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 6) return false;
  return words.every((w) => ACTION_WORD.test(w)) || sortRow(f);
}

/** A headline-shaped line: short, no sentence end, no numbering. */
function headlineShaped(x: LineInfo): boolean {
  return x.folded.length >= 6 && x.folded.length <= 40 && !endsSentence(x.folded) && !/[:,;]$/.test(x.folded) && !ANNOUNCES.test(x.folded) && !x.marker;
}

export function markThread(infos: LineInfo[], kept: (i: number) => boolean): void {
  const speakers: number[] = [];
  infos.forEach((x, i) => !isBlank(x) && (speakerLine(x.folded) || separatorOverTag(infos, i)) && speakers.push(i));
  if (speakers.length >= 2) {
    // A stamp may have been read as a date line already: in a conversation it is the speaker's.
    for (const i of speakers) if (!kept(i) && (!infos[i].reason || infos[i].reason === "metadata")) infos[i].reason = "chat";
    for (let i = 0; i < speakers[0]; i++) {
      const f = infos[i].folded;
      if (!kept(i) && (EXPORT_HEADER.test(f) || FORWARD_HEADER.test(f) || EXPORT_FIELD.test(f))) infos[i].reason ??= "chat";
    }
    // A thread's title with a board tag (`【求拍砖】……`) right over its first post's author line: the thread's,
    // the document's own headline opens the post (2026-12-05).
    // Nineteenth wave: the thread's buttons (`只看楼主 收藏 回复`) may stand between the title and the first floor.
    let above = speakers[0] - 1;
    while (above >= 0 && (isBlank(infos[above]) || actionRow(infos[above].folded))) above--;
    // Only when the post has a headline of its own among its first lines: else the thread's title is the document's.
    const opening = infos.slice(speakers[0] + 1, speakers[0] + 6).filter((x) => !isBlank(x) && !x.reason);
    const titled = opening.slice(0, 4).some((x) => headlineShaped(x) && !BOARD_TAG.test(x.folded));
    if (titled && above >= 0 && !kept(above) && !infos[above].reason && infos[above].folded.length <= 60 && BOARD_TAG.test(infos[above].folded)) infos[above].reason = "chat";
    speakers.forEach((start, k) => markTurn(infos, kept, start, k + 1 < speakers.length ? speakers[k + 1] : infos.length));
  }
  infos.forEach((x, i) => !isBlank(x) && !kept(i) && !x.reason && actionRow(x.folded) && (x.reason = "widget"));
  markPoster(infos, kept);
  markTitleEcho(infos, kept);
}

/** A line announcing what follows: a colon, or a pointing-down glyph (`……听听大家意见👇`, 2026-12-05). */
const ANNOUNCES = /(?::|👇|⬇\uFE0F?|↓)$/u;

function markTurn(infos: LineInfo[], kept: (i: number) => boolean, start: number, end: number): void {
  const lines: number[] = [];
  for (let i = start + 1; i < end; i++) if (!isBlank(infos[i]) && !infos[i].reason) lines.push(i);
  if (!lines.length) return;
  if (lines.length <= 3 && lines.every((i) => infos[i].folded.length <= 80 && !infos[i].marker)) {
    for (const i of lines) if (!kept(i)) infos[i].reason = "chat";
    return;
  }
  // A long turn: the preface before the document's headline.
  const preface: number[] = [];
  for (const [k, i] of lines.slice(0, 4).entries()) {
    const x = infos[i];
    // The poster's name may stand alone on the turn's first line (a forum's post: floor, name, words).
    const name = k === 0 && /^[\p{L}\p{N}_·-]{2,12}$/u.test(x.folded);
    if (headlineShaped(x) && !name) break;
    const said = x.folded.length <= 100 && (endsSentence(x.folded) || ANNOUNCES.test(x.folded) || /@\S/.test(x.folded) || taggedNote(x.folded));
    if (x.marker || !(said || name)) return;
    preface.push(i);
    // A line announcing with a colon (`转来供大家参考：`, `初稿如下：`) ends the preface: the document
    // follows, whatever its first line (an account's name, a date line).
    if (ANNOUNCES.test(x.folded)) break;
  }
  const head = lines[preface.length];
  const announced = preface.length > 0 && ANNOUNCES.test(infos[preface[preface.length - 1]].folded);
  if (!preface.length || preface.length > 3 || head === undefined || !(announced || headlineShaped(infos[head]))) return;
  // 2026-12-05: an announcing line right over a numbered item (`初步建议如下：` over `第一，……`) is the post's own
  // lead-in to its items: the post is the document, headed by the thread's title, and its opening lines are its text.
  if (infos[head].marker && infos[head].marker.family !== "bullet") return;
  // The headline opens a document: prose among the next lines.
  if (!lines.slice(preface.length + 1, preface.length + 5).some((i) => isProse(infos[i].folded))) return;
  for (const i of preface) if (!kept(i)) infos[i].reason = "chat";
}

/** A microblog comment: the commenter's handle after `@`, maybe a verified mark, a colon, the words (`@某某 V：……`). */
const HANDLE_COMMENT = /^@[^\s:@]{1,20}(?:\s?V)?\s?:\s?\S/u;

/**
 * Comments under a post, after its text: a run of lines each a `@handle：` comment, standing among lines
 * already removed (the counts, `2 回复`, `查看更多评论 >`) down to the page's end. Why: the comment rules
 * read a section from its head; a microblog's reply counts between comments broke their run.
 */
export function markHandleComments(infos: LineInfo[], kept: (i: number) => boolean): void {
  for (let i = infos.length - 1; i >= 0; i--) {
    const x = infos[i];
    if (isBlank(x) || x.reason) continue;
    if (kept(i) || x.folded.length > 120 || !HANDLE_COMMENT.test(x.folded)) return;
    // A comment counts between chrome: a removed line or another comment right above it.
    let above = i - 1;
    while (above >= 0 && isBlank(infos[above])) above--;
    if (above < 0 || !(infos[above].reason || HANDLE_COMMENT.test(infos[above].folded))) return;
    x.reason = "chat";
  }
}

/** A microblog post's info line: the stamp, then `来自` and the client or channel (`11-20 09:15 来自 微博 weibo.com`). */
const POST_INFO = new RegExp(String.raw`^${STAMP}\s+来自\s?\S`, "u");

/**
 * The poster's name right above a post's info line is the account that published it (a masthead,
 * read as the source like a 公众号's name): a short bare name, maybe with a verified mark (`某某政协 V`).
 */
/**
 * A verified mark after the account's name: a `V`, or one emoji badge (`某某政协 🔵`, `某某发布 ✅`) — a
 * platform draws its badge as a coloured glyph, and a paste keeps it as an emoji (2026-12-05).
 */
const VERIFIED_MARK = String.raw`(?:\s?V|\s?\p{Extended_Pictographic}\uFE0F?)`;
const POSTER = new RegExp(String.raw`^[\p{L}\p{N}_·-]{2,16}${VERIFIED_MARK}?$`, "u");

function markPoster(infos: LineInfo[], kept: (i: number) => boolean): void {
  for (let i = 1; i < Math.min(infos.length, 12); i++) {
    if (infos[i].folded.length > 48 || !POST_INFO.test(infos[i].folded)) continue;
    let p = i - 1;
    while (p >= 0 && isBlank(infos[p])) p--;
    if (p < 0 || kept(p) || infos[p].reason || !POSTER.test(infos[p].folded)) continue;
    infos[p].reason = "masthead";
    if (!kept(i)) infos[i].reason ??= "metadata";
  }
}

/** A board tag before a thread's title (`【求建议】`, `[建言]`) and a bracketed note after it (`（初稿）`). */
const BOARD_TAG = /^[【[][^【】[\]]{1,6}[】\]]\s*/;
const TITLE_NOTE = /\s*\([^()]{1,24}\)$/;
const ACCOUNT_PREFIX = /^[^:\s]{2,12}:\s*/;

function markTitleEcho(infos: LineInfo[], kept: (i: number) => boolean): void {
  const seen: number[] = [];
  for (let i = 0; i < infos.length && seen.length < 8; i++) {
    const x = infos[i];
    if (isBlank(x)) continue;
    seen.push(i);
    if (x.reason || kept(i) || x.folded.length > 60 || !(BOARD_TAG.test(x.folded) || TITLE_NOTE.test(x.folded))) continue;
    const tagged = BOARD_TAG.test(x.folded);
    // After a tag, a forward's or a link card's account may stand before the headline (`【转发】某账号：标题`).
    const bare = x.folded.replace(BOARD_TAG, "").replace(TITLE_NOTE, "").replace(tagged ? ACCOUNT_PREFIX : /^$/, "").trim();
    if (bare.length < 6) continue;
    for (let j = i + 1, n = 0; j < infos.length && n < 12; j++) {
      if (isBlank(infos[j])) continue;
      n++;
      if (infos[j].folded.trim() === bare && !infos[j].reason) {
        x.reason = "chat";
        return;
      }
    }
  }
}

/**
 * A microblog post's headline glued before its lede (`#话题# 【标题】近日，……`): a Weibo or a
 * headline-app post has no headline line; the bracketed headline opens the post's first paragraph.
 * Read when the line opens with a closed topic tag, or when the bracketed words are a headline by
 * their punctuation (a comma, quotes, a question: `【上下学高峰，校门口“护学岗”如何常态化？】`) — a bare
 * label in brackets (`【委员声音】`) is a column's, not a headline. The rest must be prose.
 */
const GLUED_HEADLINE = /^\s*((?:#[^#\s]{2,12}#\s*)*)【([^【】。]{6,40})】\s*(\S.{19,})$/u;

export function postHeadline(text: string): { title: string; rest: string } | null {
  // `rest`: the line without its topic tags.
  const m = GLUED_HEADLINE.exec(text);
  if (!m) return null;
  const [, tags, title, rest] = m;
  if (!tags.trim() && !(title.length >= 10 && /[，,“”"？?！!、：:]/.test(title))) return null;
  if (!/[。！？!?]/.test(rest)) return null;
  // The line stays the post's first paragraph as typed, its tags aside (they go to the intro as a topic tag):
  // as a form's title field line stays its record's text (head.ts).
  return { title: title.trim(), rest: `【${title}】${rest}`.trim() };
}
