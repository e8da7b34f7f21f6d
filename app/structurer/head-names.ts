/**
 * The publication's name on a masthead line (source, issue #12 item 2; 2026-12-03).
 *
 * A masthead prints the paper's name and, beside it, what the line is: the edition
 * (`今日某某 电子版`, `某某晚报（数字报）`) or what the paper is (`某某新闻 中共某某县委机关报`,
 * `某某网 某某融媒体中心主办`). The name is the first cell; the rest describes it.
 *
 * - **edition word**: a line ending in 电子版/数字报/数字版/电子报/手机版 names a paper whatever
 *   its name ends with (`今日某某` has no 报 or 网 in it): the line is a masthead, never the
 *   headline, and the name is what precedes the edition word;
 * - **descriptor**: a name cell followed, after a space, by a cell that says what the
 *   publication is (…机关报, …主办, …出版, 党报, 官方网站) — the name is the first cell, not
 *   the whole line.
 *
 * It does not guess a name from a line without either mark: a bare name is read by the
 * masthead and publisher rules in head.ts and head-source.ts.
 */
import { mastheadRowName } from "./chrome-edition";
import { DATE_RE, PUBLICATION } from "./head-shapes";

// 2026-12-04 (seventh wave): a periodical's and a mobile paper's editions too (网络版, 电子刊, 电子报刊, 晚间版).
const EDITION_WORD = "(?:数字报|电子版|数字版|电子报刊|电子报|手机版|网络版|网页版|电子刊|数字刊|早间版|午间版|晚间版)";
const EDITION = new RegExp(`^(.{2,16}?)[\\s·•|｜]*[(（]?${EDITION_WORD}[)）]?(?=[\\s·•|｜]|$)`);
/** A cell that may stand beside a masthead's name on its line: the issue, the date, the weekday, the edition. */
const ISSUE_CELL = new RegExp(`^(?:总?第\\d{1,5}期|\\d{4}年(?:第\\d{1,3}期)?|\\d{4}\\s*[-./年]\\s*\\d{1,2}\\s*[-./月]\\s*\\d{1,2}日?|星期[一二三四五六日天]|周[一二三四五六日天]|${EDITION_WORD})$`);
/** The name in marks: `【某某手机报·晚间版】`, `《某某》杂志` (the kind of periodical after the marks). */
const MARKED = /^(?:【([^【】]{2,20})】|《([^《》]{2,16})》(?:杂志|期刊|刊)?)/;
const DESCRIPTOR = /^(?:\S{0,16}(?:机关报|党报|主办|出版|出品)|官方网站|官网|门户网站)$/;
const NAME = /^[\p{Script=Han}A-Za-z·]{2,16}$/u;

/** The paper's name on a line carrying an edition word (`今日某某 电子版` → `今日某某`), else null. */
export function editionName(folded: string): string | null {
  const line = folded.trim();
  const marked = MARKED.exec(line);
  const m = marked ? null : EDITION.exec(line);
  if (!marked && !m) return null;
  let name = (marked ? marked[1] ?? marked[2] : m![1]).trim();
  const bare = name.replace(new RegExp(`[\\s·•|｜]*${EDITION_WORD}$`), "");
  // 2026-12-04 (seventh wave): only the issue, the date and the edition may follow the name (`《某某》电子刊 2026年第9期`,
  // `【某某手机报】2026年11月4日 第2196期 早间版`); a headline after it is no masthead's.
  const cells = line.slice((marked ?? m)![0].length).split(/[\s·•|｜]+/).filter(Boolean);
  if (!cells.every((c) => ISSUE_CELL.test(c))) return null;
  // Marks around a name need an edition word, a periodical's kind or a paper's name with its issue (`【某某手机报】第N期`).
  const edition = !marked || bare !== name || (!!marked[2] && /(?:杂志|期刊|刊)$/.test(marked[0])) || cells.some((c) => new RegExp(`^${EDITION_WORD}$`).test(c)) || (PUBLICATION.test(bare) && cells.length > 0);
  name = bare;
  return edition && NAME.test(name) ? name : null;
}

/** The name cell of a masthead with a descriptor beside it (`某某新闻 中共某某县委机关报` → `某某新闻`), else null. */
export function describedName(folded: string): string | null {
  const cells = folded.trim().split(/[\s\u3000]+/);
  if (cells.length < 2 || cells.length > 3 || !NAME.test(cells[0])) return null;
  return cells.slice(1).every((c) => DESCRIPTOR.test(c)) ? cells[0] : null;
}

/** The publication named by a masthead line, by either mark or as a masthead row's paper cell, else null. */
export function mastheadName(folded: string): string | null {
  // A row of name, date, weekday and issue number (chrome-edition.ts): the name is its paper's cell.
  return editionName(folded) ?? describedName(folded) ?? mastheadRowName(folded);
}

/**
 * 2026-12-03 (third wave): a periodical's issue line — its name in title marks and the issue
 * (`《某省政协》2026年第4期`, `《某某》第12期`), maybe beside a column name — is the journal's
 * running head: the source, never the headline. The name is what the marks enclose.
 */
