// The studio API and the organiser pages' guards, through the route modules
// against a real database (the seeded sample studios and demo accounts).
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import { createSession as createLogin } from "../app/auth/session.server";
import { transitionSession } from "../app/models/studios/session-transitions.server";
import { createSession } from "../app/models/studios/studio-sessions.server";
import { getStudioBySlug } from "../app/models/studios/studios.server";
import { makeUser, sessionInput, userByName } from "../app/models/studios/studio-test-support";
import * as studiosList from "../app/routes/api.v1.studios";
import * as studioOne from "../app/routes/api.v1.studios.$slug";
import * as sessionsList from "../app/routes/api.v1.sessions";
import * as sessionOne from "../app/routes/api.v1.sessions.$sessionId";
import * as signups from "../app/routes/api.v1.sessions.$sessionId.signups";
import * as openapiRoute from "../app/routes/api.v1.openapi[.]json";
import * as manage from "../app/routes/studios.$slug.manage._index";
import * as manageSession from "../app/routes/studios.$slug.manage.sessions.$sessionId";
import * as exportCsv from "../app/routes/studios.$slug.manage.sessions.$sessionId_.signups[.]csv";
import * as sessionIcs from "../app/routes/sessions.$sessionId[.]ics";
import * as studioIcs from "../app/routes/studios.$slug.calendar[.]ics";

type Handler = (args: LoaderFunctionArgs | ActionFunctionArgs) => Promise<Response>;

async function call(fn: unknown, url: string, params: Record<string, string> = {}, init: RequestInit = {}) {
  let res: Response;
  try {
    res = await (fn as Handler)({ request: new Request(`http://localhost${url}`, init), params, context: { ip: "127.0.0.1", cspNonce: "" } });
  } catch (thrown) {
    if (!(thrown instanceof Response)) throw thrown;
    res = thrown;
  }
  return res;
}
const body = async (res: Response) => res.json();
const cookieOf = async (userId: string) => ({ Cookie: (await createLogin(new Request("http://localhost/"), userId)).split(";")[0] });

