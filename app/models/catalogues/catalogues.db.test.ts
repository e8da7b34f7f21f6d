// Disclosure catalogues against a real database: the review rule, versions,
// corrections, overdue on the seeded catalogues, feeds and CSV (feedback,
// attachments and the generated-entries hook: catalogue-entry-extras.db.test.ts).
import { and, eq, sql } from "drizzle-orm";
import Parser from "rss-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../../db/client";
import { catalogueEntries, catalogueItems, catalogueItemVersions, catalogues } from "../../../db/catalogues.schema";
import { events } from "../../../db/schema";
import { createEntry, startCorrection, submitEntry, updateEntry } from "./catalogue-entries.server";
import { approveEntry, returnEntry } from "./catalogue-entry-review.server";
import { getEntryPage, listItemEntries } from "./catalogue-entry-queries.server";
import { catalogueCsv, catalogueFeed } from "./catalogue-publishing.server";
import { createCatalogue, getCatalogueBySlug } from "./catalogues.server";
import { createItem, getItem, listItemVersions, updateItem } from "./catalogue-items.server";
import { itemStatuses, listCatalogues, overdueItems } from "./catalogue-status.server";
import type { AppUser } from "../directory/users.server";
import { departmentIdByName, domainError, seededUser } from "../../../tests/db-helpers";
import { baseItem } from "./catalogue-test-support";
import { withUploadsDir } from "../../../tests/uploads-dir";

withUploadsDir();

let staff: AppUser, admin: AppUser, mz: AppUser, wj: AppUser, citizen: AppUser, mzColleague: AppUser;
let itemId: number;

beforeAll(async () => {
  [staff, admin, mz, wj, citizen] = await Promise.all(["staff", "admin", "dept-mz", "dept-wj", "citizen"].map(seededUser));
  const { createUser } = await import("../directory/users.server");
  mzColleague = await createUser(
    { username: "dept-mz-2", displayName: "民政局 复核员", password: "Xieshang2026", roles: ["department"], departmentId: mz.departmentId },
    admin.id,
  );
  const catalogue = await getCatalogueBySlug("shi-minzhengju");
  const item = await createItem(catalogue!.id, { ...baseItem, title: "测试：月度救助资金", position: 99 }, staff.id);
  itemId = item.id;
});

describe("seeded catalogues", () => {
  it("are loaded from content/catalogues with items, versions and published entries", async () => {
    const list = await listCatalogues();
    expect(list.map((c) => c.slug)).toEqual(expect.arrayContaining(["shi-minzhengju", "shi-weijianwei", "tian-weiyuanhui"]));
    const mz = list.find((c) => c.slug === "shi-minzhengju")!;
    expect(mz.ownerName).toBe("市民政局");
    expect(mz.entries).toBeGreaterThanOrEqual(6);
    const tian = list.find((c) => c.slug === "tian-weiyuanhui")!;
    expect(tian.ownerName).toBe("某省政协提案委员会");
    const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(catalogueItemVersions);
    const [{ m }] = await db.select({ m: sql<number>`count(*)::int` }).from(catalogueItems);
    expect(n).toBe(m);
  });

  it("compute overdue from the seeded entries (fixed 'today')", async () => {
    const statuses = await itemStatuses({}, "2026-11-22");
    const byTitle = new Map(statuses.map((s) => [s.title, s]));
    // Monthly, 10 days: September published, October due on 11-10.
    expect(byTitle.get("临时救助对象及救助资金支出情况")!.status).toMatchObject({ overdue: true, daysLate: 12, dueDate: "2026-11-10" });
    // Quarterly, 15 days: Q3 published, Q4 not due until 2027-01-15.
    expect(byTitle.get("城乡最低生活保障对象及保障资金发放情况")!.status).toMatchObject({ overdue: false, dueDate: "2027-01-15" });
    // On request: never overdue.
    expect(byTitle.get("政府信息公开申请办理")!.status.scheduled).toBe(false);
    // Yearly budget since 2026: nothing due before 2027-01-31.
    expect(byTitle.get("部门预算和决算")!.status).toMatchObject({ overdue: false, dueDate: "2027-01-31" });
    const overdue = await overdueItems({ departmentId: await departmentIdByName("市民政局") }, "2026-11-22");
    expect(overdue.map((s) => s.title)).toContain("临时救助对象及救助资金支出情况");
    expect(overdue.every((s) => s.responsibleDepartmentId === mz.departmentId)).toBe(true);
  });
});

