/**
 * Reading unnumbered text: where a title ends, which lines are headings, and which
 * paragraphs are recommendations rather than narrative (findings, background).
 *
 * Functions taking `folded` expect the folded form of the text (see fold.ts).
 */
import { notALeadPhrase } from "./lead-phrase-exclusions";
import { ACTOR_OPENING, TABLE_ROW, VOCATIVE } from "./tree-shapes";
import { reportsResults } from "./retrospect";
import { TURN_TIME_MARK } from "./line-shapes";

export { clip, titleOf } from "./paragraph-titles";

/** A heading line: short, no sentence punctuation. `发展普惠托育服务`, `意见建议`. */
export function isHeadingLike(folded: string, max = 40): boolean {
  const s = folded.trim();
  if (!s || s.length > max || TABLE_ROW.test(s)) return false;
  if (/[。!?;]/.test(s.slice(0, -1))) return false;
  if (/[,:]/.test(s) && s.length > 30) return false;
  return !/[,:]$/.test(s);
}

/** A bare heading: short, without any punctuation a sentence would have (`办好老年助餐服务`). */
export function isBareHeading(folded: string, max = 25): boolean {
  const s = folded.trim();
  return s.length >= 2 && s.length <= max && !/[。!?;,:、.]/.test(s) && !TABLE_ROW.test(s);
}

/** A speaker's label, a transcript's time mark before it no part of it (`[01:05] 周某某:`). */
const TIMED_LABEL = new RegExp(String.raw`^(?:${TURN_TIME_MARK})?([\u4e00-\u9fff]{0,4}记者|[\u4e00-\u9fff]{1,4}|[a-z]{1,2})\s*:`, "i");

/**
 * A section heading of an unnumbered text: a short line with no sentence break —
 * `深化数字赋能，打造治理“智慧脑”`, `布点更均衡 让老人就近吃上饭`, `谁可以申请？`,
 * `一问：普惠托位从哪里来？`. Not a lead-in (`为此建议：`), not a sentence, not a
 * speaker's line (`记者：……？`).
 */
export function isSectionHeading(folded: string, speakers: ReadonlySet<string> = new Set()): boolean {
  const s = folded.trim();
  if (s.length < 2 || s.length > 30 || TABLE_ROW.test(s)) return false;
  if (/[。;!]/.test(s) || /[,:、]$/.test(s)) return false;
  // 2026-12-03: an interviewer's numbered question (`Q1｜……？`, `问2：……？`) is a turn, not a section.
  if (QUESTION_TURN.test(s)) return false;
  // A question is a heading only at the end (`谁可以申请？`, `怎么建？听听居民怎么说` aside).
  const q = s.indexOf("?");
  if (q >= 0 && q < s.length - 1 && s.slice(q + 1).length > 12) return false;
  // (A transcript's time mark before the label, `[01:05] 周某某:`, is no part of it.)
  const label = TIMED_LABEL.exec(s);
  if (label && speakers.has(label[1])) return false;
  // Round 10: so is any other label known as a speaker's (`网友“某某”:`).
  const colon = s.indexOf(":");
  if (colon > 0 && speakers.has(s.slice(0, colon).trim())) return false;
  return (s.match(/,/g) ?? []).length <= 1;
}

/**
 * The editor's or writer's framing, labelled as such (`编者按：`, `导语：`, `编后：`, `摘要：`):
 * it introduces or comments on the text; it is no measure, whatever verb follows.
 */
const EDITORIAL_LABEL = /^[【[]?(?:编者按|编者的话|编后语?|编前语?|导语|导读|按语|摘要|内容提要|前言|引言|小编说)[】\]]?\s*:?/;

/** An interviewer's question label: `Q1｜`, `Q:`, `问2：`, `问.`; nineteenth wave: `问一：` (an explainer's card; `一问：` heads a section). */
const QUESTION_TURN = /^(?:q|问)\s*(?:\d{0,2}|[一二三四五六七八九十]{1,3})\s*[|:.、]|^(?:q|问)\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s+(?=[^?]{2,}\?$)/i;

/** A paragraph that is one question and nothing more (`Q3｜有没有得到回应？`, `您怎么看？`). */
export function isOnlyQuestion(folded: string): boolean {
  const s = folded.trim();
  return s.endsWith("?") && !/[。!?;]/.test(s.slice(0, -1));
}

