// Disclosure catalogues against a real database: the review rule, versions,
// corrections, overdue on the seeded catalogues, feedback moderation, feeds,
// CSV and the generated-entries hook.
import { mkdtempSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, eq, sql } from "drizzle-orm";
import Parser from "rss-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../../db/client";
import { catalogueAttachments, catalogueEntries, catalogueItems, catalogueItemVersions, catalogues } from "../../../db/catalogues.schema";
import { departments, events, users } from "../../../db/schema";
import { DomainError } from "../../utils/errors";
import { createEntry, discardEntry, startCorrection, submitEntry, updateEntry } from "./catalogue-entries.server";
import { addAttachment, removeAttachment } from "./catalogue-entry-attachments.server";
import { approveEntry, returnEntry } from "./catalogue-entry-review.server";
import { getAttachmentFor, getEntryPage, listItemEntries } from "./catalogue-entry-queries.server";
import { answerFeedback, moderateAnswer, moderateFeedback, submitFeedback } from "./catalogue-feedback.server";
import { feedbackToAnswer, listFeedback, moderationQueue } from "./catalogue-feedback-queries.server";
import { catalogueCsv, catalogueFeed } from "./catalogue-publishing.server";
import { syncGeneratedEntries } from "./catalogue-sources.server";
import { queriesOf } from "../../../db/query-count";
import { createCatalogue, getCatalogueBySlug } from "./catalogues.server";
import { createItem, getItem, listItemVersions, updateItem, type ItemInput } from "./catalogue-items.server";
import { itemStatuses, listCatalogues, overdueItems } from "./catalogue-status.server";
import { getUserById, type AppUser } from "../directory/users.server";

const user = async (username: string) => (await getUserById((await db.select().from(users).where(eq(users.username, username)))[0].id))!;
const deptId = async (name: string) => (await db.select().from(departments).where(eq(departments.name, name)))[0].id;

