/**
 * Photo captions: how much a short line reads as the caption of a picture (the chrome
 * stage, chrome.ts, adds its position between paragraphs). Split from chrome-rules.ts.
 * Every test runs on the folded line (fold.ts).
 */
import { CAPTION_ACTION, CAPTION_OPENER, CAPTION_PEOPLE, PHOTO_CREDIT } from "./chrome-patterns";
import { endsSentence } from "./line-shapes";

/** A line that reads as a photo caption (the stage checks its position between paragraphs). */
export function captionLike(f: string): boolean {
  if (f.length > 90 || /[。!?]./.test(f) || /[:;]$/.test(f)) return false;
  if (CAPTION_OPENER.test(f)) return true;
  if (PHOTO_CREDIT.test(f)) return true;
  return CAPTION_PEOPLE.test(f) && CAPTION_ACTION.test(f) && !endsSentence(f);
}

/**
 * A line ending by pointing on: a dash (`——`, `—`) or an ellipsis (`……`, `...`). Seventeenth wave: or a
 * glyph pointing down (`……形成了一份建议清单👇`, `……一起来看⬇️`) — a lede handing over to the items under
 * it; a caption points up at its picture (`▲`), never down to the text.
 */
const LEADS_ON = /(?:—|…|\.{3}|[👇⬇↓⤵🔽]\uFE0F?)$/u;
/** What a photo shows as a noun: `会议现场`, `改造后新貌`, `活动掠影`. */
const SCENE_END = /(?:现场|一角|掠影|全景|航拍图?|场景|风貌|新貌|新颜|外景|内景|夜景|近景|远景|剪影|瞬间|合影|资料图|示意图|效果图|人头攒动|人潮涌动|游人如织|车水马龙|灯火通明|热闹非凡)$/;
/** A caption that states a fact about the picture: `截至目前，清溪河已完成…`. */
const TIMELINE_STAMP = /^(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:\s+|\s*[|｜·/]\s*)[\u4e00-\u9fff]{2,8}$/;
const FACT_OPEN = /^(?:截至|目前|如今|现在|日前|近日|近年来|\d{1,2}月\d{1,2}日)/;
/** People, more broadly: any `……员` (保育员, 网格员), `……们`, teams. */
const PEOPLE_WIDE = /[\u4e00-\u9fff](?:员|们)(?!会)|队伍|队员|幼儿|孩子|小朋友|家长|市民|游客|居民|村民/;
/**
 * One thing of a kind at a place, as a photo shows it: `某区一处人行天桥…`, `一名志愿者…`
 * (a numeral and a classifier near the start). Headings speak of measures, not of one
 * instance.
 */
const DEPICTED = /^[\u4e00-\u9fff]{0,10}?(?:一处|一座|一角|一名|一位|一家|一栋|一幢|一条|一段)/;
/**
 * A place as a photo shows it after a change or in a light: `……旧址改造后的“某某”文创园`,
 * round 12: `夜幕下的老城区小巷` (a saved page's figcaption).
 */
const PLACE_SHOWN =
  /^[^,]{2,30}(?:后|中|里|内|旁|下)的[^,]{1,16}(?:园|馆|站|街区|广场|公园|厂房|大楼|村|社区|小区|基地|园区|车间|工地|河道|水库|民居|老屋|古建筑|建筑|街巷|小巷|巷子|老街|街道|路段|校舍|教室|食堂)$/;
/** People then what they do (maybe where), at the start of the line: `县水利局工作人员检查……`, `委员们在现场查看……`. */
const PEOPLE_DOING = new RegExp(`^[\u4e00-\u9fff]{0,10}?(?:${CAPTION_PEOPLE.source})们?(?:正在|在[^,。]{0,10}?)?(?:${CAPTION_ACTION.source})`);
/**
 * Fifth wave: a noun phrase that says it is a picture — a verb of photographing before the
 * last `的` (`调研中拍摄的部分损毁沟渠`, `无人机航拍的新建堤防`, `镜头下的老街`); what follows the
 * `的` is the thing shown, no predicate after it.
 */
const PICTURED = /(?:拍摄|摄于|拍下|实拍|航拍|抓拍|随手拍|镜头(?:下|里|中))[^的,]{0,8}的[^的,:;]{1,12}$/;
/**
 * Fifth wave: a thing in the state a photo shows it — damaged, disused, newly built — as a noun
 * phrase (`村口闲置多年的老粮站`, `部分损毁的沟渠`). Weak alone: the position must add to it.
 */
const THING_IN_STATE = /(?:损毁|破损|老化|废弃|闲置|坍塌|淤塞|淤积|积水|锈蚀|开裂|新建|新装|新修|建成|修缮一新|整修一新)[^的,]{0,6}的[^的,:;]{1,10}$/;
/** What a recommendation or a section heading says, never a caption. */
const NOT_CAPTION = /建议|意见|措施|对策|问题|情况|做法|举措|思考|启示|经验/;

/**
 * How much a short line without final punctuation reads as a caption: a caption opener or
 * credit, a scene noun at the end, a fact opener, people doing something (`保育员带领幼儿
 * 做游戏`, `市民在……停车`). Policy headings (`深化数字赋能，打造治理“智慧脑”`) score below 0.
 * The stage adds its position (after a paragraph, before a heading or the footer).
 */
export function captionScore(f: string, policyOpener: boolean): number {
  // A line that points on to what follows (`：`, a dash `——`, an ellipsis) leads in to the next
  // lines — a minutes' `我们按发言顺序，摘录主要观点——` — and a picture's caption never does (fifth wave).
  // Seventh wave: nor does a line broken after an enumeration comma (`……凝心聚力、`): half a sentence.
  if (f.length > 60 || /[。!?]/.test(f) || /[:;,、]$/.test(f) || LEADS_ON.test(f)) return -9;
  // A timeline's stamp (`4月15日｜现场协商`: a date, a gap or bar, a short label) heads a dated
  // sub-section of one article; a caption's date opens a clause about people (sixth wave).
  if (TIMELINE_STAMP.test(f)) return -9;
  if (CAPTION_OPENER.test(f) || PHOTO_CREDIT.test(f) || SCENE_END.test(f)) return 3;
  if (PLACE_SHOWN.test(f) || PICTURED.test(f)) return 2;
  let score = 0;
  if (FACT_OPEN.test(f) || DEPICTED.test(f)) score += 2;
  else if (THING_IN_STATE.test(f)) score += 1;
  const people = CAPTION_PEOPLE.test(f) || PEOPLE_WIDE.test(f);
  if (people) score += 1;
  if (people && (CAPTION_ACTION.test(f) || /(?:正|都)?在[\u4e00-\u9fff]/.test(f) || /带领|陪同|演练|排队|体验|学习|游戏|活动|服务/.test(f))) score += 1;
  if (policyOpener) score -= 2;
  // `工作人员检查坝体渗漏情况`: people doing something; 情况 is then what they look at.
  if (NOT_CAPTION.test(f) && !PEOPLE_DOING.test(f)) score -= 2;
  return score;
}
