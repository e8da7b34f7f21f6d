// Open-data exports through the route, against a real database: a filtered
// export holds exactly the rows of the page's domain query (all pages), in
// both formats, and only what the public may see.
import { strFromU8, unzipSync } from "fflate";
import { eq } from "drizzle-orm";
import { parseCsv as parseRecords } from "./csv";
import { describe, expect, it } from "vitest";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { db } from "../db/client";
import { departments, users } from "../db/schema";
import * as exportRoute from "../app/routes/exports.$file";
import * as statisticsCsv from "../app/routes/statistics[.]csv";
import * as documentsPage from "../app/routes/documents._index";
import * as departmentsPage from "../app/routes/departments._index";
import * as studiosPage from "../app/routes/studios._index";
import { listDocuments } from "../app/models/documents/document-queries.server";
import { toSimplified } from "../app/utils/script-conversion";
import { recommendationsForDepartment } from "../app/models/documents/recommendation-queries.server";
import { listPublicProposals } from "../app/models/loop/proposal-queries.server";
import { listDepartments } from "../app/models/directory/departments.server";
import { listSessions } from "../app/models/studios/session-queries.server";
import { listStudios } from "../app/models/studios/studio-queries.server";
import { createEntry } from "../app/models/catalogues/catalogue-entries.server";
import { listItemEntries } from "../app/models/catalogues/catalogue-entry-queries.server";
import { getCatalogueBySlug } from "../app/models/catalogues/catalogues.server";
import { getItem, listItems } from "../app/models/catalogues/catalogue-items.server";
import { getUserById } from "../app/models/directory/users.server";
import { openListNames } from "../app/models/platform/open-data.server";

type Loader = (args: LoaderFunctionArgs) => Promise<Response>;

