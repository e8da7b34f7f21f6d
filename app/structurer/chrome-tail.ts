/**
 * Eleventh wave (2026-12-04): sentences closing the page that speak to the reader or of the
 * platform, not of the topic (`转载请联系后台授权。`, `欢迎读者来信来稿，共议身边事。`,
 * `文中观点仅代表委员个人意见。`). The one-line rules leave a line with a final stop alone (a
 * sentence is the text's); these are read by their place — a run reaching the page's end, under
 * the text's last paragraph — and by what they address.
 */
import { isBlank, type LineInfo } from "./chrome-lines";

/** Who the sentence addresses or who speaks: the reader, the platform itself, an imperative to the reader. */
const ADDRESSEE =
  /读者|网友|粉丝|朋友们|您|你|本(?:报|刊|网|站|号|台|平台|公众号|账号|栏目|频道|客户端)|后台|小编|编辑部|(?:^|[，,])(?:请|欢迎|如需|如有|若需|未经)|文中|文章|本文|作者|以上内容|图文|部分图片|感谢|敬请/;
/** What it is about: the page's business (reprints, submissions, contact, following, the views printed). */
const PAGE_BUSINESS =
  /转载|授权|出处|原创|投稿|来稿|来信|来电|线索|爆料|侵权|删除|联系|热线|邮箱|私信|留言|关注|订阅|转发|分享|点赞|观点|立场|仅代表|仅供参考|不代表|侵删|来自网络|阅读|精彩|期待/;

const SPEAKER = /^([^\s:：，,。]{1,8})[:：]/;

/**
 * Twelfth wave: a programme or a column speaking of its own issues — this one closing, the next one
 * announced (`本期就到这里，下期我们继续推送……。`, `下期节目将继续关注……，敬请收听。`, `未完待续`): the
 * serial's schedule, addressed to its audience, never the matter.
 */
const SERIAL_NOTE = /未完待续|敬请(?:期待|收听|收看|留意)|(?:本期|下期|下一期)(?:节目|栏目|推送|内容|就到这里|我们|将|继续|再见)/;

/** A tail sentence: short, closed by a stop, unnumbered, addressing the reader or the platform about the page's business. */
function tailSentence(info: LineInfo): boolean {
  const f = info.folded;
  // A short question put to the reader (`你怎么看？`, `您身边有这样的食堂吗？`).
  if (f.length <= 20 && /[?？]$/.test(f) && /你|您|大家/.test(f) && !info.marker) return true;
  if (f.length > 60 || !/[。.!！]$/.test(f) || (info.marker && info.marker.family !== "bullet")) return false;
  // At most two clauses: a paragraph of the text says more.
  if ((f.match(/[,，;；。]/g) ?? []).length > 2) return false;
  // A speaker's turn (`主持人：感谢……，我们下期再见`, `（10:21）记者：感谢您的分享`) is the transcript's closing.
  const turn = SPEAKER.exec(f.replace(/^[(（][\d:：]+[)）]\s*/, ""));
  if (turn && !PAGE_BUSINESS.test(turn[1])) return false;
  return (ADDRESSEE.test(f) && PAGE_BUSINESS.test(f)) || SERIAL_NOTE.test(f);
}

/** A pointing glyph opening a line: the page points its reader on. */
const POINTER = /^(?:👇|👉|☟|☞|⬇️?|↓|⤵️?)+\s*/u;
/** What a pointer line promises: more below, more posts, more to see (not a measure of the text's). */
const MORE_TO_SEE = /更多|不止|还有|往下|向下|下滑|下拉|继续看|接着看|往期|一起看|来看|别走开|别错过/;

/**
 * Twelfth wave: a teaser pointing the reader on (`👇 委员的建议不止这些`, `👇 更多委员建言，往下看还有`):
 * a pointing glyph, then at most 24 characters promising more, without a sentence's stop or a number.
 * The text's own items under a pointer (`👉 审批流程要再简化，由……牵头……。`) are sentences and stay.
 */
export function pointerTeaser(info: LineInfo): boolean {
  const m = POINTER.exec(info.folded);
  if (!m) return false;
  const rest = info.folded.slice(m[0].length);
  return rest.length >= 2 && rest.length <= 24 && !/[。;!?:]/.test(rest) && MORE_TO_SEE.test(rest) && !/^\s*(?:\d|[一二三四五六七八九十]+[、.])/.test(rest);
}

/** The label of a tip for the reader: a box the page set beside the text, never its argument. */
const TIP_LABEL = /^(?:温馨提示|友情提示|安全提示|小贴士|小提示|提示|提醒)\s*[:：]/;

/**
 * Fourteenth wave (2026-12-04): a tip under a pointing glyph (`👇 小贴士：下水前请务必穿好救生衣`,
 * `👉 温馨提示：接送孩子请提前五分钟到达`): the glyph, a tip's label and colon, then one short advice
 * (at most 30 characters) without a sentence's stop — the page's aside to its reader, set between
 * the text's items.
 */
export function pointerTip(info: LineInfo): boolean {
  const m = POINTER.exec(info.folded);
  if (!m) return false;
  const rest = info.folded.slice(m[0].length);
  const label = TIP_LABEL.exec(rest);
  if (!label) return false;
  const advice = rest.slice(label[0].length).trim();
  return advice.length >= 2 && advice.length <= 30 && !/[。;]|[.!?]$/.test(advice);
}