describe("entry review", () => {
  it("goes draft → pending → returned → pending → published, with a second reviewer and events", async () => {
    const draft = await createEntry(itemId, { title: "2026年10月救助资金", body: "初稿", periodStart: "2026-10-01", periodEnd: "2026-10-31", occurredOn: null }, mz);
    expect(draft.status).toBe("draft");
    // Not public yet.
    expect(await getEntryPage(draft.id, citizen)).toBeNull();
    expect(await getEntryPage(draft.id, null)).toBeNull();
    // Another department cannot touch it.
    expect((await domainError(updateEntry(draft.id, { title: "x", body: "", periodStart: "2026-10-01", periodEnd: "2026-10-31", occurredOn: null, version: draft.version }, wj))).code).toBe("forbidden");
    expect(await getEntryPage(draft.id, wj)).toBeNull();
    await submitEntry(draft.id, mz);
    // No self-approval: neither the author nor the submitter may approve or return it.
    const self = await domainError(approveEntry(draft.id, mz));
    expect(self.code).toBe("forbidden");
    expect(self.message).toContain("不能审核自己");
    expect((await domainError(returnEntry(draft.id, "自己退回", mz))).code).toBe("forbidden");
    expect((await domainError(approveEntry(draft.id, wj))).code).toBe("forbidden");
    expect((await domainError(approveEntry(draft.id, citizen))).code).toBe("forbidden");
    expect((await domainError(returnEntry(draft.id, "  ", staff))).field).toBe("reason");
    const returned = await returnEntry(draft.id, "请补充分区县数据", staff);
    expect(returned).toMatchObject({ status: "returned", returnReason: "请补充分区县数据" });
    const fixed = await updateEntry(draft.id, { title: "2026年10月临时救助情况", body: "全市共救助 1,100 人次。", periodStart: "2026-10-01", periodEnd: "2026-10-31", occurredOn: null, version: returned.version }, mz);
    // Staff who resubmits it can no longer approve it either.
    await submitEntry(draft.id, staff);
    expect((await domainError(approveEntry(draft.id, staff))).code).toBe("forbidden");
    // A colleague of the department may review.
    const published = await approveEntry(draft.id, mzColleague);
    expect(published).toMatchObject({ status: "published", reviewedBy: mzColleague.id, returnReason: null });
    expect(published.publishedAt).toBeInstanceOf(Date);
    expect(fixed.title).toBe("2026年10月临时救助情况");
    const log = await db.select({ action: events.action }).from(events).where(and(eq(events.subjectType, "catalogue_entry"), eq(events.subjectId, String(draft.id))));
    expect(log.map((e) => e.action)).toEqual([
      "catalogue_entry.created",
      "catalogue_entry.submitted",
      "catalogue_entry.returned",
      "catalogue_entry.updated",
      "catalogue_entry.submitted",
      "catalogue_entry.published",
    ]);
    // Public now, and the item is up to date.
    expect((await getEntryPage(draft.id, null))!.entry.title).toBe("2026年10月临时救助情况");
    const [status] = await itemStatuses({ itemIds: [itemId] }, "2026-11-22");
    expect(status.status.overdue).toBe(false);
  });

  it("validates dates and periods against the item", async () => {
    expect((await domainError(createEntry(itemId, { title: "缺期间", body: "", periodStart: null, periodEnd: null, occurredOn: null }, mz))).field).toBe("periodStart");
    expect((await domainError(createEntry(itemId, { title: "倒置", body: "", periodStart: "2026-10-31", periodEnd: "2026-10-01", occurredOn: null }, mz))).field).toBe("periodEnd");
    expect((await domainError(createEntry(itemId, { title: "闰日", body: "", periodStart: "2025-02-01", periodEnd: "2025-02-29", occurredOn: null }, mz))).field).toBe("periodEnd");
  });
});