const SEQUENCE_OPENER = /^(?:首先|其次|再次|再者|然后|此外|另外|最后)\s*[,、:]\s*/;

/**
 * A paragraph that opens with a lead phrase: a short first sentence ending in `。`, then
 * the text that carries it out (`织密城乡助餐网络。市民政局会同……`). Under a heading, such
 * paragraphs are its recommendations; plain paragraphs are the heading's own text.
 */
/** `我提出三点建议`, `谈两点看法`: a sentence that announces how many proposals follow. */
const COUNTED_PROPOSALS = /(?:提出?|谈|讲|说)(?:[一二三四五六七八九十两几]|\d{1,2})(?:点|条|个方面)(?:建议|意见|看法|思考|想法)$/;

export function hasLeadPhrase(folded: string): boolean {
  const s = folded.trim();
  if (EDITORIAL_LABEL.test(s)) return false;
  // `首先，`/`其次，` number what follows; the lead phrase, if any, comes after them
  // (`首先，在……方面还存在缺口，……。` states a problem and has none).
  const sequence = SEQUENCE_OPENER.exec(s);
  if (sequence) return hasLeadPhrase(s.slice(sequence[0].length));
  const end = s.search(/[。;!?]/);
  if (end < 2 || end > 30 || s.length <= end + 1) return false;
  const first = s.slice(0, end);
  // Round 10: a phrase closed by `；` is a lead phrase only without a comma (`推动出台……办法，让……；` is a clause).
  if (s[end] === ";" && (first.includes(",") || ACTOR_OPENING.test(first))) return false;
  if (QUOTATION.test(s) || VOCATIVE.test(s)) return false;
  if (REPORTING.test(first) || CLOSING.test(first) || /^(?:[\u4e00-\u9fff]{0,4}记者|问|答|主持人)[:：]/.test(first)) return false;
  // 2026-12-03: a scene, then someone's words (`走访中，不少居民表示“……”。`): reported speech, no measure.
  if (SCENE.test(first) && REPORTED_SPEECH.test(first)) return false;
  // A speaker's label (`宋某某：`) is no part of a lead phrase: judge what the speaker says.
  const label = /^(?:[\u4e00-\u9fff]{2,4}|[A-Za-z]{1,2})[:：]\s*/.exec(first);
  if (label) return hasLeadPhrase(s.slice(label[0].length));
  // Round 12b: announcing a count of proposals (`我提出三点建议。`) leads into a list; it names no measure.
  if (COUNTED_PROPOSALS.test(first)) return false;
  // Round 13: a question the writer asks and answers (`为什么会这样？…`), or a first-person
  // statement (`我很有信心。`), names no measure either.
  if (notALeadPhrase(first, s[end])) return false;
  // Seventh wave: a tally of things done (`……以来，共收到提案612件`, `立案提案已全部办复`) reviews past work.
  if (reportsResults(first)) return false;
  // Narrative openers (`目前…`, `近年来…`) and `X是Y` explanations are not lead phrases;
  // round 12: nor is a concession (`照明虽小，连着民心。`), a remark that closes, not a measure.
  return !/^(?:目前|当前|近年|如今|今年|去年|截至|随着|由于|据|在|从|对于|其中|同时|此外|另外|但|然而|可以说|这|那)/.test(first) && !/是|^[^,]{0,8}虽(?:然|说)?[^,]{0,8},/.test(first);
}

/**
 * A document title line: not too long, at most one sentence, and not a colon lead-in.
 * (`关于加强城乡学校课后服务的建议`, `市政协专题调研组聚焦“一老一小”开展调研`.)
 */
export function isTitleLine(folded: string): boolean {
  const s = folded.trim();
  if (s.length < 2 || s.length > 80) return false;
  if (/[。!?;]/.test(s.slice(0, -1))) return false;
  if (/[:]$/.test(s)) return false;
  // A long line full of commas is a sentence of prose, not a title.
  const commas = (s.match(/,/g) ?? []).length;
  return commas === 0 || (commas <= 2 && s.length <= 40);
}

/** `为此建议：`, `具体建议如下:`, `现提出以下建议。` — the line that introduces the list. */
export function isLeadIn(folded: string): boolean {
  const s = folded.trim();
  if (!s) return false;
  if (/[:]$/.test(s) && s.length <= 400) return /建议|如下|以下|意见|措施|对策|提出|具体/.test(s.slice(-24));
  return /(?:如下|以下)(?:意见)?建议[。]?$|建议如下[。]?$|提出(?:如下|以下)[^。]{0,8}[。]$/.test(s);
}

