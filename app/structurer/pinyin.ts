/**
 * Pinyin residue of flattened ruby annotations: pages that print pinyin above characters
 * lose the layout when copied, leaving `網(wǎng)` for `網`. Removed everywhere, before any
 * other rule reads the line.
 */

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
