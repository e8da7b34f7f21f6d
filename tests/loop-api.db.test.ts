// The loop's JSON API: refused transitions are JSON errors with 409/403, never half-done.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { ActionFunctionArgs } from "@remix-run/node";
import { db } from "../db/client";
import { users } from "../db/schema";
import { createSession } from "../app/auth/session.server";
import * as proposalActions from "../app/routes/api.v1.proposals.$proposalId.actions";
import * as proposalOne from "../app/routes/api.v1.proposals.$caseNo";

async function cookieFor(username: string) {
  const [u] = await db.select().from(users).where(eq(users.username, username));
  return (await createSession(new Request("http://localhost/"), u.id)).split(";")[0];
}

async function post(id: number, body: unknown, cookie?: string) {
  const request = new Request(`http://localhost/api/v1/proposals/${id}/actions`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...(cookie ? { Cookie: cookie } : {}) },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  let res: Response;
  try {
    res = await proposalActions.action({ request, params: { proposalId: String(id) }, context: { ip: "127.0.0.1", cspNonce: "" } } as ActionFunctionArgs);
  } catch (thrown) {
    if (!(thrown instanceof Response)) throw thrown;
    res = thrown;
  }
  return { status: res.status, body: await res.json() };
}

describe("/api/v1/proposals/:id/actions", () => {
  it("drives a proposal and answers refusals with 409 JSON", async () => {
    const { createProposal } = await import("../app/models/loop/proposals.server");
    const { getUserById } = await import("../app/models/directory/users.server");
    const [m] = await db.select().from(users).where(eq(users.username, "member"));
    const member = (await getUserById(m.id))!;
    const p = await createProposal(member, { title: "API 提案", body: "## 一、建议\n\n由市民政局牵头。", kind: "member_proposal", year: 2026, onBehalfOfOrganisation: false });
    const memberCookie = await cookieFor("member");
    const staffCookie = await cookieFor("staff");

    expect((await post(p.id, { action: "submit" })).status).toBe(401);
    expect((await post(p.id, "{not json", memberCookie)).status).toBe(400);
    expect((await post(p.id, { action: "fly" }, memberCookie)).body.error.code).toBe("invalid_parameter");

    const accepted = await post(p.id, { action: "accept" }, staffCookie);
    expect(accepted.status).toBe(409);
    expect(accepted.body.error.message).toBe("提案当前为“草稿”，不能立案");

    const forbidden = await post(p.id, { action: "submit" }, staffCookie);
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.error.message).toBe("只有提案人可以提交");

    expect((await post(p.id, { action: "submit" }, memberCookie)).body.data.state).toBe("submitted");
    const ok = await post(p.id, { action: "accept", isKey: false }, staffCookie);
    expect(ok.status).toBe(200);
    expect(ok.body.data.caseNo).toMatch(/^2026-\d{4}$/);

    const res = await proposalOne.loader({ request: new Request("http://localhost/"), params: { caseNo: ok.body.data.caseNo }, context: {} } as never);
    const json = await (res as Response).json();
    expect(json.data.timeline.map((e: { action: string }) => e.action)).toEqual(["proposal.submitted", "proposal.accepted"]);
  });
});