/** Mark pointer teasers and tips after the text's first paragraph, wherever they stand (`ad`). */
export function markPointerTeasers(infos: LineInfo[], kept: (i: number) => boolean, first: number): void {
  if (first < 0) return;
  for (let i = first + 1; i < infos.length; i++) {
    const x = infos[i];
    if (!isBlank(x) && !x.reason && !kept(i) && (pointerTeaser(x) || pointerTip(x))) x.reason = "ad";
  }
}

/**
 * From the page's end upwards, over lines already removed and tail sentences, down to the text's
 * first paragraph at most: every tail sentence in that run is removed (`ad`). A sentence with a
 * paragraph of the text under it is the text's (`欢迎市民……来电反映。` inside a report).
 */
export function markTailSentences(infos: LineInfo[], kept: (i: number) => boolean, first: number): void {
  if (first < 0) return;
  const run: number[] = [];
  for (let i = infos.length - 1; i > first; i--) {
    const x = infos[i];
    if (isBlank(x) || x.reason) continue;
    if (kept(i) || !tailSentence(x)) break;
    run.push(i);
  }
  for (const i of run) infos[i].reason = "ad";
}

/** A comment's row: a nickname, a colon and a short remark. */
const COMMENT_ROW = /^([^\s:：，,。；;！!？?（）()“”"]{2,12})[:：]\s*(\S.{0,59})$/u;
/** A label that names an office, a field or a speaker's part, never a reader's nickname. */
const NOT_A_NICKNAME =
  /单位|部门|局|委|办|厅|处|科|组|会|院|所|中心|时间|日期|地点|目标|任务|措施|要求|建议|意见|牵头|配合|负责|联系|电话|地址|备注|附件|说明|注|答|问|记者|主持|嘉宾|委员|代表|主任|书记|[^家]长$|来源|编辑|作者|声明|一是|二是|第|[省市区县镇乡村]$|街道|社区/u;

/**
 * A comment thread without a head closing the page (`山那边的石头：盼着早点开通。` / `阿岚不吃辣：支持！`):
 * from the end upwards, two or more rows `nickname：remark` whose nicknames are all different, none
 * naming an office, a field or a speaker's part, and none used as a label anywhere above (an
 * interview's speakers come back turn after turn; a reader comments once, under the text). The
 * rows are removed as comments (`chat`).
 */
export function markHeadlessComments(infos: LineInfo[], kept: (i: number) => boolean, first: number): void {
  if (first < 0) return;
  const rows: number[] = [];
  const names = new Set<string>();
  let i = infos.length - 1;
  for (; i > first; i--) {
    const x = infos[i];
    if (isBlank(x) || x.reason) continue;
    const m = COMMENT_ROW.exec(x.folded);
    if (kept(i) || x.marker || !m || NOT_A_NICKNAME.test(m[1]) || names.has(m[1])) break;
    names.add(m[1]);
    rows.push(i);
  }
  if (rows.length < 2) return;
  // A nickname used as a label above the thread is a speaker's: the rows are a transcript's turns.
  for (let k = 0; k <= i; k++) {
    const m = COMMENT_ROW.exec(infos[k].folded) ?? /^([^:：]{2,12})[:：]/.exec(infos[k].folded);
    if (m && names.has(m[1])) return;
  }
  for (const r of rows) infos[r].reason = "chat";
}

/** A drafters' field: `执笔：某某 某某`, `撰稿人：某某`; names only, no sentence. */
const DRAFTERS = /^(?:执笔人?|撰稿人?|起草人?)\s*[:：]\s*[^。,;!?:]{2,30}$/;

/**
 * Fourteenth wave (2026-12-04): the drafters' field after the text's last paragraph, without the
 * brackets it often has (`执笔：邹望舒 乔一鸣` under a survey report): who put the words on paper
 * for the signing body — a credit like `（执笔：…）`, never the byline (content/corpus/README.md).
 */
export function markDraftersLine(infos: LineInfo[], kept: (i: number) => boolean, last: number): void {
  if (last < 0) return;
  for (let i = last + 1; i < infos.length; i++) {
    const x = infos[i];
    if (!isBlank(x) && !x.reason && !kept(i) && DRAFTERS.test(x.folded)) x.reason = "credit";
  }
}

/**
 * Verbs asking the audience to correct what was said (`批评指正`, `斧正`, `赐教`): the author's modesty
 * closing a speech, a report or its slides. A page's furniture invites comments, likes and shares,
 * never corrections of the argument, so the request is the text's whoever set it.
 */
const CORRECTION_REQUEST = /指正|斧正|赐教/;

/**
 * Fifteenth wave (2026-12-04): the author's closing request for correction set without a stop — a
 * slide's line (`欢迎各位委员批评指正`), the last line of a PDF speech over its page number, a post's
 * last line over its reading bar (`敬请各位委员批评指正`). The frame and bare-line rules read such a short
 * line after the body as furniture. A line of at most 30 characters asking for correction, under a
 * sentence of the text and with none below it (it closes the text), and no speaker's turn
 * (`某某：请各位审阅指正` covers pasted material in a chat), is kept. Returns the lines' indices.
 */
export function closingRequests(infos: LineInfo[]): Set<number> {
  const out = new Set<number>();
  let sentenceAbove = false;
  let candidates: number[] = [];
  infos.forEach((x, i) => {
    if (isBlank(x)) return;
    const f = x.folded;
    if (sentenceAbove && f.length <= 30 && CORRECTION_REQUEST.test(f) && !/[:：]/.test(f)) candidates.push(i);
    else if (/[。!?]["”’」)）]*$/.test(f)) {
      sentenceAbove = true;
      candidates = [];
    }
  });
  for (const i of candidates) out.add(i);
  return out;
}
