/**
 * Node kinds and recommendation titles.
 *
 * Kinds: a node is a recommendation (建议: counted, assigned, given a status), background
 * (基本情况、情况分析、存在问题、主要做法: context only) or a heading (a container of other
 * nodes). A background section passes its kind to all its children. A section whose
 * heading line is followed only by narrative (an interview's problem section, a WeChat
 * `谁可以申请？` with the conditions) is background too. Every other leaf is a
 * recommendation — the structurer proposes, staff confirm in the editor.
 *
 * Titles: a recommendation's title is its lead phrase — the first sentence when it is
 * short and the text goes on after it (`完善托育服务体系，扩大普惠托位供给。……`) — or else
 * its first clause, skipping clauses that only assign departments (`建议由市民政局牵头，`
 * `市卫健委、市医保局配合，`), so a title is never a bare `由X牵头`.
 */
import { fold } from "./fold";
import { actorTakesMeasure } from "./markers";
import { clip, isHeadingLike, isRecommendationLike } from "./paragraphs";
import { RATIONALE_TITLE } from "./tree-shapes";
import { namesResults, namesReview, namesSituation, reviewsPastWork, setsTarget, statesAchievement } from "./retrospect";
import { codedRow, contentCell } from "./table-rows";
import { TURN_TIME_MARK } from "./line-shapes";
import type { NodeKind } from "./types";

/** Titles of background sections, after an optional short lead (`二、`, `我市…`). */
const BACKGROUND_TITLE =
  /^.{0,4}?(?:基本情况|总体情况|有关情况|情况分析|现状分析|发展现状|现状|存在的?(?:主要|突出)?问题|主要问题|突出问题|问题分析|问题和不足|问题与不足|存在的?不足|困难和问题|主要做法|工作开展情况|(?:已经?|前期)(?:开展|完成|做|落实|推进|实施|办理)的(?:主要)?工作|开展情况|调研情况|工作情况|主要成效|取得的成效|工作成效|成效和问题|面临的(?:困难|挑战|问题)|原因分析|成因分析|主要(?:成因|原因)|问题(?:成因|原因)|背景)(?:及(?:原因|成因)(?:分析)?)?$/;

/** Words of a background section anywhere in a short title (`调研发现的问题`, `现状与问题`, round 9: `症结何在`; round 10: a situation noun at the end, `发展态势`; round 12: a why-question, `某某为何多发`: the causes; fold reads 么 as 幺; eighteenth wave: what a supervision, an inspection or a visit found, `监督发现`, as `调研发现`). */
const BACKGROUND_WORDS = /(?:问题|难点|症结|短板|堵点|痛点)(?:出)?在哪(?:里|儿)?|(?:问题|难点|症结|短板|堵点|痛点|原因|根源)(?:何在|在何处)|(?:难|卡|堵)在哪(?:里|儿)?|基本情况|现状|(?:调研|监督|视察|走访|暗访|检查)发现|主要发现|存在的?(?:主要|突出)?(?:问题|困难|不足)|主要(?:问题|困难|做法|成效)|问题(?:与|和|及)(?:原因|不足|困难|挑战)|(?:面临|遇到)的?(?:问题|困难|挑战)|取得的?成效|工作成效|开展情况|调研情况|(?:主要|突出)?短板|原因分析|成因分析|主要(?:成因|原因)|背景|之(?:困|痛|难|忧|惑)$|痛点|难点|堵点|困境|(?:态势|状况|形势|概况)$|^[^,]{1,10}(?:为何|为什[么幺]|缘何|何以)/;
/**
 * Twelfth wave (2026-12-04): problems named as needing attention or as found (`需关注的问题`,
 * `值得注意的隐患`, `亟待解决的难题`, `调研发现的问题`, `群众反映的困难`): a verb of noticing, needing
 * or finding (关注, 注意, 重视, 解决, 发现, 暴露, 反映 after 需/值得/亟待/有待) before `的` and a problem
 * noun ending the title. Not a remedy (`解决群众关心的问题` opens with its verb: MEASURE_OPENER).
 */
const PROBLEMS_NOTED = /^.{0,6}?(?:(?:需要?|值得|亟待|亟需|有待|应当?)[\u4e00-\u9fff]?(?:关注|注意|重视|解决|破解|警惕)|发现|暴露|反映)(?:出|较多|集中)?的.{0,4}(?:问题|困难|难题|隐患|风险|短板)$/;
/**
 * Fourteenth wave (2026-12-04): a problem noun that the title weighs (`问题不容忽视`, `安全隐患不容小觑`,
 * `短板依然突出`): the noun then a predicate of how serious or how lasting it is, ending the title. Such a
 * title says what is wrong, not what to do, as a problem noun alone does.
 */
