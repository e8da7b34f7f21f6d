/**
 * Round 13 (issue 12, holdout-11): a headline's surface as written.
 * - Decorative pictographs before a headline (`🌙夜经济｜…`, `🔥…`, `📢…`: WeChat, Weibo and
 *   short-video titles) are no part of the title: every leading emoji (with its variation
 *   selector, skin tone or joiner) goes. A symbol that carries text (`【`, `“`, `#`) stays.
 * - The space inside a headline is kept as written: a print headline's two halves set apart
 *   by an ideographic space (`某某扩面提质`, U+3000, `老人就餐更方便`) keep it, where the
 *   line tidying made every space one ASCII space.
 */
const LEADING_PICTOGRAPHS = /^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F|\u200D|\s)+/u;

export function withoutLeadingEmoji(title: string): string {
  const m = LEADING_PICTOGRAPHS.exec(title);
  if (!m || !/\p{Extended_Pictographic}/u.test(m[0])) return title;
  const rest = title.slice(m[0].length);
  return rest.length >= 2 ? rest : title;
}

/**
 * 2026-12-03 (third wave): a pointer closing a headline (`…委员这样建议👇`, `…提了这4条建议📝`,
 * `…看这里👉`) points at the body or marks the post as a note: it says where to read on, it is
 * no word of the title. Only pointing hands, down arrows and writing marks go (with their
 * selectors and tones); a pictograph that pictures the topic stays (`…开始申请啦🏠`, the
 * corpus' `wechat-16`), as does a closing bracket, quote or `？`.
 */
const TRAILING_POINTER = /(?:[👇👉👈☝⬇⤵🔽↓📝✍📌🖊✏](?:\uFE0F|\p{Emoji_Modifier})*\s*)+$/u;

export function withoutTrailingEmoji(title: string): string {
  const m = TRAILING_POINTER.exec(title);
  if (!m) return title;
  const rest = title.slice(0, m.index).trimEnd();
  return rest.length >= 2 ? rest : title;
}

/** The headline's line as written, per page (set by the chrome stage, read when the title is cut). */
export const titleLineText = new WeakMap<object, string>();

/** The headline with the spacing of its own line (`raw`) when it is that line tidied. */
export function withOwnSpacing(title: string, raw: string | undefined): string {
  if (!raw || !raw.includes("\u3000")) return title;
  const own = raw.trim().replace(/\u3000+/g, "\u3000").replace(/ {2,}/g, " ");
  const tidied = own.replace(/\u3000/g, " ").replace(/ {2,}/g, " ");
  return tidied === title ? own : title;
}

/**
 * Twelfth wave: every document's title with its own line's spacing. The page's headline gets it
 * from the head reader (above); a later document's headline on a page of several
 * (two halves set apart by U+3000, over a speech) was read from the tidied line only, its ideographic
 * space made an ASCII one. The line is found again among `text`'s lines (one pass, only for
 * titles with a space).
 */
export function titlesAsTyped<T extends { title: string }>(documents: T[], text: string): T[] {
  if (!documents.some((d) => d.title.includes(" "))) return documents;
  const own = new Map<string, string>();
  for (const line of text.split("\n")) {
    if (!line.includes("\u3000")) continue;
    const tidied = line.trim().replace(/\u3000+/g, " ").replace(/ {2,}/g, " ");
    if (!own.has(tidied)) own.set(tidied, line);
  }
  for (const d of documents) if (d.title.includes(" ")) d.title = withOwnSpacing(d.title, own.get(d.title));
  return documents;
}

/**
 * A joint byline: two or three bodies side by side, each a committee, office or survey
 * team (`市人大常委会…工作委员会 市政协…委员会联合调研组`, `市政协农业委员会 市农业农村局课题组`):
 * a joint 调研 report's authors, longer than one body's name.
 */
export function jointByline(folded: string): boolean {
  const parts = folded.trim().split(/\s+/);
  return parts.length >= 2 && parts.length <= 3 && parts.every((p) => p.length >= 4 && p.length <= 24 && /(?:委员会|委会|常委会|调研组|课题组|工作组|办公室|专委会)$/.test(p));
}
