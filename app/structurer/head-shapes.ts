/**
 * Shapes of the lines at the head of a page (head.ts reads the head with them): dates,
 * news-agency datelines, publication names, `来源：`/`作者：` labels, WeChat account lines,
 * headlines, subtitles, bylines and column labels. Each test looks at one folded line.
 */
import { DATE, endsSentence, hanDensity, spacedLabels } from "./line-shapes";
import { tableLine, tableRowMarker } from "./table-rows";

export const DATE_RE = new RegExp(DATE);
export const DATE_PARTS = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/;

/** `2026年03月12日`, `2026-3-12` → `2026-03-12`; null when the day is missing or invalid. */
export function isoDate(folded: string): string | null {
  const m = DATE_PARTS.exec(folded);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1949 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${m[1]}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** A news agency's dateline: `新华社某地4月2日电`, `中新社北京7月30日电（记者 某某）`. */
export const DATELINE = /^((?:新华社|中新社|中国新闻社|人民日报|央视新闻|央广网|经济日报|光明日报|工人日报|法治日报|[\u4e00-\u9fff]{2,6}(?:社|台|报|网)))[\u4e00-\u9fff]{0,8}?\d{1,2}月\d{1,2}日电/;
/**
 * 2026-12-03 (third wave): a site's lede opens with its own name (`央视网消息：…`, `某某网讯 …`): the
 * outlet that reports it, as an agency's dateline names the agency (`人民网某地6月9日电` reads above).
 */
export const NEWS_LEDE = /^(?!本)([\u4e00-\u9fff]{1,8}(?:网|台|报|社|客户端|新闻))(?:消息\s*[:：]|讯\s*[(（]|讯\s)/;
/** `题：` after a dateline. */
export const DATELINE_TITLE = /电\s*(?:[(（][^()（）]{0,20}[)）])?\s*题\s*[:：]\s*/;
/**
 * 2026-12-05 (eighteenth wave): the same banner split over two lines — the dateline alone on its line
 * (a reporter's bracket may close it), `题：…` on the next (head-lines.ts, titleUnderDateline).
 */
export const DATELINE_ALONE = new RegExp(`${DATELINE.source}\\s*(?:[(（][^()（）]{0,20}[)）])?\\s*$`);
export const TITLE_BANNER = /^\s*题\s*[:：]\s*(?=\S)/;

/** A publication's name: a paper, a site, an app, an account. */
export const PUBLICATION =
  /^(.{2,16}?(?:日报|晚报|早报|周报|时报|商报|导报|政协报|报|新闻网|政协网|网|网站|门户|客户端|发布|在线|融媒|电视台|广播电视台))(?:\s*[(（]?(?:数字报|电子版|数字版|电子报|手机版|网络版|移动版|触屏版)[)）]?)?$/;

/** `来源：X`: X up to the next label or the end. */
export const SOURCE_LABEL = /(?:^|\s)(?:来源|来自|稿源|信息来源|文章来源|新闻来源|本文来源|[Ss]ource)\s*[:：]\s*(\S[^\s|｜]*?)(?=\s+(?:作者|编辑|责任编辑|发布|时间|浏览|阅读|点击|字号|【|\[)|\s*$|\s{2,}|\s*[|｜])/;
/** `作者：某某`, `作者：融媒体记者 某某` (a reporter's label, then the name); an English-style page's `By 某某`, `Author: 某某` (sixth wave). */
export const AUTHOR_LABEL = /(?:^|\s)(?:(?:作者|撰稿|文|[Aa]uthor)\s*[:：]|[Bb]y(?=\s))\s*([\u4e00-\u9fff]{0,8}(?:记者|通讯员)\s[\u4e00-\u9fff·]{2,4}|[\u4e00-\u9fff·]{2,12})(?=\s|$)/;
/**
 * The 作者 field's whole value: an info line's fields run one after another (`日期：…
 * 作者：市政协委员 某某 阅读：…`), so the value is every name cell up to the next field's label,
 * a bar or the line's end — a post and a name, a 记者 and a name, two names; eighteenth wave (2026-12-05): two
 * credits of label and name (`作者：记者 某某 实习生 某某`, `记者 某某 通讯员 某某`), four cells, all the value.
 */
export const AUTHOR_FIELD = /(?:^|\s)(?:作者|撰稿|文)\s*[:：]\s*([\u4e00-\u9fff·]{2,12}(?:\s[\u4e00-\u9fff·]{2,12}){0,3}?)(?=\s+[^\s:：]{1,6}[:：]|\s*[|｜]|\s*$)/;
/** A WeChat account line: `原创 某某 青禾政协 2026年04月17日 18:30 某省`, `明湖民政 2026-05-08 17:45 发表于某省`. */
// 2026-12-04 (thirteenth wave): a name opens with a letter or a character, never a rule (a chat's `—————  DATE  —————`).
export const ACCOUNT_LINE = new RegExp(`^(?:原创\\s+)?(?:[^\\s]{1,16}\\s+)*?([^\\s\\d—–─_=*~-][^\\s]{1,20})\\s+${DATE}`);

export function datelineAgency(folded: string): string | null {
  const m = DATELINE.exec(folded) ?? NEWS_LEDE.exec(folded);
  return m ? m[1] : null;
}

export function isSubtitle(f: string): boolean {
  return /^(?:——|—|--|──|－－)/.test(f);
}


/** parseByline accepts bodies too (`某市政协社会和法制委员会`); here a byline must be marked or personal. */
export function bylineShaped(f: string): boolean {
  if (/^(?:[□■◇◆●○▲△·•]|提案人|提案者|提案单位|建议人|联名人|提交人|提交单位|反映人|汇报人|发起人|作者|撰稿|执笔|文\s*[/:|]|(?:发布人|留言人)\s*:|主持人\s*:\s*[^\s:]{0,12}记者)/.test(f)) return true;
  // `青禾市政协委员 梅某某`: a post, then the name; a short label such as `委员之声` is not one.
  // A headline may name a member too (`“…”——访市政协委员某某`): bylines carry no quotes or dashes.
  // 2026-12-04 (seventh wave): a report's or a speech's presenter under its title (`市政协主席 某某`): a post, a space, the name.
  if (/(?:主席|秘书长|主任|书记)[\s\u3000]+[\u4e00-\u9fff·]{2,4}$/.test(f.trim()) && !/[,;:。“”"《》]|——/.test(f)) return true;
  return /记者|通讯员|委员|代表/.test(f) && (/\s/.test(f.trim()) || f.length > 8) && !/[“”"《》]|——/.test(f);
}

/** Could this head line be a headline? */
export function headlineShaped(f: string): boolean {
  const s = f.trim();
  if (s.length < 2 || s.length > 80) return false;
  // Seventh wave: a table's header row (`序号 提案号 案由 主办单位`) names columns, never a headline; nor is a
  // row opening with its number cell (`2 开展助餐补贴 区财政局 区民政局`).
  if (tableLine(s.replace(/[|｜]/g, " ")) || tableRowMarker(s)) return false;
  if (/[:,;]$/.test(s) || endsSentence(s) && /。$/.test(s)) return false;
  if (/。/.test(s.slice(0, -1))) return false;
  // `！`/`？` inside a short line is a WeChat headline (`家庭养老床位来了！符合条件的老人可申请→`).
  if (/[!?]/.test(s.slice(0, -1)) && s.length > 40) return false;
  const commas = (s.match(/,/g) ?? []).length;
  if (commas > 2 || (commas > 0 && s.length > 60)) return false;
  return hanDensity(s) >= 0.4;
}

/**
 * A headline with `！`/`？` inside but no sentence end (`“时间银行”来了！存下今天的善意，换取明天的
 * 照料`): WeChat and news headlines exclaim mid-line; a paragraph ends with its punctuation.
 */
export function exclaimedHeadline(f: string): boolean {
  return f.length <= 40 && !/[。;]/.test(f) && !endsSentence(f) && headlineShaped(f);
}

/**
 * A masthead row: the publication, then its channel or publisher between `·` or `|`
 * (`某某广播电视台 · 某某新闻`, `某某网 | 某某日报社主办`).
 */
export function mastheadRow(f: string): boolean {
  const parts = f.split(/\s*[·•|｜丨]\s*/).filter(Boolean);
  return parts.length >= 2 && parts.length <= 3 && PUBLICATION.test(parts[0]) && parts.every((p) => p.length <= 16 && !/[。,;:!?]/.test(p));
}

/**
 * A page's column label (民生关注, 两会访谈, 参政议政): a few characters, nothing else — also
 * in the square brackets sites print it in (`【委员访谈】`).
 */
export function labelShaped(f: string): boolean {
  // A body's own column named by a quoted activity: `县政协“请你来协商”`, `区人大“代表议事厅”`.
  if (/^(?:某?(?:省|市|区|县|自治区))?(?:政协|人大)["“][^"“”]{2,10}["”]$/.test(f.trim())) return true;
  f = f.replace(/^\s*[【[]([^【】[\]]+)[】\]]\s*$/, "$1");
  // A section bar before a label (`▍重点提案`, `┃委员风采`) marks it as a label.
  f = f.replace(/^\s*[▍▌▎▏▐┃]\s*/, "");
  const han = f.replace(/[·•|｜\s]/g, "");
  return han.length >= 2 && han.length <= 8 && /^[\u4e00-\u9fff·•|｜\s]+$/.test(f);
}

/**
 * 2026-12-05 (twenty-first wave): an app's or an outlet's row whose cells stand apart by a middle dot with spaces on
 * both sides (`视频号 · 某某政协`, `短信 · 某市政协`, `某某政協 · 委員發言`, `《某某》杂志 2026年第9期 · 封面访谈`). Apps and
 * sites print their furniture so; a headline's own dot stands unspaced between its words (`听民声·解民忧`). Each cell is
 * a name or a label — no clause or sentence punctuation — so the row says where the page sits, never what it says: in
 * the opened texts every such line among a page's first six is removed by its gold (49 lines, none a headline).
 */
export function dotRow(f: string): boolean {
  const cells = f.trim().split(/\s+[·•・]\s+/);
  // A publication's own row (`某某发布 · 直播回放`) is the masthead rules', which read the source from it.
  if (mastheadRow(f) || PUBLICATION.test(cells[0])) return false;
  return cells.length >= 2 && cells.length <= 3 && f.trim().length <= 40 && cells.every((c) => c.length >= 2 && c.length <= 20 && !/[。,;:!?，；：！？]/.test(c));
}

/**
 * Seventeenth wave: a page's column label may join two names with a dot — the supplement's and
 * its column's (`政协周刊·协商在嶓州`, `政協週刊·委員議事廳`) — each a label, together longer than one.
 * The first names a supplement (周刊, 专刊, 特刊, 副刊, 专版): a kicker before a headline on its line
 * (`委员问答｜城中村消防怎么管`, `两会·委员声音`) names no part of the paper and stays the headline's.
 */
const SUPPLEMENT = /^[\u4e00-\u9fff]{0,6}(?:周刊|週刊|专刊|專刊|特刊|副刊|专版|專版)$/;

export function joinedLabel(f: string): boolean {
  const cells = f.trim().split(/\s*[·•]\s*/);
  return cells.length >= 2 && cells.length <= 3 && SUPPLEMENT.test(cells[0]) && cells.every((c) => c.length >= 2 && labelShaped(c));
}

/**
 * A head line that gives the headline again (folded `f`, headline `h`): the same words, the words with a
 * site's name after a bar (a browser's page title, `标题 - 某某网`), or — 2026-12-05, twentieth wave — the
 * words after a short label and its colon or bar (`本期看点：标题`, `本期要目｜标题`): a page's teaser pointing at its
 * own headline, whatever the label calls it, for the label only announces what the later line says in full.
 * The label is two to six characters with no punctuation, so a sentence or a field with its own value
 * (`题目：…` over a different headline) is never one.
 */
export function givesHeadlineAgain(f: string, h: string): boolean {
  if (f === h) return true;
  if (f.startsWith(h) && /^\s*(?:[-_|｜—–]|——)\s*\S{2,16}$/.test(f.slice(h.length))) return true;
  return h.length >= 6 && f.endsWith(h) && /^[\u4e00-\u9fff]{2,6}\s*[:|｜]\s*$/.test(f.slice(0, f.length - h.length));
}

/** Cut the original words of `value` (found in the folded line) from `text`. */
export function cut(text: string, folded: string, value: string): string {
  const at = folded.indexOf(value);
  return at >= 0 ? text.slice(at, at + value.length).trim() : value;
}

/** An e-paper's page number and page name (`07 特别报道`, `A3 要闻`). */
export const PAGE_LINE = /^[A-Z]?\d{1,2}\s+[\u4e00-\u9fff]{2,6}$/;

/**
 * 2026-12-05 (sixteenth wave): a paper's name with the medium it is read in (`某某日报 移动版`, `某某晚报（数字报）`) is
 * the paper's masthead whatever the chrome stage called the line (a short line over the edition reads as a column too).
 */
export const MEDIUM_SUFFIX = /\s*[(（]?(?:数字报|电子版|数字版|电子报|手机版|网络版|移动版|触屏版)[)）]?$/;

/**
 * 2026-12-05 (sixteenth wave): a paper's edition cell (`第05版：政协视窗`, `A05版`, `第3版 要闻`) opening a line beside the
 * date: the page of the paper the line is on, never an account or a publisher — the paper's name stands elsewhere.
 */
export const EDITION_CELL = /^(?:第\s*)?[A-Z]?\d{1,3}\s*版(?:$|[\s:：·|｜])/;

/**
 * A form's title field: `题目：`, `标题：`, `提案题目：`. 2026-12-05 (sixteenth wave): so is a record's field naming the
 * event it records (`会议主题：`, `会议名称：`, `活动主题：`, a meeting app's minutes or a members' activity log): the
 * event is what the record is titled by, the label no part of it (so a livestream's `直播主题：`). A mail's bare
 * `主题：` is no such field. 2026-12-05 (seventeenth wave): an office app's form names what it carries by the noun of
 * the record — a lead (`线索标题：`), an item of 社情民意 (`信息标题：`), a matter (`事项标题：`), a manuscript (`稿件标题：`):
 * the same title field. A 12345 work order's `工单标题：` sums up a call, not the text (title-score.ts reads it as a row).
 * A programme announces the day's topic (`今日话题：`, `本场主题：`) or the host says it (`今天我们聊聊：`, a radio
 * talk's topic line, and so the programme's title). 2026-12-05 (eighteenth wave): spoken, the topic takes a
 * possessive (`今天的话题：`, `本期的主题：`, a subtitle file's first cue) — the same field.
 * 2026-12-05 (nineteenth wave): any short label before a colon, when what follows is a document's own title
 * (`关于……的建议`): a clippings file's or a digest's kind of material (`委员提案摘要：`, `建议原文：`,
 * `提案摘编：`). Such a title names itself by its genre, so the words before its colon are a label over it; a
 * news headline set in two parts (`农村污水治理：……`) has a topic there and news words after it, never `关于…的建议`.
 */
export const TITLE_FIELD = new RegExp(String.raw`^(?:(?:提案|建议|议案|文章|报告|节目|栏目|视频|直播|线索|信息|事项|稿件|文稿|诉求|留言)?(?:${spacedLabels("题目|标题|题名|案由")})|(?:本期|本集|本场|本次|今日|今天|节目|访谈|直播)的?(?:主题|话题)|今天我们(?:来)?(?:聊聊|聊|说说|谈谈)|(?:会议|活动)(?:主题|名称)|(?:协商)?议题)(?:\s*[:：]\s*|\s+(?=关于))|^[\u4e00-\u9fff]{2,10}\s*[:：]\s*(?=关于[^:：。;；!?！？]{4,60}(?:建议|提案|议案|意见|报告|方案)$)`);

/** A title field with a value long enough to be a title (`本期话题：……`, `题目：关于……`): the field's match, else null. */
export function titleField(folded: string): RegExpExecArray | null {
  const field = TITLE_FIELD.exec(folded);
  return field && folded.length - field[0].length >= 4 ? field : null;
}

/**
 * 2026-12-05: a title field whose value is a headline's size — at most 40 characters, no stop but a closing `？`/`！`
 * (`今天我们聊聊：……为何总“闹脾气”？`) — opens no body. A proposal's `案由：` over a paragraph of sentences does.
 */
export function headlineField(folded: string): boolean {
  const field = titleField(folded.trim());
  const value = field ? folded.trim().slice(field[0].length) : "";
  return !!field && value.length <= 40 && !/[。;；]/.test(value) && !/[!?！？]./.test(value);
}

/** `关于…`, `…的建议/提案/报告`: surely a title, whatever its length. */
export const TITLE_WORDS = /^关于|(?:建议|提案|报告|意见|方案|调研|发言)$/;

/**
 * 2026-12-03 (third wave): a headline that asks (`委员访谈｜小微企业贷款，怎样才能“敢贷、愿贷、能贷”？`):
 * one clause or two, the question mark only at its end, no speaker's label (`记者：…？` is an
 * interview's turn, body). It is no sentence of the body, however long its line.
 */
export function askedHeadline(f: string): boolean {
  const s = f.trim();
  return s.length <= 40 && /[?]$/.test(s) && !/[。!?;]/.test(s.slice(0, -1)) && !/^[^\s:“"]{1,8}:/.test(s) && headlineShaped(s);
}

/**
 * A reporter's cell in a row of cells: `晚报记者 某某`, `记者 某某` (a desk's prefix, the word 记者, a name of 2–4).
 * 2026-12-04 (fifteenth wave): an app's desk may carry Latin letters in its name (`某某Plus客户端记者 某某`,
 * `某某News记者`): a brand's Latin part, never a word of its own (it follows Han characters).
 */
export const REPORTER_CELL = /(?:^|\s)((?:[\u4e00-\u9fff]{1,8}[A-Za-z+]{1,8})?[\u4e00-\u9fff]{0,8}记者\s+[\u4e00-\u9fff·]{2,4})(?=\s|$)/;

/**
 * 2026-12-04 (fifteenth wave): the outlet a reporter's desk names (`某某Plus客户端记者` → `某某Plus`,
 * `某某融媒记者` → `某某融媒`) when the same info line carries that name as a cell of its own: the line
 * shows who published the page, and the reporter's desk confirms it is a publisher, not a tag.
 */
export function reporterOutlet(line: string, reporter: string): string | null {
  const desk = /^(\S+?)(?:客户端|APP|App|app|新闻|全媒体|融媒体)?记者/.exec(reporter)?.[1];
  if (!desk || desk.length < 2) return null;
  return line.split(/\s+/).some((c) => c === desk) ? desk : null;
}
