/**
 * Chrome rules for one line: what a line of page furniture looks like, whatever site or
 * paper it came from. Each test is explainable on its own — the vocabulary of site
 * navigation and share bars, the labels of credits and footers, the shape of contact
 * details, page numbers and captions — and is limited to short lines or anchored at the
 * start, because a sentence of the real text must never be dropped.
 *
 * Every test runs on the folded line (Simplified, half-width; see fold.ts), so one rule
 * covers `来源:` and `來源：` alike. The stage that applies them, with the position and
 * context rules (head and tail of the text, captions between paragraphs, repeated lines),
 * is chrome.ts.
 */
import {
  AD_ANYWHERE,
  EDITION,
  PAGE_NUMBER,
  PHOTO_CREDIT,
  RECORD_CLOSE,
  SPAM_POLICY,
  SPAM_STRONG,
  WIDGET_ANYWHERE,
} from "./chrome-patterns";
import { fieldRowVerdict, labelVerdict } from "./chrome-labels";
import { navigationLine } from "./chrome-navigation";
import { editionVerdict, separatorLine } from "./chrome-edition";
import { mailDigestVerdict } from "./chrome-mail-digest";
import { forumChatVerdict } from "./chrome-forum-chat";
import { commentsRevisionsVerdict } from "./chrome-comments-revisions";
import { isButtonRow, recordButtonRowsVerdict } from "./chrome-record-button-rows";
import { socialVerdict } from "./chrome-social";
import { buttonsCommentRowsVerdict } from "./chrome-buttons-comment-rows";
import { promptsEngagementVerdict } from "./chrome-prompts-engagement";
import { relatedDataTablesVerdict, relatedHead } from "./chrome-related-data-tables";
import { menuNamesNoticeVerdict } from "./chrome-menu-names-notice";
import { DATE, DATE_ONLY, MEMBER_WORD, TIME, WEEKDAY, announcesList, endsSentence, looksLikeProse } from "./line-shapes";
import type { ChromeReason } from "./types";

// ───────────────────────────── metadata ─────────────────────────────

/** `2026-03-02 09:10:11 来源:…`, `2026年3月2日 来源：…`, `2026-03-02 09:10` alone. */
const DATE_CHROME = new RegExp(`^${DATE}\\s*(?:${WEEKDAY})?\\s*(?:${TIME})?\\s*(?:来源|来自|发布|作者|浏览|阅读|点击|字号|编辑|分享|打印|[【\\[]|$)`);
const DATE_TIME = new RegExp(`^${DATE}\\s+${TIME}`);
/** `2026年3月12日 星期四 农历二月十三`: a date line with its weekday and lunar date. */
const DATE_LINE = new RegExp(`^${DATE}(?:\\s*(?:${WEEKDAY}|农历\\S{2,6}|${TIME}))+$`);

