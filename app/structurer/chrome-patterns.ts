/**
 * Vocabulary of page chrome that chrome-rules.ts tests lines against: navigation and
 * widgets, editions and page numbers, spam, and the words of photo captions. Split from
 * the rules so each file stays readable; every pattern runs on the folded line (fold.ts).
 */
// ───────────────────────────── navigation and widgets ─────────────────────────────

/**
 * Words of site and e-paper navigation, account and app prompts, share bars and
 * collapse/expand buttons. A line made only of them is a menu or a button row.
 */
export const NAV_UI = new Set(
  (
    "首页 主页 网站首页 返回首页 登录 注册 下载 注册登录 登录注册 退出 个人中心 会员中心 app app下载 下载app 客户端 手机版 电脑版 " +
    "pdf下载 下载pdf 移动版 无障碍 长者模式 关怀版 适老化 繁体 简体 繁體 english 搜索 站内搜索 高级搜索 通版阅读 版面导航 版面目录 本版目录 " +
    "上一版 下一版 上一期 下一期 上一篇 下一篇 上一条 下一条 往期回顾 过刊 往期查阅 日期检索 返回目录 返回 返回列表 " +
    "返回顶部 收起 展开 展开全文 查看全文 阅读全文 阅读原文 查看更多 加载更多 热点话题 热门视频 热门文章 " +
    "相关热词搜索 发表评论 我要评论 网友评论 评论区 点赞 在看 分享 分享到 转发 收藏 举报 " +
    "写留言 赞赏 关注 已关注 关注我们 知道了 pdf版 图片版 文字版 微信 微博 新浪微博 腾讯微博 " +
    "qq qq空间 qq好友 朋友圈 微信朋友圈 豆瓣 复制链接 抖音 今日头条 打印 关闭 纠错 放大 缩小 默认 字号 " +
    "朗读 听新闻 暂停 播放 手机看 打开app 客户端阅读 设为首页 加入收藏 当前位置 您的位置 您现在的位置"
  ).split(/\s+/),
);
/** Section and column names of a site's menu: navigation only in a row of several. */
export const NAV_SECTION = new Set(
  (
    "目录 全文 更多 热门 热点 热词 评论 赞 留言 取消 订阅 pdf 音频 视频 直播 专题 头条 大 中 小 播报 二维码 扫码 打开 " +
    "新闻 要闻 时政 政务 社会 国内 国际 财经 科技 体育 娱乐 文化 教育 健康 旅游 房产 汽车 图片 频道 栏目 本地 资讯 动态 " +
    "政协 导航 菜单 位置 正文 新闻中心 新闻动态 工作动态 网上政协 履职 委员 提案 数字报 电子报 电子版 数字版 报纸 版面 期刊 往期 我的 会员"
  ).split(/\s+/),
);

