/**
 * Eighth wave: companies named after a field. A state-owned company is named by its level and
 * the field it works in — `市文化旅游集团`, `市交通投资集团有限公司`, `市农业发展集团`, `市水利投资公司`
 * — and the field is a bureau's stem: read alone, `市` + `文化旅游` named 市文化广电旅游局. A mention
 * whose name is not closed by a body's word, followed within a few name characters by 集团/公司,
 * is the company's name; the README's conventions name no company the directory lacks (the
 * directory's own enterprises end in 集团/公司 themselves and are closed).
 */

/** A body's closing word: the mention is complete (`市交通运输局牵头，公交集团配合`). */
const CLOSED = /(?:局|厅|委|办|中心|部门|队|公司|集团|政府|院|会|联|站|所|署|处|室|部|社|机关)$/;

/**
 * After the mention: at most four characters of the company's name (`投资`, `发展`, `产业服务`) and
 * its company word. No function word or joiner between: `市财政对担保公司` is the bureau.
 */
const COMPANY_AFTER = /^[\u4e00-\u9fff]{0,4}?(?:集团|公司|有限)/;
const NOT_IN_NAME = /[的和与及对向给在将要为把由从让使请等、，。；：]/;

/** Is the mention `folded[start, end)` the opening of a company's name? */
export function companyOpening(folded: string, start: number, end: number): boolean {
  if (CLOSED.test(folded.slice(start, end))) return false;
  const m = COMPANY_AFTER.exec(folded.slice(end, end + 8));
  return !!m && !NOT_IN_NAME.test(m[0]);
}

/**
 * A body's second nameplate (一个机构两块牌子): `市委组织部（市公务员局）`, `市市场监管局（知识产权局）`
 * — a name in brackets right after a found body's name is the same body, not a second one.
 */
export function secondNameplate(folded: string, prior: { end: number } | undefined, found: { start: number; end: number }): boolean {
  if (!prior) return false;
  return /^\s*[(（]\s*$/.test(folded.slice(prior.end, found.start)) && /^\s*[)）]/.test(folded.slice(found.end, found.end + 2));
}
