/**
 * A level's people's federations and charity federations the directory lacks (issue #12): bodies a
 * proposal asks to act as it asks 残联 or 妇联, though their names end in 联 or 会, not in a bureau's
 * suffix. Read by newBody (department-new.ts) after a level prefix, which also checks the level word.
 */

/**
 * Sixteenth wave: a people's federation by its short form in 联 (`省青联`, `市社科联`, `区台联`), when a
 * predicate or a list break follows the 联 — a would-be name read on to a later suffix (`省青联联合举办`,
 * `市社科联联合市教育局`) glues the verb to the name. Only then: elsewhere 联 opens words (`市场联动`,
 * `省市联合`), which the lookahead keeps out.
 */
const FEDERATION_SHORT = /(?:自治区|省|市|区|县|旗|州|盟)([\u4e00-\u9fff]{1,3}?)联(?=[、，。；：和及与]|联合|会同|牵头|负责|配合|协助|参与|要|将|等|开展|组织|举办)/y;

/**
 * Nineteenth wave: the same federations under their full names (`区社会科学界联合会`, `自治区青年联合会`)
 * and a level's 总会, the head body of a federation of charities or of a people's field (`市慈善总会`,
 * `县慈善总会`, `省体育总会`): the civil-affairs system runs them, and proposals give them measures
 * (`市慈善总会设立…基金`). Trade and business federations (`…行业…`, `…企业…`, `…商…`) are private
 * clubs, as 行业协会 are, and are left out; so is a would-be name with a function word.
 */
const FEDERATION_FULL = /(?:自治区|省|市|区|县|旗|州|盟)([\u4e00-\u9fff]{2,6}?)(?:总会|联合会)/y;
const TRADE = /行业|企业|商|产业|协会|学会/;

/** A federation opening at `i` ([end, name]), or null; `notABody` lists words no body's name holds. */
export function federationBody(folded: string, i: number, notABody: RegExp): [number, string] | null {
  FEDERATION_SHORT.lastIndex = i;
  const short = FEDERATION_SHORT.exec(folded);
  if (short && !notABody.test(short[1]) && !/[省市区县旗州盟]/.test(short[1])) return [i + short[0].length, short[0]];
  FEDERATION_FULL.lastIndex = i;
  const full = FEDERATION_FULL.exec(folded);
  if (full && !notABody.test(full[1]) && !TRADE.test(full[1]) && !/[省市区县旗州盟]/.test(full[1])) return [i + full[0].length, full[0]];
  return null;
}
