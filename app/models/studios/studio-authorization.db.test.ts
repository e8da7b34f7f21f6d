// Who may organise a studio's sessions (staff and the studio's lead) and who may sign up
// to a members-only session, against a real database.
import { inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../../../db/client";
import { sessionSignups } from "../../../db/studios.schema";
import { transitionSession } from "./session-transitions.server";
import { createSession, getVisibleSession, updateSession } from "./studio-sessions.server";
import { markAttendance, signUp } from "./session-signups.server";
import { canManageStudio } from "../../auth/permissions";
import { domainError, makeStudio, makeUser, publishedSession, sessionInput } from "./studio-test-support";

describe("authorization", () => {
  it("lets staff and the studio's lead organise, and no other member", async () => {
    const lead = await makeUser(["member"]);
    const other = await makeUser(["member"]);
    const staff = await makeUser(["staff"]);
    const studio = await makeStudio(lead, [other]);
    expect(canManageStudio(lead, studio)).toBe(true);
    expect(canManageStudio(staff, studio)).toBe(true);
    expect(canManageStudio(other, studio)).toBe(false);
    expect(canManageStudio(null, studio)).toBe(false);
    expect((await domainError(createSession(studio.id, sessionInput(), other))).code).toBe("forbidden");
    const session = await createSession(studio.id, sessionInput(), staff);
    expect((await domainError(transitionSession(session.id, "publish", other))).code).toBe("forbidden");
    await transitionSession(session.id, "publish", lead);
    expect((await domainError(markAttendance(session.id, [], other))).code).toBe("forbidden");
    const current = (await getVisibleSession(session.id, null))!.session;
    expect((await domainError(updateSession(session.id, { ...sessionInput(), version: current.version }, other))).code).toBe("forbidden");
  });

  it("keeps members-only sessions for members", async () => {
    const lead = await makeUser(["member"]);
    const { session } = await publishedSession(lead, { audience: "members" });
    const citizen = await makeUser(["public"]);
    const error = await domainError(signUp(session.id, citizen));
    expect(error.code).toBe("forbidden");
    expect(error.message).toBe("本次活动仅限政协委员报名");
    expect((await signUp(session.id, await makeUser(["member"]))).signup.status).toBe("confirmed");
    const rows = await db.select().from(sessionSignups).where(inArray(sessionSignups.userId, [citizen.id]));
    expect(rows).toHaveLength(0);
  });
});
