/// <reference types="vite/client" />
// Issue 13 through /api/v1, checked against the OpenAPI document: a report's
// recommendation handled with a department token (kinds kept apart), and a
// joint proposal whose lead cannot reply before the co-handler's opinion.
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { assignments, proposals as proposalsTable, replies } from "../db/loop.schema";
import { documents as documentsTable, recommendations as recommendationsTable } from "../db/documents.schema";
import { departments, users } from "../db/schema";
import { createSession } from "../app/auth/session.server";
import { createApiToken } from "../app/models/directory/api-tokens.server";
import { getUserById } from "../app/models/directory/users.server";
import { assignProposal } from "../app/models/loop/handling.server";
import { acceptProposal } from "../app/models/loop/proposal-review.server";
import { createProposal, submitProposal } from "../app/models/loop/proposals.server";
import { assignReport } from "../app/models/loop/recommendation-handling.server";
import { call, expectMatches, getJson, modules } from "./openapi-support";

describe("assignments through the API (issue 13)", { timeout: 180_000 }, () => {
  it("a report recommendation's assignment through the API with a department token, kinds kept apart (issue 13)", async () => {
    const user = async (name: string) => (await getUserById((await db.select().from(users).where(eq(users.username, name)))[0].id))!;
    const [admin, staff] = await Promise.all([user("admin"), user("staff")]);
    const [dept] = await db.select({ id: departments.id }).from(departments).where(eq(departments.name, "市民政局"));
    const [report] = await db.select().from(documentsTable).where(and(eq(documentsTable.kind, "research_report"), eq(documentsTable.status, "published"))).limit(1);
    const [rec] = await db.select().from(recommendationsTable).where(and(eq(recommendationsTable.documentId, report.id), eq(recommendationsTable.kind, "recommendation"))).limit(1);
    const [a] = await assignReport(staff, report.id, { rows: [{ recommendationId: rec.id, leadDepartmentId: dept.id, coDepartmentIds: [] }] });
    const { secret } = await createApiToken(admin, { name: "建议交办检查", departmentId: dept.id });
    const json = (body: unknown) => ({ method: "POST", body: JSON.stringify(body), headers: { Authorization: `Bearer ${secret}`, "Content-Type": "application/json" } });
    const id = String(a.id);
    const act = (body: unknown) =>
      call(modules["../app/routes/api.v1.recommendation-assignments.$assignmentId.actions.ts"].action, `/api/v1/recommendation-assignments/${id}/actions`, json(body), { assignmentId: id });
    expect((await act({ action: "sign" })).status).toBe(200);
    const bad = await act({ action: "report_adoption", adoption: "not_adopted", reason: "", progress: 0 });
    expect(bad.status).toBe(400);
    expectMatches("/api/v1/recommendation-assignments/{id}/actions", "post", 400, await bad.json());
    const done = await act({ action: "report_adoption", adoption: "partly", reason: "分年实施", progress: 40 });
    expectMatches("/api/v1/recommendation-assignments/{id}/actions", "post", 200, await done.json());
    const detail = await call(modules["../app/routes/api.v1.recommendation-assignments.$assignmentId.ts"].loader, `/api/v1/recommendation-assignments/${id}`, { headers: json({}).headers }, { assignmentId: id });
    const body = await detail.json();
    expectMatches("/api/v1/recommendation-assignments/{id}", "get", 200, body);
    expect(body.data).toMatchObject({ adoption: "partly", progress: 40, state: "signed" });
    // The proposal endpoint does not take it: 404 that names the right place, and nothing is written.
    const wrong = await call(modules["../app/routes/api.v1.assignments.$assignmentId.actions.ts"].action, `/api/v1/assignments/${id}/actions`, json({ action: "note", kind: "progress", body: "x" }), { assignmentId: id });
    expect(wrong.status).toBe(404);
    const wrongBody = await wrong.json();
    expectMatches("/api/v1/assignments/{id}/actions", "post", 404, wrongBody);
    expect(wrongBody.error.message).toContain(`/api/v1/recommendation-assignments/${id}`);
    // Only staff assign a report: a department's token is refused with 403, and nothing is written.
    const refused = await call(
      modules["../app/routes/api.v1.documents.$slug.assignments.ts"].action,
      `/api/v1/documents/${report.slug}/assignments`,
      json({ rows: [{ recommendationId: rec.id, leadDepartmentId: dept.id }] }),
      { slug: report.slug },
    );
    expect(refused.status).toBe(403);
    expectMatches("/api/v1/documents/{slug}/assignments", "post", 403, await refused.json());
    const missing = await call(modules["../app/routes/api.v1.documents.$slug.assignments.ts"].action, "/api/v1/documents/none/assignments", json({ rows: [{ recommendationId: 1, leadDepartmentId: 1 }] }), { slug: "none" });
    expect(missing.status).toBe(404);
    // The public document through the API: the recommendation's handling; background and headings have none.
    const publicDoc = await getJson("/api/v1/documents/{slug}", `/api/v1/documents/${report.slug}`, { slug: report.slug });
    type N = { id: number; kind: string; handling: { departments: { department: string; adoption: string | null; progress: number | null }[] } | null; children: N[] };
    const flat = (ns: N[]): N[] => ns.flatMap((n) => [n, ...flat(n.children)]);
    const nodesOut = flat(publicDoc.data.children);
    expect(nodesOut.find((n) => n.id === rec.id)!.handling!.departments).toContainEqual(expect.objectContaining({ department: "市民政局", adoption: "partly", progress: 40 }));
    expect(nodesOut.filter((n) => n.kind !== "recommendation").every((n) => n.handling === null)).toBe(true);
  });

  it("a joint proposal through the API with department tokens: 会办 before the lead's reply, adoption shown (issue 13)", async () => {
    const user = async (name: string) => (await getUserById((await db.select().from(users).where(eq(users.username, name)))[0].id))!;
    const [admin, staff, member] = await Promise.all([user("admin"), user("staff"), user("member")]);
    const deptId = async (name: string) => (await db.select({ id: departments.id }).from(departments).where(eq(departments.name, name)))[0].id;
    const [mzId, wjId] = [await deptId("市民政局"), await deptId("市卫生健康委员会")];
    const body = "## 一、完善社区养老服务\n\n建设社区养老服务综合体。\n\n## 二、加强护理人才培养\n\n将养老护理员纳入紧缺职业目录。";
    const p = await createProposal(member, { title: "关于接口会办的提案", body, kind: "member_proposal", year: 2026, onBehalfOfOrganisation: false });
    await submitProposal(member, p.id);
    await acceptProposal(staff, p.id, { isKey: false, supervisingLeader: null });
    await assignProposal(staff, p.id, { mode: "lead_co", leadDepartmentId: mzId, coDepartmentIds: [wjId] });
    const rows = await db.select().from(assignments).where(eq(assignments.proposalId, p.id));
    const lead = String(rows.find((r) => r.role === "lead")!.id);
    const co = String(rows.find((r) => r.role === "co")!.id);
    const mz = (await createApiToken(admin, { name: "会办检查 民政", departmentId: mzId })).secret;
    const wj = (await createApiToken(admin, { name: "会办检查 卫健", departmentId: wjId })).secret;
    const act = async (token: string, id: string, payload: unknown, status: number) => {
      const res = await call(modules["../app/routes/api.v1.assignments.$assignmentId.actions.ts"].action, `/api/v1/assignments/${id}/actions`, { method: "POST", body: JSON.stringify(payload), headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" } }, { assignmentId: id });
      const out = await res.json();
      expect(res.status, JSON.stringify(out)).toBe(status);
      expectMatches("/api/v1/assignments/{id}/actions", "post", status, out);
      return out;
    };
    const detail = await call(modules["../app/routes/api.v1.assignments.$assignmentId.ts"].loader, `/api/v1/assignments/${lead}`, { headers: { Authorization: `Bearer ${mz}` } }, { assignmentId: lead });
    const leadView = await detail.json();
    expectMatches("/api/v1/assignments/{id}", "get", 200, leadView);
    const [{ documentId }] = await db.select({ documentId: proposalsTable.documentId }).from(proposalsTable).where(eq(proposalsTable.id, p.id));
    const recs = await db.select({ id: recommendationsTable.id }).from(recommendationsTable).where(and(eq(recommendationsTable.documentId, documentId!), eq(recommendationsTable.kind, "recommendation"))).orderBy(recommendationsTable.id);
    expect(recs).toHaveLength(2);
    const reply = { action: "reply", kind: "formal", category: "B", body: "分步落实。", consentToPublish: true, adoptions: [{ recommendationId: recs[0].id, adoption: "adopted", reason: "" }, { recommendationId: recs[1].id, adoption: "reference", reason: "条件不足" }] };
    await act(mz, lead, { action: "sign" }, 200);
    // The lead cannot reply before the co-handler's opinion: 409 with the reason.
    const held = await act(mz, lead, reply, 409);
    expect(held.error.message).toContain("尚未提交会办意见");
    await act(wj, co, { action: "sign" }, 200);
    await act(wj, co, { action: "send_opinion", body: "同意主办单位方案。" }, 200);
    await act(mz, lead, reply, 200);
    const [pending] = await db.select().from(replies).where(and(eq(replies.assignmentId, Number(lead)), eq(replies.state, "pending")));
    // Staff review it through the API with their session (tokens are for departments only).
    const staffCookie = (await createSession(new Request("http://localhost/"), staff.id)).split(";")[0];
    const review = await call(modules["../app/routes/api.v1.replies.$replyId.review.ts"].action, `/api/v1/replies/${pending.id}/review`, { method: "POST", body: JSON.stringify({ approve: true, note: "" }), headers: { Cookie: staffCookie, "Content-Type": "application/json" } }, { replyId: String(pending.id) });
    expect(review.status).toBe(200);
    expectMatches("/api/v1/replies/{id}/review", "post", 200, await review.json());
    // The public API shows each recommendation's adoption, as marked by the lead.
    const one = await getJson("/api/v1/recommendations/{id}", `/api/v1/recommendations/${recs[1].id}`, { recommendationId: String(recs[1].id) });
    expect(one.data.handling.adoptions).toEqual([{ department: "市民政局", adoption: "reference", reason: "条件不足" }]);
    expect(one.data.handling.proposal.departments.map((d: { department: string; role: string }) => [d.department, d.role])).toEqual([["市民政局", "lead"], ["市卫生健康委员会", "co"]]);
  });

});
