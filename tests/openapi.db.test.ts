/// <reference types="vite/client" />
// /api/v1/openapi.json is complete and true: it is a valid OpenAPI 3.1
// document, every API route module is described (with the methods it
// answers), and real responses from the seeded database match the schemas.
import { marksForAssignment } from "../app/models/loop/loop-test-support";
import { Validator } from "@seriousme/openapi-schema-validator";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { assignments } from "../db/loop.schema";
import { departments, users } from "../db/schema";
import { assignProposal, signAssignment } from "../app/models/loop/handling.server";
import { evaluateProposal } from "../app/models/loop/handling-closing.server";
import { reviewReply, submitReply } from "../app/models/loop/handling-replies.server";
import { acceptProposal } from "../app/models/loop/proposal-review.server";
import { createProposal, submitProposal } from "../app/models/loop/proposals.server";
import { getUserById } from "../app/models/directory/users.server";
import { createApiToken } from "../app/models/directory/api-tokens.server";
import { openapi } from "../app/utils/openapi/index.server";
import { forwardToMember, submitLead } from "../app/models/participation/leads.server";
import { moderateOpinion, postOpinion } from "../app/models/participation/opinions.server";
import { addSupport } from "../app/models/participation/supports.server";
import { openTopic } from "../app/models/participation/participation-test-support";

import { call, doc, expectMatches, getJson, modules, normalise, pathOf, paramsOf } from "./openapi-support";

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const result = await new Validator().validate(structuredClone(openapi) as Parameters<Validator["validate"]>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("describes every API route with the methods it answers, and nothing that does not exist", async () => {
    const routes = Object.keys(modules).filter((f) => !/api\.v1\.\$\.ts$|openapi\[\.\]json/.test(f));
    expect(routes.length).toBeGreaterThanOrEqual(20);
    const documented = new Map(Object.entries(doc.paths).filter(([p]) => p.startsWith("/api/")).map(([p, ops]) => [normalise(p), Object.keys(ops)]));
    for (const file of routes) {
      const path = pathOf(file);
      const methods = documented.get(path);
      expect(methods, `${file} is described as ${path}`).toBeTruthy();
      const mod = modules[file];
      const getStatus = mod.loader ? (await call(mod.loader, path.replace(/\{\}/g, "1"), {}, paramsOf(file))).status : 405;
      expect(methods!.includes("get"), `${path}: GET documented iff the loader answers it`).toBe(getStatus !== 405);
      for (const method of methods!.filter((m) => m !== "get")) {
        expect(mod.action, `${path}: ${method} documented, so the module has an action`).toBeTruthy();
        const res = await call(mod.action, path.replace(/\{\}/g, "1"), { method: method.toUpperCase(), body: "{}", headers: { "Content-Type": "application/json" } }, paramsOf(file));
        expect(res.status, `${method} ${path} is answered (without a session: 401)`).not.toBe(405);
      }
      if (mod.action) expect(methods!.some((m) => m !== "get"), `${path}: its action is documented`).toBe(true);
    }
    const routePaths = new Set(routes.map(pathOf));
    for (const path of documented.keys()) if (path.startsWith("/api/")) expect(routePaths.has(path), `${path} has a route`).toBe(true);
  });
});

