// Issue 13, "kinds kept apart": every assignment action, by page and by API, sent
// to an assignment of the other kind (a proposal's vs a report recommendation's)
// answers 404 or 409 with a Chinese reason — never a 500, never a silent row.
// Staff steps on a proposal's page are kept to that proposal's assignments.
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { documents, recommendations } from "../db/documents.schema";
import { assignments, handlingNotes, recommendationAdoptions, replies } from "../db/loop.schema";
import { departments, events, users } from "../db/schema";
import { createSession } from "../app/auth/session.server";
import { createApiToken } from "../app/models/directory/api-tokens.server";
import { getUserById } from "../app/models/directory/users.server";
import { assignProposal, signAssignment } from "../app/models/loop/handling.server";
import { acceptProposal } from "../app/models/loop/proposal-review.server";
import { createProposal, submitProposal } from "../app/models/loop/proposals.server";
import { assignReport } from "../app/models/loop/recommendation-handling.server";
import * as apiAssignment from "../app/routes/api.v1.assignments.$assignmentId";
import * as apiAssignmentActions from "../app/routes/api.v1.assignments.$assignmentId.actions";
import * as apiRecAssignment from "../app/routes/api.v1.recommendation-assignments.$assignmentId";
import * as apiRecAssignmentActions from "../app/routes/api.v1.recommendation-assignments.$assignmentId.actions";
import * as proposalPage from "../app/routes/department.assignments.$assignmentId";
import * as recommendationPage from "../app/routes/department.recommendations.$assignmentId";
import * as staffProposalPage from "../app/routes/staff.proposals.$proposalId";
import * as reportAssignPage from "../app/routes/staff.documents.$slug.assign";

type Handler = (args: { request: Request; params: Record<string, string>; context: object }) => Promise<Response> | Response;

const user = async (name: string) => (await getUserById((await db.select().from(users).where(eq(users.username, name)))[0].id))!;
const deptId = async (name: string) => (await db.select().from(departments).where(eq(departments.name, name)))[0].id;
const cookieOf = async (name: string) => (await createSession(new Request("http://localhost/"), (await user(name)).id)).split(";")[0];

async function call(fn: Handler, url: string, init: RequestInit, params: Record<string, string>) {
  try {
    return await fn({ request: new Request(`http://localhost${url}`, init), params, context: { ip: "127.0.0.1", cspNonce: "" } });
  } catch (thrown) {
    if (!(thrown instanceof Response)) throw thrown;
    return thrown;
  }
}

/** The message of a refusal: the API's JSON error, a page's form error, or the 404 page's text. */
async function reasonOf(res: Response) {
  const text = await res.text();
  try {
    const body = JSON.parse(text);
    return String(body.error?.message ?? body.formError ?? Object.values(body.errors ?? {})[0] ?? "");
  } catch {
    return text;
  }
}

/** Everything an action could write: rows of the loop and the event log. */
async function snapshot() {
  const count = async (table: typeof handlingNotes | typeof replies | typeof events | typeof recommendationAdoptions) => (await db.select({ n: sql<number>`count(*)::int` }).from(table))[0].n;
  const rows = await db.select({ id: assignments.id, state: assignments.state, version: assignments.version }).from(assignments).orderBy(assignments.id);
  return { notes: await count(handlingNotes), replies: await count(replies), marks: await count(recommendationAdoptions), events: await count(events), assignments: rows };
}

/** Refused with 404 or 409 and a Chinese reason, and nothing written. */
async function expectRefused(label: string, attempt: () => Promise<Response>) {
  const before = await snapshot();
  const res = await attempt();
  expect([404, 409], `${label}: ${res.status}`).toContain(res.status);
  expect(await reasonOf(res), label).toMatch(/[\u4e00-\u9fff]/);
  expect(await snapshot(), label).toEqual(before);
}

