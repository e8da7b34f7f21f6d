// Feeds, sitemap and robots.txt against a real database: a reply appears in
// the replies feed only once staff have approved it, the sitemap lists public
// pages (split into files) and never a draft, and every address is absolute.
import { DOMParser } from "@xmldom/xmldom";
import { marksForAssignment } from "../app/models/loop/loop-test-support";
import { and, eq } from "drizzle-orm";
import Parser from "rss-parser";
import { describe, expect, it } from "vitest";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { db } from "../db/client";
import { assignments } from "../db/loop.schema";
import { departments, users } from "../db/schema";
import { documents } from "../db/documents.schema";
import * as documentsAtom from "../app/routes/documents.feed[.]atom";
import * as documentsRss from "../app/routes/documents.feed[.]rss";
import * as repliesAtom from "../app/routes/replies.feed[.]atom";
import * as repliesRss from "../app/routes/replies.feed[.]rss";
import * as sitemapIndex from "../app/routes/sitemap[.]xml";
import * as sitemapFile from "../app/routes/sitemaps.$file";
import * as robots from "../app/routes/robots[.]txt";
import { createEntry } from "../app/models/catalogues/catalogue-entries.server";
import { getCatalogueBySlug } from "../app/models/catalogues/catalogues.server";
import { listItems } from "../app/models/catalogues/catalogue-items.server";
import { listDocuments } from "../app/models/documents/document-queries.server";
import { listPublicProposals } from "../app/models/loop/proposal-queries.server";
import { assignProposal, signAssignment } from "../app/models/loop/handling.server";
import { reviewReply, submitReply } from "../app/models/loop/handling-replies.server";
import { acceptProposal } from "../app/models/loop/proposal-review.server";
import { createProposal, submitProposal } from "../app/models/loop/proposals.server";
import { sitemapFiles, sitemapUrls } from "../app/models/platform/sitemap.server";
import { getUserById } from "../app/models/directory/users.server";

type Loader = (args: LoaderFunctionArgs) => Promise<Response> | Response;
const call = async (loader: unknown, url: string, params: Record<string, string> = {}) => {
  try {
    return await (loader as Loader)({ request: new Request(`http://localhost${url}`), params, context: { ip: "127.0.0.1", cspNonce: "" } });
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
};
const user = async (username: string) => (await getUserById((await db.select().from(users).where(eq(users.username, username)))[0].id))!;
const parser = new Parser();

/** Well-formed XML or an exception. */
function parseXml(xml: string) {
  const fail = (m: string) => {
    throw new Error(m);
  };
  return new DOMParser({ errorHandler: { warning: () => {}, error: fail, fatalError: fail } }).parseFromString(xml, "application/xml");
}
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1].replace(/&amp;/g, "&"));

describe("document feeds", () => {
  it("list the newest published documents in Atom and RSS", async () => {
    const { rows } = await listDocuments({}, 1, 1000);
    for (const route of [documentsAtom, documentsRss]) {
      const res = await call(route.loader, "/documents/feed.atom");
      expect(res.headers.get("Content-Type")).toMatch(/application\/(atom|rss)\+xml/);
      const feed = await parser.parseString(await res.text());
      expect(feed.items.length).toBe(Math.min(50, rows.length));
      const titles = feed.items.map((i) => i.title);
      for (const d of rows.slice(0, 3)) expect(titles).toContain(d.title);
      expect(feed.items.every((i) => i.link?.startsWith("http://localhost/documents/"))).toBe(true);
    }
    // The page's filters apply.
    const reports = await parser.parseString(await (await call(documentsAtom.loader, "/documents/feed.atom?kind=research_report")).text());
    expect(reports.items.length).toBe((await listDocuments({ kind: "research_report" }, 1, 1000)).total);
  });
});

describe("reply feeds", () => {
  it("carry a reply once staff approve it, never before, and no full text without consent", async () => {
    const [member, staff, mz] = await Promise.all([user("member"), user("staff"), user("dept-mz")]);
    const p = await createProposal(member, { title: "关于开放数据订阅的提案", body: "## 一、建议\n\n建议市民政局公开数据。", kind: "member_proposal", year: 2026, onBehalfOfOrganisation: false });
    await submitProposal(member, p.id);
    const caseNo = await acceptProposal(staff, p.id, { isKey: false, supervisingLeader: "" });
    const [mzDept] = await db.select().from(departments).where(eq(departments.name, "市民政局"));
    await assignProposal(staff, p.id, { mode: "single", leadDepartmentId: mzDept.id });
    const [a] = await db.select().from(assignments).where(and(eq(assignments.proposalId, p.id), eq(assignments.departmentId, mzDept.id)));
    await signAssignment(mz, a.id);
    const texts = async () => Promise.all([repliesAtom, repliesRss].map(async (r) => (await call(r.loader, "/replies/feed.atom")).text()));
    // A holding reply without consent to publish its text, then a formal one: each waits for review.
    const holding = await submitReply(mz, a.id, { kind: "holding", category: null, body: "阶段性答复：未经同意不公开的正文", consentToPublish: false });
    for (const xml of await texts()) expect(xml).not.toContain(caseNo);
    await reviewReply(staff, holding.id, true, "");
    const formal = await submitReply(mz, a.id, { kind: "formal", category: "B", body: "订阅答复正文：已列入计划", consentToPublish: true, adoptions: await marksForAssignment(a.id) });
    for (const xml of await texts()) {
      expect(xml).toContain(caseNo);
      expect(xml).not.toContain("订阅答复正文");
    }
    await reviewReply(staff, formal.id, true, "");
    for (const xml of await texts()) {
      const feed = await parser.parseString(xml);
      const mine = feed.items.filter((i) => i.title?.includes(caseNo));
      expect(mine).toHaveLength(2);
      const formalItem = mine.find((i) => i.title?.includes("正式答复"))!;
      expect(formalItem.link).toBe(`http://localhost/proposals/${caseNo}#reply-${formal.id}`);
      expect(`${formalItem.content ?? ""}${formalItem.contentSnippet ?? ""}`).toContain("订阅答复正文");
      // Without consent the public sees that there is a reply, not its text (as on the page).
      expect(xml).not.toContain("未经同意不公开的正文");
      expect(xml).toContain("提案人未同意公开答复全文");
    }
  });
});