const PROBLEMS_WEIGHED = /^.{0,6}?(?:问题|隐患|风险|短板|矛盾|困难|难题)(?:[仍依]然|还|较为|日益|愈发)?(?:不容忽视|不容小觑|不可忽视|突出|凸显|犹存|不少|较多)$/;
/** A problem noun and nothing more (`问题`, `症结`, `瓶颈所在`): the heading of what is wrong. */
const PROBLEM_NOUN = /^(?:问题|症结|瓶颈|难题|挑战|隐患|梗阻|困局|弱项|短板|困难|不足|病灶)(?:所在)?$/;
/** Words of a recommendation section: never background. */
const ADVICE_WORDS = /建议|对策|措施|思路|举措|路径|意见|办法|方向|打算/;
/** Policy verbs that open a recommendation's title (`解决停车难问题`, `打通断点堵点` are measures). */
const MEASURE_OPENER = /^(?:加强|加大|加快|完善|健全|建立|推动|推进|强化|优化|提升|提高|破解|解决|补齐|补强|补上|补足|补好|弥补|化解|缓解|打通|疏通|畅通|消除|破除|攻克|突破|填补|扩大|落实|深化|规范|创新|构建|打造|培育|促进|实施|探索|坚持|统筹|聚焦|着力|切实|进一步|全面|持续|有效)/;

/**
 * Fifth wave (2026-12-03): a problem noun as the object of a remedy verb (`收运体系补短板`,
 * `破解难点`, `疏通堵点`, `攻克瓶颈`) names the measure, wherever the verb stands in the title.
 */
const REMEDY = /(?:补|破|解|疏|通|治|除|攻|消|克|治理)(?:齐|足|上|好|强|除|决|通|掉)?(?:短板|难点|堵点|痛点|瓶颈|困境|难题|弱项)/;