/**
 * Words that open a recommendation: imperative verbs of policy writing (加强, 完善,
 * 建立, …) and modal openers (建议, 应当, 由…牵头). Two characters or more, so ordinary
 * narrative (`近年来`, `调研组认为`) does not match.
 */
const REC_OPENERS = new Set(
  (
    "建议 应当 应该 必须 需要 亟需 亟须 务必 请 由 " +
    "着力 切实 进一步 尽快 加快 大力 积极 全面 深入 持续 不断 逐步 稳步 有序 稳妥 " +
    "鼓励 支持 推动 推进 推广 推行 加强 加大 加紧 完善 健全 建立 建设 建好 构建 构筑 落实 规范 " +
    "优化 提升 提高 强化 深化 引导 探索 实施 实行 坚持 发展 促进 扩大 统筹 做好 抓好 用好 " +
    "办好 管好 打造 创新 拓宽 拓展 畅通 严格 从严 简化 明确 压实 补齐 补强 补足 织密 织牢 壮大 " +
    "补充 减轻 降低 减少 放宽 增加 增设 设立 制定 制订 出台 开展 组织 保障 确保 注重 重视 聚焦 " +
    "发挥 培育 培养 引进 吸引 整合 盘活 破解 解决 缓解 防止 防范 杜绝 严禁 禁止 改进 改革 " +
    "改善 调整 理顺 厘清 夯实 筑牢 巩固 延伸 丰富 提供 纳入 给予 打通 共建 营造 倡导 普及 " +
    "开发 搭建 设置 配备 配齐 充实 增强 激发 激活 释放 突出 凝聚 依法 严厉 科学 精准 分类 " +
    "试点 启动 编制 修订 修改 研究 取消 合理 统一 守住 兜牢 兜底 保护 关爱 帮助 扶持 " +
    "考核 评估 监督 督促 治理 整治 清理 排查 摸清 梳理 用活 抓实 做实 做细 做优 做强 挖掘 " +
    "严把 严控 严查 加速 重点 优先 公开 简政 便利 畅达 压减 扩容 提质 增效 升级 改造 联合"
  ).split(/\s+/),
);
const MAX_OPENER = 3;

/** Narrative signals in a paragraph's first sentence: findings, background, reasons. */
const NARRATIVE =
  /认为|发现|显示|表明|指出|反映|了解到|据统计|统计|目前|当前|近年|以来|调研|走访|座谈|情况|问题|原因|成效|如下|以下|我们|我市|我省|全市|全省|截至|随着|由于|因为|虽然|但是|面临|难题|困难|不足|矛盾|存在|仍有|还有|也有/;

/**
 * A scene-setting adverbial clause (time or occasion, 时间/场合状语): `协商会上，`, `走访中，`,
 * `座谈时，`, `调研期间，` — short, ending in a locative of time or place, then a comma.
 */
