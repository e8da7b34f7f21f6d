/**
 * Navigation lines (chrome reason "navigation"): a site's breadcrumb path, a menu of short labels between bars or
 * spaces (maybe glossed in English), a row of navigation words written together, previous/next links. Read by
 * lineVerdict (chrome-rules.ts) on the folded line; a sentence is never navigation.
 */
import { BREADCRUMB, EDITION, NAV_SECTION, NAV_SPLIT, NAV_UI, PREV_NEXT } from "./chrome-patterns";
import { endsSentence } from "./line-shapes";

/** `某省教育网 > 教育要闻 > 正文`, `首页>>民生>>养老`: a path of short names. */
function pathLine(f: string): boolean {
  const parts = f.split(/\s*(?:>+|›|»|→|＞)\s*/).filter(Boolean);
  return parts.length >= 3 && parts.every((p) => p.length <= 14 && !/[。,;!?]/.test(p));
}

/** A menu label with its English gloss: `首页 Home`, `联系我们 Contact Us`. */
const BILINGUAL_LABEL = /^[\u4e00-\u9fff]{1,8}\s+[A-Za-z][A-Za-z&'.-]*(?:\s[A-Za-z&'.-]+){0,2}$/;

/** A menu: short labels between `|` (`首页 | 政协概况 | 新闻动态 | 委员风采`), or many between spaces. */
function menuLine(f: string): boolean {
  if (/[。,;!?]/.test(f)) return false;
  const piped = f.split(/\s*[|｜丨]\s*/).filter(Boolean);
  if (piped.length >= 3 && piped.every((t) => t.length <= 8)) return true;
  // A bilingual portal glosses each label in English (`政务 Government | 无障碍 Accessibility`):
  // the label is read without its gloss, which may be longer than any Chinese label (2026-12-04, fourteenth wave).
  if (piped.length >= 3 && piped.every((t) => BILINGUAL_LABEL.test(t))) return true;
  const spaced = f.split(/\s+/).filter(Boolean);
  // Nineteenth wave: a byline of several credits (`◎ 通讯员 某某 记者 某某`) has as many short cells; a menu holds no reporter's role.
  if (spaced.some((t) => /^(?:本报|本台|本网|本刊|特约|见习|融媒)?(?:记者|通讯员|实习生)$/.test(t))) return false;
  // A Latin item (`English`) may be longer than the Chinese ones.
  return spaced.length >= 5 && spaced.every((t) => t.length <= 6 || /^[a-z]{2,12}$/i.test(t));
}

/**
 * A navigation word, or a run of them written together (`客户端下载` = `客户端` + `下载`,
 * `登录注册`): menus glue their labels without spaces as often as not.
 */
function navWord(t: string): boolean {
  if (NAV_UI.has(t)) return true;
  if (t.length < 4 || t.length > 12) return false;
  // Can t be cut into navigation words? (ok[k]: the first k characters can.)
  // A section name may lead the compound (`数字报首页`, `新闻首页`) when a
  // navigation word ends it.
  const ok = [true];
  for (let k = 1; k <= t.length; k++) {
    ok[k] = false;
    for (let j = Math.max(0, k - 6); j < k - 1 && !ok[k]; j++) ok[k] = ok[j] && NAV_UI.has(t.slice(j, k));
  }
  if (ok[t.length]) return true;
  for (let j = 2; j <= t.length - 2; j++) if (NAV_SECTION.has(t.slice(0, j)) && NAV_UI.has(t.slice(j))) return true;
  return false;
}

export function navigationLine(f: string): boolean {
  if (f.length > 80 || endsSentence(f)) return false;
  if (BREADCRUMB.test(f) || PREV_NEXT.test(f) || pathLine(f) || menuLine(f)) return true;
  // A row of furniture between bars (`通版阅读 | 当前版：05`): every segment is navigation or edition.
  const segments = f.split(/\s*[|｜丨]\s*/).filter(Boolean);
  if (segments.length >= 2 && segments.every((s) => s.length <= 20 && (EDITION.test(s) || navigationLine(s)))) return true;
  const tokens = f.toLowerCase().split(NAV_SPLIT).filter(Boolean);
  if (!tokens.length) return false;
  const ui = tokens.filter(navWord).length;
  const nav = ui + tokens.filter((t) => NAV_SECTION.has(t)).length;
  // Every token a navigation word (one section name alone may be a title), or a menu of
  // short labels most of which are.
  if (nav === tokens.length) return ui > 0 || tokens.length >= 2;
  return tokens.length >= 4 && nav * 2 >= tokens.length && tokens.every((t) => t.length <= 6);
}
