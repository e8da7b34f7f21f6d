/**
 * The date and source a page's own head gives the documents printed under it (issue #12, byline/date/source).
 *
 * A page that carries several documents prints its masthead or its account line once, above the first of them:
 * an account's post of two proposals, each under a numbered label (`【提案一】`, `材料二`), or a paper's page of
 * pieces. Each piece is structured as if pasted alone, so the piece after the head never sees it. Every piece
 * that names no date or source of its own was published on that page, that day: it takes the page's.
 */
import { removeChrome } from "./chrome";
import type { Document } from "./types";

export interface PageHead {
  date: string | null;
  source: string | null;
}

/**
 * 2026-12-05 (sixteenth wave): the head above a file's first cut (pasted-parts.ts, the lines it calls the file's
 * label), read as a page's head is. Only a head that names a publisher (an account line, a masthead) is a page's:
 * a compiler's label with a date alone (`【素材整理】某专题 2026.9.3`) dates the file, no item in it.
 */
export function labelHead(lines: readonly string[]): PageHead | null {
  if (!lines.some((l) => l.trim())) return null;
  const { meta } = removeChrome(lines.slice());
  return meta.source && PUBLISHER_NAME.test(meta.source) ? { date: meta.date, source: meta.source } : null;
}

/** A publisher's name is a name: no bracketed label (`【素材整理】…`), no field, no number. */
const PUBLISHER_NAME = /^[\p{Script=Han}A-Za-z·]{2,24}$/u;

/**
 * The items of a file under its head: a page prints all its pieces, so when no item names a date or a source of its
 * own, each takes the page's. A file in which some item carries its own head (`某某日报 2026年2月27日` under
 * `资料1`) collects material printed elsewhere (a 研究室's compilation, a clippings file): an item naming none was
 * not printed by the compiler's issue, and keeps none.
 */
export function printedUnder(documents: readonly Document[], page: PageHead | null): Document[] {
  // An item naming the page's own publisher (the page's `来源：` closing its last piece) was printed there.
  const elsewhere = (d: Document) => (!!d.source && d.source !== page?.source) || (!!d.date && d.date !== page?.date);
  return documents.some(elsewhere) ? documents.slice() : underPage(documents, page);
}

/** The documents of a piece under a page: each keeps its own date and source, else takes the page's. */
export function underPage(documents: readonly Document[], page: PageHead | null | undefined): Document[] {
  if (!page) return documents.slice();
  return documents.map((d) => ({ ...d, date: d.date ?? page.date, source: d.source ?? page.source }));
}
