// How a document's text is shown to a reader (简/繁, decision 016). Shared by the
// loaders (reading.server.ts decides and converts) and the components that show the
// text and the note above it (components/script-reading.tsx).

export type ReadingScript = "hans" | "hant";

/** `?script=original`: the text exactly as written, whatever the reader's script. */
export const ORIGINAL_PARAM = "script";
export const ORIGINAL_VALUE = "original";

export interface ReadingView {
  /** The reader's script (the 简/繁 switch). */
  reader: ReadingScript;
  /** The script the document is written in; null when not known. */
  written: ReadingScript | null;
  /** The script its text is shown in. */
  shown: ReadingScript;
  /** The reader asked for the text as written. */
  original: boolean;
  /**
   * The text is already in the script it is shown in: keep it out of the page-wide
   * 繁 conversion (entry.server.tsx), so that it is converted once, or not at all.
   */
  keep: boolean;
  /** The language tag of the text when it differs from the page's, else null. */
  lang: "zh-Hans" | "zh-Hant" | null;
  /** The note above the text: converted from the other script, shown as written, or nothing. */
  note: "converted" | "original" | null;
}

export const SCRIPT_NAMES: Record<ReadingScript, string> = { hans: "简体", hant: "繁体" };

/** Decide how a document written in `written` is shown to a reader of `reader`. */
export function decideReading(reader: ReadingScript, written: ReadingScript | null, askedOriginal: boolean): ReadingView {
  if (written === null) {
    // Not told yet (a row from before detection): shown as before, converted with the page.
    return { reader, written, shown: reader, original: false, keep: false, lang: null, note: null };
  }
  const differs = written !== reader;
  const original = askedOriginal && differs;
  return {
    reader,
    written,
    shown: original ? written : reader,
    original,
    keep: reader === "hant",
    lang: original ? (written === "hant" ? "zh-Hant" : "zh-Hans") : null,
    note: differs ? (original ? "original" : "converted") : null,
  };
}

/** Does this URL ask for the original? Only the exact value does. */
export function asksOriginal(url: URL): boolean {
  return url.searchParams.get(ORIGINAL_PARAM) === ORIGINAL_VALUE;
}