async function call(loader: unknown, url: string, params: Record<string, string> = {}) {
  try {
    return await (loader as Loader)({ request: new Request(`http://localhost${url}`), params, context: { ip: "127.0.0.1", cspNonce: "" } });
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

const download = (path: string) => call(exportRoute.loader, path, { file: path.slice("/exports/".length).split("?")[0] });

/** RFC 4180 records of a CSV body, which must start with the BOM. */
function parseCsv(text: string) {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  return parseRecords(text.slice(1));
}

/** The body with its BOM: Response.text() would drop it. */
async function bodyText(res: Response) {
  const bytes = new Uint8Array(await res.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
}

async function csvOf(path: string) {
  const res = await download(path);
  expect(res.status, path).toBe(200);
  expect(res.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
  const [header, ...rows] = parseCsv(await bodyText(res));
  return { header, rows, res };
}

const column = (table: { header: string[]; rows: string[][] }, name: string) => table.rows.map((r) => r[table.header.indexOf(name)]);

describe("exports of the public lists", () => {
  it("documents: the filtered export is the page's query over all pages, newest first", async () => {
    const filters = { kind: "party_proposal" as const };
    const all = await listDocuments(filters, 1, 10_000);
    expect(all.total).toBeGreaterThan(2);
    const table = await csvOf("/exports/documents.csv?kind=party_proposal&page=2");
    expect(table.header).toEqual(["序号", "标题", "类别", "年度", "届次", "提出单位", "署名", "建议条数", "版本", "发布时间（北京时间）", "链接"]);
    expect(column(table, "标题")).toEqual(all.rows.map((d) => d.title));
    expect(new Set(column(table, "类别"))).toEqual(new Set(["党派提案"]));
    expect(column(table, "链接")[0]).toBe(`http://localhost/documents/${all.rows[0].slug}`);
    expect(table.res.headers.get("X-Total-Count")).toBe(String(all.total));
    // The page (20 a page) shows a prefix of the same rows.
    const page = await (await call(documentsPage.loader, "/documents?kind=party_proposal")).json();
    expect(page.total).toBe(table.rows.length);
    expect(page.documents.map((d: { slug: string }) => `http://localhost/documents/${d.slug}`)).toEqual(column(table, "链接").slice(0, page.documents.length));
    // The export gives titles as written; the 简 page shows a Traditional one in Simplified (decision 016).
    const written = all.rows.slice(0, page.documents.length).find((d) => d.writtenScript === "hant")!;
    expect(column(table, "标题")).toContain(written.title);
    expect(page.documents.map((d: { title: string }) => d.title)).toContain(toSimplified(written.title));
  });

  it("documents: the XLSX has the same rows as the CSV", async () => {
    const res = await download("/exports/documents.xlsx?year=2025");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toContain("spreadsheetml");
    expect(res.headers.get("Content-Disposition")).toContain(`filename*=UTF-8''${encodeURIComponent("报告与提案.xlsx")}`);
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    const sheet = strFromU8(files["xl/worksheets/sheet1.xml"]);
    const strings = strFromU8(files["xl/sharedStrings.xml"] ?? new Uint8Array());
    const { rows } = await listDocuments({ year: 2025 }, 1, 10_000);
    expect(rows.length).toBeGreaterThan(0);
    expect(sheet.match(/<row /g)).toHaveLength(rows.length + 1);
    for (const d of rows) expect(strings + sheet).toContain(d.title.replace(/&/g, "&amp;"));
  });

  it("proposals, departments, studios and sessions follow their pages' filters", async () => {
    const proposals = await csvOf("/exports/proposals.csv?state=closed");
    expect(column(proposals, "案号")).toEqual((await listPublicProposals({ state: "closed" }, 1, 10_000)).rows.map((p) => p.caseNo));

    const depts = await csvOf(`/exports/departments.csv?q=${encodeURIComponent("民政")}&level=city`);
    const expected = await listDepartments({ query: "民政", level: "city" });
    expect(expected.length).toBeGreaterThan(0);
    expect(column(depts, "单位名称")).toEqual(expected.map((d) => d.name));
    const page = await (await call(departmentsPage.loader, `/departments?q=${encodeURIComponent("民政")}&level=city`)).json();
    expect(page.departments.map((d: { name: string }) => d.name)).toEqual(column(depts, "单位名称"));

    const studios = await csvOf("/exports/studios.csv");
    expect(column(studios, "工作室")).toEqual((await listStudios({}, 1, 10_000)).rows.map((s) => s.name));
    const studioPage = await (await call(studiosPage.loader, "/studios")).json();
    expect(studioPage.total).toBe(studios.rows.length);

    const sessions = await csvOf("/exports/sessions.csv?when=upcoming");
    expect(column(sessions, "主题")).toEqual((await listSessions({ when: "upcoming" }, 10_000)).map((s) => s.topic));
    expect(column(sessions, "开始时间（北京时间）").every((t) => /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(t))).toBe(true);

    const [mz] = await db.select().from(departments).where(eq(departments.name, "市民政局"));
    const mentions = await csvOf(`/exports/department-recommendations.csv?department=${mz.id}`);
    const expectedMentions = await recommendationsForDepartment(mz.id, 10_000);
    expect(expectedMentions.length).toBeGreaterThan(0);
    expect(column(mentions, "链接")).toEqual(expectedMentions.map((r) => `http://localhost/recommendations/${r.id}`));
    expect((await download("/exports/department-recommendations.csv?department=999999")).status).toBe(404);

    const orgs = await csvOf("/exports/organisations.csv");
    expect(orgs.rows.length).toBe(44);
  });

  it("catalogues: the list, one catalogue's items, and an item's public entries only", async () => {
    const catalogues = await csvOf("/exports/catalogues.csv");
    expect(column(catalogues, "链接")).toContain("http://localhost/catalogues/shi-minzhengju");
    const catalogue = (await getCatalogueBySlug("shi-minzhengju"))!;
    const items = await csvOf("/exports/catalogue-items.csv?catalogue=shi-minzhengju");
    expect(column(items, "公开事项")).toEqual((await listItems(catalogue.id)).map((r) => r.item.title));

    // A draft entry of an item is not exported; the published ones are.
    const monthly = (await listItems(catalogue.id)).find((r) => r.item.frequency === "monthly")!;
    const [mzRow] = await db.select().from(users).where(eq(users.username, "dept-mz"));
    await createEntry(monthly.item.id, { title: "草稿：不应导出", body: "草稿", periodStart: "2026-09-01", periodEnd: "2026-09-30", occurredOn: null }, (await getUserById(mzRow.id))!);
    const found = (await getItem(monthly.item.id))!;
    const { published } = await listItemEntries(monthly.item.id, null, found.responsibility);
    const entries = await csvOf(`/exports/catalogue-entries.csv?catalogue=shi-minzhengju&item=${monthly.item.id}`);
    expect(column(entries, "标题")).toEqual(published.map((e) => e.title));
    expect(column(entries, "标题")).not.toContain("草稿：不应导出");
    expect(new Set(column(entries, "状态")).has("草稿")).toBe(false);

    for (const bad of ["/exports/catalogue-items.csv", "/exports/catalogue-items.csv?catalogue=none", `/exports/catalogue-entries.csv?catalogue=shi-minzhengju&item=999999`]) {
      expect((await download(bad)).status, bad).toBe(404);
    }
  });

  it("statistics tables, also at the old /statistics.csv address", async () => {
    const table = await csvOf("/exports/statistics-trend.csv");
    expect(table.header).toEqual(["月份", "立案", "答复完成"]);
    expect(table.rows).toHaveLength(12);
    const old = await call(statisticsCsv.loader, "/statistics.csv?table=trend");
    expect(parseCsv(await bodyText(old))).toEqual([table.header, ...table.rows]);
    expect((await call(statisticsCsv.loader, "/statistics.csv?table=nope")).status).toBe(404);
    const overdue = await download("/exports/statistics-overdue.xlsx?year=2026");
    expect(overdue.headers.get("Content-Disposition")).toContain(encodeURIComponent("各单位逾期情况（2026年）.xlsx"));
    // 采纳率 per department and per document (issue 13)
    const byDept = await csvOf("/exports/statistics-adoption-departments.csv");
    expect(byDept.header.slice(0, 6)).toEqual(["单位", "主办建议", "主办已报告", "主办已采纳", "主办部分采纳", "主办采纳率（%）"]);
    // (the figures themselves are checked against a seeded scenario in adoption-statistics.db.test.ts)
    const byDoc = await csvOf("/exports/statistics-adoption-documents.csv");
    expect(byDoc.header.slice(0, 4)).toEqual(["报告或提案", "类别", "年度", "建议条数"]);
  });

  it("neutralises formulas in data that came from users", async () => {
    const [row] = await db.select().from(departments).where(eq(departments.name, "市民政局"));
    await db.update(departments).set({ shortName: "=1+1" }).where(eq(departments.id, row.id));
    const table = await csvOf(`/exports/departments.csv?q=${encodeURIComponent("市民政局")}`);
    expect(column(table, "简称")).toContain("'=1+1");
  });

  it("answers 404 for unknown lists and formats", async () => {
    expect(openListNames()).toEqual(expect.arrayContaining(["documents", "proposals", "departments", "organisations", "studios", "sessions", "catalogues", "catalogue-items", "catalogue-entries", "statistics-trend"]));
    for (const bad of ["/exports/users.csv", "/exports/documents.pdf", "/exports/documents", "/exports/..%2Fdocuments.csv"]) expect((await download(bad)).status, bad).toBe(404);
  });
});