export function issueName(folded: string): string | null {
  // 2026-12-03 (sixth wave): or its bare name first, right before the year and issue (`某某政协  2026年第4期`).
  const m = /《([^《》]{2,16})》\s*(?:\d{4}\s*年\s*)?(?:第\s*\d{1,3}\s*期|\d{1,2}\s*月(?:号|刊)?)/.exec(folded) ?? /^([\u4e00-\u9fff]{2,10})\s+\d{4}\s*年\s*第\s*\d{1,3}\s*期/.exec(folded);
  if (!m) return null;
  // Beside the issue only a column's name, set apart by spaces (`履职·调研`): a title after the issue is a headline.
  const rest = (folded.slice(0, m.index) + " " + folded.slice(m.index + m[0].length)).trim();
  return !rest || (/^[\u4e00-\u9fff·]{2,8}$/.test(rest) && /\s{2,}|\u3000/.test(folded)) ? m[1] : null;
}

/**
 * 2026-12-04 (thirteenth wave): a programme's or a column's instalment line — its name, a bar, the instalment and
 * nothing after (`“有事好商量”议事直播间｜第9期`, `政协夜话丨第12期`): a running head that labels the series, as an
 * annex's label or a journal's issue line does, never the headline (an episode's headline goes on after the number,
 * `第12期｜标题`: head-source.ts, seriesName). Read by shape: at most twenty characters of name, no sentence mark.
 */
export function instalmentLine(folded: string): boolean {
  const m = /^(.{2,20}?)\s*[|｜丨]\s*第\s*[\d一二三四五六七八九十百]{1,4}\s*[期集讲场]$/.exec(folded.trim());
  return !!m && !/[。,;:!?]/.test(m[1]);
}

/** The first cell of a dated masthead line when it is a publication's bare name (`某某日报`), else null. */
export function datedMasthead(text: string): string | null {
  const first = text.trim().split(/[\s\u3000]+/)[0].replace(/[(（]?(?:数字报|电子版|数字版|电子报|手机版)[)）]?$/, "");
  return /^[\p{Script=Han}A-Za-z·]{2,16}$/u.test(first) && PUBLICATION.test(first) && !/^(?:来源|来自|稿源)|^(?:数字报|电子版|数字版|电子报|手机版)$/.test(first) ? first : null;
}

/** What a line under a masthead's name says it is: a party paper, a platform, a client app, an official site. */
const DESCRIBED_BELOW = /^[\p{Script=Han}A-Za-z]{2,24}(?:机关报|党报|主办|出版|出品|平台|客户端|官方网站|官网|门户网站|APP|App)$/u;

/**
 * 2026-12-04 (seventh wave): the name of an app or a paper set over the line that says what it is, on a line of
 * its own (`“掌上履职”` / `某某市政协委员履职服务平台`, `某某新闻` / `某某县融媒体中心官方客户端`) — the same
 * pair `describedName` reads on one line. A short name (in quotes or not) right over such a descriptor is the
 * masthead: the source, never the headline. Returns the name without its quotes, else null.
 */
export function nameOverDescriptor(lines: readonly { text: string; folded: string }[], i: number): string | null {
  const m = /^["“「]?([\p{Script=Han}A-Za-z·]{2,10})["”」]?$/u.exec(lines[i].folded.trim());
  if (!m) return null;
  const next = lines.slice(i + 1, i + 3).find((x) => x.text.trim());
  return next && DESCRIBED_BELOW.test(next.folded.trim()) ? m[1] : null;
}

/**
 * 2026-12-05 (eighteenth wave): an outlet's short form yields to its full name on the page's own masthead. A dateline
 * or a lede shortens the name (`中新网…电` under `中国新闻网`, `某某网讯` under `某某新闻网`); when the site's masthead
 * prints the same outlet in full, that is the source. The same outlet: the full name opens with the short form's first
 * character and holds all its characters in order, but does not merely extend it (`某某日报社`, `某某政协办公室` are other
 * bodies than `某某日报`, `某某政协`), and another kind of outlet (`新华社` beside `新华网`) is not held in it. An app's
 * share page (`打开APP…` in its first lines) is left as it reads: its banner names the app, and the blind golds part on
 * which name it publishes under (holdout-16 `news-agency-01` and `interview-01` keep the short one, holdout-26
 * `news-site-03` the account's full one).
 */
export function fullerName(source: string | null, masthead: string | null, head: readonly { folded: string }[]): string | null {
  if (!source || !masthead || head.slice(0, 4).some((x) => OPEN_APP.test(x.folded))) return source;
  return masthead.length > source.length && masthead[0] === source[0] && !masthead.startsWith(source) && inOrder(source, masthead) ? masthead : source;
}

const OPEN_APP = /^打开\s*(?:APP|app|App|客户端)/;

function inOrder(short: string, full: string): boolean {
  const chars = Array.from(short);
  let k = 0;
  for (const ch of full) if (k < chars.length && ch === chars[k]) k++;
  return k === chars.length;
}

/**
 * 2026-12-05 (twentieth wave): an edition bar — a line the chrome stage read as the masthead that also carries the
 * issue's date (`某某日报 2026年12月1日 星期二 第05版`). It is newspaper furniture as an edition line or a date
 * alone is, so the short labels stacked right under it (`政协·协商`, `协商议政`) are the page's column labels, never
 * its headline; without it a page whose first piece has no headline above its note took the first label for one.
 */
export function editionBar(x: { reason: string | null; folded: string }): boolean {
  return x.reason === "masthead" && DATE_RE.test(x.folded) && x.folded.length <= 40;
}

/**
 * The label of the note that opens a page (`主持人语`, `编者按`, `编前语`): the note is content (corpus README),
 * so its label, on a line of its own over it, stays with it — a column label stands over the headline, a note's
 * label over the note.
 */
export const NOTE_LABEL = /^[【[]?(?:主持人语|主持人的话|编者按|编者的话|编前语|编后语|按语|导语|题记|引言|前言)[】\]]?$/;
