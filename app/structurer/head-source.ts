/**
 * The publisher over the date (source, issue #12 item 2). Whoever publishes a page prints
 * its name next to the date it published on: an account's name over its date line
 * (`某某政协` / `2026-05-06`), a broadcaster's name over a programme and its date, a
 * platform's author over its info line (`某某融媒体中心` / `2026-06-30 11:26 · 原创 · …`),
 * a verified account with its mark (`某某发布 V` / `2026-4-16 09:30 来自 …`).
 *
 * So, when no masthead, account line, agency or origin names the source, a **name line**
 * names the publisher: the head's line right over its first date line — or two lines over
 * it when the chrome stage took the line for a masthead (a programme's name between) — not
 * a page's navigation or related links, whose first cell is a name (2–20 characters, Han
 * first, no punctuation, no digits, no credit word, not an occasion: `在…上的发言`). The
 * source is that first cell (what follows a space is a channel, a frequency or a
 * verification mark). The headline is never that line; nor is a byline (`记者 某某`).
 */
import { DATE_RE, cut } from "./head-shapes";
import type { HeadLine } from "./head-lines";
import { DOC_KIND } from "./chrome-apparatus";
import { fold } from "./fold";
import { actionRow } from "./chrome-thread";

export interface Line {
  text: string;
  folded: string;
  reason?: string | null;
}

/**
 * 2026-12-03 (fifth wave): the outlet's name out of what a page prints for it. A paper's site or app carries the
 * paper's name with a channel word (`某某日报网`, `某某晚报客户端`, `某某报APP`): the publication is the paper
 * (`某某日报`), as the corpus names it; in a masthead listing its channels (`某某晚报网 | 某某新闻客户端`) the paper's
 * channel names it. A site that is no paper's (`某某新闻网`, `某某政协网`) keeps its name.
 */
export function outletName(source: string | null): string | null {
  if (!source) return source;
  // The kind of channel in brackets after the name (`某某政协（公众号）`, `某某发布(微信公众号)`) is no part of it.
  source = source.replace(/\s*[（(](?:微信)?(?:公众号|订阅号|服务号|视频号|客户端|APP|App|app|微博|抖音号?|头条号)[)）]?$/, "") || source;
  for (const cell of source.split(/\s*[|｜]\s*/)) {
    const paper = PAPER_CHANNEL.exec(cell.trim());
    if (paper) return paper[1];
  }
  // 2026-12-05 (sixteenth wave): a broadcaster's or a paper's site named for one of its channels, after a middle dot
  // (`某省广播电视台·新闻频道网`, `某某日报·政协频道`): the channel is the outlet's page, the outlet publishes.
  const channel = OUTLET_DOT_CHANNEL.exec(source.trim());
  return channel ? channel[1] : source;
}

const OUTLET_DOT_CHANNEL = /^([\p{Script=Han}]{2,16}(?:广播电视台|电视台|广播电台|融媒体中心|日报|晚报|早报|时报|报))\s*[·•]\s*[\p{Script=Han}A-Za-z]{2,12}(?:频道网?|网|客户端|APP|App)$/u;

const PAPER_CHANNEL = /^([\p{Script=Han}]{1,12}(?:日报|晚报|早报|时报|商报|周报|报))(?:网|网站|客户端|APP|App|app)$/u;

/** 2026-12-03 (fifth wave): an app's prompt (`下载某某新闻客户端`, `打开某某APP`) names a platform to install, never a publisher. */
export const APP_PROMPT = /^(?:下载|打开|安装|扫码|登录|注册)/;

/**
 * 2026-12-04 (tenth wave): a bulletin named only by its kind and a generic word (`工作简报`, `委员专报`) is a series of
 * records whose issuer stands on another line (`政协某县委员会` over it): no publisher's name (`某区政协简报` is one).
 */
export const BARE_BULLETIN = /^[\u4e00-\u9fff]{2}(?:简报|专报|通报)$/;

