import { describe, expect, it } from "vitest";
import { safeRedirect } from "./redirect";

describe("safeRedirect", () => {
  it("keeps same-site paths", () => {
    expect(safeRedirect("/admin/users?q=1")).toBe("/admin/users?q=1");
  });
  it.each(["//evil.example", "https://evil.example", "/\\evil.example", "javascript:alert(1)", "", null, undefined])(
    "replaces %s with the fallback",
    (to) => {
      expect(safeRedirect(to as string | null, "/home")).toBe("/home");
    },
  );
});
