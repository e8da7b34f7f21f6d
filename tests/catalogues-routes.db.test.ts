// Catalogue routes against a real database: each role against each protected
// loader and action, the JSON API (cursor, errors, OpenAPI), feeds, CSV and
// attachment downloads.
import { eq } from "drizzle-orm";
import Parser from "rss-parser";
import { describe, expect, it } from "vitest";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { db } from "../db/client";
import { users } from "../db/schema";
import { createSession } from "../app/auth/session.server";
import { createEntry } from "../app/models/catalogues/catalogue-entries.server";
import { addAttachment } from "../app/models/catalogues/catalogue-entry-attachments.server";
import { getCatalogueBySlug } from "../app/models/catalogues/catalogues.server";
import { listItems } from "../app/models/catalogues/catalogue-items.server";
import { getUserById } from "../app/models/directory/users.server";
import * as apiList from "../app/routes/api.v1.catalogues";
import * as apiOne from "../app/routes/api.v1.catalogues.$slug";
import * as apiEntries from "../app/routes/api.v1.catalogues.$slug.entries";
import * as apiEntry from "../app/routes/api.v1.catalogues.entries.$entryId";
import * as openapiRoute from "../app/routes/api.v1.openapi[.]json";
import * as attachmentRoute from "../app/routes/catalogues.attachments.$attachmentId";
import * as csvRoute from "../app/routes/catalogues.$slug.export[.]csv";
import * as feedAll from "../app/routes/catalogues.feed[.]atom";
import * as feedOne from "../app/routes/catalogues.$slug.feed[.]rss";
import * as entryPage from "../app/routes/catalogues.entries.$entryId._index";
import * as entryEdit from "../app/routes/catalogues.entries.$entryId.edit";
import * as newEntry from "../app/routes/catalogues.$slug.items.$itemId.new";
import * as staffDashboard from "../app/routes/staff.catalogues._index";
import * as staffItem from "../app/routes/staff.catalogues.items.$itemId";
import * as deptWork from "../app/routes/department.catalogues";
import * as departmentPage from "../app/routes/departments.$departmentId";
import { withUploadsDir } from "./uploads-dir";

type Fn = (args: LoaderFunctionArgs | ActionFunctionArgs) => Promise<Response>;
const cookies = new Map<string, string>();

async function cookieFor(username: string) {
  if (!cookies.has(username)) {
    const [row] = await db.select().from(users).where(eq(users.username, username));
    const cookie = await createSession(new Request("http://localhost/"), row.id);
    cookies.set(username, cookie.split(";")[0]);
  }
  return cookies.get(username)!;
}

async function call(fn: unknown, url: string, params: Record<string, string> = {}, options: { as?: string; form?: Record<string, string> } = {}) {
  const headers = new Headers();
  if (options.as) headers.set("Cookie", await cookieFor(options.as));
  const init: RequestInit = { headers };
  if (options.form) {
    init.method = "POST";
    init.body = new URLSearchParams(options.form);
    headers.set("Content-Type", "application/x-www-form-urlencoded");
  }
  let res: Response;
  try {
    res = await (fn as Fn)({ request: new Request(`http://localhost${url}`, init), params, context: { ip: "127.0.0.1", cspNonce: "" } });
  } catch (thrown) {
    if (!(thrown instanceof Response)) throw thrown;
    res = thrown;
  }
  return res;
}
const json = async (res: Response) => ({ status: res.status, body: await res.json() });

withUploadsDir();

