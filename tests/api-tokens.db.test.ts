// Bearer tokens through the API route modules: a department's system signs and
// answers its own assignment, never sees another department's, and gets
// 401 (bad or revoked token) and 429 (over its rate) as JSON.
import { marksForAssignment } from "../app/models/loop/loop-test-support";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db, getDatabase, openDatabase } from "../db/client";
import { apiTokens } from "../db/api-tokens.schema";
import { takeFromDatabaseBucket } from "../app/auth/rate-limit.server";
import { assignments, replies } from "../db/loop.schema";
import { departments, events, users } from "../db/schema";
import { createSession } from "../app/auth/session.server";
import { createApiToken, revokeApiToken } from "../app/models/directory/api-tokens.server";
import { assignProposal } from "../app/models/loop/handling.server";
import { acceptProposal } from "../app/models/loop/proposal-review.server";
import { createProposal, submitProposal } from "../app/models/loop/proposals.server";
import { getUserById } from "../app/models/directory/users.server";
import { getEnv } from "../app/utils/env.server";
import * as assignmentList from "../app/routes/api.v1.assignments";
import * as assignmentOne from "../app/routes/api.v1.assignments.$assignmentId";
import * as assignmentActions from "../app/routes/api.v1.assignments.$assignmentId.actions";
import * as replyReview from "../app/routes/api.v1.replies.$replyId.review";

type Handler = (args: LoaderFunctionArgs | ActionFunctionArgs) => Promise<Response>;

async function call(fn: unknown, url: string, params: Record<string, string>, init: RequestInit = {}) {
  let res: Response;
  try {
    res = await (fn as Handler)({ request: new Request(`http://localhost${url}`, init), params, context: { ip: "127.0.0.1", cspNonce: "" } });
  } catch (thrown) {
    if (!(thrown instanceof Response)) throw thrown;
    res = thrown;
  }
  return { status: res.status, headers: res.headers, body: await res.json() };
}

const bearer = (secret: string) => ({ Authorization: `Bearer ${secret}` });
const user = async (username: string) => {
  const [row] = await db.select().from(users).where(eq(users.username, username));
  return (await getUserById(row.id))!;
};
const dept = async (name: string) => (await db.select().from(departments).where(eq(departments.name, name)))[0].id;

