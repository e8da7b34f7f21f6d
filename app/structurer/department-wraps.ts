/**
 * Eighth wave: names broken by a hard wrap. PDF, journal and OCR text keeps the line breaks of
 * its columns inside a paragraph (`…由市城市管\n理局负责…`), and a name broken over two lines was
 * not read at all (a department not found). Before matching, a line break between two Han
 * characters is taken out when the line before is a wrapped line — long, not closed by a stop,
 * a colon or a closing quote — and the next line does not open an item (`一、`, `（二）`, `3.`).
 * A short line (a heading without punctuation, `完善排水设施`) and a line with a space between words
 * (a signature `市民政局副局长 焦某某`, a row of cells) keep their break.
 */
const WRAP_MIN = 14;
const HAN = /[\u4e00-\u9fff]/;
/** A line with a space between words is no running text: a signature (`…副局长 焦某某`), a row. */
const SPACED = /[\u4e00-\u9fff][ \u3000]+[\u4e00-\u9fff]/;
const ITEM_START = /^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．]|第[一二三四五六七八九十]+)/;

/** `text` with hard wraps inside names' lines taken out (unchanged when it has none). */
export function joinHardWraps(text: string): string {
  if (!text.includes("\n")) return text;
  const lines = text.split("\n");
  let out = lines[0];
  for (let k = 1; k < lines.length; k++) {
    const prev = lines[k - 1];
    const next = lines[k];
    const wrapped = prev.length >= WRAP_MIN && !SPACED.test(prev) && HAN.test(prev[prev.length - 1] ?? "") && HAN.test(next[0] ?? "") && !ITEM_START.test(next);
    out += (wrapped ? "" : "\n") + next;
  }
  return out;
}