export function isBackgroundTitle(title: string): boolean {
  // Round 10: a lead dash (`——补齐基础设施短板`) is no part of the title's words either.
  // Third wave: Markdown marks pasted as text (an AI chat's `### 一、问题分析`, `**现状**`) are no words either.
  const f = fold(title).trim().replace(/^#{1,6}\s+/, "").replace(/\*\*/g, "").replace(/[。:：]$/, "").replace(/^[一二三四五六七八九十\d]+[、.]\s*/, "").replace(/^(?:—{1,2}|-{2})\s*/, "");
  if (f.length > 20 || ADVICE_WORDS.test(f) || MEASURE_OPENER.test(f) || REMEDY.test(f)) return false;
  // 2026-12-03: the bare label of a `问题：……` row (beside `现状：`, `建议：`) names the problems.
  // Seventh wave: so does a forum's or talk's one-word problem heading (`■ 症结` before `■ 对策`).
  if (PROBLEM_NOUN.test(f) || PROBLEMS_NOTED.test(f) || PROBLEMS_WEIGHED.test(f)) return true;
  // Fourteenth wave: a programme's two-part heading (`症结：谁来清掏` before `出路：如何长效`) is named by
  // its label: a problem noun before the colon heads what is wrong, whatever the question after it.
  const label = /^([^:]{2,4}):\s*\S/.exec(f);
  if (label && PROBLEM_NOUN.test(label[1])) return true;
  // Seventh wave: the period reviewed (`过去一年的主要工作`, `2026年工作回顾`) or the state found (`办理情况`).
  // Nineteenth wave: the results of the work reviewed (`政策落实成效`, retrospect.ts).
  return BACKGROUND_TITLE.test(f) || namesResults(f) || BACKGROUND_WORDS.test(f) || RATIONALE_TITLE.test(f) || namesReview(f);
}

/** Words of a measure: what a recommendation or a reported measure says will be done. */
const MEASURE = /建议|要|应|将|须|需|推动|推进|加强|加大|建立|健全|完善|实行|推行|开展|落实|鼓励|支持|引导|提高|提升|强化|优化|扩大|加快|探索|实施|制定|出台/;

/**
 * Sixteenth wave (2026-12-05): a heading in the 把 construction (`把监测站点管起来`, `把责任压到人`) puts
 * the object first and says what is to be done to it — a directive, a measure's heading, whatever verbs
 * its text uses (`各县人民政府每年组织一次演练`). 把握 (grasp) and 把脉 (take the pulse) are verbs of
 * their own, not the construction (`把握现状` heads a situation).
 */
const DISPOSAL_HEADING = /^把(?!握|脉)[^,。!?;:]{2,16}$/;

/**
 * A leaf whose first line is a heading and whose other lines are narrative only: the
 * questions and problem statements of an interview, the conditions of an application.
 */
function narrativeSection(text: string): boolean {
  const lines = text.split("\n").map((l) => fold(l).trim());
  // Twelfth wave: a letter's close and the signature under it (`此致` / `敬礼！` / names) end the text.
  const close = lines.findIndex((l, i) => i > 0 && LETTER_CLOSE.test(l));
  if (close > 0) lines.length = close;
  // A 公文's signature closing the text (`云湖区政协经济委员会`) is no narrative line.
  while (lines.length > 1 && SIGNATURE.test(lines[lines.length - 1])) lines.pop();
  if (lines.length < 2 || !isHeadingLike(lines[0], 40)) return false;
  const body = lines.slice(1);
  // Under a question (`怎么申请？`, `服务跟上了吗`) the text answers the reader: background
  // unless a line reads as a recommendation; measure words alone (`制定“一户一案”`) are not enough.
  if (/[?？吗呢]$/.test(lines[0])) return body.every((l) => !isRecommendationLike(stripSpeaker(l)));
  // A heading that names a measure (`推广智能监测`) heads a recommendation, whatever its text —
  // unless it asks (2026-12-03: `关爱服务缺在哪` opens with a policy verb and is a question):
  // then its text decides, as for any other heading.
  // Seventh wave: a heading stating what was achieved (`坚持围绕中心，协商议政更加务实`) over a review of
  // past work (`全年开展专题协商5次……`) is the report's retrospective part, whatever verb opens it.
  if (statesAchievement(lines[0]) && body.some(reviewsPastWork)) return true;
  // Nineteenth wave: so does a body put to a measure (`自然资源部门会同市林业局简化……。`, markers.ts) over an interview's next turns.
  if ((isRecommendationLike(lines[0]) || actorTakesMeasure(lines[0]) || DISPOSAL_HEADING.test(lines[0].replace(/^[一二三四五六七八九十\d]+[、.]\s*/, ""))) && !INTERROGATIVE.test(lines[0])) return false;
  // Fifth wave: a section of several speakers' words reported (`委员某某说，……`) summarises a
  // discussion — minutes' 发言摘要, a forum's 交流发言 — even where a speaker proposes something.
  if (body.filter(reportedSpeech).length >= 2 && body.every((l) => reportedSpeech(l) || !isRecommendationLike(stripSpeaker(l)))) return true;
  // Seventh wave: a situation heading (`提案办理情况`) over its own report of past work is background.
  if (namesSituation(lines[0]) && !isRecommendationLike(lines[0]) && body.some(reviewsPastWork)) return true;
  // Tenth wave: a question asked in the section (`问：……主要难在哪些地方？`) proposes nothing, whatever
  // measure word it holds (主要 holds 要): the answers decide.
  // Thirteenth wave: a target for a date to come (`到2027年底，……全部完成……`; retrospect.ts) is what the plan sets.
  if (body.some(setsTarget)) return false;
  // Twentieth wave: a line that hands the work to a body (`……，由县交通运输局统一规划建设。`, `交通运输部门和公安交警部门
  // 联合划设……`) says who is to do it: a measure, as under a ranked suggestion of a poll, whatever verb it uses.
  if (body.some((l) => ASSIGNS_BODY.test(l) || actorTakesMeasure(l))) return false;
  return body.every((l) => ASKED.test(l) || (!isRecommendationLike(stripSpeaker(l)) && (!MEASURE.test(l) || PROBLEM_STATEMENT.test(l))));
}

/** A clause putting a body in charge of the work: `由X局（统一）牵头/负责/组织/规划/建设`. */
const ASSIGNS_BODY = /(?:^|,)由[\u4e00-\u9fff、]{1,20}?(?:局|委|厅|办|部门|政府|中心|公司|支队|大队)(?:统一|负责|牵头|会同|组织|规划|建设|实施)/;

/**
 * Twelfth wave (2026-12-04): the complimentary close of a Chinese letter (书信的祝颂语) on its own
 * line: `此致`, `此致敬礼！`, `顺颂商祺`, `顺祝时祺`, `谨致谢忱` — what follows is the signature. The tree
 * makes no node from it on (tree.ts); here its lines are no words of the section they end.
 */
export const LETTER_CLOSE = /^(?:此致|顺颂|顺祝|敬颂|谨致|谨颂)\s*(?:敬礼|商祺|时祺|时绥|近安|谢忱|敬意)?\s*[!。]?$/;

/** A line that is one question: ends with `？`. */
const ASKED = /^[^。!;]*\?$/;

/**
 * Fifth wave (2026-12-03): a line reporting what someone said — its first clause ends in a verb
 * of saying after the speaker (`县政协委员、某校校长某某说，`, `某某表示，`, `来自社区的代表某某认为：`).
 * The meeting or the writers themselves (`会议认为，`, `我们建议`) state conclusions, not reports.
 */
const REPORTED = /^([^。,;:!?]{2,40}?)(?:说|表示|坦言|谈到)[,:]/;
const OWN_VOICE = /^(?:会议|本次会议|与会|大家|我们|我|建议|经协商)/;

export function reportedSpeech(folded: string): boolean {
  const f = folded.trim();
  const m = REPORTED.exec(f);
  // A plural speaker (`委员们表示，`) gives the body's view and a leader's speech (`在讲话中`)
  // its instruction: conclusions, as the meeting's are.
  return !!m && !OWN_VOICE.test(f) && !/们|讲话|会上/.test(m[1]);
}

/** An interrogative word: headings often drop the `？` (`关爱服务缺在哪`, `钱从哪里来`, `如何管好`). */
const INTERROGATIVE = /哪|怎|如何|为何|为什|何在|何时|何处|多少/;

/**
 * A line stating problems (`这个问题确实存在。首先，……还存在不足`): narrative even where a
 * measure word stands in it (`激励机制不健全`, `医生开展上门服务的积极性不高`).
 */
const PROBLEM_STATEMENT = /(?:还|仍|仍然|依然|确实|普遍)存在|存在[^。,;]{0,10}(?:不足|短板|缺口|隐患)/;

/** The issuing body alone on a line: `政协鹭川市委员会`, `云湖区政协经济委员会`. */
const SIGNATURE = /^[\u4e00-\u9fff]{2,24}(?:委员会|政协|委|局|厅|办公室|联合会)$/;

const SPEAKER_LABEL = new RegExp(String.raw`^(?:${TURN_TIME_MARK})?(?:[\u4e00-\u9fff]{0,4}记者|[\u4e00-\u9fff]{1,4}):\s*`);

/** `宋某某：…`, `答：…`: an interview's speaker label. */
function stripSpeaker(folded: string): string {
  // (A transcript's time mark before the label, `(10:03)罗某某:`, goes with it.)
  return folded.replace(SPEAKER_LABEL, "");
}

export interface KindInput {
  title: string;
  text: string;
  children: KindInput[];
  /** Preset to background by the tree builder for the items of a problem statement. */
  kind?: NodeKind;
}

/**
 * A lead-in to a list of problems rather than measures: `还存在以下问题：`,
 * `面临三方面困难：`, `首先，在……方面还存在……`.
 */
export function introducesProblems(folded: string): boolean {
  const s = folded.trim().slice(-60);
  return /(?:问题|困难|不足|短板|挑战|矛盾|瓶颈|隐患|风险)(?:[^,，。;；]{0,8})?[:：]?$/.test(s) && !ADVICE_WORDS.test(s.slice(-12));
}

/** Give every node of a tree its kind (in place). */
export function assignKinds(nodes: KindInput[], inBackground = false): void {
  let advised = false;
  for (const node of nodes) {
    const reportsBack: boolean = advised && !inBackground && node.kind !== "background" && node.children.length === 0 && PROGRESS_TITLE.test(progressWords(node.title));
    const background = !reportsBack && (inBackground || node.kind === "background" || isBackgroundTitle(node.title));
    if (background) node.kind = "background";
    else if (node.children.length) node.kind = "heading";
    else node.kind = !reportsBack && narrativeSection(node.text) ? "background" : "recommendation";
    assignKinds(node.children, background);
    advised = advised || (node.kind === "heading" && node.children.some((c) => c.kind === "recommendation"));
  }
}

/**
 * Fourth wave (2026-12-03): a progress section (`办理进展`, `落实情况`) is the situation when it
 * comes before the measures (a reply's `工作进展` over `下一步工作`), but after a section of
 * recommendations it reports what was done with them — measures being taken, which a news
 * report's recommendation includes (content/corpus/README.md, Trees).
 */
const PROGRESS_TITLE = /^(?:(?:工作|办理|落实|推进|实施)?进展(?:情况)?|(?:办理|落实|完成|推进|实施)情况)$/;

function progressWords(title: string): string {
  return fold(title).trim().replace(/^#{1,6}\s+/, "").replace(/\*\*/g, "").replace(/[。:：]$/, "").replace(/^[一二三四五六七八九十\d]+[、.]\s*/, "");
}

// ───────────────────────────── titles ─────────────────────────────

/** Longest lead phrase kept whole as a title. */
const LEAD_MAX = 30;

/** A clause that only says who does it: `建议由市民政局牵头`, `市卫健委、市医保局配合`. */
/** Fourth wave (2026-12-03): after `会同`/`联合` only bodies (`会同市卫健委、市医保局`); a clause going on
 * with what they do (`会同市教育局加强……抽检`, `联合开展……登记`) states the measure: it is the title. */
const ROLE_CLAUSE =
  /^(?:建议|同时|并|请)?(?:由|请)?[^,，]{1,40}?(?:牵头|负责|统筹|主抓|配合|协助|参与|协同|(?:会同|联合)[^,，]{1,30}(?:局|委|厅|办|室|部|部门|单位|政府|镇|乡|街道|社区|村|中心|公司|集团|会|院|处|所|队|团|联|站|馆|行|校|门)(?:等)?)$/;
/** Words with no content of their own at the start of a clause. */
const EMPTY_CLAUSE = /^(?:建议|为此|同时|此外|另外|其次|首先|最后|对此|因此|具体|具体而言|具体来说|一方面|另一方面)$/;

const OPEN = new Set([..."“‘「『《([【〔"].map((c) => c.charCodeAt(0)));
const CLOSE = new Set([..."”’」』》)]】〕"].map((c) => c.charCodeAt(0)));
const [COMMA, COLON, NL] = [",", ":", "\n"].map((c) => c.charCodeAt(0));
const END = new Set([..."。;!?"].map((c) => c.charCodeAt(0)));
const isDigit = (code: number) => code >= 48 && code <= 57;

/** Split at top-level clause breaks (not inside quotes or brackets). */
function clauses(folded: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    if (OPEN.has(code)) depth++;
    else if (CLOSE.has(code)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (code === COMMA || code === COLON) && !(isDigit(folded.charCodeAt(i - 1)) && isDigit(folded.charCodeAt(i + 1)))) {
      out.push([start, i]);
      start = i + 1;
    }
  }
  out.push([start, folded.length]);
  return out;
}

/** End of the first sentence (not inside quotes), or -1. */
function firstSentenceEnd(folded: string): number {
  let depth = 0;
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    if (OPEN.has(code)) depth++;
    else if (CLOSE.has(code)) depth = Math.max(0, depth - 1);
    else if (code === NL || (END.has(code) && (depth === 0 || i > 120))) return i;
  }
  return -1;
}