it("points every open-data path (exports, feeds, sitemap) at a route that exists", () => {
  const all = Object.keys(import.meta.glob("../app/routes/*.{ts,tsx}")).map((f) =>
    "/" +
    f
      .replace(/^.*\/routes\//, "")
      .replace(/\.tsx?$/, "")
      .replaceAll("[.]", "\u0000")
      .split(".")
      .map((part) => (part.startsWith("$") ? "{}" : part))
      .join("/")
      .replaceAll("\u0000", "."),
  );
  const openData = Object.keys(doc.paths).filter((p) => !p.startsWith("/api/"));
  expect(openData.length).toBeGreaterThanOrEqual(10);
  for (const path of openData) expect(all, path).toContain(normalise(path));
});

describe("real responses match the schemas", () => {
  let caseNo = "";
  beforeAll(async () => {
    // One proposal through the whole loop, so the proposal endpoints have something public to show.
    const user = async (name: string) => (await getUserById((await db.select().from(users).where(eq(users.username, name)))[0].id))!;
    const [member, staff, mz] = await Promise.all([user("member"), user("staff"), user("dept-mz")]);
    const [dept] = await db.select({ id: departments.id }).from(departments).where(eq(departments.name, "市民政局"));
    const p = await createProposal(member, { title: "关于完善社区养老服务的提案", body: "## 一、建议\n\n建议市民政局加强社区养老服务。", kind: "member_proposal", year: 2026, onBehalfOfOrganisation: false });
    await submitProposal(member, p.id);
    const accepted = await acceptProposal(staff, p.id, { isKey: true, supervisingLeader: "王副主席" });
    await assignProposal(staff, p.id, { mode: "single", leadDepartmentId: dept.id });
    const [a] = await db.select().from(assignments).where(and(eq(assignments.proposalId, p.id), eq(assignments.departmentId, dept.id)));
    await signAssignment(mz, a.id);
    const reply = await submitReply(mz, a.id, { kind: "formal", category: "A", body: "已采纳并落实。", consentToPublish: true, adoptions: await marksForAssignment(a.id) });
    await reviewReply(staff, reply.id, true, "");
    await evaluateProposal(member, p.id, { attitude: "satisfied", result: "basically_satisfied", comment: "办理认真" });
    caseNo = (accepted as { caseNo?: string | null })?.caseNo ?? "";
  });

  it("documents, recommendations, departments, organisations and search", async () => {
    const documents = await getJson("/api/v1/documents", "/api/v1/documents?limit=100");
    const slug = documents.data[0].slug;
    await getJson("/api/v1/documents/{slug}", `/api/v1/documents/${slug}`, { slug });
    await getJson("/api/v1/documents/{slug}", "/api/v1/documents/none", { slug: "none" }, 404);
    const recs = await getJson("/api/v1/recommendations", "/api/v1/recommendations?limit=50");
    const rec = recs.data.find((r: { departments: unknown[] }) => r.departments.length > 0);
    await getJson("/api/v1/recommendations/{id}", `/api/v1/recommendations/${rec.id}`, { recommendationId: String(rec.id) });
    const depts = await getJson("/api/v1/departments", "/api/v1/departments?q=民政");
    await getJson("/api/v1/departments/{id}", `/api/v1/departments/${depts.data[0].id}`, { departmentId: String(depts.data[0].id) });
    await getJson("/api/v1/departments", "/api/v1/departments?limit=0", {}, 400);
    await getJson("/api/v1/organisations", "/api/v1/organisations?limit=100");
    const hits = await getJson("/api/v1/search", "/api/v1/search?q=%E5%85%BB%E8%80%81");
    expect(hits.data.length).toBeGreaterThan(0);
    // Filtered by kind: recommendations proper only (background is searched with its document).
    const recHits = await getJson("/api/v1/search", "/api/v1/search?q=%E5%85%BB%E8%80%81&kind=recommendation");
    expect(recHits.data.length).toBeGreaterThan(0);
    expect(recHits.data.every((h: { kind: string }) => h.kind === "recommendation")).toBe(true);
  });

  it("proposals", async () => {
    const list = await getJson("/api/v1/proposals", "/api/v1/proposals?limit=100");
    const mine = list.data.find((p: { title: string }) => p.title === "关于完善社区养老服务的提案");
    expect(mine).toBeTruthy();
    const one = await getJson("/api/v1/proposals/{caseNo}", `/api/v1/proposals/${mine.caseNo}`, { caseNo: mine.caseNo });
    if (caseNo) expect(one.data.caseNo).toBe(caseNo);
    expect(one.data.replies.map((r: { category: string }) => r.category)).toEqual(["A"]);
    expect(one.data.evaluations).toHaveLength(1);
  });

  it("a department's assignments, read with a bearer token", async () => {
    const admin = (await getUserById((await db.select().from(users).where(eq(users.username, "admin")))[0].id))!;
    const [dept] = await db.select({ id: departments.id }).from(departments).where(eq(departments.name, "市民政局"));
    const { secret } = await createApiToken(admin, { name: "OpenAPI 检查", departmentId: dept.id });
    const headers = { Authorization: `Bearer ${secret}` };
    const list = await call(modules["../app/routes/api.v1.assignments.ts"].loader, "/api/v1/assignments", { headers });
    const listed = await list.json();
    expectMatches("/api/v1/assignments", "get", 200, listed);
    expect(listed.data.length).toBeGreaterThan(0);
    const id = String(listed.data[0].id);
    const detail = await call(modules["../app/routes/api.v1.assignments.$assignmentId.ts"].loader, `/api/v1/assignments/${id}`, { headers }, { assignmentId: id });
    expectMatches("/api/v1/assignments/{id}", "get", 200, await detail.json());
    const bad = await call(modules["../app/routes/api.v1.assignments.ts"].loader, "/api/v1/assignments", { headers: { Authorization: "Bearer xs_nope" } });
    expectMatches("/api/v1/assignments", "get", 401, await bad.json());
  });

  it("catalogues, studios and sessions", async () => {
    const catalogues = await getJson("/api/v1/catalogues", "/api/v1/catalogues");
    const slug = catalogues.data[0].slug;
    await getJson("/api/v1/catalogues/{slug}", `/api/v1/catalogues/${slug}`, { slug });
    const entries = await getJson("/api/v1/catalogues/{slug}/entries", `/api/v1/catalogues/${slug}/entries`, { slug });
    if (entries.data.length) {
      await getJson("/api/v1/catalogues/entries/{id}", `/api/v1/catalogues/entries/${entries.data[0].id}`, { entryId: String(entries.data[0].id) });
    }
    const studios = await getJson("/api/v1/studios", "/api/v1/studios");
    await getJson("/api/v1/studios/{slug}", `/api/v1/studios/${studios.data[0].slug}`, { slug: studios.data[0].slug });
    const sessions = await getJson("/api/v1/sessions", "/api/v1/sessions?limit=100");
    for (const s of sessions.data.slice(0, 5)) await getJson("/api/v1/sessions/{id}", `/api/v1/sessions/${s.id}`, { sessionId: String(s.id) });
  });

  it("participation: topics, opinions, supports and leads", async () => {
    const user = async (name: string) => (await getUserById((await db.select().from(users).where(eq(users.username, name)))[0].id))!;
    const [staff, member, citizen] = await Promise.all([user("staff"), user("member"), user("citizen")]);
    const topic = await openTopic(staff, "OpenAPI 议题");
    const opinion = await postOpinion(citizen, topic.id, { body: "建议在社区增设老年助餐点。" });
    await moderateOpinion(staff, opinion.id, { decision: "approve" });
    await addSupport(member, "opinion", opinion.id);
    const lead = await submitLead(citizen, { title: "路灯不亮", problem: "小区门口的路灯已经坏了一个月。", suggestion: "建议尽快维修并定期巡查。", place: "", consentPublic: true });
    await forwardToMember(staff, lead.id, { memberId: member.id, via: "界别", note: "", publish: true });
    const tp = { topicId: String(topic.id) };
    await getJson("/api/v1/topics", "/api/v1/topics?limit=100");
    await getJson("/api/v1/topics/{id}", `/api/v1/topics/${topic.id}`, tp);
    const opinions = await getJson("/api/v1/topics/{id}/opinions", `/api/v1/topics/${topic.id}/opinions`, tp);
    expect(opinions.data[0].supports).toBe(1);
    await getJson("/api/v1/opinions/{id}", `/api/v1/opinions/${opinion.id}`, { opinionId: String(opinion.id) });
    await getJson("/api/v1/opinions/{id}", "/api/v1/opinions/999999", { opinionId: "999999" }, 404);
    const ranked = await getJson("/api/v1/supports", "/api/v1/supports?kind=opinion");
    expect(ranked.data.length).toBeGreaterThan(0);
    await getJson("/api/v1/leads", "/api/v1/leads");
    await getJson("/api/v1/leads/{id}", `/api/v1/leads/${lead.id}`, { leadId: String(lead.id) });
  });
});