/** A name's cell: Han first, no punctuation of a sentence or a field, no numbers. */
const NAME_CELL = /^\p{Script=Han}[\p{Script=Han}A-Za-z]{1,19}$/u;
/** Words of a credit or a label, never a publisher: 记者 某某, 编辑：…, 来源：…; a speech or a minutes series (`…纪要`, fifth wave) is a record, not a publication. */
export const NOT_A_NAME = /记者|通讯员|作者|编辑|责编|来源|摄影|主持|嘉宾|委员$|^(?:首页|返回|关注|分享|点击)|^(?:在|关于|对于|就)|(?:发言|讲话|致辞|纪要)$/;

/** The first cell of a line that is a name, else null. */
export function nameCell(text: string): string | null {
  const cells = text.trim().split(/[\s\u3000·•|｜]+/).filter(Boolean);
  const first = cells[0];
  // The word classes are written in simplified characters: a Traditional page's cell is read folded (`…會議紀要` is a record too).
  const plain = fold(first ?? "");
  // 2026-12-04 (tenth wave): a line ending in a document's kind (`某县政协委员联络组活动记录`, `某区政协协商意见`) names a record or its series, not a publication.
  if (!NAME_CELL.test(first) || NOT_A_NAME.test(plain) || APP_PROMPT.test(plain) || DOC_KIND.test(plain)) return null;
  // What follows the name is short furniture (a mark, a channel, a frequency), never prose.
  if (cells.slice(1).some((c) => c.length > 12 || /[。，,；;！!？?：:]/.test(c))) return null;
  return first;
}

/** A platform's verification badge on its own line, maybe with what it verifies (`V`, `✓ 某某市政协官方微博`). */
const BADGE = /^(?:[Vv✓✔]|[蓝黄金红]V)(?:\s+\S{2,20})?$/;

/** The publisher named over the head's first date line, or null. */
export function nameOverDate(lines: Line[], headEnd: number, titleLine: number, isByline: (i: number) => boolean): string | null {
  const live: number[] = [];
  // Nineteenth wave: a thread's buttons over its first floor (`只看楼主 收藏 回复`) name no one: passed as a blank.
  for (let i = 0; i < Math.min(headEnd + 3, lines.length); i++) if (lines[i].folded && !actionRow(lines[i].folded)) live.push(i);
  let k = live.findIndex((i) => DATE_RE.test(lines[i].folded) && lines[i].folded.length <= 60);
  if (k < 0) return null;
  // 2026-12-04 (seventh wave): a microblog's stamp (`DATE 来自 某某手机`) is under the poster's account, whatever its
  // name reads like (a member's `某某市政协委员某某`); a verification badge between them (`V`, `✓ 某某官方微博`) is furniture.
  const stamp = /\s来自\s*\S/.test(lines[live[k]].folded);
  if (stamp) live.splice(0, k, ...live.slice(0, k).filter((i) => !BADGE.test(lines[i].folded.trim())));
  k = live.findIndex((i) => DATE_RE.test(lines[i].folded) && lines[i].folded.length <= 60);
  if (stamp && live[k - 1] !== undefined && live[k - 1] !== titleLine && nameCell(lines[live[k - 1]].text)) return nameCell(lines[live[k - 1]].text);
  for (const back of [1, 2]) {
    const i = live[k - back];
    if (i === undefined || i === titleLine || isByline(i) || DATE_RE.test(lines[i].folded)) continue;
    const reason = lines[i].reason ?? null;
    // The chrome stage took it for a masthead: a publication's name, whatever follows it.
    // Else only the line right over the date, and not a page's navigation or related links.
    if (reason !== "masthead" && (back > 1 || reason === "navigation" || reason === "related")) continue;
    const name = nameCell(lines[i].text);
    if (name) return name;
  }
  return null;
}

/**
 * 2026-12-03: an account card. A platform prints the author account's card over the post:
 * its name, then the account's widgets — a follow button (`关注`, `+关注`, `已关注`) or its
 * counters (`文章 46`, `粉丝 1.2万`, `总阅读 13.2万`, `查看TA的文章>`). The name over such
 * widgets is the publisher of the post, as a 公众号's name is: the source. Only the head
 * above the headline is read.
 */
