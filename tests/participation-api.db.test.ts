// /api/v1 for participation (#17) through the route modules on a real
// database: nothing unmoderated is ever listed, posting needs a person's
// session (a department's API token is refused), and a support counts once.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { departments } from "../db/schema";
import { createSession as createLogin } from "../app/auth/session.server";
import { createApiToken } from "../app/models/directory/api-tokens.server";
import type { AppUser } from "../app/models/directory/users.server";
import { forwardToMember } from "../app/models/participation/leads.server";
import { moderateOpinion } from "../app/models/participation/opinions.server";
import { makeUser, openTopic, userByName } from "../app/models/participation/participation-test-support";
import * as leadsList from "../app/routes/api.v1.leads";
import * as leadOne from "../app/routes/api.v1.leads.$leadId";
import * as opinionOne from "../app/routes/api.v1.opinions.$opinionId";
import * as supports from "../app/routes/api.v1.supports";
import * as topicOpinions from "../app/routes/api.v1.topics.$topicId.opinions";
import * as topicOne from "../app/routes/api.v1.topics.$topicId";
import * as topicsList from "../app/routes/api.v1.topics";

type Handler = (args: LoaderFunctionArgs | ActionFunctionArgs) => Promise<Response>;

async function call(fn: unknown, url: string, params: Record<string, string> = {}, init: RequestInit = {}) {
  try {
    return await (fn as Handler)({ request: new Request(`http://localhost${url}`, init), params, context: { ip: "127.0.0.1", cspNonce: "" } });
  } catch (thrown) {
    if (!(thrown instanceof Response)) throw thrown;
    return thrown;
  }
}
const cookieOf = async (user: AppUser) => (await createLogin(new Request("http://localhost/"), user.id)).split(";")[0];
const post = (cookie: string, payload: unknown, method = "POST"): RequestInit => ({
  method,
  body: JSON.stringify(payload),
  headers: { "Content-Type": "application/json", Cookie: cookie, Origin: "http://localhost" },
});

let staff: AppUser, citizen: AppUser, other: AppUser, member: AppUser;
beforeAll(async () => {
  staff = await userByName("staff");
  member = await userByName("member");
  citizen = await makeUser(["public"], "市民接口甲");
  other = await makeUser(["public"], "市民接口乙");
});