/**
 * The short title of a recommendation's text. `fallback` (the first-clause title the
 * structurer gives every node) is used when nothing better is found.
 */
export function recommendationTitle(text: string, fallback: string): string {
  // A title is short: only the opening of the text matters (and a 1 MB text stays cheap).
  const src = text.trim().slice(0, 200);
  if (!src) return fallback;
  // Seventh wave: a table row joined from cells (table-cells.ts), or one opening with its code cell
  // (`C-015 关于……的提案 某某 市卫健委`), or one with bars between its cells, is titled by its content cell.
  const row = /^[^\n]*\t[^\n]*/.exec(src) ?? /^(?:[^\n|｜]*[|｜]){2}[^\n]*/.exec(src) ?? (codedRow(src.split("\n")[0]) ? [src.split("\n")[0]] : null);
  if (row) return clip(contentCell(row[0])) || fallback;
  // A proposal's name followed by the row's other cells (`关于……的提案 区住建局 区民政局 已办结`): the name.
  const named = /^(关于[^\s。；！？]{2,60}的(?:提案|建议|议案))[ \u3000]+\S/.exec(src);
  if (named) return named[1];
  const f = fold(src);
  const end = firstSentenceEnd(f);
  const sentenceEnd = end < 0 ? f.length : end;
  const sentence = f.slice(0, sentenceEnd);
  const goesOn = end >= 0 && f.slice(end + 1).trim().length > 0;
  const parts = clauses(sentence);
  const roleOnly = (c: string) => ROLE_CLAUSE.test(c.trim()) || EMPTY_CLAUSE.test(c.trim());
  if (sentence.length <= LEAD_MAX && goesOn && !roleOnly(sentence.slice(parts[0][0], parts[0][1]))) {
    return clip(src.slice(0, sentenceEnd).trim());
  }
  for (const [s, e] of parts) {
    const c = sentence.slice(s, e).trim();
    if (c.length >= 2 && !roleOnly(c)) return clip(src.slice(s, e).trim());
  }
  return fallback;
}