describe("sitemap", () => {
  it("is an index of per-kind files whose addresses are absolute, public and complete", async () => {
    const { getEnv } = await import("../app/utils/env.server");
    // The environment is parsed once; this test needs the configured origin.
    Object.assign(getEnv(), { PUBLIC_ORIGIN: "https://xs.example" });
    try {
      const index = await (await call(sitemapIndex.loader, "/sitemap.xml")).text();
      parseXml(index);
      expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
      const files = locs(index);
      for (const kind of ["pages", "documents", "recommendations", "departments", "organisations", "studios", "sessions", "catalogues", "entries"]) {
        expect(files).toContain(`https://xs.example/sitemaps/${kind}-1.xml`);
      }
      const all: string[] = [];
      for (const file of files) {
        const name = file.split("/").pop()!;
        const res = await call(sitemapFile.loader, `/sitemaps/${name}`, { file: name });
        expect(res.status, name).toBe(200);
        const xml = await res.text();
        parseXml(xml);
        all.push(...locs(xml));
      }
      expect(new Set(all).size).toBe(all.length);
      expect(all.every((u) => u.startsWith("https://xs.example/"))).toBe(true);
      const { rows } = await listDocuments({}, 1, 1000);
      for (const d of rows) expect(all).toContain(`https://xs.example${encodeURI(`/documents/${d.slug}`)}`);
      expect(all).toContain("https://xs.example/catalogues/shi-minzhengju");
      expect(all.some((u) => /\/staff|\/admin|\/member|\/account/.test(u))).toBe(false);
    } finally {
      Object.assign(getEnv(), { PUBLIC_ORIGIN: undefined });
    }
  });

  it("never lists drafts: documents, proposals or disclosure entries", async () => {
    const [member, mz] = await Promise.all([user("member"), user("dept-mz")]);
    const [draftDoc] = await db
      .insert(documents)
      .values({ slug: "draft-not-public", kind: "research_report", title: "未发布的草稿", year: 2026, sourceText: "x", sourceHash: "draft-hash", status: "draft" })
      .returning();
    const draftProposal = await createProposal(member, { title: "草稿提案", body: "正文", kind: "member_proposal", year: 2026, onBehalfOfOrganisation: false });
    const catalogue = (await getCatalogueBySlug("shi-minzhengju"))!;
    const monthly = (await listItems(catalogue.id)).find((r) => r.item.frequency === "monthly")!;
    const entry = await createEntry(monthly.item.id, { title: "草稿信息", body: "x", periodStart: "2026-08-01", periodEnd: "2026-08-31", occurredOn: null }, mz);
    const paths: string[] = [];
    for (const f of await sitemapFiles()) paths.push(...(await sitemapUrls(f.name))!.map((u) => u.path));
    expect(paths).not.toContain(`/documents/${draftDoc.slug}`);
    expect(paths).not.toContain(`/catalogues/entries/${entry.id}`);
    // Proposals: exactly the accepted ones of the public list; the new draft has no page.
    expect(draftProposal.caseNo).toBeNull();
    const publicCases = (await listPublicProposals({}, 1, 10_000)).rows.map((r) => `/proposals/${r.caseNo}`);
    expect(paths.filter((p) => p.startsWith("/proposals/")).sort()).toEqual(publicCases.sort());
  });

  it("splits a kind into files of at most the limit, without losing or repeating an address", async () => {
    const whole = (await sitemapUrls("recommendations-1"))!;
    expect(whole.length).toBeGreaterThan(20);
    const files = (await sitemapFiles(20)).filter((f) => f.name.startsWith("recommendations-"));
    expect(files).toHaveLength(Math.ceil(whole.length / 20));
    const pieces: string[] = [];
    for (const f of files) {
      const urls = (await sitemapUrls(f.name, 20))!;
      expect(urls.length).toBeLessThanOrEqual(20);
      const newest = urls.reduce((m, u) => Math.max(m, u.lastmod?.getTime() ?? 0), 0);
      expect(f.lastmod?.getTime()).toBe(newest);
      pieces.push(...urls.map((u) => u.path));
    }
    expect(pieces).toEqual(whole.map((u) => u.path));
    expect(await sitemapUrls(`recommendations-${files.length + 1}`, 20)).toBeNull();
    for (const bad of ["users-1", "documents-0", "documents", "../x-1"]) expect(await sitemapUrls(bad)).toBeNull();
    expect((await call(sitemapFile.loader, "/sitemaps/nope.xml", { file: "nope.xml" })).status).toBe(404);
  });

  it("is named in robots.txt, which keeps crawlers out of consoles", async () => {
    const text = await (await call(robots.loader, "/robots.txt")).text();
    expect(text).toContain("Sitemap: http://localhost/sitemap.xml");
    expect(text).toContain("Disallow: /staff/");
    expect(text).not.toMatch(/Disallow: \/documents/);
  });
});