describe("/api/v1 participation", () => {
  it("lists only approved opinions; pending and rejected ones are 404 for everyone", async () => {
    const topic = await openTopic(staff, "接口议题：老旧小区加装电梯");
    const tp = { topicId: String(topic.id) };
    const a = await call(topicOpinions.action, `/api/v1/topics/${topic.id}/opinions`, tp, post(await cookieOf(citizen), { body: "建议统一规划加装电梯的资金分摊办法。" }));
    expect(a.status).toBe(201);
    const first = (await a.json()).data;
    expect(first.state).toBe("pending");
    const b = await call(topicOpinions.action, `/api/v1/topics/${topic.id}/opinions`, tp, post(await cookieOf(other), { body: "建议低层住户的补偿标准公开透明。" }));
    const second = (await b.json()).data;

    const before = await (await call(topicOpinions.loader, `/api/v1/topics/${topic.id}/opinions`, tp)).json();
    expect(before).toMatchObject({ data: [], total: 0, nextCursor: null });
    expect((await call(opinionOne.loader, `/api/v1/opinions/${first.id}`, { opinionId: String(first.id) })).status).toBe(404);

    await moderateOpinion(staff, first.id, { decision: "approve" });
    await moderateOpinion(staff, second.id, { decision: "reject", reason: "与议题无关" });
    const after = await (await call(topicOpinions.loader, `/api/v1/topics/${topic.id}/opinions?sort=time`, tp)).json();
    expect(after.data.map((o: { id: number }) => o.id)).toEqual([first.id]);
    expect(after.data[0]).toMatchObject({ author: "市民接口甲", member: false, supports: 0 });
    expect((await call(opinionOne.loader, `/api/v1/opinions/${second.id}`, { opinionId: String(second.id) })).status).toBe(404);
    const one = await (await call(opinionOne.loader, `/api/v1/opinions/${first.id}`, { opinionId: String(first.id) })).json();
    expect(one.data.topic.id).toBe(topic.id);

    const detail = await (await call(topicOne.loader, `/api/v1/topics/${topic.id}`, tp)).json();
    expect(detail.data).toMatchObject({ id: topic.id, state: "open", opinions: 1, acceptingOpinions: true });
    const listed = await (await call(topicsList.loader, "/api/v1/topics?state=open&limit=100")).json();
    expect(listed.data.some((t: { id: number }) => t.id === topic.id)).toBe(true);
    expect((await call(topicsList.loader, "/api/v1/topics?state=draft")).status).toBe(400);
    expect((await call(topicOpinions.loader, `/api/v1/topics/${topic.id}/opinions?sort=rank`, tp)).status).toBe(400);

    // 附议 once per account: a second POST changes nothing; DELETE takes it back.
    const cookie = await cookieOf(other);
    const s1 = await call(supports.action, "/api/v1/supports", {}, post(cookie, { subject: "opinion", id: first.id }));
    expect(s1.status).toBe(201);
    const s2 = await call(supports.action, "/api/v1/supports", {}, post(cookie, { subject: "opinion", id: first.id }));
    expect(s2.status).toBe(200);
    expect((await s2.json()).data).toMatchObject({ supports: 1, supported: true, changed: false });
    const ranked = await (await call(supports.loader, "/api/v1/supports?kind=opinion&limit=100")).json();
    expect(ranked.data.find((i: { id: number }) => i.id === first.id)?.supports).toBe(1);
    const s3 = await call(supports.action, "/api/v1/supports", {}, post(cookie, { subject: "opinion", id: first.id }, "DELETE"));
    expect((await s3.json()).data).toMatchObject({ supports: 0, supported: false, changed: true });
    // A rejected opinion cannot be supported.
    expect((await call(supports.action, "/api/v1/supports", {}, post(cookie, { subject: "opinion", id: second.id }))).status).toBeGreaterThanOrEqual(400);
  });

  it("refuses posting without a session (401), with a department's token (403), and invalid bodies (400)", async () => {
    const topic = await openTopic(staff);
    const tp = { topicId: String(topic.id) };
    const url = `/api/v1/topics/${topic.id}/opinions`;
    const anonymous = await call(topicOpinions.action, url, tp, { method: "POST", body: JSON.stringify({ body: "没有登录的人写的意见内容。" }), headers: { "Content-Type": "application/json" } });
    expect(anonymous.status).toBe(401);
    const admin = await userByName("admin");
    const [dept] = await db.select({ id: departments.id }).from(departments).limit(1);
    const { secret } = await createApiToken(admin, { name: "参与接口检查", departmentId: dept.id });
    const token = await call(topicOpinions.action, url, tp, { method: "POST", body: JSON.stringify({ body: "用令牌发表的意见内容文字。" }), headers: { "Content-Type": "application/json", Authorization: `Bearer ${secret}` } });
    expect(token.status).toBe(403);
    const cookie = await cookieOf(citizen);
    expect((await call(topicOpinions.action, url, tp, post(cookie, { body: 42 }))).status).toBe(400);
    expect((await call(leadsList.action, "/api/v1/leads", {}, post(cookie, { title: "短", problem: "太短", suggestion: "太短" }))).status).toBe(400);
    expect((await call(supports.action, "/api/v1/supports", {}, post(cookie, { subject: "studio", id: 1 }))).status).toBe(400);
  });

  it("a lead is private until staff forward and publish it with the sender's consent", async () => {
    const cookie = await cookieOf(citizen);
    const sent = await call(leadsList.action, "/api/v1/leads", {}, post(cookie, { title: "公交站台缺少遮雨棚", problem: "翠苑路公交站台没有遮雨棚，雨天候车很不方便。", suggestion: "建议交通部门在站台加装遮雨棚和座椅。", place: "翠苑路", consentPublic: true }));
    expect(sent.status).toBe(201);
    const { id } = (await sent.json()).data;
    const lp = { leadId: String(id) };
    expect((await call(leadOne.loader, `/api/v1/leads/${id}`, lp)).status).toBe(404);
    const own = await call(leadOne.loader, `/api/v1/leads/${id}`, lp, { headers: { Cookie: cookie } });
    expect(own.status).toBe(200);
    expect(own.headers.get("Cache-Control")).toBe("private, no-store");
    const listedBefore = await (await call(leadsList.loader, "/api/v1/leads?limit=100")).json();
    expect(listedBefore.data.some((l: { id: number }) => l.id === id)).toBe(false);

    await forwardToMember(staff, id, { memberId: member.id, via: "界别：社会福利和社会保障界", note: "请委员研究", publish: true });
    const pub = await (await call(leadOne.loader, `/api/v1/leads/${id}`, lp)).json();
    expect(pub.data).toMatchObject({ state: "forwarded_member", forwardedTo: { member: member.displayName }, proposal: null });
    expect(JSON.stringify(pub)).not.toContain(citizen.displayName);
    const listed = await (await call(leadsList.loader, "/api/v1/leads?limit=100")).json();
    expect(listed.data.some((l: { id: number }) => l.id === id)).toBe(true);
  });
});
