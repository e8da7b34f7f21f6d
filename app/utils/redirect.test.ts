import { describe, expect, it } from "vitest";
import { safeRedirect } from "./redirect";

describe("safeRedirect", () => {
  it("keeps same-site paths", () => {
    expect(safeRedirect("/admin/users?q=1")).toBe("/admin/users?q=1");
    expect(safeRedirect("/documents#r-2-1")).toBe("/documents#r-2-1");
  });

  it.each(["//evil.example", "https://evil.example", "/\\evil.example", "javascript:alert(1)", "", null, undefined])(
    "replaces %s with the fallback",
    (to) => {
      expect(safeRedirect(to as string | null, "/home")).toBe("/home");
    },
  );

  // Security review (issue 14, items 2 and 6): the parser drops tabs and newlines, so these
  // became `//evil.example/…` in the Location header, and CR or 。 made the header invalid (a 500).
  it.each([
    ["a tab between the slashes", "/\t/evil.example/phish"],
    ["a newline between the slashes", "/\n/evil.example"],
    ["a carriage return", "/account\r\nSet-Cookie: x=1"],
    ["NUL", "/\u0000/evil.example"],
    ["a backslash later in the path", "/a/..\\..\\evil"],
    ["a C1 control character", "/\u0085/evil.example"],
    ["three slashes", "///evil.example"],
    ["an encoded host after a slash", "/%2F%2Fevil.example"],
  ])("refuses %s", (_what, to) => {
    const out = safeRedirect(to, "/home");
    expect(out === "/home" || (out.startsWith("/") && !out.startsWith("//"))).toBe(true);
    // Whatever comes back resolves to this site.
    expect(new URL(out, "https://xieshang.example").origin).toBe("https://xieshang.example");
    // eslint-disable-next-line no-control-regex -- control characters are what this test looks for
    expect(out).not.toMatch(/[\u0000-\u001f\u007f-\u009f\\]/);
  });

  it("refuses control characters outright rather than repairing them", () => {
    expect(safeRedirect("/\t/evil.example/phish", "/home")).toBe("/home");
    expect(safeRedirect("/account\r\n", "/home")).toBe("/home");
  });

  it("percent-encodes non-ASCII so a Location header can carry it", () => {
    const out = safeRedirect("/search?q=养老。服务", "/home");
    expect(out).toBe("/search?q=%E5%85%BB%E8%80%81%E3%80%82%E6%9C%8D%E5%8A%A1");
    expect(() => new Headers({ Location: out })).not.toThrow();
    expect(safeRedirect("/documents/。", "/home")).toBe("/documents/%E3%80%82");
  });
});