const CARD_WIDGET = /^(?:[+＋]\s*)?(?:已)?关注$|^(?:文章|粉丝|关注|获赞|总阅读|阅读量?|作品|获赞与收藏)\s*[\d.]+[万wk]?$|^查看\s*TA\s*的|^进入主页|^私信$/i;

export function accountCardName(lines: readonly Line[], titleLine: number): string | null {
  const end = titleLine >= 0 ? titleLine : Math.min(lines.length, 12);
  for (let i = 0; i < end; i++) {
    if (!lines[i].folded) continue;
    let j = i + 1;
    while (j < end && !lines[j].folded) j++;
    if (j >= end || !CARD_WIDGET.test(lines[j].folded.trim())) continue;
    const name = nameCell(lines[i].text);
    if (name && !CARD_WIDGET.test(name)) return name;
  }
  return null;
}

/**
 * 2026-12-03 (fourth wave): a site's name on the page's first line (`某某政协网络议政平台`, `某某政协网`)
 * over its navigation (a breadcrumb, a menu row): the site published the page, its source when the page
 * names no other. Read by position and shape: a bare name ending in 网, 网站 or 平台, the next line navigation —
 * or (nineteenth wave) the crumb's own first cell in that shape (`某某县人民政府网 > 互动交流 > 在线访谈`).
 */
export function siteName(infos: readonly HeadLine[]): string | null {
  const first = infos.findIndex((x) => x.text !== "");
  const crumb = first >= 0 && infos[first].reason === "navigation" ? /^([\u4e00-\u9fff]{2,20}(?:网|网站|平台))\s*(?:>|＞|»|›|→)/.exec(infos[first].folded.trim()) : null;
  if (crumb) return cut(infos[first].text, infos[first].folded, crumb[1]);
  if (first < 0 || !/^[\u4e00-\u9fff]{2,20}(?:网|网站|平台)$/.test(infos[first].folded.trim())) return null;
  const next = infos.findIndex((x, j) => j > first && x.text !== "");
  return next >= 0 && infos[next].reason === "navigation" ? infos[first].text.trim() : null;
}

/**
 * 2026-12-04 (fourteenth wave): a site whose name opens the page over its navigation (siteName) hosts what its `来源：`
 * field names: a news site shows the paper's article (`某某新闻网` / `来源：某某日报`), a 政协's site the 政协's release
 * (`某某政協網` / `來源：某某政協`) — the publisher is the field's, as on a portal. `来源：本网` names the site itself.
 */
export function siteHost(infos: readonly HeadLine[], masthead: string, headSource: string | null): boolean {
  return headSource !== null && !/^本(?:网|站)/.test(fold(headSource.trim())) && siteName(infos) === masthead;
}

/**
 * A WeChat reprint names its origin (`以下文章来源于某某日报，作者某某`): like an agency's dateline,
 * the origin wins over the account that reprints it. Read in the head and just under it.
 */
export function reprintOrigin(lines: readonly Line[], headEnd: number): string | null {
  for (let i = 0; i < Math.min(headEnd + 3, lines.length); i++) {
    const m = /以下文章来源于\s*([^,，\s]{2,20})/.exec(lines[i].folded);
    if (m) return cut(lines[i].text, lines[i].folded, m[1]);
  }
  return null;
}

/**
 * 2026-12-03 (third wave): a portal's name (`某某区人民政府门户网站`) hosts what its offices publish:
 * the page's own `来源：` names the publisher before it; the portal is the source when nothing
 * else is. (Sixth wave) So is a site the page's `<title>` line names as its host (`标题_某省政协网`,
 * `标题-某某新闻-某某网`, the first line of a saved or copied page): the site hosts, `来源：` publishes.
 */
