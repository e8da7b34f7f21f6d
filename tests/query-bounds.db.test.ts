// Queries per page for signed-in readers (issue 16, goal 1): every page the
// people who work in the portal open daily is counted as Remix runs it (the
// root loader and the page's loader together), bounded, and checked not to grow
// when the lists on it grow — a query per row (N+1) fails here, not in
// production. The benchmark prints the same counts at 100,000 recommendations.
import path from "node:path";
import { and, asc, eq, isNotNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { queriesOf } from "../db/query-count";
import { departments } from "../db/schema";
import { documents, recommendations } from "../db/documents.schema";
import { proposals } from "../db/loop.schema";
import { cookieFor, makeLoopFixtures, type RoleName } from "./fuzz/fixtures";

const APP = path.resolve(import.meta.dirname, "../app");
type Loader = (args: { request: Request; params: Record<string, string>; context: Record<string, unknown> }) => unknown;

interface Page {
  name: string;
  file: string;
  role: RoleName;
  /**
   * Statements for the root loader and the page's loader together: what is sent
   * today plus a little room (figures on 2026-12-02, evening, after the session is read once
   * per request rather than once per loader: home 7, document 8, recommendation 6, search 9
   * (with the written-script lookup of its hits), department 9, proposal 14, statistics 13
   * (with 采纳率 per department and per document); workbenches, whose to-do counts come with
   * the session statement (2026-12-03): member 2 (its 采纳情况 joined into the list's statement: 3 → 2 on 2026-12-03), department 5 (its done buckets only as their
   * latest 10 with totals; 3 on 2026-12-03 with its recommendations, totals and colleagues in one statement), its paged lists 3, staff 7, organisation 4).
   */
  bound: number;
  url: () => string;
  params: () => Record<string, string>;
}

const ids = { slug: "", recommendation: 0, department: 0, caseNo: "" };

const PAGES: Page[] = [
  { name: "home", file: "_index.tsx", role: "member", bound: 8, url: () => "/", params: () => ({}) },
  { name: "document", file: "documents.$slug._index.tsx", role: "member", bound: 8, url: () => `/documents/${ids.slug}`, params: () => ({ slug: ids.slug }) },
  { name: "recommendation", file: "recommendations.$recommendationId.tsx", role: "member", bound: 8, url: () => `/recommendations/${ids.recommendation}`, params: () => ({ recommendationId: String(ids.recommendation) }) },
  { name: "department", file: "departments.$departmentId.tsx", role: "member", bound: 10, url: () => `/departments/${ids.department}`, params: () => ({ departmentId: String(ids.department) }) },
  { name: "proposal", file: "proposals.$caseNo.tsx", role: "member", bound: 15, url: () => `/proposals/${ids.caseNo}`, params: () => ({ caseNo: ids.caseNo }) },
  { name: "search", file: "search.tsx", role: "member", bound: 11, url: () => `/search?q=${encodeURIComponent("养老")}`, params: () => ({}) },
  { name: "statistics", file: "statistics.tsx", role: "member", bound: 14, url: () => "/statistics", params: () => ({}) },
  { name: "member workbench", file: "member._index.tsx", role: "member", bound: 2, url: () => "/member", params: () => ({}) },
  { name: "department workbench", file: "department._index.tsx", role: "department", bound: 4, url: () => "/department", params: () => ({}) },
  { name: "department assignments", file: "department.assignments._index.tsx", role: "department", bound: 6, url: () => "/department/assignments?state=evaluated&page=1", params: () => ({}) },
  { name: "department recommendations", file: "department.recommendations._index.tsx", role: "department", bound: 6, url: () => "/department/recommendations", params: () => ({}) },
  { name: "staff workbench", file: "staff._index.tsx", role: "staff", bound: 8, url: () => "/staff", params: () => ({}) },
  { name: "organisation workbench", file: "organisation._index.tsx", role: "organisation", bound: 7, url: () => "/organisation", params: () => ({}) },
];

const cookies = new Map<RoleName, string>();

/** Statements one request for the page sends: Remix runs the root loader and the page's loader together. */
async function queriesFor(page: Page): Promise<number> {
  const [root, route] = (await Promise.all([import("../app/root"), import(/* @vite-ignore */ path.join(APP, "routes", page.file))])) as { loader: Loader }[];
  const request = () => new Request(`http://localhost${page.url()}`, { headers: { Cookie: cookies.get(page.role)! } });
  const run = async (loader: Loader, params: Record<string, string>) => {
    try {
      const result = await loader({ request: request(), params, context: { ip: "127.0.0.1", cspNonce: "" } });
      if (result instanceof Response && result.status !== 200) throw new Error(`${page.name} answered ${result.status}`);
    } catch (thrown) {
      if (thrown instanceof Response) throw new Error(`${page.name} threw ${thrown.status} ${thrown.headers.get("Location") ?? ""}`);
      throw thrown;
    }
  };
  return queriesOf(() => Promise.all([run(root.loader, {}), run(route.loader, page.params())]));
}

async function pickIds() {
  const [mz] = await db.select({ id: departments.id }).from(departments).where(eq(departments.name, "市民政局"));
  const [replied] = await db.select({ caseNo: proposals.caseNo }).from(proposals).where(and(eq(proposals.title, "模糊测试已答复"), isNotNull(proposals.caseNo)));
  const [doc] = await db.select({ id: documents.id, slug: documents.slug }).from(documents).where(eq(documents.status, "published")).orderBy(asc(documents.id)).limit(1);
  const [rec] = await db.select({ id: recommendations.id }).from(recommendations).where(eq(recommendations.documentId, doc.id)).orderBy(asc(recommendations.id)).limit(1);
  Object.assign(ids, { slug: doc.slug, recommendation: rec.id, department: mz.id, caseNo: replied.caseNo! });
}

describe("queries per signed-in page", () => {
  const before = new Map<string, number>();

  beforeAll(async () => {
    // Proposals in every state for the member, the department (市民政局) and staff.
    await makeLoopFixtures();
    for (const role of ["member", "department", "staff", "organisation"] as const) cookies.set(role, (await cookieFor(role))!);
    await pickIds();
  }, 120_000);

  it.each(PAGES.map((p) => [p.name, p] as const))("%s stays within its bound", async (_name, page) => {
    await queriesFor(page); // first call: module loading and one-off caches
    const n = await queriesFor(page);
    before.set(page.name, n);
    expect(n, `${page.name}: ${n} statements`).toBeLessThanOrEqual(page.bound);
  });

  it("sends no more statements when the lists on each page grow (no query per row)", async () => {
    // Twice as much again: more proposals in every state, more assignments for the
    // department, more items in the member's and staff's queues, more replies and events.
    await makeLoopFixtures();
    await makeLoopFixtures();
    const grown: Record<string, [number, number]> = {};
    for (const page of PAGES) grown[page.name] = [before.get(page.name)!, await queriesFor(page)];
    console.log(`queries per page (before, after growth): ${JSON.stringify(grown)}`);
    const changed = Object.entries(grown).filter(([, [a, b]]) => a !== b);
    expect(changed, JSON.stringify(grown)).toEqual([]);
  }, 120_000);
});
