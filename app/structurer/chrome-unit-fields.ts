/**
 * Tenth wave (2026-12-04, issue 12): a field line of units is content wherever it stands.
 *
 * A task list, an outcome list or a 交办 notice closes each item with the units that carry it
 * out: `牵头单位：市教育局  配合单位：市卫生健康委员会、市红十字会`, `（责任单位：县农业农村局；
 * 协办单位：县财政局）`, `主办单位：区住建局 会办单位：区财政局`. The line is short, has no
 * sentence and, after the last item, stands right over the issuing office's date line and the
 * distribution list — so the caption, tail-run and isolated-label guesses (chrome.ts,
 * chrome-bare-lines.ts) took the LAST such line for furniture while its siblings higher up stayed.
 * It is the item's own words and the departments stage reads its roles from it
 * (department-roles.ts, FIELD_LABEL), so whatever shape guess removed it, it is put back.
 *
 * What the line must be, by shape alone: nothing but one or more role fields (a role label —
 * 牵头/责任/主责/负责/配合/协办/参与/会办/协作/落实/协助 + 单位/部门, or the bare role word —, a colon, a list of names), maybe in
 * one pair of brackets, or the role words in lenticular brackets before the names (`【牵头】A【配合】B`).
 * A website's footer (`主办单位：某市政协办公室 承办单位：某某信息中心`)
 * has nothing but 主办/承办 fields, and a line of those counts only beside a role field (`会办单位：`)
 * or with role tags in brackets after the names (`承办单位：市水务局（主办），市住建局（会办）`).
 */
import { isBlank, type LineInfo } from "./chrome-lines";

const LABEL = "(?:(?:牵头|责任|主责|负责|配合|协办|参与|会办|协作|主办|落实|协助|承办)(?:单位|部门)(?:\\([^()]{0,12}\\))?|(?:牵头|配合|协办|会办|协助)(?=\\s*:))";
/** One field: a label, a colon, names (no sentence stop, no other colon). */
const FIELD = new RegExp(`${LABEL}\\s*:\\s*[^:。!?]{2,60}?`);
const LINE = new RegExp(`^\\(?\\s*${FIELD.source}(?:[\\s;,]+${FIELD.source})*\\s*\\)?$`);
/** Role words in lenticular brackets before the names: `【牵头】市医保局【配合】市卫健委、市民政局`. */
const BRACKETED = /^(?:【(?:牵头|主办|责任|配合|协办|会办|协助)(?:单位|部门)?】\s*[^【】:。!?]{2,60}?\s*){1,4}$/;
/** A name of a unit somewhere in the value (a body's closing word). */
const UNIT_WORD = /(?:局|委|办|厅|院|会|中心|政府|部门|公司|集团|支队|大队|所|站|部|署|行)(?:[、,;\s)]|$)/;

const ROLE_TAG = /\((?:牵头|主办|配合|协办|会办|协助)\)/;

/** Is this folded line nothing but unit fields? */
export function isUnitFieldLine(folded: string): boolean {
  const f = folded.trim();
  if (f.length > 120 || !UNIT_WORD.test(f)) return false;
  if (BRACKETED.test(f)) return true;
  if (!LINE.test(f)) return false;
  const labels = f.match(new RegExp(LABEL, "g")) ?? [];
  // 主办/承办 fields alone are a website footer's (`主办单位：某市政协办公室 承办单位：某某中心`) —
  // unless role tags in brackets say who hosts and who assists (`市水务局（主办），市住建局（会办）`).
  return !labels.every((l) => /^(?:主办|承办)/.test(l)) || ROLE_TAG.test(f);
}

/** Put back unit field lines that a shape guess removed (run after every chrome rule). */
export function keepUnitFields(infos: LineInfo[], kept: (i: number) => boolean): void {
  for (let i = 0; i < infos.length; i++) {
    const info = infos[i];
    if (isBlank(info) || kept(i) || !info.reason) continue;
    if (isUnitFieldLine(info.folded)) info.reason = null;
  }
}
