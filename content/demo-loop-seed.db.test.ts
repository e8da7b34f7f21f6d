import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { events } from "../db/schema";
import { proposals } from "../db/loop.schema";
import { listPublicProposals } from "../app/models/loop/proposal-queries.server";
import { seedDemoLoop } from "./demo-loop-seed";

describe("demo proposals", () => {
  it("walks four proposals through the loop once, with their events, and shows the public only what is public", async () => {
    expect(await seedDemoLoop()).toBe(4);
    const rows = await db.select().from(proposals).orderBy(proposals.id);
    expect(rows.map((p) => p.state)).toEqual(["closed", "assigned", "submitted", "draft"]);
    expect(rows[0].caseNo).toMatch(/^\d{4}-\d{4}$/);
    expect(rows.slice(2).every((p) => p.caseNo === null)).toBe(true);

    const { rows: visible } = await listPublicProposals({}, 1, 100);
    expect(visible.map((p) => p.title).sort()).toEqual(["关于深化殡葬改革减轻群众治丧负担的提案", "关于发展社区嵌入式普惠托育服务的提案"].sort());
    const logged = await db.select({ action: events.action }).from(events).where(eq(events.subjectType, "proposal"));
    expect(logged.length).toBeGreaterThanOrEqual(10);

    expect(await seedDemoLoop()).toBe(0);
    expect(await db.select().from(proposals)).toHaveLength(4);
  });
});
