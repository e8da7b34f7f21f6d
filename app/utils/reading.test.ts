import { describe, expect, it } from "vitest";
import { asksOriginal, decideReading } from "./reading";

describe("how a document is shown to a reader (简/繁)", () => {
  it("converts a document written in the other script, with a note", () => {
    expect(decideReading("hans", "hant", false)).toEqual({
      reader: "hans", written: "hant", shown: "hans", original: false, keep: false, lang: null, note: "converted",
    });
    // In 繁 mode the loader converts, and the page-wide conversion must not do it again.
    expect(decideReading("hant", "hans", false)).toMatchObject({ shown: "hant", keep: true, note: "converted" });
  });

  it("shows the original on request, tagged with its language", () => {
    expect(decideReading("hans", "hant", true)).toMatchObject({ shown: "hant", original: true, lang: "zh-Hant", note: "original", keep: false });
    expect(decideReading("hant", "hans", true)).toMatchObject({ shown: "hans", original: true, lang: "zh-Hans", note: "original", keep: true });
  });

  it("has nothing to say when the document is in the reader's script", () => {
    expect(decideReading("hans", "hans", true)).toMatchObject({ shown: "hans", original: false, note: null, lang: null });
    expect(decideReading("hant", "hant", false)).toMatchObject({ shown: "hant", note: null, keep: true });
  });

  it("leaves a document of unknown script to the page, as before", () => {
    expect(decideReading("hant", null, true)).toMatchObject({ shown: "hant", original: false, keep: false, note: null });
  });

  it("takes only ?script=original as asking for the original", () => {
    expect(asksOriginal(new URL("http://x/documents/a?script=original"))).toBe(true);
    for (const q of ["", "?script=ORIGINAL", "?script=", "?original", "?script=original%00", "?Script=original"]) {
      expect(asksOriginal(new URL(`http://x/documents/a${q}`))).toBe(false);
    }
  });
});
