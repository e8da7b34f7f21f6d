/**
 * Noise removal for text pasted from web pages.
 *
 * Web pages wrap the article in chrome: a date/source line, a font-size widget, share
 * buttons, print/close links, editor credits, copyright and ICP footers, phone numbers
 * and ads. Flattened ruby annotations leave pinyin behind (`網(wǎng)`). None of that is the
 * author's text, so it is removed here — but only when a line is clearly chrome: each
 * rule is anchored (the line *starts* with the chrome keyword) or limited to short lines,
 * because a sentence of the real text must never be dropped.
 *
 * Rules are matched against the folded line (Simplified, half-width; see fold.ts), so one
 * rule covers `来源:` and `來源：` alike.
 */
import { fold } from "./fold";

// ───────────────────────────── pinyin residue ─────────────────────────────

const TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ";
/**
 * A Han character immediately followed by one parenthesised, lower-case pinyin syllable
 * that carries a tone mark: `網(wǎng)`, `協(xié)`, `區（qū）`. Requiring the tone mark keeps
 * ordinary parentheses such as `(a)` or `(pdf)` intact. Quantifiers are bounded, so the
 * scan stays linear on long lines.
 */
const PINYIN_RESIDUE = new RegExp(
  `([\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF\\u{20000}-\\u{3134F}])[(（]([a-zü]{0,5}[${TONED}][a-zü${TONED}]{0,5})[)）]`,
  "gu",
);

export function stripPinyinResidue(line: string): string {
  if (!line.includes("(") && !line.includes("（")) return line;
  return line.replace(PINYIN_RESIDUE, "$1");
}

// ───────────────────────────── chrome lines ─────────────────────────────

/** Chrome lines are short; anything longer is prose and is never dropped as a whole. */
const MAX_CHROME = 160;