const SCENE = /^[\u4e00-\u9fff]{1,7}(?:上|中|时|期间|之际|过程中),/;
/** A speech verb before a comma, colon or quotation: `表示，`, `说：“`. */
const REPORTED_SPEECH = /(?:表示|介绍|坦言|直言|感慨|说|称|呼吁|提到)[,:]?[“"「]|(?:表示|介绍|坦言|直言|说|称)[,:]/;

/** Reporting verbs: a clause with one of them states a finding. */
const REPORTING = /认为|发现|显示|表明|指出|反映|了解到|据统计|统计显示/;

/**
 * Openers that look like verbs but start background (`由于…`). Fifteenth wave: 补充 replenishes what is short
 * (`补充机械设备`, like 补齐/补足) and opens a measure, but a speaker adding a remark (`补充一点`, `补充说明`) says none.
 */
const NARRATIVE_START = /^(?:由于|由此|发展中|建设中|补充(?:说明|一点|一下|一句|几句|道|了))/;

/** Closing remarks after the list (`以上建议……`; eighth wave: a summing-up, `总的来看，……`) are not recommendations. */
const CLOSING = /^(?:以上|上述|综上|总之|总而言之|特此|此致|总的(?:来看|来说|看)|总体(?:来看|来说|而言|上看)|概括(?:起来|地说)|归结起来)/;

/** Eighth wave: a paragraph that sums up after the list (`总之，……`, `以上建议，……`): its inline `一是/一要` recap, they add no items. */
export function opensSummary(folded: string): boolean {
  return CLOSING.test(folded.trim());
}

/**
 * Does this unnumbered paragraph read as a recommendation (as opposed to findings or
 * background)? Either it opens with a policy verb or modal (`加大普惠托育供给。…`,
 * `建议市商务局…`), or its first sentence is a short heading sentence followed by more
 * text, with no narrative signal.
 */
/** A paragraph that opens with a quoted speech (`“晚上回来转三圈都找不到车位。”在……`). */
const QUOTATION = /^[“"「『][^”"」』]{0,200}[。!?…][”"」』]/;

const DEPARTMENT_SUBJECT = /^(?:市|省|区|县|自治区)[\u4e00-\u9fff]{1,12}?(?:局|厅|委|办|中心|支队|大队|集团|公司|联|协)(?:要|应|将|须|负责|牵头|会同|联合|定期|每年|每季度|每月|组织|推动|加强|建立|制定|完善|开展|落实|指导|统筹|举办|设立)/;
/**
 * Fifteenth wave (2026-12-04): a department named as the actor, then a policy verb that opens measures
 * (REC_OPENERS: `市交通运输局规范……`), or first a scope of place or time (`市总工会在……设置……`). The verb
 * is what the measure asks of the department; a report of what it did carries a word of DEPARTMENT_REPORTS.
 * The CPPCC and the congress are no actor here (`区政协重点提案办理进度表` is a table's name, not 区政协 + 重点).
 */
const DEPARTMENT_ACTOR = /^(?:市|省|区|县|州|自治区|自治州|盟|旗)(?!政协|人大)[\u4e00-\u9fff]{1,12}?(?:局|厅|委|办|中心|支队|大队|工会|联|协)/;
/** A scope before the verb: `在` and a place or time, at most 16 characters, no clause break. */
const SCOPE = /^在[^,;。]{1,16}/;

function departmentActsOnMeasure(clause: string): boolean {
  const actor = DEPARTMENT_ACTOR.exec(clause);
  if (!actor || DEPARTMENT_REPORTS.test(clause)) return false;
  const rest = clause.slice(actor[0].length);
  const scope = SCOPE.exec(rest)?.[0] ?? "";
  // Any opener right after the actor, or one inside the scope's reach (`在……便利店设置`).
  const starts = scope ? Array.from({ length: scope.length }, (_, k) => k + 2) : [0];
  return starts.some((at) => [3, 2].some((n) => REC_OPENERS.has(rest.slice(at, at + n))));
}

const DEPARTMENT_REPORTS = /近日|日前|目前|今年以来|已经|印发|出台|召开|发布|获悉|介绍|表示|显示|认为|指出|负责人/;

/** A first clause, then a copula or a verdict: `X，是……`, `X，关键在……`, `X，离不开……`. */
const JUDGMENT = /^[^,]{2,20},(?:就|正|也|才|更|都|既|不仅|无疑|恰恰)?(?:是|关键在|重在|贵在|难在|离不开)/;

/**
 * Seventh wave (2026-12-04): a closing appeal — the speaker turns to the audience (`各位委员，新的一年，
 * 让我们……！`, `让我们携起手来……`, `欢迎大家继续留言……`). Reports, speeches and posts end so; it calls
 * on the listeners, it assigns no measure, even after `建议如下：`.
 */
const APPEAL = /^(?:让我们|欢迎(?:大家|各位|广大|读者|网友|朋友)|希望大家|期待(?:大家|各位|与)|恳请(?:大家|各位))/;

export function isClosingAppeal(folded: string): boolean {
  const s = folded.trim();
  return VOCATIVE.test(s) || APPEAL.test(s);
}

/**
 * Eighth wave (2026-12-04): a news lede opens with a purpose or topic clause in a policy verb
 * (`聚焦……，`, `推动……，`, `助力……，`), then tells who did what when: a date or the CPPCC and its
 * members (`市政协日前召开……`, `11月5日，市政协组织……`, `委员们走进……`). The verb is the event's
 * purpose, not a measure asked of anyone; a modal after it (`要`, `应`, `建议`) would make it one.
 */
const LEDE_ACTOR = /^(?:\d{1,2}月\d{1,2}日|日前|近日|近期|连日来|\d{4}年\d{1,2}月)?,?\s*(?:[\u4e00-\u9fff]{0,6}政协|[\u4e00-\u9fff]{0,8}(?:委员们?|调研组|视察组)|\d{1,2}月\d{1,2}日)/;

function isEventLede(first: string): boolean {
  const comma = first.indexOf(",");
  if (comma < 2 || comma > 30) return false;
  const rest = first.slice(comma + 1);
  return LEDE_ACTOR.test(rest) && !/要|应|须|建议|牵头|负责/.test(rest);
}

/** A topic put first with 对/对于/针对 (no verb of its own), a comma, then 请: a letter's request about that topic. */
const TOPIC_REQUEST = /^(?:对于?|针对)[^,:。!?;]{1,16},\s*请/;

export function isRecommendationLike(folded: string): boolean {
  const s = folded.trim();
  if (s.length < 2 || CLOSING.test(s) || QUOTATION.test(s) || EDITORIAL_LABEL.test(s) || isClosingAppeal(s)) return false;
  if (s.startsWith("建议")) return true;
  // Thirteenth wave: a fronted topic, then a request (`对塌了的河岸，请县里安排资金尽快修复`): the request is the measure.
  if (TOPIC_REQUEST.test(s)) return true;
  const firstSentenceEnd = s.search(/[。!?;]/);
  const first = firstSentenceEnd < 0 ? s : s.slice(0, firstSentenceEnd);
  const clauseEnd = first.search(/[,:]/);
  const clause = clauseEnd < 0 ? first : first.slice(0, clauseEnd);
  // "调研组认为…", "调查显示…" report findings; "X是Y" defines or explains.
  if (REPORTING.test(clause) || clause.includes("是")) return false;
  // Eighth wave: a news lede's purpose clause (`聚焦老年助餐，11月5日，市政协组织……`) opens a report of an event.
  if (isEventLede(first)) return false;
  // Fourth wave (2026-12-03): a judgment whose subject is a verb phrase (`推广家庭光伏，是一件……的事。`,
  // `做好这件事，关键在……`) comments on the measures; it names none.
  if (JUDGMENT.test(first)) return false;
  for (let n = MAX_OPENER; n >= 1; n--) if (REC_OPENERS.has(s.slice(0, n))) return !NARRATIVE_START.test(s);
  // A department as the subject that will carry a measure out (`市商务局定期举办…`), not
  // one that reports or has done something (`市商务局近日印发…`, `…负责人介绍`).
  if (DEPARTMENT_SUBJECT.test(clause) && !DEPARTMENT_REPORTS.test(clause)) return true;
  if (departmentActsOnMeasure(clause)) return true;
  return (
    firstSentenceEnd > 0 &&
    first.length <= 20 &&
    !/[,]/.test(first) &&
    s.length > firstSentenceEnd + 1 &&
    !NARRATIVE.test(first) &&
    !notALeadPhrase(first, s[firstSentenceEnd], s.slice(firstSentenceEnd + 1))
  );
}

/**
 * Plainly not a recommendation even after `为此建议：`: closing remarks (`以上建议…`) and
 * reported findings (`调研组认为…`).
 */
export function isClearlyNarrative(folded: string): boolean {
  const t = folded.trim();
  if (!t || CLOSING.test(t) || isClosingAppeal(t)) return true;
  // 2026-12-03: a question asks; it is never a measure, even after `建议如下：`.
  if (isOnlyQuestion(t)) return true;
  // 2026-12-03: a scene set first (`协商会上，`, `调研中，`) is no part of who speaks: read the clause after it.
  const s = t.replace(SCENE, "");
  const clauseEnd = s.search(/[,:。!?;]/);
  const clause = clauseEnd < 0 ? s : s.slice(0, clauseEnd);
  // Round 10: a clause that attributes speech (`某局有关负责人表示，将……`) reports, too.
  // Round 12: so does a subject's further advice after the list (`委员们还建议，……`).
  return REPORTING.test(clause) || (clauseEnd > 0 && (/(?:表示|介绍|说|称|透露|坦言)$/.test(clause) || /^[一-鿿]{2,12}(?:还|另外还|此外还)(?:建议|提出|呼吁)$/.test(clause)));
}