const apiInit = (token: string, body?: unknown): RequestInit =>
  body === undefined
    ? { headers: { Authorization: `Bearer ${token}` } }
    : { method: "POST", headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" }, body: JSON.stringify(body) };
const cookieJson = (cookie: string, body: unknown): RequestInit => ({ method: "POST", headers: { Cookie: cookie, "Content-Type": "application/json" }, body: JSON.stringify(body) });
const pageInit = (cookie: string, fields?: Record<string, string>): RequestInit =>
  fields
    ? { method: "POST", headers: { Cookie: cookie, Origin: "http://localhost", "Content-Type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(fields).toString() }
    : { headers: { Cookie: cookie } };

describe("assignment kinds kept apart, every action by page and by API", { timeout: 300_000 }, () => {
  const ids = { proposal: 0, otherProposal: 0, lead: 0, co: 0, otherCo: 0, recLead: 0, recCo: 0 };
  const tokens = { mz: "", wj: "" };
  let reportSlug = "";
  const cookies = { mz: "", wj: "", staff: "" };

  beforeAll(async () => {
    const [admin, staff, member] = await Promise.all([user("admin"), user("staff"), user("member")]);
    const [mzId, wjId] = [await deptId("市民政局"), await deptId("市卫生健康委员会")];
    const joint = async (title: string) => {
      const p = await createProposal(member, { title, body: "## 一、完善社区养老服务\n\n建设社区养老服务综合体。", kind: "member_proposal", year: 2026, onBehalfOfOrganisation: false });
      await submitProposal(member, p.id);
      await acceptProposal(staff, p.id, { isKey: false, supervisingLeader: null });
      await assignProposal(staff, p.id, { mode: "lead_co", leadDepartmentId: mzId, coDepartmentIds: [wjId] });
      const rows = await db.select().from(assignments).where(eq(assignments.proposalId, p.id));
      return { id: p.id, lead: rows.find((r) => r.role === "lead")!.id, co: rows.find((r) => r.role === "co")!.id };
    };
    const one = await joint("关于交办种类分开的提案");
    const other = await joint("关于另一件提案的提案");
    Object.assign(ids, { proposal: one.id, lead: one.lead, co: one.co, otherProposal: other.id, otherCo: other.co });
    const [report] = await db.select().from(documents).where(and(eq(documents.kind, "research_report"), eq(documents.status, "published"))).limit(1);
    const [rec] = await db.select().from(recommendations).where(and(eq(recommendations.documentId, report.id), eq(recommendations.kind, "recommendation"))).limit(1);
    reportSlug = report.slug;
    const rows = await assignReport(staff, report.id, { rows: [{ recommendationId: rec.id, leadDepartmentId: mzId, coDepartmentIds: [wjId] }] });
    ids.recLead = rows.find((r) => r.role === "lead")!.id;
    ids.recCo = rows.find((r) => r.role === "co")!.id;
    tokens.mz = (await createApiToken(admin, { name: "种类检查 民政", departmentId: mzId })).secret;
    tokens.wj = (await createApiToken(admin, { name: "种类检查 卫健", departmentId: wjId })).secret;
    Object.assign(cookies, { mz: await cookieOf("dept-mz"), wj: await cookieOf("dept-wj"), staff: await cookieOf("staff") });
  });

  it("the proposal API refuses a report recommendation's assignment, action by action", async () => {
    const post = (id: number, token: string, body: unknown) => () =>
      call(apiAssignmentActions.action as Handler, `/api/v1/assignments/${id}/actions`, apiInit(token, body), { assignmentId: String(id) });
    await expectRefused("GET", () => call(apiAssignment.loader as Handler, `/api/v1/assignments/${ids.recLead}`, apiInit(tokens.mz), { assignmentId: String(ids.recLead) }));
    await expectRefused("sign", post(ids.recLead, tokens.mz, { action: "sign" }));
    await expectRefused("request_reassignment", post(ids.recLead, tokens.mz, { action: "request_reassignment", reason: "不属于我局职责" }));
    await expectRefused("note", post(ids.recLead, tokens.mz, { action: "note", kind: "progress", body: "已召开座谈会" }));
    await expectRefused("reply", post(ids.recLead, tokens.mz, { action: "reply", kind: "formal", category: "A", body: "已落实", consentToPublish: true, adoptions: [] }));
    await expectRefused("send_opinion", post(ids.recCo, tokens.wj, { action: "send_opinion", body: "同意" }));
    const staffPost = (id: number, body: unknown) => () => call(apiAssignmentActions.action as Handler, `/api/v1/assignments/${id}/actions`, cookieJson(cookies.staff, body), { assignmentId: String(id) });
    await expectRefused("decide_reassignment", staffPost(ids.recLead, { action: "decide_reassignment", approve: true, note: "" }));
    await expectRefused("waive_opinion", staffPost(ids.recCo, { action: "waive_opinion", reason: "无需会办意见" }));
  });

  it("the recommendation API refuses a proposal's assignment, action by action", async () => {
    const post = (id: number, token: string, body: unknown) => () =>
      call(apiRecAssignmentActions.action as Handler, `/api/v1/recommendation-assignments/${id}/actions`, apiInit(token, body), { assignmentId: String(id) });
    await expectRefused("GET", () => call(apiRecAssignment.loader as Handler, `/api/v1/recommendation-assignments/${ids.lead}`, apiInit(tokens.mz), { assignmentId: String(ids.lead) }));
    await expectRefused("sign", post(ids.lead, tokens.mz, { action: "sign" }));
    await expectRefused("sign (co)", post(ids.co, tokens.wj, { action: "sign" }));
    await expectRefused("request_reassignment", post(ids.lead, tokens.mz, { action: "request_reassignment", reason: "不属于我局职责" }));
    await expectRefused("report_adoption", post(ids.lead, tokens.mz, { action: "report_adoption", adoption: "adopted", reason: "", progress: 50 }));
    await expectRefused("decide_reassignment", () =>
      call(apiRecAssignmentActions.action as Handler, `/api/v1/recommendation-assignments/${ids.lead}/actions`, cookieJson(cookies.staff, { action: "decide_reassignment", approve: true, note: "" }), { assignmentId: String(ids.lead) }),
    );
  });

  it("the proposal page refuses a report recommendation's assignment, intent by intent", async () => {
    const page = (id: number, cookie: string, fields?: Record<string, string>) => () =>
      call((fields ? proposalPage.action : proposalPage.loader) as Handler, `/department/assignments/${id}`, pageInit(cookie, fields), { assignmentId: String(id) });
    await expectRefused("open", page(ids.recLead, cookies.mz));
    await expectRefused("sign", page(ids.recLead, cookies.mz, { intent: "sign" }));
    await expectRefused("reassign", page(ids.recLead, cookies.mz, { intent: "reassign", reason: "不属于我局职责" }));
    await expectRefused("note", page(ids.recLead, cookies.mz, { intent: "note", kind: "progress", body: "已召开座谈会" }));
    await expectRefused("reply", page(ids.recLead, cookies.mz, { intent: "reply", kind: "formal", category: "A", body: "已落实", consent: "1" }));
    await expectRefused("opinion", page(ids.recCo, cookies.wj, { intent: "opinion", body: "同意" }));
  });

  it("the recommendation page refuses a proposal's assignment, intent by intent", async () => {
    const page = (id: number, cookie: string, fields?: Record<string, string>) => () =>
      call((fields ? recommendationPage.action : recommendationPage.loader) as Handler, `/department/recommendations/${id}`, pageInit(cookie, fields), { assignmentId: String(id) });
    await expectRefused("open", page(ids.lead, cookies.mz));
    await expectRefused("open (co)", page(ids.co, cookies.wj));
    await expectRefused("sign", page(ids.lead, cookies.mz, { intent: "sign" }));
    await expectRefused("reassign", page(ids.lead, cookies.mz, { intent: "reassign", reason: "不属于我局职责" }));
    await expectRefused("adoption", page(ids.lead, cookies.mz, { intent: "adoption", adoption: "adopted", reason: "", progress: "50" }));
  });

  it("a proposal's staff page acts on that proposal's assignments only", async () => {
    const staffPage = (fields: Record<string, string>) => () =>
      call(staffProposalPage.action as Handler, `/staff/proposals/${ids.proposal}`, pageInit(cookies.staff, fields), { proposalId: String(ids.proposal) });
    // Waiting states, so a missing scope check would go through.
    await signAssignment(await user("dept-wj"), ids.otherCo);
    await db.update(assignments).set({ state: "reassignment_requested", reassignmentReason: "测试" }).where(eq(assignments.id, ids.recLead));
    await expectRefused("waive-opinion (report)", staffPage({ intent: "waive-opinion", assignmentId: String(ids.recCo), reason: "无需会办意见" }));
    await expectRefused("waive-opinion (other proposal)", staffPage({ intent: "waive-opinion", assignmentId: String(ids.otherCo), reason: "无需会办意见" }));
    await expectRefused("reassign-decision (report)", staffPage({ intent: "reassign-decision", assignmentId: String(ids.recLead), decision: "approve", note: "" }));
  });

  it("a report's 交办 page decides that report's reassignment requests only", async () => {
    const decide = (assignmentId: number, decision: string) => () =>
      call(reportAssignPage.action as Handler, `/staff/documents/${reportSlug}/assign`, pageInit(cookies.staff, { intent: "reassign-decision", assignmentId: String(assignmentId), decision, note: "" }), { slug: reportSlug });
    await db.update(assignments).set({ state: "reassignment_requested", reassignmentReason: "测试" }).where(eq(assignments.id, ids.co));
    await expectRefused("reassign-decision (proposal)", decide(ids.co, "approve"));
    await db.update(assignments).set({ state: "assigned", reassignmentReason: null }).where(eq(assignments.id, ids.co));
    // recLead asked for re-assignment in the test above: approved, it is withdrawn.
    const page = await call(reportAssignPage.loader as Handler, `/staff/documents/${reportSlug}/assign`, pageInit(cookies.staff), { slug: reportSlug });
    const sheet = await page.json();
    expect(sheet.rows.flatMap((r: { assigned: { id: number; state: string }[] }) => r.assigned).find((a: { id: number }) => a.id === ids.recLead).state).toBe("reassignment_requested");
    const res = await decide(ids.recLead, "approve")();
    expect(res.status).toBe(302);
    expect((await db.select().from(assignments).where(eq(assignments.id, ids.recLead)))[0].state).toBe("withdrawn");
  });

  it("the right kind goes through on the same ids", async () => {
    const sign = await call(apiRecAssignmentActions.action as Handler, `/api/v1/recommendation-assignments/${ids.recCo}/actions`, apiInit(tokens.wj, { action: "sign" }), { assignmentId: String(ids.recCo) });
    expect(sign.status).toBe(200);
    const page = await call(proposalPage.action as Handler, `/department/assignments/${ids.lead}`, pageInit(cookies.mz, { intent: "sign" }), { assignmentId: String(ids.lead) });
    expect(page.status).toBe(302);
    const states = await db.select({ id: assignments.id, state: assignments.state }).from(assignments).where(sql`${assignments.id} in (${ids.recCo}, ${ids.lead})`);
    expect(states.map((s) => s.state)).toEqual(["signed", "signed"]);
  });
});
