// The contract every search engine must pass: the same fixtures, the same
// expectations. Run by pg-engine.db.test.ts (PGlite and PostgreSQL 15) and by
// meili-engine.db.test.ts (when MEILI_HOST is set). The engine starts empty.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import type { EngineQuery, SearchEngine, SearchEntry, SearchFilters } from "./engine";
import { parseQuery } from "./query";

const base = {
  audience: "public",
  context: "",
  anchor: null,
  status: "published",
  sortDate: new Date("2026-01-15T00:00:00Z"),
} as const;

function entry(e: Partial<SearchEntry> & Pick<SearchEntry, "kind" | "refId" | "title" | "body" | "group">): SearchEntry {
  return {
    ...base,
    url: e.kind === "document" ? `/documents/d${e.refId}` : `/documents/d${e.group.split(":")[1]}#r-${e.refId}`,
    departmentIds: [],
    organisationId: null,
    year: 2026,
    category: "party_proposal",
    ...e,
  };
}

/** The fixtures: two Simplified documents, one written in Traditional, English words, markup, a non-public item. */
export const FIXTURES: SearchEntry[] = [
  entry({
    kind: "document",
    refId: 1,
    group: "contract:1",
    title: "关于加快推进既有住宅加装电梯的提案",
    body: "老旧小区居民上下楼难。加装电梯需要业主协商一致，审批涉及多个部门。",
    context: "台盟某市委员会",
    departmentIds: [10, 11],
    organisationId: 501,
  }),
  entry({
    kind: "recommendation",
    refId: 11,
    group: "contract:1",
    title: "简化加装电梯审批流程",
    body: "推行一窗受理、并联审批，压缩审批时间。",
    context: "关于加快推进既有住宅加装电梯的提案",
    departmentIds: [10],
    organisationId: 501,
  }),
  entry({
    kind: "recommendation",
    refId: 12,
    group: "contract:1",
    title: "建立电梯维保长效机制",
    body: "明确维保单位责任，维保费用由业主按户分摊。",
    context: "关于加快推进既有住宅加装电梯的提案",
    departmentIds: [11],
    organisationId: 501,
  }),
  entry({
    kind: "document",
    refId: 2,
    group: "contract:2",
    title: "關於加強養老護理人才隊伍建設的提案",
    body: "養老護理員是養老服務的主力軍，薪酬待遇偏低，流失率較高。",
    year: 2025,
    category: "member_proposal",
    organisationId: 502,
  }),
  entry({
    kind: "recommendation",
    refId: 21,
    group: "contract:2",
    title: "提高養老護理員薪酬待遇",
    body: "建立與職業技能等級掛鉤的薪酬制度。",
    year: 2025,
    category: "member_proposal",
    organisationId: 502,
    departmentIds: [12],
  }),
  entry({
    kind: "document",
    refId: 3,
    group: "contract:3",
    title: "关于提升课后服务质量的建议",
    body: "课后服务是重要的民生工程，目前经费保障渠道单一。",
    category: "research_report",
  }),
  entry({
    kind: "recommendation",
    refId: 31,
    group: "contract:3",
    title: "完善经费保障",
    body: "将课后服务经费纳入县级预算。",
    category: "research_report",
  }),
  entry({
    kind: "recommendation",
    refId: 32,
    group: "contract:3",
    title: "丰富活动内容",
    body: "课后开展体育活动，并为低年级学生提供托管服务。",
    category: "research_report",
  }),
  entry({
    kind: "recommendation",
    refId: 33,
    group: "contract:3",
    title: "推进校园 Wi-Fi 与 5G 网络覆盖",
    body: "在 2026 年底前实现中小学 5G 网络全覆盖，<script>alert(1)</script> 不应被执行。",
    category: "research_report",
  }),
  entry({
    kind: "recommendation",
    refId: 91,
    group: "contract:9",
    title: "内部意见：加装电梯试点名单",
    body: "仅供承办单位内部参考。",
    audience: "department:7",
  }),
];

const PUBLIC = ["public"];