/** `上一篇：……`, `下一篇：无`: links to the neighbouring articles. */
export const PREV_NEXT = /^[【[]?\s*(?:上一篇|下一篇|上一条|下一条|上一页|下一页|上篇|下篇|前一篇|后一篇)/;

/** Separators between menu items, breadcrumbs and buttons. */
export const NAV_SPLIT = /[\s|｜丨▏▕│┃▍/·•,、:：【】[\]()<>＜＞›»→>◀▶◁▷←«]+/;

/** A breadcrumb: `首页 > 新闻 > 正文`, `当前位置：首页 » 政协要闻`. */
export const BREADCRUMB = /^(?:当前位置|您的位置|您现在的位置|所在位置|位置)\s*[:：]|(?:首页|主页)\s*[>›»→]/;

/** Widgets anywhere in a short line: font size, share, print, close, back to top, corrections. */
export const WIDGET_ANYWHERE =
  /字号\s*[:：]?\s*[【[(]?\s*大\s*[】\])]?\s*[【[(]?\s*中\s*[】\])]?\s*[【[(]?\s*小|[【[]\s*[大中小]\s*[】\]]\s*[【[]\s*[大中小]\s*[】\]]|分享到|分享至|一键分享|打印本页|打印此页|打印文章|关闭窗口|关闭本页|返回顶部|返回首页|返回列表|加入收藏|收藏本页|我要纠错|[【[]\s*(?:打印|关闭|收藏|纠错|返回|顶部)\s*[】\]]|^[-—=*·\s]*[(【[]?\s*(?:全文完?|正文|收起|展开|完|end|the end)\s*[)】\]]?[-—=*·\s]*$|视频加载中|点击(?:图片)?查看大图|字体\s*[:：]?\s*[【[(]?\s*大/i;

/** Ads, promotion, account prompts. */
export const AD_ANYWHERE =
  /^[【[(]?\s*(?:广告|推广|赞助)\s*[】\])]|^广告\s*[:：]?|扫码(?:关注|下载|阅读|查看|进入|添加|加入|收听|观看)|扫一扫|扫描[^。]{0,4}二维码|长按识别|长按二维码|二维码(?:关注|下载)|关注[^。]{0,10}(?:公众号|微信号|视频号|微博|抖音号)|点击上方|点击下方|点击[^。]{0,6}蓝字|下载[^。]{0,8}(?:app|客户端)|(?:点击|点此)[^。]{0,4}(?:下载|进入|查看|阅读|关注|订阅)|更多精彩|精彩推荐|热点推荐|热门推荐|预览时标签不可点|继续滑动看下一个|向上滑动看下一个|轻触阅读原文|微信扫一扫|使用小程序|在小说阅读器中|喜欢此内容的人还喜欢|分享收藏点赞在看|点(?:个|亮|一下)?["“]?(?:在看|赞)["”]?|戳(?:这里|我|此)|留言区|评论区|欢迎(?:大家|您)?(?:留言|转发|关注|分享|投稿)|记得(?:点赞|关注|转发)|以下文章来源于|收录于(?:合集|话题)|设为星标|星标(?:公众号|我们)|听全文|轻点两下|写下你的留言|精选留言|已同步到看一看|小程序|功能介绍|^[^\u4e00-\u9fffA-Za-z0-9]{0,4}(?:关注|点击关注|欢迎关注)(?:我们|["“「][^"”」]{2,12}["”」])|[↑↓]{2,}$/i;

/** Headers of "related" lists; the short lines after them are more headlines. */
export const RELATED_HEAD =
  /^[【[]?\s*(?:相关阅读|相关新闻|相关链接|相关文章|相关报道|推荐阅读|延伸阅读|猜你喜欢|往期推荐|往期回顾|往期精选|精彩推荐|热点推荐|热门推荐|热点新闻|热点话题|热门视频|热门文章|热门排行|排行榜|相关热词搜索|热词搜索|更多阅读|更多新闻|今日推荐|编辑推荐|专题推荐|图片新闻|最新新闻|最新动态|点击排行|阅读排行|标题导读|本版导读|今日导读|导读)\s*[】\]]?\s*[:：>»]?\s*/;

// ───────────────────────────── editions and pages ─────────────────────────────

/** E-paper edition furniture: `第05版：要闻`, `当前版：05版`, `A3版`, `第2026期`. */
export const EDITION =
  /^[(（]?\s*(?:下转|上接|转第|接第|下接)\s*第?\s*[一二三四五六七八九十\dA-Z]{1,3}\s*版|^(?:当前版|版次|版面|版名|本版)\s*[:：]|第\s*[0-9A-Z]{1,4}\s*版|^[A-Z]?\d{1,3}\s*版\s*[:：]?|^\d{1,3}\s*版\s|总第\s*\d+\s*期|^第\s*\d+\s*期$|^\d{4}\s*年\s*第\s*\d+\s*期$|(?:^|\s)(?:本期|本版)(?:责编|编辑|主编|值班)/;

/**
 * The close of a record in brackets on its own line (2026-12-04, thirteenth wave): `（记录完毕）`,
 * `（访谈结束）`, `（会议记录完毕，经发言人审阅）`. A transcript or minutes mark where the record stops; the
 * line reports no words of anyone. Read by shape: the whole line in one pair of brackets, at most
 * a short noun naming the record, then a verb of ending (完毕, 结束 — a record's own closing words),
 * maybe a short clause after a comma. The noun is limited to a few Han characters, so a bracketed
 * sentence (`（会议结束后，委员们还……）`) is never one.
 */
export const RECORD_CLOSE = /^[(【[]\s*[\u4e00-\u9fff]{0,6}(?:完毕|结束)(?:\s*[,;]\s*[^()【】[\]。]{1,16})?\s*[)】\]]$/;

/**
 * `— 3 —`, `- 12 -`, `第 3 页`, `第3页 共12页`, `3/12`, `Page 3`, a number alone; a page's number between rules as numbers alone are (`— 第1页 —`, 2026-12-04).
 * A periodical's page locator, one page or the article's range (`P18-21`, `P.26-28`, `pp. 12–14`, `第14-15页`), alone on its
 * line, says where the piece stands in the issue, as a page number does (2026-12-05, twenty-first wave).
 */
export const PAGE_NUMBER =
  /^[-—–－_·\s]*\d{1,4}[-—–－_·\s]*$|^[-—–－_·\s]*第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?[-—–－_·\s]*$|^\d{1,4}\s*\/\s*\d{1,4}$|^page\s*\d{1,4}(?:\s*of\s*\d{1,4})?$|^p{1,2}\.?\s*\d{1,4}(?:\s*[-–—~～]\s*\d{1,4})?$|^第\s*\d{1,4}\s*[-–—~～至]\s*\d{1,4}\s*页$/i;

// ───────────────────────────── spam ─────────────────────────────

/** Gambling and lottery promotion: words that do not occur in policy writing about them. */
export const SPAM_STRONG =
  /代开发票|办证刻章|刻章办证|网络兼职|刷单|裸聊|私服|外挂|代孕|信用卡套现|无抵押贷款|时时彩|六合彩|北京赛车|pk10|百家乐|真人视讯|老虎机|娱乐城|彩金|注册送|首存|返水|威尼斯人|葡京|太阳城|网投|电子游艺|棋牌游戏|信誉平台|日赚|刷单返利|体育投注|在线投注|投注平台|彩票平台|开户送|博彩平台|赌场|澳门赌|菠菜/i;
/** Policy writing about gambling: `严厉打击网络赌博`. */
export const SPAM_POLICY = /打击|整治|治理|防范|查处|严禁|取缔|依法|监管|诈骗|非法|违法|犯罪|警惕|提醒/;

// ───────────────────────────── captions ─────────────────────────────

/** `本版图片由记者 X 摄`, `（记者 某某 摄）`, `某某 摄`, `图片来源：…`, `某某供图`; `▲资料图` (2026-12-05: a caption's glyph before the bare credit). */
export const PHOTO_CREDIT =
  /(?:^|\s|[(（])(?:本版|本文|文中|上|下|左|右)?(?:图片|照片|图|视频)(?:均)?(?:由|来源|来自|据|为)|摄影?\s*[)）]?$|供图\s*[)）]?$|(?:资料|网络)图片\s*[)）]?$|^[▲△↑]?\s*[(（]?(?:资料图|资料照片|图片来自网络)[)）]?$/;

/** Caption openers: `图为……`, `▲……`, `上图：……`. */
export const CAPTION_OPENER = /^(?:图片说明|图说|图为|图片为|图中|上图|下图|左图|右图|组图|图\s*\d|图[①②③④⑤⑥]|[▲△↑↓◀▶▼]|[(（]图[)）])/;
/** People a photo shows. */
export const CAPTION_PEOPLE =
  /书记|主席|副主席|主任|委员|代表|局长|厅长|市长|区长|县长|镇长|部长|处长|院长|校长|经理|干部|党员|居民|村民|市民|群众|志愿者|工作人员|社工|网格员|民警|医生|医护人员|护士|老师|学生|孩子|儿童|老人|老年人|游客|企业家|职工|工人|专家|调研组|视察组|考察组|代表团|一行/;
/** What people in a photo do. */
export const CAPTION_ACTION =
  /调研|视察|考察|检查|走访|慰问|察看|参观|出席|参加|看望|指导|座谈|交流|听取|了解|体验|参与|观看|查看|讲解|介绍|合影|发言|讲话|接受采访|正在|在[^,。]{1,12}(?:现场|一线|车间|社区|村|街道|企业|学校|医院|门口|广场)/;
