// Reading in one script (简/繁, issue 15, decision 016) against a real database: the
// script each sample document is written in is told once when it is saved; the
// document, recommendation and search pages show a Traditional document in
// Simplified in 简 mode (and a Simplified one in Traditional in 繁 mode), and the
// original as written on ?script=original.
import { eq, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { db } from "../db/client";
import { documents, recommendations } from "../db/documents.schema";
import { fillWrittenScripts } from "../app/models/documents/written-script.server";
import { saveStructuredDocument } from "../app/models/documents/documents.server";
import { structureText } from "../app/structurer";
import * as documentPage from "../app/routes/documents.$slug._index";
import * as recommendationPage from "../app/routes/recommendations.$recommendationId";
import * as searchPage from "../app/routes/search";
import * as documentsList from "../app/routes/documents._index";
import * as proposalPage from "../app/routes/proposals.$caseNo";
import { users } from "../db/schema";
import { getUserById } from "../app/models/directory/users.server";
import { createProposal, submitProposal } from "../app/models/loop/proposals.server";
import { acceptProposal } from "../app/models/loop/proposal-review.server";

const TRADITIONAL = "2026-taimeng-elevator-retrofit";
const SIMPLIFIED = "2026-minmeng-after-school-services";

type Loader = (args: LoaderFunctionArgs) => Promise<Response>;

async function load(loader: unknown, url: string, params: Record<string, string> = {}, script?: "hant") {
  const headers = new Headers(script ? { Cookie: `xs_script=${script}` } : {});
  const res = await (loader as Loader)({ request: new Request(`http://localhost${url}`, { headers }), params, context: { ip: "127.0.0.1", cspNonce: "" } });
  expect(res.status).toBe(200);
  return res.json();
}

describe("the script of a document, told once", () => {
  it("is stored for every sample document, Traditional for the four written so", async () => {
    const rows = await db.select({ slug: documents.slug, script: documents.writtenScript }).from(documents).where(eq(documents.status, "published"));
    expect(rows.filter((r) => r.script === null)).toEqual([]);
    expect(rows.filter((r) => r.script === "hant").map((r) => r.slug).sort()).toEqual([
      "2026-member-student-mental-health",
      "2026-report-rural-collective-economy",
      "2026-taimeng-elevator-retrofit",
      "2026-zhigong-campus-food-safety",
    ]);
  });

  it("is told when a document is saved, and filled at start-up for rows saved before", async () => {
    const text = "# 關於發展夜間經濟的提案\n\n## 一、建議\n\n1. 由市商務局牽頭，延長夜市營業時間。";
    const [tree] = structureText(text, { directory: [], format: "markdown" }).documents;
    const saved = await saveStructuredDocument(
      { meta: { slug: "night-economy-hant", kind: "member_proposal", year: 2026 }, sourceText: text, sourceFormat: "markdown", tree },
      null,
    );
    const script = async () => (await db.select({ s: documents.writtenScript }).from(documents).where(eq(documents.id, saved.id)))[0].s;
    expect(await script()).toBe("hant");
    // A row from before the column: the start-up pass tells it, once.
    await db.update(documents).set({ writtenScript: null }).where(eq(documents.id, saved.id));
    expect(await fillWrittenScripts()).toBe(1);
    expect(await script()).toBe("hant");
    expect(await fillWrittenScripts()).toBe(0);
    expect(await db.select().from(documents).where(isNull(documents.writtenScript))).toEqual([]);
  });
});

describe("the document page", () => {
  it("shows a Traditional document in Simplified in 简 mode, with the note", async () => {
    const data = await load(documentPage.loader, `/documents/${TRADITIONAL}`, { slug: TRADITIONAL });
    expect(data.reading).toMatchObject({ reader: "hans", written: "hant", shown: "hans", note: "converted", keep: false, original: false });
    expect(data.doc.title).toBe("关于加快推进既有住宅加装电梯和适老化改造的提案");
    expect(data.doc.byline).toBe("台盟某市委员会");
    expect(data.doc.session).toBe("某市政协十五届五次会议");
    expect(data.doc.authors).toEqual(["蔡某某", "杨某某"]);
    expect(data.doc.introHtml).toContain("居住着大量老年人");
    expect(data.doc.introHtml).not.toContain("電梯");
    const titles: string[] = data.nodes.map((n: { title: string }) => n.title);
    expect(titles).toContain("完善协商机制，破解意见统一难题");
    expect(titles.join("")).not.toMatch(/[協機製電審與區]/);
  });

  it("shows it exactly as written on ?script=original", async () => {
    const data = await load(documentPage.loader, `/documents/${TRADITIONAL}?script=original`, { slug: TRADITIONAL });
    expect(data.reading).toMatchObject({ shown: "hant", original: true, note: "original", lang: "zh-Hant" });
    const [row] = await db.select().from(documents).where(eq(documents.slug, TRADITIONAL));
    expect(data.doc.title).toBe(row.title);
    expect(data.doc.title).toBe("關於加快推進既有住宅加裝電梯和適老化改造的提案");
    const [first] = await db.select().from(recommendations).where(eq(recommendations.documentId, row.id)).orderBy(recommendations.id).limit(1);
    expect(data.nodes.find((n: { id: number }) => n.id === first.id).title).toBe(first.title);
  });

  it("shows a Simplified document in Traditional in 繁 mode, kept from a second conversion", async () => {
    const data = await load(documentPage.loader, `/documents/${SIMPLIFIED}`, { slug: SIMPLIFIED }, "hant");
    expect(data.reading).toMatchObject({ reader: "hant", written: "hans", shown: "hant", note: "converted", keep: true });
    expect(data.doc.title).toBe("關於提升義務教育階段課後服務質量的提案");
    const original = await load(documentPage.loader, `/documents/${SIMPLIFIED}?script=original`, { slug: SIMPLIFIED }, "hant");
    expect(original.reading).toMatchObject({ shown: "hans", original: true, keep: true, lang: "zh-Hans" });
    expect(original.doc.title).toBe("关于提升义务教育阶段课后服务质量的提案");
  });

  it("has nothing to convert or say when the document is in the reader's script", async () => {
    const data = await load(documentPage.loader, `/documents/${SIMPLIFIED}?script=original`, { slug: SIMPLIFIED });
    expect(data.reading).toMatchObject({ shown: "hans", note: null, original: false, lang: null });
    const hant = await load(documentPage.loader, `/documents/${TRADITIONAL}`, { slug: TRADITIONAL }, "hant");
    expect(hant.reading).toMatchObject({ shown: "hant", note: null, keep: true });
    expect(hant.doc.title).toBe("關於加快推進既有住宅加裝電梯和適老化改造的提案");
  });
});

describe("the other pages", () => {
  it("shows a recommendation of a Traditional document in Simplified, or as written", async () => {
    const [doc] = await db.select().from(documents).where(eq(documents.slug, TRADITIONAL));
    const [rec] = await db
      .select()
      .from(recommendations)
      .where(eq(recommendations.documentId, doc.id))
      .orderBy(recommendations.path)
      .limit(2)
      .then((rows) => rows.slice(1));
    const params = { recommendationId: String(rec.id) };
    const data = await load(recommendationPage.loader, `/recommendations/${rec.id}`, params);
    expect(data.reading.note).toBe("converted");
    expect(data.doc.title).toBe("关于加快推进既有住宅加装电梯和适老化改造的提案");
    expect(data.rec.title).not.toBe(rec.title);
    expect(data.rec.title).toMatch(/协商|社区|牵头/);
    const original = await load(recommendationPage.loader, `/recommendations/${rec.id}?script=original`, params);
    expect(original.rec.title).toBe(rec.title);
    expect(original.doc.title).toBe(doc.title);
  });

  it("shows search results from a Traditional document in Simplified in 简 mode, found by either script", async () => {
    for (const q of ["加装电梯", "加裝電梯"]) {
      const data = await load(searchPage.loader, `/search?q=${encodeURIComponent(q)}&kind=document`);
      const hit = data.hits.find((h: { url: string }) => h.url === `/documents/${TRADITIONAL}`);
      expect(hit, q).toBeTruthy();
      expect(hit.titleHtml).toBe("关于加快推进既有住宅<mark>加装电梯</mark>和适老化改造的提案");
      expect(hit.snippetHtml).not.toMatch(/[電審與區]/);
    }
    // 繁 mode: the page-wide conversion shows every result in Traditional; the loader leaves them.
    const hant = await load(searchPage.loader, `/search?q=${encodeURIComponent("加装电梯")}&kind=document`, {}, "hant");
    expect(hant.hits.find((h: { url: string }) => h.url === `/documents/${TRADITIONAL}`).titleHtml).toContain("加裝電梯");
  });

  it("shows a public proposal in the reader's script, by its document's written script", async () => {
    // A member writes in Traditional; on acceptance (立案) its document is told 繁.
    const [member, staff] = await Promise.all(["member", "staff"].map(userNamed));
    const body = "## 建議\n\n一是由市商務局牽頭，規範夜間經濟發展。\n\n二是加強夜市周邊交通組織。";
    const p = await createProposal(member, { title: "關於促進夜間經濟發展的提案", body, kind: "member_proposal", year: 2026, onBehalfOfOrganisation: false });
    await submitProposal(member, p.id);
    const caseNo = await acceptProposal(staff, p.id, { isKey: false, supervisingLeader: null });
    const params = { caseNo };
    const hans = await load(proposalPage.loader, `/proposals/${caseNo}`, params);
    expect(hans.reading).toMatchObject({ written: "hant", shown: "hans", note: "converted" });
    expect(hans.proposal.title).toBe("关于促进夜间经济发展的提案");
    expect(hans.proposal.bodyHtml).toContain("由市商务局牵头，规范夜间经济发展");
    const original = await load(proposalPage.loader, `/proposals/${caseNo}?script=original`, params);
    expect(original.proposal.title).toBe("關於促進夜間經濟發展的提案");
    expect(original.reading).toMatchObject({ original: true, lang: "zh-Hant" });
    const hant = await load(proposalPage.loader, `/proposals/${caseNo}`, params, "hant");
    expect(hant.reading).toMatchObject({ shown: "hant", note: null, keep: true });
    expect(hant.proposal.title).toBe("關於促進夜間經濟發展的提案");
  });

  it("lists a Traditional document's title in Simplified in 简 mode", async () => {
    const data = await load(documentsList.loader, "/documents?organisation=" + (await orgId("taimeng")));
    expect(data.documents.map((d: { title: string }) => d.title)).toContain("关于加快推进既有住宅加装电梯和适老化改造的提案");
  });
});

async function userNamed(username: string) {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  return (await getUserById(row.id))!;
}

async function orgId(slug: string) {
  const { organisations } = await import("../db/schema");
  const [row] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, slug));
  return row.id;
}