async function domainError(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

let uploads: string;
let previousDataDir: string | undefined;
beforeAll(() => {
  previousDataDir = process.env.XS_DATA_DIR;
  uploads = mkdtempSync(path.join(tmpdir(), "xs-uploads-"));
  process.env.XS_DATA_DIR = uploads;
});
afterAll(() => {
  process.env.XS_DATA_DIR = previousDataDir;
  rmSync(uploads, { recursive: true, force: true });
});

const baseItem: ItemInput = {
  title: "测试公开事项",
  contentElements: "内容要素",
  scope: "全社会",
  basis: "《条例》第一条",
  frequency: "monthly",
  frequencyDays: null,
  timeLimitDays: 10,
  responsibleDepartmentId: null,
  channel: "门户网站",
  mode: "proactive",
  source: "manual",
  effectiveFrom: "2026-01-01",
  position: 0,
  active: true,
};

let staff: AppUser, admin: AppUser, mz: AppUser, wj: AppUser, citizen: AppUser, mzColleague: AppUser;
let itemId: number;

beforeAll(async () => {
  [staff, admin, mz, wj, citizen] = await Promise.all(["staff", "admin", "dept-mz", "dept-wj", "citizen"].map(user));
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
    const overdue = await overdueItems({ departmentId: await deptId("市民政局") }, "2026-11-22");
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

describe("feedback", () => {
  it("is public only after moderation, answered by the responsible department, and ages while unanswered", async () => {
    const catalogue = await getCatalogueBySlug("shi-minzhengju");
    const [entry] = await db
      .select({ id: catalogueEntries.id })
      .from(catalogueEntries)
      .innerJoin(catalogueItems, eq(catalogueItems.id, catalogueEntries.itemId))
      .where(and(eq(catalogueItems.catalogueId, catalogue!.id), eq(catalogueEntries.status, "published")))
      .limit(1);
    const q = await submitFeedback(entry.id, { kind: "question", body: "低保标准是否包含残疾人单独施保？" }, citizen);
    expect((await domainError(submitFeedback(entry.id, { kind: "question", body: "短" }, citizen))).field).toBe("body");
    // Before moderation: the asker sees it, the public and other users do not; the department does.
    expect((await listFeedback(entry.id, null)).map((f) => f.id)).not.toContain(q.id);
    expect((await listFeedback(entry.id, wj)).map((f) => f.id)).not.toContain(q.id);
    expect((await listFeedback(entry.id, citizen)).find((f) => f.id === q.id)).toMatchObject({ status: "pending", mine: true });
    expect((await listFeedback(entry.id, mz)).map((f) => f.id)).toContain(q.id);
    expect((await moderationQueue()).questions.map((f) => f.id)).toContain(q.id);
    // Only staff moderate; only the responsible department (or staff) answers.
    expect((await domainError(moderateFeedback(q.id, "approved", "", mz))).code).toBe("forbidden");
    expect((await domainError(answerFeedback(q.id, "答复", wj))).code).toBe("forbidden");
    await moderateFeedback(q.id, "approved", "", staff);
    const later = new Date(Date.now() + 5 * 86_400_000);
    const visible = (await listFeedback(entry.id, null, later)).find((f) => f.id === q.id)!;
    expect(visible).toMatchObject({ status: "approved", answer: null, waitingDays: 5 });
    expect((await feedbackToAnswer(mz.departmentId!)).map((f) => f.id)).toContain(q.id);
    expect((await moderationQueue()).unanswered.map((f) => f.id)).toContain(q.id);

    await answerFeedback(q.id, "包含。重度残疾人可按单人户单独纳入低保。", mz);
    // The answer waits for moderation: the public still sees the question without it.
    expect((await listFeedback(entry.id, null)).find((f) => f.id === q.id)!.answer).toBeNull();
    expect((await listFeedback(entry.id, mz)).find((f) => f.id === q.id)!.answerStatus).toBe("pending");
    await moderateAnswer(q.id, "approved", staff);
    const answered = (await listFeedback(entry.id, null)).find((f) => f.id === q.id)!;
    expect(answered).toMatchObject({ answer: "包含。重度残疾人可按单人户单独纳入低保。", answerStatus: "approved", waitingDays: null, answererName: mz.displayName });
    expect((await feedbackToAnswer(mz.departmentId!)).map((f) => f.id)).not.toContain(q.id);

    // A rejected question never becomes public, even to other signed-in users.
    const spam = await submitFeedback(entry.id, { kind: "error_report", body: "广告广告广告广告" }, citizen);
    await moderateFeedback(spam.id, "rejected", "与内容无关", staff);
    expect((await listFeedback(entry.id, wj)).map((f) => f.id)).not.toContain(spam.id);
    expect((await domainError(answerFeedback(spam.id, "答复内容", mz))).code).toBe("conflict");
    // Staff may not approve an answer they wrote themselves.
    const q2 = await submitFeedback(entry.id, { kind: "error_report", body: "表格中农村低保户数与合计不符。" }, citizen);
    await moderateFeedback(q2.id, "approved", "", admin);
    await answerFeedback(q2.id, "已核对，数据无误。", staff);
    expect((await domainError(moderateAnswer(q2.id, "approved", staff))).code).toBe("forbidden");
    await moderateAnswer(q2.id, "approved", admin);
  });

  it("is not accepted on unpublished entries", async () => {
    const d = await createEntry(itemId, { title: "草稿", body: "", periodStart: "2026-08-01", periodEnd: "2026-08-31", occurredOn: null }, mz);
    expect((await domainError(submitFeedback(d.id, { kind: "question", body: "可以提问吗？？" }, citizen))).code).toBe("invalid");
    await discardEntry(d.id, mz);
    expect(await db.select().from(catalogueEntries).where(eq(catalogueEntries.id, d.id))).toHaveLength(0);
  });
});

describe("attachments", () => {
  const pdf = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

  it("store PDFs and images by content, refuse other types, keep names harmless and stay private until published", async () => {
    const d = await createEntry(itemId, { title: "附件测试", body: "", periodStart: "2026-07-01", periodEnd: "2026-07-31", occurredOn: null }, mz);
    const a = await addAttachment(d.id, { bytes: pdf, name: "../../etc/passwd/救助资金明细.pdf" }, mz);
    expect(a).toMatchObject({ fileName: "救助资金明细.pdf", mimeType: "application/pdf", size: pdf.length });
    expect(a.storedName).toMatch(/^[0-9a-f]{2}\/[0-9a-f]{64}\.pdf$/);
    expect(existsSync(path.join(uploads, "uploads", a.storedName))).toBe(true);
    // The type comes from the bytes, not the name.
    const img = await addAttachment(d.id, { bytes: png, name: "photo.pdf" }, mz);
    expect(img).toMatchObject({ mimeType: "image/png", fileName: "photo.png" });
    expect((await domainError(addAttachment(d.id, { bytes: Buffer.from("<html><script>alert(1)</script>"), name: "x.pdf" }, mz))).field).toBe("file");
    expect((await domainError(addAttachment(d.id, { bytes: Buffer.from("MZ\x90\x00"), name: "setup.exe" }, mz))).field).toBe("file");
    expect((await domainError(addAttachment(d.id, { bytes: Buffer.alloc(0), name: "empty.pdf" }, mz))).field).toBe("file");
    const big = Buffer.concat([Buffer.from("%PDF-"), Buffer.alloc(10 * 1024 * 1024)]);
    expect((await domainError(addAttachment(d.id, { bytes: big, name: "big.pdf" }, mz))).message).toContain("10 MB");
    expect((await domainError(addAttachment(d.id, { bytes: pdf, name: "x.pdf" }, wj))).code).toBe("forbidden");
    // Private while a draft.
    expect(await getAttachmentFor(a.id, null)).toBeNull();
    expect(await getAttachmentFor(a.id, citizen)).toBeNull();
    expect((await getAttachmentFor(a.id, mz))!.id).toBe(a.id);
    await removeAttachment(img.id, mz);
    await submitEntry(d.id, mz);
    await approveEntry(d.id, staff);
    expect((await getAttachmentFor(a.id, null))!.storedName).toBe(a.storedName);
    // Attachments of a published entry stay.
    await expect(db.delete(catalogueAttachments).where(eq(catalogueAttachments.id, a.id))).rejects.toThrow();
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

describe("generated entries (提案答复公开 hook)", () => {
  it("publishes one entry per source row, idempotently, and supersedes on update", async () => {
    const tian = (await getCatalogueBySlug("tian-weiyuanhui"))!;
    const [item] = await db.select().from(catalogueItems).where(and(eq(catalogueItems.catalogueId, tian.id), eq(catalogueItems.source, "proposal_replies")));
    const reply = { ref: "proposal_reply:1:v1", title: "关于加强社区养老服务的提案的答复", body: "答复正文", publishedAt: new Date("2026-11-01T02:00:00Z") };
    expect(await syncGeneratedEntries(item.id, [reply])).toBe(1);
    expect(await syncGeneratedEntries(item.id, [reply])).toBe(0);
    expect(await syncGeneratedEntries(item.id, [{ ...reply, ref: "proposal_reply:1:v2", body: "更新后的答复", replaces: "proposal_reply:1:v1" }])).toBe(1);
    const rows = await db.select().from(catalogueEntries).where(eq(catalogueEntries.itemId, item.id));
    expect(rows.map((r) => r.status).sort()).toEqual(["published", "superseded"]);
    // Entries already listed cost no transaction: one statement however many there are.
    const many = Array.from({ length: 40 }, (_, i) => ({ ...reply, ref: `proposal_reply:${100 + i}:v1` }));
    expect(await syncGeneratedEntries(item.id, many)).toBe(40);
    expect(await queriesOf(() => syncGeneratedEntries(item.id, many))).toBe(1);
    // People cannot add entries to a generated item.
    expect((await domainError(createEntry(item.id, { title: "手工", body: "", periodStart: null, periodEnd: null, occurredOn: null }, staff))).code).toBe("invalid");
  });
});