describe("corrections", () => {
  it("publish a new revision; the old one stays readable, superseded and unchanged, with a diff", async () => {
    const e = await createEntry(itemId, { title: "2026年9月临时救助情况", body: "全市共救助 1,197 人次，支出 289.4 万元。", periodStart: "2026-09-01", periodEnd: "2026-09-30", occurredOn: null }, mz);
    await submitEntry(e.id, mz);
    const original = await approveEntry(e.id, staff);
    // Published entries cannot be edited, by the domain or by SQL.
    expect((await domainError(updateEntry(e.id, { title: "改", body: "改", periodStart: "2026-09-01", periodEnd: "2026-09-30", occurredOn: null, version: original.version }, mz))).code).toBe("conflict");
    await expect(db.update(catalogueEntries).set({ body: "偷偷修改" }).where(eq(catalogueEntries.id, e.id))).rejects.toThrow();
    await expect(db.delete(catalogueEntries).where(eq(catalogueEntries.id, e.id))).rejects.toThrow();

    const correction = await startCorrection(e.id, mz);
    expect(correction).toMatchObject({ status: "draft", previousId: e.id, revision: 2 });
    // Starting again returns the open correction instead of a second one.
    expect((await startCorrection(e.id, mz)).id).toBe(correction.id);
    await updateEntry(correction.id, { title: "2026年9月临时救助情况", body: "全市共救助 1,197 人次，支出 298.4 万元。", periodStart: "2026-09-01", periodEnd: "2026-09-30", occurredOn: null, correctionNote: "", version: correction.version }, mz);
    expect((await domainError(submitEntry(correction.id, mz))).field).toBe("correctionNote");
    const c2 = (await db.select().from(catalogueEntries).where(eq(catalogueEntries.id, correction.id)))[0];
    await updateEntry(correction.id, { ...c2, correctionNote: "支出金额录入有误", version: c2.version }, mz);
    await submitEntry(correction.id, mz);
    // While the correction is pending, the public sees the original only.
    expect((await getEntryPage(e.id, null))!.next).toBeNull();
    await approveEntry(correction.id, staff);

    const old = await getEntryPage(e.id, null);
    expect(old!.entry).toMatchObject({ status: "superseded", supersededById: correction.id, body: "全市共救助 1,197 人次，支出 289.4 万元。" });
    expect(old!.next).toMatchObject({ id: correction.id, status: "published" });
    const fresh = await getEntryPage(correction.id, null);
    expect(fresh!.previous!.id).toBe(e.id);
    expect(fresh!.diff!.bodyChanged).toBe(true);
    expect(fresh!.diff!.body.filter((p) => p.removed).map((p) => p.value).join("")).toContain("289.4");
    expect(fresh!.diff!.body.filter((p) => p.added).map((p) => p.value).join("")).toContain("298.4");
    const { published } = await listItemEntries(itemId, null, fresh!.responsibility);
    expect(published.map((p) => p.status)).toContain("superseded");
    // A superseded entry is frozen entirely.
    await expect(db.update(catalogueEntries).set({ status: "published" }).where(eq(catalogueEntries.id, e.id))).rejects.toThrow();
  });
});