describe("/api/v1 studios and sessions", () => {
  it("lists the sample studios and sessions with cursors, and describes them in OpenAPI", async () => {
    const first = await body(await call(studiosList.loader, "/api/v1/studios?limit=2"));
    expect(first.data).toHaveLength(2);
    const second = await body(await call(studiosList.loader, `/api/v1/studios?limit=2&cursor=${first.nextCursor}`));
    expect(second.data[0].id).toBeGreaterThan(first.data[1].id);
    const one = await body(await call(studioOne.loader, "/api/v1/studios/cuiyuan-minsheng", { slug: "cuiyuan-minsheng" }));
    expect(one.data.name).toContain("翠苑街道");
    expect(one.data.residentMembers.some((m: { lead: boolean }) => m.lead)).toBe(true);
    expect(one.data.upcoming.length).toBeGreaterThan(0);
    expect((await call(studioOne.loader, "/api/v1/studios/none", { slug: "none" })).status).toBe(404);
    const sessions = await body(await call(sessionsList.loader, "/api/v1/sessions?studio=cuiyuan-minsheng&limit=100"));
    expect(sessions.data.length).toBeGreaterThanOrEqual(3);
    const held = sessions.data.find((s: { status: string }) => s.status === "held");
    const detail = await body(await call(sessionOne.loader, `/api/v1/sessions/${held.id}`, { sessionId: String(held.id) }));
    expect(detail.data.minutes).toBeTruthy();
    expect(detail.data.opinions.length).toBe(2);
    for (const bad of ["?status=draft", "?when=soon", "?limit=0", "?studio=nope"]) {
      const res = await call(sessionsList.loader, `/api/v1/sessions${bad}`);
      expect(res.status, bad).toBe(400);
      expect((await body(res)).error.code).toBe("invalid_parameter");
    }
    const spec = await body(await call(openapiRoute.loader, "/api/v1/openapi.json"));
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining(["/api/v1/studios", "/api/v1/studios/{slug}", "/api/v1/sessions", "/api/v1/sessions/{id}", "/api/v1/sessions/{id}/signups"]),
    );
    expect(spec.paths["/api/v1/sessions/{id}/signups"].post.description).toContain("cookie");
  });

  it("signs up and cancels with the session cookie; JSON errors otherwise", async () => {
    const studio = (await getStudioBySlug("cuiyuan-minsheng"))!;
    const lead = await userByName("member");
    const s = await createSession(studio.id, sessionInput({ capacity: 1 }, 40), lead);
    const url = `/api/v1/sessions/${s.id}/signups`;
    const params = { sessionId: String(s.id) };
    // Drafts do not exist for the public.
    expect((await call(signups.action, url, params, { method: "POST", headers: await cookieOf((await makeUser(["public"])).id) })).status).toBe(404);
    await transitionSession(s.id, "publish", lead);
    expect((await call(signups.action, url, params, { method: "POST" })).status).toBe(401);
    const a = await makeUser(["public"]);
    const b = await makeUser(["public"]);
    const first = await call(signups.action, url, params, { method: "POST", headers: await cookieOf(a.id) });
    expect(first.status).toBe(201);
    expect((await body(first)).data.mine.status).toBe("confirmed");
    const again = await call(signups.action, url, params, { method: "POST", headers: await cookieOf(a.id) });
    expect(again.status).toBe(409);
    expect((await body(again)).error).toEqual({ code: "conflict", message: "您已报名本次活动" });
    const second = await body(await call(signups.action, url, params, { method: "POST", headers: await cookieOf(b.id) }));
    expect(second.data.mine).toMatchObject({ status: "waitlisted", waitlistPosition: 1 });
    expect((await call(signups.action, url, params, { method: "DELETE", headers: await cookieOf(a.id) })).status).toBe(200);
    const mine = await body(await call(signups.loader, url, params, { headers: await cookieOf(b.id) }));
    expect(mine.data.mine.status).toBe("confirmed");
    expect(mine.data.signups).toBeUndefined();
    const organiser = await body(await call(signups.loader, url, params, { headers: await cookieOf(lead.id) }));
    expect(organiser.data.signups.map((x: { status: string }) => x.status)).toEqual(["confirmed", "cancelled"]);
  });

  it("keeps the organiser pages and exports to staff and the studio's lead", async () => {
    const studio = (await getStudioBySlug("cuiyuan-minsheng"))!;
    const lead = await userByName("member");
    const other = await userByName("member2"); // resident, but not the lead here
    const s = await createSession(studio.id, sessionInput({}, 41), lead);
    const params = { slug: studio.slug, sessionId: String(s.id) };
    const page = `/studios/${studio.slug}/manage/sessions/${s.id}`;
    expect((await call(manage.loader, `/studios/${studio.slug}/manage`, params)).status).toBe(302);
    expect((await call(manage.loader, `/studios/${studio.slug}/manage`, params, { headers: await cookieOf(other.id) })).status).toBe(403);
    expect((await call(manage.loader, `/studios/${studio.slug}/manage`, params, { headers: await cookieOf(lead.id) })).status).toBe(200);
    expect((await call(manage.loader, `/studios/${studio.slug}/manage`, params, { headers: await cookieOf((await userByName("staff")).id) })).status).toBe(200);
    const form = new URLSearchParams({ intent: "publish" });
    const refused = await call(manageSession.action, page, params, { method: "POST", body: form, headers: { ...(await cookieOf(other.id)), "Content-Type": "application/x-www-form-urlencoded" } });
    expect(refused.status).toBe(403);
    const done = await call(manageSession.action, page, params, { method: "POST", body: form, headers: { ...(await cookieOf(lead.id)), "Content-Type": "application/x-www-form-urlencoded" } });
    expect(done.status).toBe(302);
    expect((await call(exportCsv.loader, `${page}/signups.csv`, params, { headers: await cookieOf(other.id) })).status).toBe(403);
    const csv = await call(exportCsv.loader, `${page}/signups.csv`, params, { headers: await cookieOf(lead.id) });
    expect(csv.headers.get("Content-Type")).toContain("text/csv");
    // Calendars: the session and the studio feed.
    const ics = await call(sessionIcs.loader, `/sessions/${s.id}.ics`, { sessionId: String(s.id) });
    expect(ics.headers.get("Content-Type")).toContain("text/calendar");
    expect(await ics.text()).toContain(`UID:session-${s.id}@xieshang`);
    const feed = await (await call(studioIcs.loader, `/studios/${studio.slug}/calendar.ics`, { slug: studio.slug })).text();
    expect(feed).toContain(`UID:session-${s.id}@xieshang`);
    expect(feed.match(/BEGIN:VEVENT/g)!.length).toBeGreaterThanOrEqual(4);
  });
});