function act(id: number, body: unknown, headers: Record<string, string>) {
  return call(assignmentActions.action, `/api/v1/assignments/${id}/actions`, { assignmentId: String(id) }, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
}
const list = (headers: Record<string, string>) => call(assignmentList.loader, "/api/v1/assignments", {}, { headers });
const one = (id: number, headers: Record<string, string>) => call(assignmentOne.loader, `/api/v1/assignments/${id}`, { assignmentId: String(id) }, { headers });

async function assignedToBoth() {
  const [member, staff] = await Promise.all([user("member"), user("staff")]);
  const [mz, wj] = await Promise.all([dept("市民政局"), dept("市卫生健康委员会")]);
  const p = await createProposal(member, { title: "关于完善居家养老上门服务的提案", body: "## 一、建议\n\n由市民政局牵头完善上门服务。", kind: "member_proposal", year: 2026, onBehalfOfOrganisation: false });
  await submitProposal(member, p.id);
  await acceptProposal(staff, p.id, { isKey: false, supervisingLeader: null });
  await assignProposal(staff, p.id, { mode: "separate", separateDepartmentIds: [mz, wj] });
  const rows = await db.select().from(assignments).where(eq(assignments.proposalId, p.id));
  return { proposalId: p.id, mz: rows.find((a) => a.departmentId === mz)!.id, wj: rows.find((a) => a.departmentId === wj)!.id };
}

describe("bearer tokens on /api/v1", () => {
  it("let a department's system read its inbox, sign and reply, and nothing of another department", async () => {
    const admin = await user("admin");
    const { proposalId, mz, wj } = await assignedToBoth();
    const { token, secret } = await createApiToken(admin, { name: "民政办公系统", departmentId: await dept("市民政局") });
    const auth = bearer(secret);

    const inbox = await list(auth);
    expect(inbox.status).toBe(200);
    expect(inbox.headers.get("Cache-Control")).toBe("private, no-store");
    const ids = inbox.body.data.map((a: { id: number }) => a.id);
    expect(ids).toContain(mz);
    expect(ids).not.toContain(wj);
    expect((await one(mz, auth)).body.data).toMatchObject({ id: mz, department: "市民政局", state: "assigned", proposal: { title: "关于完善居家养老上门服务的提案" } });
    expect((await one(wj, auth)).status).toBe(404);

    // Another department's assignment does not exist for this token.
    const foreign = await act(wj, { action: "sign" }, auth);
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.code).toBe("not_found");

    expect((await act(mz, { action: "reply", category: "A", body: "已答复" }, auth)).status).toBe(409); // sign first
    expect((await act(mz, { action: "sign" }, auth)).body).toEqual({ data: { ok: true } });
    expect((await act(mz, { action: "note", kind: "phone", body: "已电话联系提案人" }, auth)).status).toBe(200);
    // A formal reply marks each of the proposal's recommendations (issue 13): refused without, taken with.
    const unmarked = await act(mz, { action: "reply", kind: "formal", category: "A", body: "经研究，已将上门服务纳入年度民生实事。" }, auth);
    expect(unmarked.status).toBe(400);
    const replied = await act(mz, { action: "reply", kind: "formal", category: "A", body: "经研究，已将上门服务纳入年度民生实事。", adoptions: await marksForAssignment(mz) }, auth);
    expect(replied.status).toBe(200);

    const [reply] = await db.select().from(replies).where(eq(replies.assignmentId, mz));
    expect(reply).toMatchObject({ state: "pending", category: "A", createdBy: token.serviceUserId });
    const trail = await db.select().from(events).where(and(eq(events.subjectType, "proposal"), eq(events.subjectId, String(proposalId))));
    expect(trail.filter((e) => e.actorId === token.serviceUserId).map((e) => e.action)).toEqual(expect.arrayContaining(["assignment.signed"]));

    // A department token cannot do staff work: reviewing its own reply is refused.
    const review = await call(replyReview.action, `/api/v1/replies/${reply.id}/review`, { replyId: String(reply.id) }, {
      method: "POST",
      headers: { "Content-Type": "application/json", ...auth },
      body: JSON.stringify({ approve: true }),
    });
    expect(review.status).toBe(403);

    // The session cookie still works; staff have no department inbox.
    const mzCookie = { Cookie: (await createSession(new Request("http://localhost/"), (await user("dept-mz")).id)).split(";")[0] };
    expect((await list(mzCookie)).body.data.map((a: { id: number }) => a.id)).toContain(mz);
    const staffCookie = { Cookie: (await createSession(new Request("http://localhost/"), (await user("staff")).id)).split(";")[0] };
    expect((await list(staffCookie)).status).toBe(403);
  });

  it("answer 401 with WWW-Authenticate for anonymous, unknown and revoked tokens", async () => {
    const admin = await user("admin");
    const { mz } = await assignedToBoth();
    const anonymous = await act(mz, { action: "sign" }, {});
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.code).toBe("unauthenticated");
    expect(anonymous.headers.get("WWW-Authenticate")).toBe('Bearer realm="xieshang"');

    for (const header of ["Bearer xs_wrong", "Bearer ", `Bearer xs_${"A".repeat(43)}`, "bearer  xs_lowercase-scheme-is-fine-but-token-is-bad"]) {
      const res = await act(mz, { action: "sign" }, { Authorization: header });
      expect(res.status, header).toBe(401);
      expect(res.body.error.code).toBe("invalid_token");
      expect(res.headers.get("WWW-Authenticate")).toBe('Bearer realm="xieshang", error="invalid_token"');
    }

    const { token, secret } = await createApiToken(admin, { name: "将被吊销", departmentId: await dept("市民政局") });
    expect((await list(bearer(secret))).status).toBe(200);
    await revokeApiToken(admin, token.id);
    const revoked = await act(mz, { action: "sign" }, bearer(secret));
    expect(revoked.status).toBe(401);
    expect(revoked.body.error.code).toBe("invalid_token");
    const [still] = await db.select().from(assignments).where(eq(assignments.id, mz));
    expect(still.state).toBe("assigned");
    // A bad token is not rescued by a valid cookie sent along: the token decides.
    const cookie = (await createSession(new Request("http://localhost/"), (await user("dept-mz")).id)).split(";")[0];
    expect((await list({ ...bearer(secret), Cookie: cookie })).status).toBe(401);
  });

  it("answer 429 with Retry-After once a token is over its rate, without touching other tokens", async () => {
    const admin = await user("admin");
    const limit = getEnv().API_TOKEN_RATE_LIMIT;
    const busy = await createApiToken(admin, { name: "高频调用", departmentId: await dept("市民政局") });
    const calm = await createApiToken(admin, { name: "低频调用", departmentId: await dept("市民政局") });
    // The bucket refills (limit per minute) while we call, so the refusal comes
    // after the burst plus what trickled in meanwhile, never before the burst.
    const started = Date.now();
    let ok = 0;
    let over = await list(bearer(busy.secret));
    while (over.status === 200 && ok < limit * 2) {
      ok++;
      over = await list(bearer(busy.secret));
    }
    const refilled = Math.ceil(((Date.now() - started) / 60_000) * limit);
    expect(ok).toBeGreaterThanOrEqual(limit);
    expect(ok).toBeLessThanOrEqual(limit + refilled);
    expect(over.status).toBe(429);
    expect(over.body.error.code).toBe("rate_limited");
    expect(Number(over.headers.get("Retry-After"))).toBeGreaterThanOrEqual(1);
    expect((await list(bearer(calm.secret))).status).toBe(200);
  });

  it("count requests from several processes in one bucket: the limit is in the database", async () => {
    const admin = await user("admin");
    const token = await createApiToken(admin, { name: "多进程调用", departmentId: await dept("市民政局") });
    const [row] = await db.select({ id: apiTokens.id }).from(apiTokens).where(eq(apiTokens.name, "多进程调用"));
    expect(token.secret).toMatch(/^xs_/);
    // Two app processes are two connection pools; concurrent takes from both spend one bucket.
    const other = process.env.TEST_DB_ENGINE === "postgres" ? openDatabase({ databaseUrl: getDatabase().url!, max: 5 }) : null;
    try {
      const pools = [db, other?.db ?? db];
      const decisions = await Promise.all(Array.from({ length: 30 }, (_, i) => takeFromDatabaseBucket(pools[i % 2], row.id, 12)));
      expect(decisions.filter((d) => d.ok)).toHaveLength(12);
      const refused = decisions.find((d) => !d.ok);
      expect(refused).toMatchObject({ ok: false });
      expect(refused && !refused.ok && refused.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    } finally {
      await other?.close();
    }
  });
});
