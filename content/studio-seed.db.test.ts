// Bug 10 (issue 15): a sample studio said "每月第一个周六 9:00–11:00" while its
// rota had a shift every week at another time. The seeded rota now keeps to
// each studio's stated reception hours.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { dutyShifts, studios } from "../db/studios.schema";
import { fitsSchedule, parseSchedule } from "../app/models/studios/reception-schedule";
import { formatBeijingRange } from "../app/utils/beijing-time";

describe("the sample studios", () => {
  it("state reception hours their rota keeps to", async () => {
    const rows = await db.select().from(studios);
    expect(rows.length).toBeGreaterThan(0);
    for (const studio of rows) {
      const rule = parseSchedule(studio.openingHours);
      expect(rule, `${studio.name}: ${studio.openingHours}`).not.toBeNull();
      const shifts = await db.select().from(dutyShifts).where(eq(dutyShifts.studioId, studio.id));
      expect(shifts.length).toBeGreaterThan(0);
      const off = shifts.filter((s) => !fitsSchedule(rule!, s.startsAt, s.endsAt)).map((s) => formatBeijingRange(s.startsAt, s.endsAt));
      expect(off, `${studio.name}（${studio.openingHours}）`).toEqual([]);
    }
  });
});