describe("item versions", () => {
  it("keep a snapshot per change, readable and never changed", async () => {
    const catalogue = await getCatalogueBySlug("shi-weijianwei");
    const item = await createItem(catalogue!.id, { ...baseItem, title: "版本测试事项" }, staff.id);
    const v2 = await updateItem(item.id, { ...baseItem, title: "版本测试事项（修订）", frequency: "quarterly", timeLimitDays: 15, version: 1, note: "改为按季度公开" }, staff.id);
    expect(v2.version).toBe(2);
    // The second writer with a stale version loses nothing and is told so.
    expect((await domainError(updateItem(item.id, { ...baseItem, title: "冲突", version: 1, note: "" }, admin.id))).code).toBe("conflict");
    await updateItem(item.id, { ...baseItem, title: "版本测试事项（再修订）", frequency: "yearly", timeLimitDays: 31, version: 2, note: "" }, admin.id);
    const versions = await listItemVersions(item.id);
    expect(versions.map((v) => [v.version, v.snapshot.title, v.snapshot.frequency])).toEqual([
      [1, "版本测试事项", "monthly"],
      [2, "版本测试事项（修订）", "quarterly"],
      [3, "版本测试事项（再修订）", "yearly"],
    ]);
    expect(versions[1].note).toBe("改为按季度公开");
    expect(versions[1].changedByName).toBe(staff.displayName);
    await expect(db.update(catalogueItemVersions).set({ note: "篡改" }).where(eq(catalogueItemVersions.itemId, item.id))).rejects.toThrow();
    await expect(db.delete(catalogueItemVersions).where(eq(catalogueItemVersions.itemId, item.id))).rejects.toThrow();
    expect((await listItemVersions(item.id))[0].snapshot.title).toBe("版本测试事项");
    expect((await getItem(item.id))!.item.title).toBe("版本测试事项（再修订）");
  });

  it("refuses catalogues without exactly one owner and reserved slugs", async () => {
    expect((await domainError(createCatalogue({ slug: "x-none", title: "无主", description: "", ownerDepartmentId: null, ownerOrganisationId: null }, staff.id))).field).toBe("ownerDepartmentId");
    expect((await domainError(createCatalogue({ slug: "entries", title: "保留", description: "", ownerDepartmentId: mz.departmentId, ownerOrganisationId: null }, staff.id))).field).toBe("slug");
    await expect(db.insert(catalogues).values({ slug: "two-owners", title: "两个", ownerDepartmentId: mz.departmentId, ownerOrganisationId: 1 })).rejects.toThrow();
  });
});

describe("feeds and CSV", () => {
  it("give valid RSS 2.0 and Atom for one catalogue and for all, parsed by a feed parser", async () => {
    const parser = new Parser();
    const catalogue = (await getCatalogueBySlug("shi-weijianwei"))!;
    for (const format of ["rss", "atom"] as const) {
      const xml = await catalogueFeed({ catalogue, origin: "https://xs.example", format });
      const feed = await parser.parseString(xml);
      expect(feed.title).toContain(catalogue.title);
      expect(feed.items.length).toBeGreaterThanOrEqual(3);
      expect(feed.items[0].link).toMatch(/^https:\/\/xs\.example\/catalogues\/entries\/\d+$/);
      expect(feed.items.map((i) => i.title)).toContain("2026年10月全市法定传染病疫情概况");
      const all = await parser.parseString(await catalogueFeed({ catalogue: null, origin: "https://xs.example", format }));
      expect(all.items.length).toBeGreaterThan(feed.items.length);
      // Superseded versions leave the feed; corrections are marked.
      expect(all.items.some((i) => i.title?.startsWith("【更正】"))).toBe(true);
    }
  });

  it("escape hostile entry text in feeds", async () => {
    const catalogue = (await getCatalogueBySlug("shi-minzhengju"))!;
    const d = await createEntry(itemId, { title: "<script>alert(1)</script>&恶意", body: "<img src=x onerror=alert(1)>[点](javascript:alert(1))", periodStart: "2026-06-01", periodEnd: "2026-06-30", occurredOn: null }, mz);
    await submitEntry(d.id, mz);
    await approveEntry(d.id, staff);
    const xml = await catalogueFeed({ catalogue, origin: "https://xs.example", format: "rss" });
    const feed = await new Parser().parseString(xml);
    const item = feed.items.find((i) => i.title?.includes("恶意"))!;
    expect(item.title).toBe("&恶意");
    expect(xml).not.toMatch(/<script|onerror|javascript:/i);
    expect(`${item.content}${item["content:encoded"] ?? ""}`).not.toMatch(/<script|onerror|javascript:/i);
  });

  it("export a catalogue as CSV with one row per item and formula-safe cells", async () => {
    const catalogue = (await getCatalogueBySlug("shi-minzhengju"))!;
    const csv = await catalogueCsv(catalogue, "https://xs.example");
    expect(csv.startsWith("\uFEFF\"序号\",\"公开事项\"")).toBe(true);
    const lines = csv.trim().split("\r\n");
    const items = await db.select().from(catalogueItems).where(and(eq(catalogueItems.catalogueId, catalogue.id), eq(catalogueItems.active, true)));
    expect(lines.length).toBe(items.length + 1);
    expect(csv).toContain('"每季度结束后 15 日内"');
    expect(csv).toContain('"依申请公开"');
  });
});