export function portalHost(lines: readonly Line[], masthead: string, titleLine: number): boolean {
  if (/(?:网站|门户)$/.test(masthead)) return true;
  if (!/网$/.test(masthead)) return false;
  const named = new RegExp(`\\S\\s*[_|｜-]\\s*(?:\\S+\\s*[_|｜-]\\s*)?${masthead.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
  return lines.slice(0, Math.max(0, titleLine)).some((x) => x.text && named.test(x.folded.trim()));
}

/**
 * 2026-12-04 (twelfth wave): the publisher of the page vs the office in its `来源：` field. A body's
 * own site prints the desk that supplied the item in its `来源：` field (`区政协提案委`, `县水利局` on the
 * county government's site, `参政议政部` on a party's): the desk is part of the body whose site shows
 * the page, so the site — the banner naming that body, `某某政协网`, `某某县人民政府` — is the source, as
 * a WeChat account stays the source of a `来源：…委员会` post (corpus README). Five blind batches
 * (holdout-11, -13, -15, -17, -19) name the site there; none names the desk.
 * Another body's release on a portal (`来源：市政协办公室` on the city government's site) and a
 * publication (`来源：某某日报`, `…融媒体中心`) keep the third wave's reading: that body published, the
 * portal hosts.
 */
/** The banner: a body's name, bare or as its site (`某某政协`, `某某政协网`, `某某县人民政府门户网站`). */
const BANNER = /^[\u4e00-\u9fff]{2,24}?(政协|人民政府|政府|委员会)(?:网|网站|门户网站|门户)?$/;
/** A desk: an office, a committee or a department's unit (the class of names a body gives its parts). */
const DESK = /(?:办公室|委员会|研究室|[委局厅部办处科室]|中心)$/;
/** Names of publishers, and of bodies that are not a government's departments (they publish on a portal). */
const PUBLISHER = /融媒|新闻|传媒|日报|晚报|报社|电视|广播|[报网台社]$|发布$/;
const NOT_GOVERNMENT = /政协|人大|党|民革|民盟|民建|民进|农工|致公|九三|台盟|法院|检察|工会|共青团|团委|妇联|科协|工商联/;

/** The banner line of the page's head above the headline (a removed line), as typed, or null. */
function banner(lines: readonly Line[], titleLine: number): string | null {
  for (let i = 0; i < Math.min(titleLine < 0 ? 6 : titleLine, 6, lines.length); i++) {
    if (lines[i].reason && BANNER.test(lines[i].folded.trim())) return lines[i].text.trim();
  }
  return null;
}

/** A `来源：` value that names a desk (an office, committee or department), not a publisher. */
export function deskName(source: string): boolean {
  const s = source.trim();
  return DESK.test(s) && !PUBLISHER.test(s);
}

/** Is `source` a desk of the body the banner (`某某政协网`, `某某县人民政府`, `某某委员会网站`) names? */
export function ownDesk(bannerText: string, source: string): boolean {
  // Fourteenth wave: read folded, as the word classes are written (`某某政協網` and `市政協某某委員會` on a Traditional page).
  const site = fold(bannerText.trim());
  const body = BANNER.exec(site)?.[1];
  const s = fold(source.trim());
  if (!body || !deskName(s)) return false;
  // A 政协 named in full (`政协某省委员会网站`) is a 政协 as `某省政协网` is.
  if (/^政协/.test(site)) return /政协/.test(s);
  // A 政协's site owns the 政协's committees and offices; a government's site its departments; any
  // other body's site (a party's) the units named without a place or level (`参政议政部`).
  if (body === "政协") return /政协/.test(s);
  if (/政府$/.test(body)) return !NOT_GOVERNMENT.test(s);
  return !/[省市区县州盟旗]/.test(s);
}

/** The site's banner when the `来源：` value is a desk of the body the banner names, else null. */
export function ownDeskSite(lines: readonly Line[], titleLine: number, source: string): string | null {
  const site = banner(lines, titleLine);
  return site && ownDesk(site, source) ? site : null;
}
