import { describe, expect, it } from "vitest";
import { canonicalUrl, isPrivatePath } from "./canonical";

const O = "https://xs.example";

describe("canonical URLs", () => {
  it("keeps a list's filters and page, in a fixed order, and drops everything else", () => {
    expect(canonicalUrl(O, "/documents", "?utm_source=x&page=2&kind=research_report&script=hant")).toBe(`${O}/documents?kind=research_report&page=2`);
    expect(canonicalUrl(O, "/proposals", "?overdue=1&state=assigned")).toBe(`${O}/proposals?state=assigned&overdue=1`);
    expect(canonicalUrl(O, "/studios", "?q=&district=西湖区")).toBe(`${O}/studios?district=${encodeURIComponent("西湖区")}`);
  });

  it("treats page 1, empty values and trailing slashes as the plain address", () => {
    expect(canonicalUrl(O, "/documents/", "?page=1&kind=")).toBe(`${O}/documents`);
    expect(canonicalUrl(O, "/", "?fbclid=1")).toBe(`${O}/`);
  });

  it("drops every parameter on pages without filters", () => {
    expect(canonicalUrl(O, "/documents/2026-minmeng", "?discarded=1&v=2")).toBe(`${O}/documents/2026-minmeng`);
    expect(canonicalUrl(O, "/documents/2026-minmeng/history", "?v=2&x=1")).toBe(`${O}/documents/2026-minmeng/history?v=2`);
  });

  it("gives private pages no canonical address", () => {
    for (const p of ["/admin", "/staff/replies", "/member", "/department", "/organisation", "/account/sessions", "/login", "/studios/a/manage/rota"]) {
      expect(isPrivatePath(p), p).toBe(true);
      expect(canonicalUrl(O, p, "")).toBeNull();
    }
    for (const p of ["/departments", "/departments/3", "/organisations/minmeng", "/studios/a", "/sessions/4"]) expect(isPrivatePath(p), p).toBe(false);
  });
});
