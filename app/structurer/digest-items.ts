/**
 * A digest's numbered items (issue 12, seventh wave; docs/structure-format.md, "Documents
 * (2026-12-04, seventh wave)"). A mobile paper sent by SMS, a WeChat morning digest or an
 * office's weekly bulletin prints several short reports, each under a numbered headline:
 * `【1】县政协……`, `[2]委员视察……`, `3｜“委员会客厅”……`. Each item is a report of its own — a
 * document — and its number is no word of the title.
 *
 * Read from shape and position only:
 * - the **number**: in a digest's own marks — square brackets (`【1】`, `[1]`, `［1］`) or a bar
 *   after it (`1｜`, `1|`) — the marks a proposal never numbers its sections with (it writes
 *   `一、`, `1.`, `（1）`, `①`, which stay the tree's);
 * - the **headline** after it: 4–40 characters, no sentence mark, no colon;
 * - **prose** under each headline (the next line holds a sentence), the numbers counting 1, 2, 3
 *   in one style, two items or more;
 * - **nothing said above** the first item: the page's masthead, date and section labels only
 *   (no line of prose). A text that opens with its own lede or title and numbers its points later
 *   is one document.
 * One pass over the lines.
 */

/** The digest's number before a headline: `【1】`, `[1]`, `［1］`, `1｜`, `1|`. */
const ITEM = /^\s*(?:【\s*(\d{1,2})\s*】|\[\s*(\d{1,2})\s*\]|［\s*(\d{1,2})\s*］|(\d{1,2})\s*[｜|])\s*/;

/** A sentence: a full stop, a question or exclamation mark, or a semicolon inside the line. */
const SENTENCE = /[。！？!?；;]/;

function headline(rest: string): boolean {
  const t = rest.trim();
  return t.length >= 4 && t.length <= 40 && !SENTENCE.test(t) && !/[:：|｜]/.test(t) && /[\u4e00-\u9fff]/.test(t);
}

/** A line of the report under a headline: a sentence of some length. */
function prose(line: string | undefined): boolean {
  return !!line && line.trim().length >= 20 && SENTENCE.test(line);
}

export interface DigestItem {
  /** The item's headline line (index into the lines). */
  at: number;
  /** The headline without its number. */
  headline: string;
}

/** The digest's items, in order, when `lines` is such a digest; otherwise null. */
export function digestItems(lines: readonly string[]): DigestItem[] | null {
  const items: DigestItem[] = [];
  let style = "";
  let proseAbove = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.trim()) continue;
    const m = ITEM.exec(line);
    const number = m ? Number(m[1] ?? m[2] ?? m[3] ?? m[4]) : 0;
    if (m && number === items.length + 1 && headline(line.slice(m[0].length))) {
      const shape = m[0].replace(/\d+|\s/g, "");
      let next = i + 1;
      while (next < lines.length && !lines[next].trim()) next++;
      if ((items.length === 0 && !proseAbove) || shape === style) {
        if (prose(lines[next])) {
          style = shape;
          items.push({ at: i, headline: line.slice(m[0].length).trim() });
          continue;
        }
      }
    }
    if (!items.length && prose(line)) proseAbove = true;
  }
  return items.length >= 2 ? items : null;
}
