// Bug 6 (issue 15): the audit log named its objects "proposal #5" or a user's
// UUID. Every row now carries its subject's name and, where one exists, the
// page where staff or admins manage it.
import { describe, expect, it } from "vitest";
import { db } from "../../../db/client";
import { proposals } from "../../../db/loop.schema";
import { seedDemoLoop } from "../../../content/demo-loop-seed";
import { recentEvents } from "./dashboard-queries.server";
import { describeEventSubjects } from "./event-subjects.server";

describe("the audit log's subjects", () => {
  it("names every subject that still exists, with a link staff (or admins) can open", async () => {
    await seedDemoLoop();
    const rows = await recentEvents(1000, undefined, undefined, { admin: true });
    const kinds = new Set(rows.map((r) => r.subjectType));
    for (const kind of ["proposal", "user", "studio_session", "assignment"]) expect(kinds).toContain(kind);
    const unnamed = rows.filter((r) => !r.subject && r.subjectType !== "test").map((r) => `${r.action} ${r.subjectType}:${r.subjectId}`);
    expect(unnamed).toEqual([]);
    for (const r of rows) expect(r.subject!.name).not.toMatch(/^[0-9a-f-]{20,}$/);

    const all = await db.select().from(proposals);
    const answered = all.find((p) => p.state === "closed")!;
    const draft = all.find((p) => p.state === "draft")!;
    const row = rows.find((r) => r.subjectType === "proposal" && r.subjectId === String(answered.id))!;
    expect(row.subject).toEqual({ name: `${answered.caseNo} ${answered.title}`, href: `/staff/proposals/${answered.id}` });
    // A draft has no staff page: named, not linked.
    expect(rows.find((r) => r.subjectType === "proposal" && r.subjectId === String(draft.id))!.subject).toEqual({ name: draft.title, href: null });
    const user = rows.find((r) => r.subjectType === "user")!;
    expect(user.subject!.name).toMatch(/（[a-z0-9._-]+）$/);
    expect(user.subject!.href).toBe(`/admin/users/${user.subjectId}`);
  });

  it("links admin pages only for admins, and survives ids that are not numbers", async () => {
    const staffView = await recentEvents(1000);
    expect(staffView.filter((r) => r.subject?.href?.startsWith("/admin/"))).toEqual([]);
    const odd = await describeEventSubjects(
      [
        { subjectType: "proposal", subjectId: "abc" },
        { subjectType: "proposal", subjectId: "99999999999999" },
        { subjectType: "user", subjectId: "x'--" },
        { subjectType: "nonsense", subjectId: "1" },
      ],
      { admin: true },
    );
    expect(odd.size).toBe(0);
  });
});