const DATE = String.raw`\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?`;
const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?`;

/** `2026-03-02 09:10:11 来源:…`, `2026年3月2日 来源：…`, `2026-03-02 09:10` alone. */
const DATE_CHROME = new RegExp(
  `^${DATE}\\s*(?:${TIME})?\\s*(?:来源|来自|发布|作者|浏览|阅读|点击|字号|编辑|分享|打印|[【\\[]|$)`,
);
const DATE_TIME = new RegExp(`^${DATE}\\s+${TIME}`);
/** A date alone (a publication date, or a signature date after the text). */
const DATE_ONLY = new RegExp(`^[(（]?${DATE}[)）]?$`);

/** Lines that *start* with a page-metadata label. */
const LABEL_CHROME =
  /^[【[(]?\s*(?:来源|来自|出处|稿源|信息来源|文章来源|稿件来源|新闻来源|发布时间|发布日期|发布机构|发布者|更新时间|原标题|原文链接|本文链接|文章链接|浏览次数|阅读次数|点击次数|点击数|浏览量|阅读量|访问量|访问次数|字号|字体|时间)\s*[:：]/;

/** Editor and production credits: `编辑:`, `（责任编辑：某某）`, `审核:`. */
const EDITOR_CHROME =
  /^[【[(]?\s*(?:责任编辑|值班编辑|编辑|责编|编审|审核|审校|审签|校对|初审|复审|终审|美编|监制|制作|排版|签发)\s*[:：]/;

/** Site footer labels: contact, address, host organisation, technical support. */
const FOOTER_LABEL =
  /^(?:(?:联系电话|咨询电话|值班电话|服务热线|电话|联系方式|传真|邮编|邮政编码|邮箱|电子邮箱|电子信箱|e-?mail|地址|通讯地址|联系地址|主办|主办单位|承办|承办单位|协办单位|技术支持|网站维护|维护单位)\s*[:：]|(?:联系我们|网站地图|网站声明|隐私声明|关于我们)(?:\s|$|[|｜]))/i;

/** Anywhere in a short line: copyright, ICP and public-security registrations. */
const FOOTER_ANYWHERE =
  /版权所有|版权归|copyright|©|all rights reserved|\(c\)\s*\d{4}|icp\s*[备证]|icp\d|公网安备|网安备\d|网站标识码|政府网站标识码|未经(?:书面)?(?:许可|授权|同意)[^。]{0,12}(?:转载|使用|复制)|转载请注明|如有侵权|侵权[^。]{0,6}删除|仅供参考[^。]{0,8}(?:侵权|删除)|(?:转载|转发)[^。]{0,16}仅供参考|免责声明/i;

/** Widgets and navigation: font size, share, print, close, back to top, corrections. */
const WIDGET_ANYWHERE =
  /字号\s*[:：]?\s*[【[(]?\s*大\s*[】\])]?\s*[【[(]?\s*中\s*[】\])]?\s*[【[(]?\s*小|[【[]\s*[大中小]\s*[】\]]\s*[【[]\s*[大中小]\s*[】\]]|分享到|分享至|一键分享|打印本页|打印此页|打印文章|关闭窗口|关闭本页|返回顶部|返回首页|返回列表|加入收藏|收藏本页|我要纠错|[【[]\s*(?:打印|关闭|收藏|纠错|返回|顶部)\s*[】\]]/;

/** Ads, promotion and "read more" navigation. Limited to short lines not ending a sentence. */
const AD_ANYWHERE =
  /^[【[(]?\s*(?:广告|推广|赞助)\s*[】\])]|^广告\s*[:：]?|扫码(?:关注|下载|阅读|查看|进入|添加|加入|收听|观看)|扫一扫|扫描[^。]{0,4}二维码|长按识别|长按二维码|二维码(?:关注|下载)|关注[^。]{0,10}(?:公众号|微信号|视频号|微博)|下载[^。]{0,8}(?:app|客户端)|(?:点击|点此)[^。]{0,4}(?:下载|进入|查看|阅读|关注|订阅)|更多精彩|精彩推荐|热点推荐|热门推荐|相关阅读|相关新闻|相关链接|推荐阅读|延伸阅读|猜你喜欢|上一篇|下一篇|上一条|下一条/i;

/** Share-button words; a line made only of them is a share bar. */
const WIDGET_WORDS = new Set(
  "微信 微博 新浪微博 腾讯微博 qq qq空间 qq好友 朋友圈 微信朋友圈 豆瓣 人人网 复制链接 抖音 今日头条 头条 分享 收藏 打印 关闭 大 中 小 纠错 顶部 更多".split(
    " ",
  ),
);

function isWidgetBar(folded: string): boolean {
  const tokens = folded
    .toLowerCase()
    .split(/[\s|｜/·•,、:：【】[\]()]+/)
    .filter(Boolean);
  return tokens.length > 0 && tokens.every((t) => WIDGET_WORDS.has(t));
}

function endsSentence(folded: string): boolean {
  return /[。!?！？]$/.test(folded);
}

/** Several clauses ending in a full stop: a sentence of the text, whatever words it holds. */
function looksLikeProse(folded: string): boolean {
  return endsSentence(folded) && (folded.match(/,/g) ?? []).length >= 3;
}

export type LineKind = "text" | "noise" | "date";

/**
 * Classify one trimmed line. `date` lines (a date alone) are metadata when they sit at the
 * top or bottom of the text; the caller decides by position.
 */
export function classifyLine(line: string): LineKind {
  const trimmed = line.trim();
  if (!trimmed) return "text";
  if (trimmed.length > MAX_CHROME) return "text";
  const f = fold(trimmed);
  if (DATE_ONLY.test(f)) return "date";
  if (DATE_CHROME.test(f)) return "noise";
  if (DATE_TIME.test(f) && f.length <= 80 && !endsSentence(f)) return "noise";
  if (LABEL_CHROME.test(f)) return "noise";
  if (EDITOR_CHROME.test(f) && f.length <= 80) return "noise";
  if (FOOTER_LABEL.test(f) && f.length <= 120 && !endsSentence(f)) return "noise";
  if (looksLikeProse(f)) return "text";
  if (FOOTER_ANYWHERE.test(f) && f.length <= 150) return "noise";
  if (WIDGET_ANYWHERE.test(f) && f.length <= 100) return "noise";
  if (AD_ANYWHERE.test(f) && f.length <= 60 && !endsSentence(f)) return "noise";
  if (isWidgetBar(f)) return "noise";
  return "text";
}

/**
 * A trailing editor credit glued to the last paragraph: `……完善制度。（责任编辑：某某）`.
 * Returns the line without it.
 */
const TRAILING_EDITOR = /[(（【[]\s*(?:责任编辑|编辑|责编|审核|校对)\s*[:：][^()（）【】[\]]{0,24}[)）】\]]\s*$/;

export function stripTrailingCredit(line: string): string {
  if (line.length < 6) return line;
  const f = fold(line);
  const m = TRAILING_EDITOR.exec(f);
  if (!m || m.index === 0) return line;
  return line.slice(0, m.index).trimEnd();
}

/**
 * Remove noise from a list of lines (`view` maps a line to the text a reader sees). Noise lines become empty lines (so Markdown paragraph
 * boundaries survive); pinyin residue is stripped everywhere; date-only lines are dropped
 * when they stand before the first or after the last line of text.
 */
export function removeNoise(lines: string[], view: (line: string) => string = (l) => l): string[] {
  const out: string[] = [];
  const kinds: LineKind[] = [];
  for (const raw of lines) {
    const line = stripPinyinResidue(raw);
    // `view` lets the Markdown reader classify `**编辑：某某**` by its visible text.
    const kind = classifyLine(view(line));
    kinds.push(kind);
    out.push(kind === "noise" ? "" : kind === "text" ? stripTrailingCredit(line) : line);
  }
  const firstText = kinds.findIndex((k, i) => k === "text" && out[i].trim() !== "");
  let lastText = -1;
  for (let i = kinds.length - 1; i >= 0; i--) {
    if (kinds[i] === "text" && out[i].trim() !== "") {
      lastText = i;
      break;
    }
  }
  for (let i = 0; i < out.length; i++) {
    if (kinds[i] === "date" && (firstText < 0 || i < firstText || i > lastText)) out[i] = "";
  }
  return out;
}