describe("catalogue pages: authorization", () => {
  it("lets only the responsible department (and staff) draft entries", async () => {
    const catalogue = (await getCatalogueBySlug("shi-minzhengju"))!;
    const [{ item }] = await listItems(catalogue.id);
    const params = { slug: catalogue.slug, itemId: String(item.id) };
    const url = `/catalogues/${catalogue.slug}/items/${item.id}/new`;
    expect((await call(newEntry.loader, url, params)).status).toBe(302); // to /login
    expect((await call(newEntry.loader, url, params, { as: "citizen" })).status).toBe(403);
    expect((await call(newEntry.loader, url, params, { as: "dept-wj" })).status).toBe(403);
    expect((await call(newEntry.loader, url, params, { as: "dept-mz" })).status).toBe(200);
    expect((await call(newEntry.loader, url, params, { as: "staff" })).status).toBe(200);
    const form = { title: "越权", body: "", periodStart: "2026-07-01", periodEnd: "2026-09-30" };
    expect((await call(newEntry.action, url, params, { as: "dept-wj", form })).status).toBe(403);
    const ok = await call(newEntry.action, url, params, { as: "dept-mz", form: { ...form, title: "2026年第三季度（测试）" } });
    expect(ok.status).toBe(302);
    const entryId = ok.headers.get("Location")!.match(/entries\/(\d+)/)![1];
    // The draft: visible to its department and staff, a 404 for everyone else.
    const ep = { entryId };
    expect((await call(entryPage.loader, `/catalogues/entries/${entryId}`, ep)).status).toBe(404);
    expect((await call(entryPage.loader, `/catalogues/entries/${entryId}`, ep, { as: "citizen" })).status).toBe(404);
    expect((await call(entryPage.loader, `/catalogues/entries/${entryId}`, ep, { as: "dept-wj" })).status).toBe(404);
    expect((await call(entryPage.loader, `/catalogues/entries/${entryId}`, ep, { as: "dept-mz" })).status).toBe(200);
    expect((await call(entryEdit.loader, `/catalogues/entries/${entryId}/edit`, ep, { as: "dept-wj" })).status).toBe(404);
    // Submit through the edit form, then the author cannot approve it.
    const draft = (await json(await call(entryEdit.loader, `/catalogues/entries/${entryId}/edit`, ep, { as: "dept-mz" }))).body;
    const submitted = await call(entryEdit.action, `/catalogues/entries/${entryId}/edit`, ep, {
      as: "dept-mz",
      form: { intent: "submit", version: String(draft.entry.version), title: draft.defaults.title, body: "正文", periodStart: "2026-07-01", periodEnd: "2026-09-30" },
    });
    expect(submitted.status).toBe(302);
    const self = await call(entryPage.action, `/catalogues/entries/${entryId}`, ep, { as: "dept-mz", form: { intent: "approve" } });
    expect(self.status).toBe(403);
    expect((await self.json()).formError).toContain("不能审核自己");
    expect((await call(entryPage.action, `/catalogues/entries/${entryId}`, ep, { as: "citizen", form: { intent: "approve" } })).status).toBe(403);
    expect((await call(entryPage.action, `/catalogues/entries/${entryId}`, ep, { as: "staff", form: { intent: "approve" } })).status).toBe(302);
    expect((await call(entryPage.loader, `/catalogues/entries/${entryId}`, ep)).status).toBe(200);
  });

  it("keeps staff pages for staff and admins, and the department console for departments", async () => {
    expect((await call(staffDashboard.loader, "/staff/catalogues", {}, { as: "dept-mz" })).status).toBe(403);
    expect((await call(staffDashboard.loader, "/staff/catalogues", {}, { as: "citizen" })).status).toBe(403);
    expect((await call(staffDashboard.loader, "/staff/catalogues", {}, { as: "admin" })).status).toBe(200);
    const dashboard = await json(await call(staffDashboard.loader, "/staff/catalogues", {}, { as: "staff" }));
    expect(dashboard.body.overdue.length).toBeGreaterThan(0);
    const itemId = String(dashboard.body.overdue[0].itemId);
    expect((await call(staffItem.loader, `/staff/catalogues/items/${itemId}`, { itemId }, { as: "dept-mz" })).status).toBe(403);
    expect((await call(staffItem.action, `/staff/catalogues/items/${itemId}`, { itemId }, { as: "dept-mz", form: { title: "x" } })).status).toBe(403);
    expect((await call(deptWork.loader, "/department/catalogues", {}, { as: "staff" })).status).toBe(403);
    const work = await json(await call(deptWork.loader, "/department/catalogues", {}, { as: "dept-mz" }));
    expect(work.body.department.name).toBe("市民政局");
    expect(work.body.items.every((i: { catalogueSlug: string }) => i.catalogueSlug === "shi-minzhengju")).toBe(true);
  });

  it("shows overdue items on the department page", async () => {
    const mz = (await getUserById((await db.select().from(users).where(eq(users.username, "dept-mz")))[0].id))!;
    const page = await json(await call(departmentPage.loader, `/departments/${mz.departmentId}`, { departmentId: String(mz.departmentId) }));
    expect(page.body.disclosure.items).toBeGreaterThan(0);
    expect(page.body.disclosure.catalogues.map((c: { slug: string }) => c.slug)).toContain("shi-minzhengju");
  });
});