export function runContract(name: string, makeEngine: () => SearchEngine | Promise<SearchEngine>) {
  describe(`search engine contract: ${name}`, () => {
    let engine: SearchEngine;

    const search = (q: string, filters: SearchFilters = {}, extra: Partial<EngineQuery> = {}) =>
      engine.search({ query: parseQuery(q), filters, audiences: PUBLIC, offset: 0, limit: 20, ...extra });
    const urls = async (q: string, filters: SearchFilters = {}) => (await search(q, filters)).hits.map((h) => h.url);
    const write = async (fn: (tx: Parameters<Parameters<typeof db.transaction>[0]>[0]) => Promise<void>) => {
      await db.transaction(fn);
      await engine.flush();
    };

    beforeAll(async () => {
      engine = await makeEngine();
      await engine.clear();
      await write((t) => engine.index(t, FIXTURES));
    });

    it("counts what it holds", async () => {
      expect(await engine.count()).toBe(FIXTURES.length);
    });

    it("finds a Simplified word and ranks title matches first", async () => {
      const r = await search("加装电梯");
      expect(r.hits.map((h) => h.url).slice(0, 2).sort()).toEqual(["/documents/d1", "/documents/d1#r-11"]);
      expect(r.hits.map((h) => h.url)).not.toContain("/documents/d2");
      expect(r.total).toBe(r.hits.length);
    });

    it("finds the same items for a Traditional and a Simplified query", async () => {
      expect(await urls("加裝電梯")).toEqual(await urls("加装电梯"));
      expect(await urls("养老护理")).toEqual(await urls("養老護理"));
      const hits = await urls("养老护理员");
      expect(hits).toEqual(expect.arrayContaining(["/documents/d2", "/documents/d2#r-21"]));
    });

    it("puts items with all the words first", async () => {
      const r = await urls("电梯 维保");
      expect(r[0]).toBe("/documents/d1#r-12");
      expect(r).toEqual(expect.arrayContaining(["/documents/d1", "/documents/d1#r-11"]));
    });

    it("matches a quoted phrase only where its words are adjacent", async () => {
      const phrase = await urls('"课后服务"');
      expect(phrase).toEqual(expect.arrayContaining(["/documents/d3", "/documents/d3#r-31"]));
      expect(phrase).not.toContain("/documents/d3#r-32");
      // Unquoted, the item with the words apart is found, after those with the words together.
      const loose = await urls("课后服务");
      expect(loose).toContain("/documents/d3#r-32");
      expect(loose.indexOf("/documents/d3#r-32")).toBeGreaterThan(loose.indexOf("/documents/d3#r-31"));
      // Full-width and Chinese quotes work the same.
      expect(await urls("“课后服务”")).toEqual(phrase);
    });

    it("finds Latin words and numbers, case-insensitively", async () => {
      expect(await urls("wi-fi")).toContain("/documents/d3#r-33");
      expect(await urls("5G")).toContain("/documents/d3#r-33");
      expect(await urls("５ｇ")).toContain("/documents/d3#r-33");
    });

    it("filters by kind, year, department, organisation, category and status", async () => {
      const recs = await search("电梯", { kind: "recommendation" });
      expect(recs.hits.every((h) => h.kind === "recommendation")).toBe(true);
      expect(recs.hits.map((h) => h.url).sort()).toEqual(["/documents/d1#r-11", "/documents/d1#r-12"]);
      expect((await urls("养老", { year: 2025 })).sort()).toEqual(["/documents/d2", "/documents/d2#r-21"]);
      expect(await urls("养老", { year: 2024 })).toEqual([]);
      expect((await urls("电梯", { departmentId: 11 })).sort()).toEqual(["/documents/d1", "/documents/d1#r-12"]);
      expect((await urls("护理", { organisationId: 502 })).sort()).toEqual(["/documents/d2", "/documents/d2#r-21"]);
      expect((await urls("服务", { category: "research_report" })).every((u) => u.startsWith("/documents/d3"))).toBe(true);
      expect(await urls("电梯", { status: "withdrawn" })).toEqual([]);
    });

    it("counts facets over all matching items", async () => {
      const r = await search("电梯");
      const kinds = Object.fromEntries(r.facets.kind.map((f) => [f.value, f.count]));
      expect(kinds).toEqual({ document: 1, recommendation: 2 });
      expect(r.total).toBe(3);
      const departments = Object.fromEntries(r.facets.department.map((f) => [f.value, f.count]));
      expect(departments).toEqual({ "10": 2, "11": 2 });
      expect(r.facets.organisation).toEqual([{ value: "501", count: 3 }]);
      expect(r.facets.year).toEqual([{ value: "2026", count: 3 }]);
      expect(r.facets.status).toEqual([{ value: "published", count: 3 }]);
      // Facets follow the filters.
      const filtered = await search("电梯", { kind: "recommendation" });
      expect(filtered.facets.kind).toEqual([{ value: "recommendation", count: 2 }]);
    });

    it("pages through results without repeats or gaps", async () => {
      const all = await search("服务 电梯 养老 网络");
      expect(all.total).toBeGreaterThanOrEqual(6);
      const seen: string[] = [];
      for (let offset = 0; offset < all.total; offset += 2) {
        const page = await search("服务 电梯 养老 网络", {}, { offset, limit: 2 });
        expect(page.total).toBe(all.total);
        seen.push(...page.hits.map((h) => h.url));
      }
      expect(seen).toEqual(all.hits.map((h) => h.url));
      expect((await search("服务 电梯 养老 网络", {}, { offset: all.total, limit: 2 })).hits).toEqual([]);
    });

    it("highlights the words in the original script, escaped", async () => {
      const [top] = (await search("加裝電梯")).hits;
      expect(top.titleHtml).toContain("<mark>加装电梯</mark>");
      const trad = (await search("养老护理员")).hits.find((h) => h.url === "/documents/d2")!;
      expect(trad.titleHtml).toContain("<mark>養老");
      expect(trad.snippetHtml).toContain("<mark>");
      const markup = (await search("5g 网络")).hits.find((h) => h.url === "/documents/d3#r-33")!;
      expect(markup.snippetHtml).toContain("&lt;script&gt;");
      expect(markup.snippetHtml.replace(/<\/?mark>/g, "")).not.toMatch(/[<>]/);
    });

    it("shows only what the viewer may see", async () => {
      expect(await urls("试点名单")).toEqual([]);
      const inside = await search("试点名单", {}, { audiences: ["public", "department:7"] });
      expect(inside.hits.map((h) => h.url)).toEqual(["/documents/d9#r-91"]);
    });

    it("answers empty and junk queries with nothing, never an error", async () => {
      for (const q of ["", "   ", "!!!", "'\"--;", "\u0000\u0001", "()&|!<->:*", "。，、；"]) {
        const r = await search(q);
        expect(r.total, JSON.stringify(q)).toBe(0);
        expect(r.hits).toEqual([]);
      }
    });

    it("updates an entry in place", async () => {
      const changed = { ...FIXTURES.find((e) => e.refId === 31)! , title: "完善课后服务经费保障和督导评估" };
      await write((t) => engine.index(t, [changed]));
      expect(await urls("督导评估")).toEqual(["/documents/d3#r-31"]);
      expect(await engine.count()).toBe(FIXTURES.length);
    });

    it("removes entries, and replaces a group with what is left", async () => {
      await write((t) => engine.remove(t, [{ kind: "recommendation", refId: 21 }]));
      expect(await urls("薪酬")).not.toContain("/documents/d2#r-21");
      const group = FIXTURES.filter((e) => e.group === "contract:1" && e.refId !== 12);
      await write((t) => engine.replaceGroup(t, "contract:1", group));
      expect(await urls("维保")).toEqual([]);
      expect(await urls("加装电梯")).toEqual(expect.arrayContaining(["/documents/d1", "/documents/d1#r-11"]));
      await write((t) => engine.replaceGroup(t, "contract:1", []));
      expect(await urls("加装电梯")).toEqual([]);
      expect(await engine.count()).toBe(FIXTURES.length - 4);
    });

    it("rebuilds everything from a source", async () => {
      async function* source() {
        yield FIXTURES.slice(0, 5);
        yield FIXTURES.slice(5);
      }
      expect(await engine.reindexAll(source)).toBe(FIXTURES.length);
      await engine.flush();
      expect(await engine.count()).toBe(FIXTURES.length);
      expect(await urls("维保")).toEqual(["/documents/d1#r-12"]);
    });

    it("replaces several groups in one call, each as replaceGroup would", async () => {
      const one = FIXTURES.filter((e) => e.group === "contract:1" && e.refId !== 12);
      await write((t) => engine.replaceGroups(t, [{ group: "contract:1", entries: one }, { group: "contract:2", entries: [] }]));
      expect([await urls("维保"), (await urls("薪酬")).filter((u) => u.startsWith("/documents/d2"))]).toEqual([[], []]);
      expect(await engine.count()).toBe(FIXTURES.length - 1 - FIXTURES.filter((e) => e.group === "contract:2").length);
    });
    it("writes nothing when the transaction rolls back", async () => {
      const ghost = entry({ kind: "recommendation", refId: 99, group: "contract:3", title: "幽灵条目不应出现", body: "回滚" });
      await expect(
        db.transaction(async (t) => {
          await engine.index(t, [ghost]);
          throw new Error("rollback");
        }),
      ).rejects.toThrow("rollback");
      await engine.flush();
      expect(await urls("幽灵条目")).toEqual([]);
    });
  });
}
