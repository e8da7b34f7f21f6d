// Migration 0025 (db/migrations/0025_settle_legacy_notices.sql): notices written before
// 0024 said nothing of what they asked about, so answering never settled them. Here the
// domain functions create real swaps and report assignments; their notices are then made
// "old" (about_type cleared, as before 0024) and the migration's statements run.
import { readFileSync } from "node:fs";
import path from "node:path";
import { and, eq, isNull, notExists, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../../../db/client";
import { documents, recommendations } from "../../../db/documents.schema";
import { assignments } from "../../../db/loop.schema";
import { migrationsFolder } from "../../../db/migrate";
import { notifications } from "../../../db/notifications.schema";
import { departments, users } from "../../../db/schema";
import { getUserById } from "../directory/users.server";
import { signAssignment } from "../loop/handling.server";
import { assignReport } from "../loop/recommendation-handling.server";
import { addShift } from "../studios/rota.server";
import { requestSwap, respondSwap, withdrawSwap } from "../studios/rota-swaps.server";
import { makeStudio, makeUser } from "../studios/studio-test-support";

async function runMigration0025() {
  const file = readFileSync(path.join(migrationsFolder, "0025_settle_legacy_notices.sql"), "utf8");
  await db.transaction(async (t) => {
    for (const statement of file.split("--> statement-breakpoint")) await t.execute(sql.raw(statement));
  });
}

/** Makes a user's notices with this subject look as they did before migration 0024. */
async function makeOld(userId: string, subjectPrefix: string) {
  await db
    .update(notifications)
    .set({ aboutType: null, aboutId: null })
    .where(and(eq(notifications.userId, userId), sql`starts_with(${notifications.subject}, ${subjectPrefix})`));
}

const notices = async (userId: string, subjectPrefix: string) =>
  (await db.select().from(notifications).where(eq(notifications.userId, userId)).orderBy(notifications.id)).filter((n) => n.subject.startsWith(subjectPrefix));

const DAY = 24 * 60 * 60 * 1000;
const shiftAt = (days: number) => {
  const startsAt = new Date(Date.now() + days * DAY);
  return { startsAt, endsAt: new Date(startsAt.getTime() + 3 * 60 * 60 * 1000), note: "" };
};

describe("migration 0025: notices from before 0024", () => {
  it("settles old swap requests already answered, and ties the open one to its swap so its answer settles it", async () => {
    const lead = await makeUser(["member"], "召集人");
    const [a, b] = [await makeUser(["member"], "甲委员"), await makeUser(["member"], "乙委员")];
    const studio = await makeStudio(lead, [a, b]);
    const shifts = await Promise.all([3, 5, 7].map((d) => addShift(studio.id, { memberId: a.id, ...shiftAt(d) }, lead)));
    const swaps = [];
    for (const shift of shifts) swaps.push(await requestSwap({ shiftId: shift.id, targetId: b.id, targetShiftId: null, note: "" }, a));
    await makeOld(b.id, "换班申请");
    await respondSwap(swaps[0].id, true, b);
    await withdrawSwap(swaps[2].id, a);
    // Before the migration the answers reached nothing: all three still unread.
    expect((await notices(b.id, "换班申请")).filter((n) => !n.readAt)).toHaveLength(3);

    await runMigration0025();
    const after = await notices(b.id, "换班申请");
    expect(after.map((n) => [n.aboutId, n.readAt === null])).toEqual([
      [swaps[0].id, false],
      [swaps[1].id, true],
      [swaps[2].id, false],
    ]);
    await respondSwap(swaps[1].id, false, b);
    expect((await notices(b.id, "换班申请")).filter((n) => !n.readAt)).toEqual([]);
  });

  it("settles an old 新交办调研报告建议 once the department has signed that report's recommendations, and leaves the other report's open", async () => {
    const byName = async (username: string) => (await getUserById((await db.select().from(users).where(eq(users.username, username)))[0].id))!;
    const [staff, mz] = await Promise.all([byName("staff"), byName("dept-mz")]);
    const [{ last }] = await db.select({ last: sql<number>`coalesce(max(${notifications.id}), 0)::int` }).from(notifications);
    const reportNotices = async () => (await notices(mz.id, "新交办调研报告建议")).filter((n) => n.id > last);
    const [{ id: mzId }] = await db.select().from(departments).where(eq(departments.name, "市民政局"));
    const reports = await db.select().from(documents).where(and(eq(documents.kind, "research_report"), eq(documents.status, "published"))).limit(2);
    const free = (documentId: number) =>
      db
        .select({ id: recommendations.id })
        .from(recommendations)
        .where(and(eq(recommendations.documentId, documentId), eq(recommendations.kind, "recommendation"), isNull(recommendations.removedInVersion), notExists(db.select().from(assignments).where(eq(assignments.recommendationId, recommendations.id)))));
    const [first, second] = [await free(reports[0].id), await free(reports[1].id)];
    const row = (recommendationId: number) => ({ recommendationId, leadDepartmentId: mzId, coDepartmentIds: [] });
    const [a0, a1] = await assignReport(staff, reports[0].id, { rows: [row(first[0].id), row(first[1].id)] });
    const [b0] = await assignReport(staff, reports[1].id, { rows: [row(second[0].id)] });
    await makeOld(mz.id, "新交办调研报告建议");
    await signAssignment(mz, a0.id, "recommendation");
    await signAssignment(mz, a1.id, "recommendation");
    expect((await reportNotices()).filter((n) => !n.readAt)).toHaveLength(2);

    await runMigration0025();
    const [firstNotice, secondNotice] = await reportNotices();
    expect([firstNotice.aboutId, firstNotice.readAt === null]).toEqual([reports[0].id, false]);
    expect([secondNotice.aboutId, secondNotice.readAt === null]).toEqual([reports[1].id, true]);
    await signAssignment(mz, b0.id, "recommendation");
    expect((await reportNotices()).filter((n) => !n.readAt)).toEqual([]);
  });
});