describe("catalogue API", () => {
  it("lists catalogues with a cursor and details with items and status", async () => {
    const first = await json(await call(apiList.loader, "/api/v1/catalogues?limit=2"));
    expect(first.status).toBe(200);
    expect(first.body.data).toHaveLength(2);
    const second = await json(await call(apiList.loader, `/api/v1/catalogues?limit=2&cursor=${first.body.nextCursor}`));
    expect(second.body.data[0].id).toBeGreaterThan(first.body.data[1].id);
    expect((await json(await call(apiList.loader, "/api/v1/catalogues?limit=0"))).body.error.code).toBe("invalid_parameter");
    const one = await json(await call(apiOne.loader, "/api/v1/catalogues/shi-weijianwei", { slug: "shi-weijianwei" }));
    expect(one.body.data.items[0]).toMatchObject({ frequency: "monthly", status: { overdue: expect.any(Boolean) } });
    const missing = await json(await call(apiOne.loader, "/api/v1/catalogues/none", { slug: "none" }));
    expect(missing).toMatchObject({ status: 404, body: { error: { code: "not_found" } } });
  });

  it("pages through entries newest first and returns one entry without drafts", async () => {
    const seen: number[] = [];
    let cursor: number | null = null;
    for (let i = 0; i < 20; i++) {
      const page = await json(await call(apiEntries.loader, `/api/v1/catalogues/shi-minzhengju/entries?limit=2${cursor ? `&cursor=${cursor}` : ""}`, { slug: "shi-minzhengju" }));
      seen.push(...page.body.data.map((e: { id: number }) => e.id));
      cursor = page.body.nextCursor;
      if (!cursor) break;
    }
    expect(seen.length).toBeGreaterThanOrEqual(6);
    expect([...seen].sort((a, b) => b - a)).toEqual(seen);
    const entry = await json(await call(apiEntry.loader, `/api/v1/catalogues/entries/${seen[0]}`, { entryId: String(seen[0]) }));
    expect(entry.body.data).toMatchObject({ id: seen[0], catalogue: { slug: "shi-minzhengju" } });
    expect((await json(await call(apiEntry.loader, "/api/v1/catalogues/entries/abc", { entryId: "abc" }))).status).toBe(400);
    expect((await json(await call(apiEntry.loader, "/api/v1/catalogues/entries/99999999", { entryId: "99999999" }))).status).toBe(404);
  });

  it("is described in the OpenAPI document", async () => {
    const { body } = await json(await call(openapiRoute.loader, "/api/v1/openapi.json"));
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining(["/api/v1/catalogues", "/api/v1/catalogues/{slug}", "/api/v1/catalogues/{slug}/entries", "/api/v1/catalogues/entries/{id}"]),
    );
    expect(body.components.schemas.CatalogueEntry).toBeDefined();
  });
});

describe("feeds, CSV and attachments over HTTP", () => {
  it("serve feeds and CSV with the right types", async () => {
    const rss = await call(feedOne.loader, "/catalogues/shi-minzhengju/feed.rss", { slug: "shi-minzhengju" });
    expect(rss.headers.get("Content-Type")).toContain("application/rss+xml");
    expect((await new Parser().parseString(await rss.text())).items.length).toBeGreaterThan(0);
    const atom = await call(feedAll.loader, "/catalogues/feed.atom");
    expect(atom.headers.get("Content-Type")).toContain("application/atom+xml");
    expect((await new Parser().parseString(await atom.text())).items.length).toBeGreaterThan(0);
    const csv = await call(csvRoute.loader, "/catalogues/shi-minzhengju/export.csv", { slug: "shi-minzhengju" });
    expect(csv.headers.get("Content-Type")).toContain("text/csv");
    expect(csv.headers.get("Content-Disposition")).toContain("filename*=UTF-8''");
    expect((await call(csvRoute.loader, "/catalogues/none/export.csv", { slug: "none" })).status).toBe(404);
  });

  it("serve a draft's attachment only to its authors, with the sniffed type", async () => {
    const mz = (await getUserById((await db.select().from(users).where(eq(users.username, "dept-mz")))[0].id))!;
    const catalogue = (await getCatalogueBySlug("shi-minzhengju"))!;
    const [{ item }] = await listItems(catalogue.id);
    const d = await createEntry(item.id, { title: "附件下载", body: "", periodStart: "2026-01-01", periodEnd: "2026-03-31", occurredOn: null }, mz);
    const a = await addAttachment(d.id, { bytes: Buffer.from("%PDF-1.7\n%%EOF\n"), name: "明细.pdf" }, mz);
    const params = { attachmentId: String(a.id) };
    expect((await call(attachmentRoute.loader, `/catalogues/attachments/${a.id}`, params)).status).toBe(404);
    expect((await call(attachmentRoute.loader, `/catalogues/attachments/${a.id}`, params, { as: "citizen" })).status).toBe(404);
    const res = await call(attachmentRoute.loader, `/catalogues/attachments/${a.id}`, params, { as: "dept-mz" });
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("application/pdf");
    expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(Buffer.from(await res.arrayBuffer()).toString()).toContain("%PDF-1.7");
    expect((await call(attachmentRoute.loader, "/catalogues/attachments/..%2F..%2Fetc", { attachmentId: "../../etc" })).status).toBe(404);
  });
});
