/**
 * Input hygiene: whatever arrives (pasted web text, Word export, binary garbage) becomes
 * a plain string of lines with no control characters, so later stages can assume `\n`
 * line breaks and ordinary characters.
 */

/** Coerce anything to a string without throwing (a hostile `toString` included). */
export function asString(input: unknown): string {
  if (typeof input === "string") return input;
  if (input == null) return "";
  try {
    return String(input);
  } catch {
    return "";
  }
}

export function normalizeInput(input: unknown): string {
  let text = asString(input);
  try {
    // Compose decomposed accents (pinyin tone marks typed as combining characters).
    text = text.normalize("NFC");
  } catch {
    // normalize() throws only on exotic engines; the text is usable as it is.
  }
  return (
    text
      .replace(/^\uFEFF/, "")
      // Every line-break convention (Windows, old Mac, Unicode separators, form feeds).
      // eslint-disable-next-line no-control-regex -- matching control characters is the point
      .replace(/\r\n?|[\u2028\u2029\u0085\u000B\u000C]/g, "\n")
      // Tabs and no-break spaces are just spaces here.
      .replace(/[\t\u00A0\u2007\u202F]/g, " ")
      // Control characters, zero-width characters and soft hyphens carry no text.
      // eslint-disable-next-line no-control-regex -- matching control characters is the point
      .replace(/[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F\u00AD\u200B-\u200F\u2060-\u2064\uFEFF]/g, "")
      // Lone surrogates (cut multi-byte data) would make invalid JSON for some readers.
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD")
  );
}

/** Collapse runs of spaces inside a line and trim it (indentation is not text). */
export function tidyLine(line: string): string {
  return line.replace(/ {2,}/g, " ").replace(/\u3000+/g, " ").trim();
}