/** Lines that *start* with a page-metadata label (an explainer's `关联文件：…` links its policy like `原文链接：`). */
const LABEL_CHROME =
  /^[【[(]?\s*(?:关联文件|政策原文|来源|来自|出处|稿源|信息来源|文章来源|稿件来源|新闻来源|本文来源|内容来源|转载来源|转自|本文转自|发布时间|发布日期|发布机构|发布者|发表时间|更新时间|时间|日期|原标题|原文链接|本文链接|文章链接|浏览次数|阅读次数|点击次数|点击数|点击|浏览|阅读|浏览量|阅读量|访问量|访问次数|字号|字体)\s*(?:[:：|｜丨]|\s(?=\S))/;

/**
 * A 公文's labels: `云政协〔2026〕5号`, `某省政协常委会议材料之七`, `内部资料`, a secrecy star (`★启用前`).
 * The star is a label only without a sentence after it: a leaflet or a card lists its points as
 * `★ 补齐短板。市X局牵头……。`, a bullet over a measure (markers.ts reads it), never a grade; nor
 * before a name line (`★ 县政协委员 某某`): a grade never names a member's post or a party's body.
 */
const STAR_NAME = new RegExp(`^★[^。;!?；！？]*(?:${MEMBER_WORD.source}|政协)`);
const DOCUMENT_LABEL =
  /[〔[(]\s*\d{4}\s*[〕\])]\s*\d{1,4}\s*号$|材料之[一二三四五六七八九十\d]{1,3}$|^(?:内部资料|内部参阅|密级[:：]|秘密|机密|★(?![^。;!?；！？]*[。;!?；！？]))/;

/** A date with year and month only, alone (`（2026年4月）`): a signature or an issue. */
const MONTH_ONLY = /^[(]?\d{4}\s*年\s*\d{1,2}\s*月(?:份)?[)]?$/;

/** An account or author line with a date: `云溪发布 2026-09-14 12:00 某省`. */
const NAME_DATE_LINE = new RegExp(`^\\S{2,20}(?:\\s+\\S{2,20})?\\s+${DATE}\\s*(?:${TIME})?(?:\\s+(?:发表于)?\\S{2,8})?$`);

/** WeChat article head: `原创 作者 公众号名 2026-03-12 08:00 发表于浙江`, `阅读 1.2万`. */
const WECHAT_META = /发表于\s*\S{2,4}$|^原创\s|^(?:阅读|浏览|点赞|在看|赞)\s*[\d.]+\s*万?\+?$|^\d[\d.]*\s*万?\s*(?:阅读|浏览|人看过|次阅读)$/;

// ───────────────────────────── credits ─────────────────────────────

/** Production credits: `编辑:`, `（责任编辑：某某）`, `审核:`, `解读人：…`, `文字稿整理：某某` (as `整理：` alone). */
const CREDIT_LABEL =
  /^[【[(]?\s*(?:本版|本期|本文|本刊)?(?:解读机关|解读单位|解读部门|解读人|组稿|(?:文字稿?|速记稿?|录音)?整理|责任编辑|值班编辑|图文编辑|文字编辑|编辑|责编|编审|审核|审校|校审|审签|校对|初审|复审|终审|美编|监制|制作|排版|签发|出品|出品人|总监制|统筹|策划|视觉|设计|撰文|文字|图文|文图|海报|配音|后期|摄影|摄像|图片|配图|插图|制图|剪辑|素材|主编|执行主编|值班主任|实习生)\s*[:：|｜丨/]/;

/**
 * A person credit: `记者 某某`, `文/某某`, `作者：某某 通讯员：某某`, `（记者 某某 通讯员 某某）` —
 * labels followed by names only. Under the title it is the byline (documents.ts reads it);
 * elsewhere it is a credit.
 */
// A paper's own name may stand for 本报; a desk may qualify the label (`某某晚报全媒体记者 某某`, `首席记者`).
const PERSON_LABEL = String.raw`(?:本报|本刊|本台|新华社|中新社|人民网|央视|[\u4e00-\u9fff]{2,8}?(?:日报|晚报|早报|报|台|网))?(?:全媒体|融媒体|融媒|首席|见习)?(?:特约)?(?:记者|通讯员|作者|撰文|文|图|文图|图文|文\/图|摄影|摄|实习生|编辑)`;
const PERSON_CREDIT = new RegExp(
  String.raw`^[(（【\[]?\s*(?:${PERSON_LABEL}\s*[:：|｜丨/]?\s*(?:[\u4e00-\u9fff·]{2,4}(?:\s+|、|,|$))+\s*)+[)）】\]]?$`,
);

/**
 * A whole-line note about the text's making: `（作者单位：…）`, `（执笔：…）`,
 * `（本版稿件由…提供）`, `（本文根据访谈录音整理，未经本人审阅）`.
 */
const MAKING_NOTE =
  /^[(（【[]\s*(?:(?:根据|据)[^()（）【】[\]]{0,20}?整理|本文|本版|本期|作者单位|作者系|作者为|执笔|撰稿|整理|文字|稿件|来源|图片|资料|通讯员|记者)[^()（）【】[\]]{0,60}[)）】\]]$/;
/** Who supplied the piece, in brackets: `（某某县融媒体中心 供稿）`, `（某某局供图）`. */
const SUPPLIED_NOTE = /^[(（【[][^()（）【】[\]]{2,30}?\s*(?:供稿|供图|来稿|提供|报送)\s*[)）】\]]$/;
/** A 公文's release note: `（此件公开发布）`, `（此件不予公开）`. */
const RELEASE_NOTE = /^[(（]\s*此件[^()（）]{1,10}[)）]$/;
/** An attachment line of a 公文: `附件：某某统计表（略）`, `附件2：…`. */
const ATTACHMENT = /^附件\s*\d{0,2}\s*[:：]/;

/** A reprint note: `以下内容转自某某系统，有删节。`, `本文摘自……`. */
const REPRINT_NOTE = /^[(（]?(?:以下|下文|本文|此文|全文)(?:内容)?(?:转自|转载自|摘自|选自|摘编自|来源于)[^。,]{2,30}(?:,[^。,]{1,10})?[。)）]?$/;

/** A credit at the end of a paragraph: `……完善制度。（责任编辑：某某）`. */
export const TRAILING_CREDIT = /[(（【[]\s*(?:责任编辑|编辑|责编|审核|校对|记者[^()（）【】[\]]{0,16}摄)\s*[:：]?[^()（）【】[\]]{0,24}[)）】\]]\s*$/;

// ───────────────────────────── legal notices and footers ─────────────────────────────

/** Who a notice speaks for: the site, the paper, the account. */
const SITE_SELF = /本网|本站|本报(?!讯)|本刊|本平台|本公众号|本号|本账号|本媒体|本台|本频道|本客户端|本app|本网站|本栏目|本文(?:仅|观点|内容|系|为)|作者(?:个人|本人)/i;
/** What a notice is about. */
const NOTICE =
  /版权|著作权|转载|授权|侵权|免责|不代表|仅代表|立场|观点|真实性|删除|赔偿|法律责任|追究|知识产权|来源[:：]|注明|信息存储|用户上传/;

/** Anywhere in a short line: copyright, ICP and public-security registrations. */
const FOOTER_ANYWHERE =
  /版权所有|版权归|版权声明|免责声明|copyright|©|all rights reserved|\(c\)\s*\d{4}|icp\s*[备证]|icp\d|公网安备|网安备\d|网站标识码|政府网站标识码|未经(?:[\u4e00-\u9fff]{1,6}?)?(?:书面)?(?:许可|授权|同意)[^。]{0,12}(?:转载|使用|复制)|转载请注明|如有侵权|侵权[^。]{0,6}删除|仅供参考[^。]{0,8}(?:侵权|删除)|(?:转载|转发)[^。]{0,16}仅供参考|仅代表作者(?:本人|个人)?(?:观点|立场)|不代表本(?:网|站|报|平台|号)|违法和不良信息举报|举报(?:电话|邮箱|中心)/i;

/** Site footer labels: contact, address, host organisation, technical support. */
const FOOTER_LABEL =
  /^(?:(?:网站主办|网站主管|主管单位|主管|主办|主办单位|承办|承办单位|协办|指导单位|出版单位|协办单位|技术支持|网站维护|维护单位|建设单位|运营单位|网站运营)\s*[:：]|(?:联系我们|网站地图|网站声明|隐私声明|隐私政策|关于我们|用户协议|服务条款|意见反馈|网站纠错)(?:\s|$|[|｜]))/i;

// ───────────────────────────── contact ─────────────────────────────

const CONTACT_LABEL =
  /^[^\u4e00-\u9fffA-Za-z0-9]{0,3}(?:联系电话|咨询电话|值班电话|服务热线|热线电话|投诉电话|报料电话|新闻热线|热线|电话|手机|联系方式|联系人|传真|邮编|邮政编码|邮箱|电子邮箱|电子信箱|投稿邮箱|投稿|e-?mail|tel|fax|地址|通讯地址|联系地址|微信号|qq)\s*[:：]/i;
// A mobile number may be printed masked (`139****0000`), as pages and forms hide a private number (2026-12-04, fourteenth wave).
const PHONE = /(?<!\d)(?:0\d{2,3}[-—\s]?\d{7,8}|1[3-9]\d(?:\d{4}|\*{4})\d{4}|400[-\s]?\d{3}[-\s]?\d{4})(?!\d)/;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const URL = /(?:https?:\/\/|www\.)[\w./?=&%#-]+|[\w-]+\.(?:com|cn|net|org|gov\.cn)(?:\/\S*)?\b/i;

// ───────────────────────────── the rules ─────────────────────────────

/** `date`: a date alone; `person`: a person credit (a byline under the title). */
export type LineVerdict = ChromeReason | "date" | "person" | null;

/** Chrome lines are short; anything longer is prose and is never dropped as a whole. */
const MAX_CHROME = 160;

/** An editor's note's label opening the line: `【编者按】`, `编者按：`, `编前语：`. */
const EDITORS_NOTE = /^[【[(]?\s*(?:编者按|编前语?|编者的话|编后语?)\s*[】\]):]/;

/** A legal notice of the site: `1、凡本网注明“来源：…”的所有作品，版权均属于…`. */
export function legalNotice(f: string): boolean {
  if (f.length > 300) return false;
  if (FOOTER_ANYWHERE.test(f) && f.length <= 150 && !looksLikeProse(f)) return true;
  // A notice in sentences: it speaks of this site (本网, 本站…) and of rights or liability. An editor's
  // note (`【编者按】……本站转载如下。`) introduces the text in the editor's words: content, whatever it
  // says of reprinting (2026-12-04, fourteenth wave).
  return SITE_SELF.test(f) && NOTICE.test(f) && !EDITORS_NOTE.test(f);
}

/** `温馨提示：咨询可拨打12333服务热线。`: a service note pointing readers to a hotline. */
const HOTLINE_NOTE = /^[^\u4e00-\u9fffA-Za-z0-9]{0,4}(?:温馨提示|友情提示|小贴士|提示)[:：][^。]{0,30}(?:热线|电话|\d{5,})/;

export function contactLine(f: string): boolean {
  if (f.length > 100 || looksLikeProse(f)) return false;
  if (CONTACT_LABEL.test(f) || (f.length <= 60 && HOTLINE_NOTE.test(f))) return true;
  if (!(PHONE.test(f) || EMAIL.test(f) || URL.test(f))) return false;
  // A phone, address or link with little prose around it.
  const rest = f.replace(PHONE, "").replace(EMAIL, "").replace(URL, "");
  return rest.replace(/[^\u4e00-\u9fff]/g, "").length <= 16 || !endsSentence(f);
}

/** Words of lottery and casino promotion that also occur in ordinary text: two make spam. */
const SPAM_WEAK = /彩票|开奖|中大奖|大奖|注册即送|注册就送|送\d+元|充值|下注|投注|赔率|娱乐|棋牌|博彩|澳门|百万|稳赚|提现|官网|体验金|优惠|代理/g;

/** The words of SPAM_WEAK as plain strings (`送\d+元` as `送`): a cheap test before the pattern. */
const SPAM_WEAK_WORDS = SPAM_WEAK.source.split("|").map((w) => w.replace("\\d+元", ""));

export function spamLine(f: string): boolean {
  if (f.length > 200 || SPAM_POLICY.test(f)) return false;
  if (SPAM_STRONG.test(f)) return true;
  // Two distinct weak words at least are needed, and each match is one of these words
  // found in the line: with fewer than two present, the pattern cannot find two.
  let present = 0;
  for (const w of SPAM_WEAK_WORDS) if (f.includes(w) && ++present >= 2) break;
  if (present < 2) return false;
  const weak = new Set(f.match(SPAM_WEAK) ?? []);
  return weak.size >= 3 || (weak.size >= 2 && !endsSentence(f) && f.length <= 60);
}

/** `本报记者 周某某 通讯员 林某`, `记者 孙某 实习生 何某`, `文/某某`: names under labels, nothing else. */
export function personCredit(f: string): boolean {
  return f.length <= 40 && PERSON_CREDIT.test(f);
}

export function photoCredit(f: string): boolean {
  return f.length <= 60 && PHOTO_CREDIT.test(f) && !endsSentence(f.replace(/[)）]$/, ""));
}

/**
 * Classify one folded, trimmed line on its own. `date` (a date alone) is metadata when
 * it stands at the head or the tail of the text; the stage decides by position. Returns
 * null for a line that is not chrome by itself.
 */
export function lineVerdict(f: string): LineVerdict {
  if (!f) return null;
  // Lines without letters or digits (`————`, `***`, Markdown rules) carry no text;
  // the block reader skips them, so they need no reason here.
  if (!/[\p{L}\p{N}]/u.test(f)) return null;
  if (f.length > MAX_CHROME) return legalNotice(f) ? "legal" : spamLine(f) ? "spam" : null;
  if (DATE_ONLY.test(f)) return "date";
  // `01`, `02` alone number a WeChat article's sections; a page number has no leading 0.
  if (/^0[1-9]$/.test(f)) return null;
  if (PAGE_NUMBER.test(f)) return "page-number";
  if (RECORD_CLOSE.test(f)) return "footnote";
  if (DATE_CHROME.test(f)) return "metadata";
  if (DATE_TIME.test(f) && f.length <= 80 && !endsSentence(f)) return "metadata";
  if (DATE_LINE.test(f)) return "metadata";
  if (LABEL_CHROME.test(f) && f.length <= 100 && !endsSentence(f)) return "metadata";
  if (WECHAT_META.test(f) && f.length <= 80) return "metadata";
  if (f.length <= 60 && (NAME_DATE_LINE.test(f) || (DOCUMENT_LABEL.test(f) && !STAR_NAME.test(f)) || MONTH_ONLY.test(f))) return "metadata";
  const label = labelVerdict(f) ?? mailDigestVerdict(f) ?? forumChatVerdict(f) ?? commentsRevisionsVerdict(f) ?? socialVerdict(f);
  if (label) return label;
  const edition = editionVerdict(f);
  if (edition) return edition;
  if (MAKING_NOTE.test(f) && f.length <= 80) return "credit";
  if (SUPPLIED_NOTE.test(f)) return "credit";
  if (RELEASE_NOTE.test(f)) return "metadata";
  if (ATTACHMENT.test(f) && f.length <= 60 && !endsSentence(f)) return "metadata";
  if (REPRINT_NOTE.test(f)) return "metadata";
  if (CREDIT_LABEL.test(f) && f.length <= 80 && !looksLikeProse(f)) return "credit";
  // `□ 记者 某某 通讯员 某某`: a box mark may open a byline (else its names read as a menu).
  if (f.length <= 40 && PERSON_CREDIT.test(f.replace(/^[□■◇◆]\s*/, ""))) return isButtonRow(f) ? "widget" : "person";
  if (photoCredit(f)) return "credit";
  if (FOOTER_LABEL.test(f) && f.length <= 120 && !endsSentence(f)) return "legal";
  if (contactLine(f)) return "contact";
  if (looksLikeProse(f)) return legalNotice(f) ? "legal" : spamLine(f) ? "spam" : recordButtonRowsVerdict(f);
  if (legalNotice(f)) return "legal";
  if (spamLine(f)) return "spam";
  if (EDITION.test(f) && f.length <= 60 && !endsSentence(f)) return "edition";
  if (WIDGET_ANYWHERE.test(f) && f.length <= 100) return "widget";
  if (relatedHead(f)) return "related";
  if (AD_ANYWHERE.test(f) && f.length <= 60 && !endsSentence(f) && !announcesList(f)) return "ad";
  if (navigationLine(f)) return "navigation";
  // A separator staff drew between pasted pieces (chrome-edition.ts), when no older rule named it.
  return recordButtonRowsVerdict(f) ?? buttonsCommentRowsVerdict(f) ?? promptsEngagementVerdict(f) ?? relatedDataTablesVerdict(f) ?? menuNamesNoticeVerdict(f) ?? (separatorLine(f) ? "ornament" : null) ?? fieldRowVerdict(f);
}
