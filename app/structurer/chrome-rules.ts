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
import type { ChromeReason } from "./types";

// ───────────────────────────── shapes ─────────────────────────────

export const DATE = String.raw`\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?`;
const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?`;
const WEEKDAY = String.raw`(?:星期|周|礼拜)[一二三四五六日天]`;

/** A date alone (a publication date, or a signature date after the text). */
export const DATE_ONLY = new RegExp(`^[(]?${DATE}[)]?(?:\\s*${WEEKDAY})?(?:\\s*${TIME})?$`);

export function endsSentence(folded: string): boolean {
  return /[。!?…]["'”’」』)]*$/.test(folded);
}

/** Several clauses ending in a full stop: a sentence of the text, whatever words it holds. */
export function looksLikeProse(folded: string): boolean {
  return endsSentence(folded) && (folded.match(/,/g) ?? []).length >= 3;
}

/** Share of Han characters among the non-space characters. */
export function hanDensity(s: string): number {
  let han = 0;
  let all = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || (c >= 0xdc00 && c <= 0xdfff)) continue;
    all++;
    // Han of the BMP, or a supplementary-plane character (a surrogate pair counts once).
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xd840 && c <= 0xd88c)) han++;
  }
  return all ? han / all : 0;
}

// ───────────────────────────── metadata ─────────────────────────────

/** `2026-03-02 09:10:11 来源:…`, `2026年3月2日 来源：…`, `2026-03-02 09:10` alone. */
const DATE_CHROME = new RegExp(
  `^${DATE}\\s*(?:${WEEKDAY})?\\s*(?:${TIME})?\\s*(?:来源|来自|发布|作者|浏览|阅读|点击|字号|编辑|分享|打印|[【\\[]|$)`,
);
const DATE_TIME = new RegExp(`^${DATE}\\s+${TIME}`);
/** `2026年3月12日 星期四 农历二月十三`: a date line with its weekday and lunar date. */
const DATE_LINE = new RegExp(`^${DATE}(?:\\s*(?:${WEEKDAY}|农历\\S{2,6}|${TIME}))+$`);

/** Lines that *start* with a page-metadata label. */
const LABEL_CHROME =
  /^[【[(]?\s*(?:来源|来自|出处|稿源|信息来源|文章来源|稿件来源|新闻来源|发布时间|发布日期|发布机构|发布者|发表时间|更新时间|时间|日期|原标题|原文链接|本文链接|文章链接|浏览次数|阅读次数|点击次数|点击数|点击|浏览|阅读|浏览量|阅读量|访问量|访问次数|字号|字体)\s*(?:[:：|｜丨]|\s(?=\S))/;

/** A 公文's labels: `云政协〔2026〕5号`, `某省政协常委会议材料之七`, `内部资料`. */
const DOCUMENT_LABEL =
  /[〔[(]\s*\d{4}\s*[〕\])]\s*\d{1,4}\s*号$|材料之[一二三四五六七八九十\d]{1,3}$|^(?:内部资料|内部参阅|密级[:：]|秘密|机密|★)/;

/** A date with year and month only, alone (`（2026年4月）`): a signature or an issue. */
const MONTH_ONLY = /^[(]?\d{4}\s*年\s*\d{1,2}\s*月(?:份)?[)]?$/;

/** An account or author line with a date: `云溪发布 2026-09-14 12:00 某省`. */
const NAME_DATE_LINE = new RegExp(`^\\S{2,20}(?:\\s+\\S{2,20})?\\s+${DATE}\\s*(?:${TIME})?(?:\\s+(?:发表于)?\\S{2,8})?$`);

/** WeChat article head: `原创 作者 公众号名 2026-03-12 08:00 发表于浙江`, `阅读 1.2万`. */
const WECHAT_META = /发表于\s*\S{2,4}$|^原创\s|^(?:阅读|浏览|点赞|在看|赞)\s*[\d.]+\s*万?\+?$|^\d[\d.]*\s*万?\s*(?:阅读|浏览|人看过|次阅读)$/;

// ───────────────────────────── credits ─────────────────────────────

/** Editor and production credits: `编辑:`, `（责任编辑：某某）`, `审核:`, `编辑 | 某某`. */
const CREDIT_LABEL =
  /^[【[(]?\s*(?:责任编辑|值班编辑|图文编辑|文字编辑|编辑|责编|编审|审核|审校|校审|审签|校对|初审|复审|终审|美编|监制|制作|排版|签发|出品|出品人|总监制|统筹|策划|视觉|设计|撰文|文字|摄影|摄像|图片|配图|插图|制图|剪辑|主编|执行主编|值班主任|实习生)\s*[:：|｜丨/]/;

/**
 * A person credit: `记者 某某`, `文/某某`, `作者：某某 通讯员：某某`, `（记者 某某 通讯员 某某）` —
 * labels followed by names only. Under the title it is the byline (documents.ts reads it);
 * elsewhere it is a credit.
 */
const PERSON_LABEL = String.raw`(?:本报|本刊|本台|新华社|中新社|人民网|央视)?(?:特约)?(?:记者|通讯员|作者|撰文|文|图|文图|图文|文\/图|摄影|摄|实习生|编辑)`;
const PERSON_CREDIT = new RegExp(
  String.raw`^[(（【\[]?\s*(?:${PERSON_LABEL}\s*[:：|｜丨/]?\s*(?:[\u4e00-\u9fff·]{2,4}(?:\s+|、|,|$))+\s*)+[)）】\]]?$`,
);

/** `本版图片由记者 X 摄`, `（记者 某某 摄）`, `某某 摄`, `图片来源：…`, `某某供图`. */
const PHOTO_CREDIT =
  /(?:^|\s|[(（])(?:本版|本文|文中|上|下|左|右)?(?:图片|照片|图|视频)(?:均)?(?:由|来源|来自|据|为)|摄影?\s*[)）]?$|供图\s*[)）]?$|(?:资料|网络)图片\s*[)）]?$|^[(（]?(?:资料图|资料照片|图片来自网络)[)）]?$/;

/**
 * A whole-line note about the text's making: `（作者单位：…）`, `（执笔：…）`,
 * `（本版稿件由…提供）`, `（本文根据访谈录音整理，未经本人审阅）`.
 */
const MAKING_NOTE =
  /^[(（【[]\s*(?:本文|本版|本期|作者单位|作者系|作者为|执笔|撰稿|整理|文字|稿件|来源|图片|资料|通讯员|记者)[^()（）【】[\]]{0,60}[)）】\]]$/;

/** A credit at the end of a paragraph: `……完善制度。（责任编辑：某某）`. */
export const TRAILING_CREDIT = /[(（【[]\s*(?:责任编辑|编辑|责编|审核|校对|记者[^()（）【】[\]]{0,16}摄)\s*[:：]?[^()（）【】[\]]{0,24}[)）】\]]\s*$/;

// ───────────────────────────── legal notices and footers ─────────────────────────────

/** Who a notice speaks for: the site, the paper, the account. */
const SITE_SELF = /本网|本站|本报(?!讯)|本刊|本平台|本公众号|本号|本账号|本媒体|本台|本频道|本客户端|本app|本网站|本栏目|本文(?:仅|观点|内容|系|为)|作者(?:个人|本人)/i;
/** What a notice is about. */
const NOTICE =
  /版权|著作权|转载|授权|侵权|免责|不代表|仅代表|立场|观点|真实性|删除|赔偿|法律责任|追究|知识产权|来源[:：]|注明/;

/** Anywhere in a short line: copyright, ICP and public-security registrations. */
const FOOTER_ANYWHERE =
  /版权所有|版权归|版权声明|免责声明|copyright|©|all rights reserved|\(c\)\s*\d{4}|icp\s*[备证]|icp\d|公网安备|网安备\d|网站标识码|政府网站标识码|未经(?:书面)?(?:许可|授权|同意)[^。]{0,12}(?:转载|使用|复制)|转载请注明|如有侵权|侵权[^。]{0,6}删除|仅供参考[^。]{0,8}(?:侵权|删除)|(?:转载|转发)[^。]{0,16}仅供参考|仅代表作者(?:本人|个人)?(?:观点|立场)|不代表本(?:网|站|报|平台|号)|违法和不良信息举报|举报(?:电话|邮箱|中心)/i;

/** Site footer labels: contact, address, host organisation, technical support. */
const FOOTER_LABEL =
  /^(?:(?:网站主办|网站主管|主管单位|主管|主办|主办单位|承办|承办单位|协办|指导单位|出版单位|协办单位|技术支持|网站维护|维护单位|建设单位|运营单位|网站运营)\s*[:：]|(?:联系我们|网站地图|网站声明|隐私声明|隐私政策|关于我们|用户协议|服务条款|意见反馈|网站纠错)(?:\s|$|[|｜]))/i;

// ───────────────────────────── contact ─────────────────────────────

const CONTACT_LABEL =
  /^(?:联系电话|咨询电话|值班电话|服务热线|热线电话|投诉电话|报料电话|新闻热线|热线|电话|手机|联系方式|联系人|传真|邮编|邮政编码|邮箱|电子邮箱|电子信箱|投稿邮箱|投稿|e-?mail|tel|fax|地址|通讯地址|联系地址|微信号|qq)\s*[:：]/i;
const PHONE = /(?<!\d)(?:0\d{2,3}[-—\s]?\d{7,8}|1[3-9]\d{9}|400[-\s]?\d{3}[-\s]?\d{4})(?!\d)/;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const URL = /(?:https?:\/\/|www\.)[\w./?=&%#-]+|[\w-]+\.(?:com|cn|net|org|gov\.cn)(?:\/\S*)?\b/i;

// ───────────────────────────── navigation and widgets ─────────────────────────────

/**
 * Words of site and e-paper navigation, account and app prompts, share bars and
 * collapse/expand buttons. A line made only of them is a menu or a button row.
 */
const NAV_UI = new Set(
  (
    "首页 主页 网站首页 返回首页 登录 注册 注册登录 登录注册 退出 个人中心 会员中心 app app下载 下载app 客户端 手机版 电脑版 " +
    "移动版 无障碍 长者模式 关怀版 适老化 繁体 简体 繁體 english 搜索 站内搜索 高级搜索 通版阅读 版面导航 版面目录 本版目录 " +
    "上一版 下一版 上一期 下一期 上一篇 下一篇 上一条 下一条 往期回顾 过刊 往期查阅 日期检索 返回目录 返回 返回列表 " +
    "返回顶部 收起 展开 展开全文 查看全文 阅读全文 阅读原文 查看更多 加载更多 热点话题 热门视频 热门文章 " +
    "相关热词搜索 发表评论 我要评论 网友评论 评论区 点赞 在看 分享 分享到 转发 收藏 举报 " +
    "写留言 赞赏 关注 已关注 关注我们 知道了 pdf版 图片版 文字版 微信 微博 新浪微博 腾讯微博 " +
    "qq qq空间 qq好友 朋友圈 微信朋友圈 豆瓣 复制链接 抖音 今日头条 打印 关闭 纠错 放大 缩小 默认 字号 " +
    "朗读 听新闻 暂停 播放 手机看 打开app 客户端阅读 设为首页 加入收藏 当前位置 您的位置 您现在的位置"
  ).split(/\s+/),
);
/** Section and column names of a site's menu: navigation only in a row of several. */
const NAV_SECTION = new Set(
  (
    "目录 全文 更多 热门 热点 热词 评论 赞 留言 取消 订阅 pdf 音频 视频 直播 专题 头条 大 中 小 播报 二维码 扫码 打开 " +
    "新闻 要闻 时政 政务 社会 国内 国际 财经 科技 体育 娱乐 文化 教育 健康 旅游 房产 汽车 图片 频道 栏目 本地 资讯 动态 " +
    "政协 导航 菜单 位置 正文 新闻中心 新闻动态 工作动态 网上政协 履职 委员 提案 数字报 电子报 报纸 版面 期刊 往期 我的 会员"
  ).split(/\s+/),
);

/** `上一篇：……`, `下一篇：无`: links to the neighbouring articles. */
const PREV_NEXT = /^[【[]?\s*(?:上一篇|下一篇|上一条|下一条|上一页|下一页|上篇|下篇|前一篇|后一篇)/;

/** Separators between menu items, breadcrumbs and buttons. */
const NAV_SPLIT = /[\s|｜丨/·•,、:：【】[\]()<>＜＞›»→>]+/;

/** A breadcrumb: `首页 > 新闻 > 正文`, `当前位置：首页 » 政协要闻`. */
const BREADCRUMB = /^(?:当前位置|您的位置|您现在的位置|所在位置|位置)\s*[:：]|(?:首页|主页)\s*[>›»→]/;

/** Widgets anywhere in a short line: font size, share, print, close, back to top, corrections. */
const WIDGET_ANYWHERE =
  /字号\s*[:：]?\s*[【[(]?\s*大\s*[】\])]?\s*[【[(]?\s*中\s*[】\])]?\s*[【[(]?\s*小|[【[]\s*[大中小]\s*[】\]]\s*[【[]\s*[大中小]\s*[】\]]|分享到|分享至|一键分享|打印本页|打印此页|打印文章|关闭窗口|关闭本页|返回顶部|返回首页|返回列表|加入收藏|收藏本页|我要纠错|[【[]\s*(?:打印|关闭|收藏|纠错|返回|顶部)\s*[】\]]|^[-—=*·\s]*[(【[]?\s*(?:全文完?|正文|收起|展开|完|end|the end)\s*[)】\]]?[-—=*·\s]*$|视频加载中|点击(?:图片)?查看大图|字体\s*[:：]?\s*[【[(]?\s*大/i;

/** Ads, promotion, account prompts. */
const AD_ANYWHERE =
  /^[【[(]?\s*(?:广告|推广|赞助)\s*[】\])]|^广告\s*[:：]?|扫码(?:关注|下载|阅读|查看|进入|添加|加入|收听|观看)|扫一扫|扫描[^。]{0,4}二维码|长按识别|长按二维码|二维码(?:关注|下载)|关注[^。]{0,10}(?:公众号|微信号|视频号|微博|抖音号)|点击上方|点击下方|点击[^。]{0,6}蓝字|下载[^。]{0,8}(?:app|客户端)|(?:点击|点此)[^。]{0,4}(?:下载|进入|查看|阅读|关注|订阅)|更多精彩|精彩推荐|热点推荐|热门推荐|预览时标签不可点|继续滑动看下一个|向上滑动看下一个|轻触阅读原文|微信扫一扫|使用小程序|在小说阅读器中|喜欢此内容的人还喜欢|分享收藏点赞在看|点(?:个|亮|一下)?["“]?(?:在看|赞)["”]?|戳(?:这里|我|此)|留言区|评论区|欢迎(?:大家|您)?(?:留言|转发|关注|分享|投稿)|记得(?:点赞|关注|转发)|以下文章来源于|收录于(?:合集|话题)|设为星标|星标(?:公众号|我们)|听全文|轻点两下|写下你的留言|精选留言|已同步到看一看|小程序|功能介绍/i;

/** Headers of "related" lists; the short lines after them are more headlines. */
const RELATED_HEAD =
  /^[【[]?\s*(?:相关阅读|相关新闻|相关链接|相关文章|相关报道|推荐阅读|延伸阅读|猜你喜欢|往期推荐|往期回顾|往期精选|精彩推荐|热点推荐|热门推荐|热点新闻|热点话题|热门视频|热门文章|热门排行|排行榜|相关热词搜索|热词搜索|更多阅读|更多新闻|今日推荐|编辑推荐|专题推荐|图片新闻|最新新闻|最新动态|点击排行|阅读排行)\s*[】\]]?\s*[:：>»]?\s*/;

// ───────────────────────────── editions and pages ─────────────────────────────

/** E-paper edition furniture: `第05版：要闻`, `当前版：05版`, `A3版`, `第2026期`. */
const EDITION =
  /^[(（]?\s*(?:下转|上接|转第|接第|下接)\s*第?\s*[一二三四五六七八九十\dA-Z]{1,3}\s*版|^(?:当前版|版次|版面|版名|本版)\s*[:：]|第\s*[0-9A-Z]{1,4}\s*版|^[A-Z]?\d{1,3}\s*版\s*[:：]?|^\d{1,3}\s*版\s|总第\s*\d+\s*期|^第\s*\d+\s*期$|^\d{4}\s*年\s*第\s*\d+\s*期$|(?:^|\s)(?:本期|本版)(?:责编|编辑|主编|值班)/;

/** `— 3 —`, `- 12 -`, `第 3 页`, `第3页 共12页`, `3/12`, `Page 3`, a number alone. */
const PAGE_NUMBER =
  /^[-—–－_·\s]*\d{1,4}[-—–－_·\s]*$|^第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?$|^\d{1,4}\s*\/\s*\d{1,4}$|^page\s*\d{1,4}(?:\s*of\s*\d{1,4})?$/i;

// ───────────────────────────── spam ─────────────────────────────

/** Gambling and lottery promotion: words that do not occur in policy writing about them. */
const SPAM_STRONG =
  /代开发票|办证刻章|刻章办证|网络兼职|刷单|裸聊|私服|外挂|代孕|信用卡套现|无抵押贷款|时时彩|六合彩|北京赛车|pk10|百家乐|真人视讯|老虎机|娱乐城|彩金|注册送|首存|返水|威尼斯人|葡京|太阳城|网投|电子游艺|棋牌游戏|信誉平台|日赚|刷单返利|体育投注|在线投注|投注平台|彩票平台|开户送|博彩平台|赌场|澳门赌|菠菜/i;
/** Policy writing about gambling: `严厉打击网络赌博`. */
const SPAM_POLICY = /打击|整治|治理|防范|查处|严禁|取缔|依法|监管|诈骗|非法|违法|犯罪|警惕|提醒/;

// ───────────────────────────── captions ─────────────────────────────

/** Caption openers: `图为……`, `▲……`, `上图：……`. */
const CAPTION_OPENER = /^(?:图片说明|图说|图为|图片为|图中|上图|下图|左图|右图|组图|图\s*\d|图[①②③④⑤⑥]|[▲△↑↓◀▶▼]|[(（]图[)）])/;
/** People a photo shows. */
const CAPTION_PEOPLE =
  /书记|主席|副主席|主任|委员|代表|局长|厅长|市长|区长|县长|镇长|部长|处长|院长|校长|经理|干部|党员|居民|村民|市民|群众|志愿者|工作人员|社工|网格员|民警|医生|医护人员|护士|老师|学生|孩子|儿童|老人|老年人|游客|企业家|职工|工人|专家|调研组|视察组|考察组|代表团|一行/;
/** What people in a photo do. */
const CAPTION_ACTION =
  /调研|视察|考察|检查|走访|慰问|察看|参观|出席|参加|看望|指导|座谈|交流|听取|了解|体验|参与|观看|查看|讲解|介绍|合影|发言|讲话|接受采访|正在|在[^,。]{1,12}(?:现场|一线|车间|社区|村|街道|企业|学校|医院|门口|广场)/;

// ───────────────────────────── the rules ─────────────────────────────

/** `date`: a date alone; `person`: a person credit (a byline under the title). */
export type LineVerdict = ChromeReason | "date" | "person" | null;

/** Chrome lines are short; anything longer is prose and is never dropped as a whole. */
const MAX_CHROME = 160;

/** `某省教育网 > 教育要闻 > 正文`, `首页>>民生>>养老`: a path of short names. */
function pathLine(f: string): boolean {
  const parts = f.split(/\s*(?:>+|›|»|→|＞)\s*/).filter(Boolean);
  return parts.length >= 3 && parts.every((p) => p.length <= 14 && !/[。,;!?]/.test(p));
}

/** A menu: short labels between `|` (`首页 | 政协概况 | 新闻动态 | 委员风采`), or many between spaces. */
function menuLine(f: string): boolean {
  if (/[。,;!?]/.test(f)) return false;
  const piped = f.split(/\s*[|｜丨]\s*/).filter(Boolean);
  if (piped.length >= 3 && piped.every((t) => t.length <= 8)) return true;
  const spaced = f.split(/\s+/).filter(Boolean);
  return spaced.length >= 5 && spaced.every((t) => t.length <= 6);
}

function navigationLine(f: string): boolean {
  if (f.length > 80 || endsSentence(f)) return false;
  if (BREADCRUMB.test(f) || PREV_NEXT.test(f) || pathLine(f) || menuLine(f)) return true;
  const tokens = f.toLowerCase().split(NAV_SPLIT).filter(Boolean);
  if (!tokens.length) return false;
  const ui = tokens.filter((t) => NAV_UI.has(t)).length;
  const nav = ui + tokens.filter((t) => NAV_SECTION.has(t)).length;
  // Every token a navigation word (one section name alone may be a title), or a menu of
  // short labels most of which are.
  if (nav === tokens.length) return ui > 0 || tokens.length >= 2;
  return tokens.length >= 4 && nav * 2 >= tokens.length && tokens.every((t) => t.length <= 6);
}

/** A legal notice of the site: `1、凡本网注明“来源：…”的所有作品，版权均属于…`. */
export function legalNotice(f: string): boolean {
  if (f.length > 300) return false;
  if (FOOTER_ANYWHERE.test(f) && f.length <= 150 && !looksLikeProse(f)) return true;
  // A notice in sentences: it speaks of this site (本网, 本站…) and of rights or liability.
  return SITE_SELF.test(f) && NOTICE.test(f);
}

export function contactLine(f: string): boolean {
  if (f.length > 100 || looksLikeProse(f)) return false;
  if (CONTACT_LABEL.test(f)) return true;
  if (!(PHONE.test(f) || EMAIL.test(f) || URL.test(f))) return false;
  // A phone, address or link with little prose around it.
  const rest = f.replace(PHONE, "").replace(EMAIL, "").replace(URL, "");
  return rest.replace(/[^\u4e00-\u9fff]/g, "").length <= 16 || !endsSentence(f);
}

/** Words of lottery and casino promotion that also occur in ordinary text: two make spam. */
const SPAM_WEAK = /彩票|开奖|中大奖|大奖|注册即送|注册就送|送\d+元|充值|下注|投注|赔率|娱乐|棋牌|博彩|澳门|百万|稳赚|提现|官网|体验金|优惠|代理/g;

export function spamLine(f: string): boolean {
  if (f.length > 200 || SPAM_POLICY.test(f)) return false;
  if (SPAM_STRONG.test(f)) return true;
  const weak = new Set(f.match(SPAM_WEAK) ?? []);
  return weak.size >= 3 || (weak.size >= 2 && !endsSentence(f) && f.length <= 60);
}

/** A line that reads as a photo caption (the stage checks its position between paragraphs). */
export function captionLike(f: string): boolean {
  if (f.length > 90 || /[。!?]./.test(f) || /[:;]$/.test(f)) return false;
  if (CAPTION_OPENER.test(f)) return true;
  if (PHOTO_CREDIT.test(f)) return true;
  return CAPTION_PEOPLE.test(f) && CAPTION_ACTION.test(f) && !endsSentence(f);
}

/** What a photo shows as a noun: `会议现场`, `改造后新貌`, `活动掠影`. */
const SCENE_END = /(?:现场|一角|掠影|全景|航拍图?|场景|风貌|新貌|新颜|外景|内景|夜景|近景|远景|剪影|瞬间|合影|资料图|示意图|效果图)$/;
/** A caption that states a fact about the picture: `截至目前，清溪河已完成…`. */
const FACT_OPEN = /^(?:截至|目前|如今|现在|日前|近日|近年来|\d{1,2}月\d{1,2}日)/;
/** People, more broadly: any `……员` (保育员, 网格员), `……们`, teams. */
const PEOPLE_WIDE = /[\u4e00-\u9fff](?:员|们)(?!会)|队伍|队员|幼儿|孩子|小朋友|家长|市民|游客|居民|村民/;
/** What a recommendation or a section heading says, never a caption. */
const NOT_CAPTION = /建议|意见|措施|对策|问题|情况|做法|举措|思考|启示|经验/;

/**
 * How much a short line without final punctuation reads as a caption: a caption opener or
 * credit, a scene noun at the end, a fact opener, people doing something (`保育员带领幼儿
 * 做游戏`, `市民在……停车`). Policy headings (`深化数字赋能，打造治理“智慧脑”`) score below 0.
 * The stage adds its position (after a paragraph, before a heading or the footer).
 */
export function captionScore(f: string, policyOpener: boolean): number {
  if (f.length > 60 || /[。!?]/.test(f) || /[:;,]$/.test(f)) return -9;
  if (CAPTION_OPENER.test(f) || PHOTO_CREDIT.test(f) || SCENE_END.test(f)) return 3;
  let score = 0;
  if (FACT_OPEN.test(f)) score += 2;
  const people = CAPTION_PEOPLE.test(f) || PEOPLE_WIDE.test(f);
  if (people) score += 1;
  if (people && (CAPTION_ACTION.test(f) || /(?:正|都)?在[\u4e00-\u9fff]/.test(f) || /带领|陪同|演练|排队|体验|学习|游戏|活动|服务/.test(f))) score += 1;
  if (policyOpener) score -= 2;
  if (NOT_CAPTION.test(f)) score -= 2;
  return score;
}

/** `本报记者 周某某 通讯员 林某`, `记者 孙某 实习生 何某`, `文/某某`: names under labels, nothing else. */
export function personCredit(f: string): boolean {
  return f.length <= 40 && PERSON_CREDIT.test(f);
}

export function photoCredit(f: string): boolean {
  return f.length <= 60 && PHOTO_CREDIT.test(f) && !endsSentence(f.replace(/[)）]$/, ""));
}

export function relatedHead(f: string): boolean {
  return f.length <= 40 && RELATED_HEAD.test(f) && !endsSentence(f);
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
  if (DATE_CHROME.test(f)) return "metadata";
  if (DATE_TIME.test(f) && f.length <= 80 && !endsSentence(f)) return "metadata";
  if (DATE_LINE.test(f)) return "metadata";
  if (LABEL_CHROME.test(f) && f.length <= 100 && !endsSentence(f)) return "metadata";
  if (WECHAT_META.test(f) && f.length <= 80) return "metadata";
  if (f.length <= 60 && (NAME_DATE_LINE.test(f) || DOCUMENT_LABEL.test(f) || MONTH_ONLY.test(f))) return "metadata";
  if (MAKING_NOTE.test(f) && f.length <= 80) return "credit";
  if (CREDIT_LABEL.test(f) && f.length <= 80 && !looksLikeProse(f)) return "credit";
  if (f.length <= 40 && PERSON_CREDIT.test(f)) return "person";
  if (photoCredit(f)) return "credit";
  if (FOOTER_LABEL.test(f) && f.length <= 120 && !endsSentence(f)) return "legal";
  if (contactLine(f)) return "contact";
  if (looksLikeProse(f)) return legalNotice(f) ? "legal" : spamLine(f) ? "spam" : null;
  if (legalNotice(f)) return "legal";
  if (spamLine(f)) return "spam";
  if (EDITION.test(f) && f.length <= 60 && !endsSentence(f)) return "edition";
  if (WIDGET_ANYWHERE.test(f) && f.length <= 100) return "widget";
  if (relatedHead(f)) return "related";
  if (AD_ANYWHERE.test(f) && f.length <= 60 && !endsSentence(f)) return "ad";
  if (navigationLine(f)) return "navigation";
  return null;
}

/** Chinese labels for the reasons, as staff read them in the import preview. */
export const CHROME_REASON_LABELS: Record<ChromeReason, string> = {
  navigation: "网站或版面导航",
  widget: "页面按钮（分享、打印、字号、收起等）",
  masthead: "报头（报纸、网站或公众号名称）",
  column: "栏目名",
  edition: "报纸版面信息",
  metadata: "发布信息（日期、来源、阅读数）",
  credit: "编辑、记者、摄影署名",
  caption: "图片说明",
  legal: "版权、免责或网站声明",
  contact: "电话、邮箱、网址等联系方式",
  ad: "广告或关注提示",
  spam: "垃圾信息",
  repeated: "重复出现的页眉页脚",
  "page-number": "页码",
  related: "相关文章列表",
  ornament: "分隔符号",
};
