// Issue 14, items 8, 9 and 13: what public payloads may carry, and who may act.
// - Public loaders' JSON (what Remix sends to the browser, and the API) carries
//   display names, never login user names or internal user ids.
// - A department's API token acts on its department's handling only: it cannot
//   take a place at a studio session.
// - A merged (并案) proposal that was never accepted does not show its title
//   on the public timeline of the case it joined.
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../../db/client";
import { users } from "../../db/schema";
import { studioSessions } from "../../db/studios.schema";
import { sessionSignups } from "../../db/studios.schema";
import { createApiToken } from "../../app/models/directory/api-tokens.server";
import { mergeProposal, acceptProposal } from "../../app/models/loop/proposal-review.server";
import { answerCosign, createProposal, inviteCosigner, submitProposal } from "../../app/models/loop/proposals.server";
import { isPrivatePath } from "../../app/utils/canonical";
import { userNamed, validParams, makeLoopFixtures } from "../fuzz/fixtures";
import { discoverRoutes, urlFor } from "../fuzz/routes";
import { call, jsonPost } from "./call";

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

describe("public loader payloads (item 8)", () => {
  it("/studios/{slug} sends display names only", async () => {
    const res = await call("studios.$slug._index.tsx", "loader", "/studios/x", { params: { slug: (await firstStudioSlug())! } });
    const text = await res.text();
    expect(res.status).toBe(200);
    expect(text).not.toMatch(/"username"/);
    expect(text.match(UUID)).toBeNull();
    expect(text).toContain('"displayName"');
  });

  it("no public loader or API answer carries a login name or a user id", async () => {
    await makeLoopFixtures();
    const valid = await validParams([]);
    const all = await db.select({ id: users.id, username: users.username }).from(users);
    const ids = new Set(all.map((u) => u.id));
    const problems: string[] = [];
    let checked = 0;
    for (const route of discoverRoutes()) {
      // The OpenAPI document describes fields (e.g. the organisers' "username"); it carries no data.
      if (route.file === "root.tsx" || route.params.includes("*") || route.file.includes("openapi")) continue;
      const params = Object.fromEntries(route.params.map((p) => [p, valid[p]?.[0] ?? "1"]));
      const url = urlFor(route, params);
      if (isPrivatePath(url) && !url.startsWith("/api/")) continue;
      const mod = (await import(/* @vite-ignore */ `../../app/${route.file}`)) as { loader?: unknown };
      if (!mod.loader) continue;
      const res = await call(route.file.replace(/^routes\//, ""), "loader", url, { params });
      if (res.status !== 200 || !/json/.test(res.headers.get("Content-Type") ?? "")) continue;
      const text = await res.text();
      checked++;
      if (/"(username|userId|leadId|authorId|actorId)"\s*:/.test(text)) problems.push(`${url}: ${text.match(/"(username|userId|leadId|authorId|actorId)"\s*:[^,}]*/)![0]}`);
      for (const m of text.match(UUID) ?? []) if (ids.has(m.toLowerCase())) problems.push(`${url}: user id ${m}`);
    }
    expect(checked).toBeGreaterThan(30);
    expect(problems).toEqual([]);
  }, 120_000);
});

async function firstStudioSlug() {
  const { studios } = await import("../../db/studios.schema");
  const [s] = await db.select({ slug: studios.slug }).from(studios).where(eq(studios.active, true)).limit(1);
  return s?.slug;
}

describe("API tokens and studio sign-ups (item 9)", () => {
  it("a department token cannot sign up for a session", async () => {
    const admin = await userNamed("admin");
    const mz = (await userNamed("dept-mz")).departmentId!;
    const { secret } = await createApiToken(admin, { name: "民政办公系统", departmentId: mz });
    const [open] = await db.select().from(studioSessions).where(and(eq(studioSessions.status, "published"), eq(studioSessions.audience, "public"))).limit(1);
    expect(open).toBeTruthy();
    const res = await call("api.v1.sessions.$sessionId.signups.ts", "action", `/api/v1/sessions/${open.id}/signups`, {
      init: jsonPost({}, { Authorization: `Bearer ${secret}` }),
      params: { sessionId: String(open.id) },
    });
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe("token_not_allowed");
    const taken = await db.select().from(sessionSignups).where(eq(sessionSignups.sessionId, open.id));
    const tokenUsers = await db.select({ id: users.id }).from(users).where(eq(users.passwordHash, "!api-token"));
    expect(taken.filter((s) => tokenUsers.some((u) => u.id === s.userId))).toEqual([]);
  });
});

describe("merging (item 13)", () => {
  it("keeps the merged proposal's title off the public timeline of the case it joined", async () => {
    const [member, member2, staff] = await Promise.all([userNamed("member"), userNamed("member2"), userNamed("staff")]);
    const into = await createProposal(member, { title: "关于社区食堂建设的提案", body: "## 一、建议\n\n建设社区食堂。", kind: "member_proposal", year: 2026, onBehalfOfOrganisation: false });
    await submitProposal(member, into.id);
    const caseNo = await acceptProposal(staff, into.id, { isKey: false, supervisingLeader: null });
    const secret = "并案的未立案提案标题ZX81";
    const merged = await createProposal(member2, { title: secret, body: "## 一、建议\n\n同上。", kind: "member_proposal", year: 2026, onBehalfOfOrganisation: false });
    await submitProposal(member2, merged.id);
    await mergeProposal(staff, merged.id, caseNo);
    for (const [file, url] of [
      ["proposals.$caseNo.tsx", `/proposals/${caseNo}`],
      ["api.v1.proposals.$caseNo.ts", `/api/v1/proposals/${caseNo}`],
    ] as const) {
      const res = await call(file, "loader", url, { params: { caseNo } });
      expect(res.status).toBe(200);
      const text = await res.text();
      expect(text).toContain("merged_in");
      expect(text, url).not.toContain(secret);
    }
  });
});

// Issue 15: the paper form's contact details are private to the author (and staff).
describe("a proposal's contact details", () => {
  it("are in no public loader or API answer, nor on a co-signer's page", async () => {
    const [member, liaison, staff] = await Promise.all([userNamed("member"), userNamed("org-minmeng"), userNamed("staff")]);
    const phone = "0871-65554321";
    const address = "翠湖北路 99 号私宅";
    const p = await createProposal(member, {
      title: "关于联系方式保密的提案",
      form: { analysis: "情况。", suggestions: "1. 建议市民政局办理。", textFormat: "text", contactPhone: phone, contactAddress: address, departmentIds: [], publicConsent: true },
      kind: "member_proposal",
      year: 2026,
      onBehalfOfOrganisation: false,
    });
    await inviteCosigner(member, p.id, "民盟省委会提案联络员");
    const asCosigner = await call("member.proposals.$proposalId.tsx", "loader", `/member/proposals/${p.id}`, { role: "organisation", params: { proposalId: String(p.id) } });
    expect(asCosigner.status).toBe(200);
    const cosignerText = await asCosigner.text();
    await answerCosign(liaison, p.id, true);
    await submitProposal(member, p.id);
    const caseNo = await acceptProposal(staff, p.id, { isKey: false, supervisingLeader: null });
    const slug = `case-${caseNo}`;
    const answers = [
      cosignerText,
      await (await call("proposals.$caseNo.tsx", "loader", `/proposals/${caseNo}`, { params: { caseNo } })).text(),
      await (await call("api.v1.proposals.$caseNo.ts", "loader", `/api/v1/proposals/${caseNo}`, { params: { caseNo } })).text(),
      await (await call("api.v1.proposals.ts", "loader", "/api/v1/proposals")).text(),
      await (await call("documents.$slug._index.tsx", "loader", `/documents/${slug}`, { params: { slug } })).text(),
    ];
    for (const text of answers) {
      expect(text).not.toContain("65554321");
      expect(text).not.toContain("翠湖北路");
    }
    expect(answers[1]).toContain("民盟省委会提案联络员"); // consented: the proposers are named
  });
});

// DESIGN.md: the public browses proposals, replies and their tracking; the proposer
// evaluates and the department reads the evaluation. The ratings are part of the
// public record; the proposer's words to the department (评价意见) are not.
describe("the proposer's evaluation comment", () => {
  it("is on the proposer's and the department's pages only, in no public loader or API answer", async () => {
    const { assignProposal, signAssignment } = await import("../../app/models/loop/handling.server");
    const { reviewReply, submitReply } = await import("../../app/models/loop/handling-replies.server");
    const { evaluateProposal } = await import("../../app/models/loop/handling-closing.server");
    const { marksForAssignment } = await import("../../app/models/loop/loop-test-support");
    const { assignments } = await import("../../db/loop.schema");
    const { departments } = await import("../../db/schema");
    const [member, staff, mz] = await Promise.all([userNamed("member"), userNamed("staff"), userNamed("dept-mz")]);
    const p = await createProposal(member, { title: "关于评价意见不公开的提案", body: "## 一、建议\n\n由市民政局牵头，建设社区食堂。", kind: "member_proposal", year: 2026, onBehalfOfOrganisation: false });
    await submitProposal(member, p.id);
    const caseNo = await acceptProposal(staff, p.id, { isKey: false, supervisingLeader: null });
    const [dept] = await db.select().from(departments).where(eq(departments.name, "市民政局"));
    await assignProposal(staff, p.id, { mode: "single", leadDepartmentId: dept.id });
    const [a] = await db.select().from(assignments).where(eq(assignments.proposalId, p.id));
    await signAssignment(mz, a.id);
    const answer = async () => {
      const r = await submitReply(mz, a.id, { kind: "formal", category: "B", body: "正在推进。", consentToPublish: true, adoptions: await marksForAssignment(a.id) });
      await reviewReply(staff, r.id, true, "");
    };
    const unhappy = "经办人电话里态度生硬QX17";
    const happy = "感谢认真办理但希望公开进度QX18";
    await answer();
    await evaluateProposal(member, p.id, { attitude: "unsatisfied", result: "basically_satisfied", comment: unhappy });
    await answer();
    await evaluateProposal(member, p.id, { attitude: "satisfied", result: "satisfied", comment: happy });
    const slug = `case-${caseNo}`;
    const publicAnswers = {
      page: await (await call("proposals.$caseNo.tsx", "loader", `/proposals/${caseNo}`, { params: { caseNo } })).text(),
      signedInPage: await (await call("proposals.$caseNo.tsx", "loader", `/proposals/${caseNo}`, { role: "citizen", params: { caseNo } })).text(),
      api: await (await call("api.v1.proposals.$caseNo.ts", "loader", `/api/v1/proposals/${caseNo}`, { params: { caseNo } })).text(),
      list: await (await call("api.v1.proposals.ts", "loader", "/api/v1/proposals")).text(),
      document: await (await call("documents.$slug._index.tsx", "loader", `/documents/${slug}`, { params: { slug } })).text(),
    };
    for (const [where, text] of Object.entries(publicAnswers)) {
      expect(text, where).not.toContain("QX17");
      expect(text, where).not.toContain("QX18");
    }
    // The ratings stay public.
    expect(publicAnswers.page).toContain('"attitude":"unsatisfied"');
    expect(publicAnswers.api).toContain('"result":"satisfied"');
    const own = await (await call("member.proposals.$proposalId.tsx", "loader", `/member/proposals/${p.id}`, { role: "member", params: { proposalId: String(p.id) } })).text();
    const handler = await (await call("department.assignments.$assignmentId.tsx", "loader", `/department/assignments/${a.id}`, { role: "department", params: { assignmentId: String(a.id) } })).text();
    for (const text of [own, handler]) {
      expect(text).toContain(unhappy);
      expect(text).toContain(happy);
    }
  });
});
