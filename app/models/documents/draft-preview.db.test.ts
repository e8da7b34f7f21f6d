import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../../../db/client";
import { departments, events, users } from "../../../db/schema";
import { acceptSuggestedDepartment, ignoreSuggestedDepartment, keepRemovedLines } from "./draft-preview.server";
import { applyEdits } from "./draft-tree";
import { createDraftFromText, getDraft, publishDraft } from "./drafts.server";
import { domainError } from "../../../tests/db-helpers";

const SOURCE = [
  "首页 > 新闻中心 > 政协动态",
  "关于加强社区养老服务的建议",
  "2026-03-02 09:10:11 来源：某市政协",
  "今年以来，市政协开展专题调研，形成如下建议。",
  "一、完善统筹机制。建议由市民政局牵头，市卫健委配合，建立联席会议制度。",
  "二、建设智慧养老平台。建议由市养老服务指导中心牵头，市社会福利服务中心配合，建设全市统一的养老服务信息平台。",
  "三、壮大人才队伍。建议市人社局将养老护理员纳入紧缺职业目录。",
  "责任编辑：王某某",
  "分享到：微信 微博 QQ空间",
].join("\n");

const adminId = async () => (await db.select().from(users).where(eq(users.username, "admin")))[0].id;
const newDraft = async (actor: string) =>
  createDraftFromText({ sourceText: SOURCE, sourceFormat: "text", kind: "party_proposal", year: 2026, session: null, organisationId: null, authors: [] }, actor);
const eventsOf = async (draftId: number, action: string) =>
  db.select().from(events).where(and(eq(events.subjectType, "draft"), eq(events.subjectId, String(draftId)), eq(events.action, action)));

describe("import preview", () => {
  it("keeps the removed lines and suggestions with a new draft", async () => {
    const draft = (await getDraft(await newDraft(await adminId())))!;
    expect(draft.content.removed?.map((r) => [r.line, r.reason])).toEqual([
      [1, "navigation"],
      [3, "metadata"],
      [8, "credit"],
      [9, "widget"],
    ]);
    expect(draft.content.suggestions?.map((s) => [s.name, s.status])).toEqual([
      ["市养老服务指导中心", "pending"],
      ["市社会福利服务中心", "pending"],
    ]);
    expect(draft.content.suggestions?.[0].contexts[0]).toContain("建议由市养老服务指导中心牵头");
  });

  it("keeps a removed line: structured again, staff's meta kept, the tree edit reset and reported, evented", async () => {
    const actor = await adminId();
    const id = await newDraft(actor);
    const draft = (await getDraft(id))!;
    const edited = applyEdits(draft.content, new Map([["0:1", { title: "统筹机制" }]]), new Map([[0, { authors: ["黄某某"], session: "十三届三次" }]]));
    const { version, reset } = await keepRemovedLines(id, draft.version, edited, [8], actor);
    expect(reset).toEqual([0]);
    const after = (await getDraft(id))!;
    expect(after.version).toBe(version);
    expect(after.content.keepLines).toEqual([8]);
    expect(after.content.removed?.map((r) => r.line)).toEqual([1, 3, 9]);
    const doc = after.content.documents[0];
    expect(doc.meta).toMatchObject({ authors: ["黄某某"], session: "十三届三次", slug: `2026-d${id}`, title: "关于加强社区养老服务的建议" });
    expect(JSON.stringify(doc)).toContain("责任编辑：王某某");
    expect((await eventsOf(id, "draft.lines-kept"))[0].data).toEqual({ lines: [8], reset: [0] });
    // A stale version or a line that was not removed is refused and nothing changes.
    expect((await domainError(keepRemovedLines(id, draft.version, edited, [9], actor))).code).toBe("conflict");
    expect((await domainError(keepRemovedLines(id, version, after.content, [5], actor))).message).toBe("第 5 行不在被去除的行中");
    expect((await getDraft(id))!.version).toBe(version);
  });

  it("accepts a suggested department into the directory in one transaction, then the draft publishes", async () => {
    const actor = await adminId();
    const id = await newDraft(actor);
    const draft = (await getDraft(id))!;
    // A stale version: refused, and the directory is unchanged (the transaction rolled back).
    expect((await domainError(acceptSuggestedDepartment(id, draft.version + 1, draft.content, { name: "市养老服务指导中心", level: "city" }, actor))).code).toBe("conflict");
    expect(await db.select().from(departments).where(eq(departments.name, "市养老服务指导中心"))).toHaveLength(0);

    const { version, departmentId } = await acceptSuggestedDepartment(id, draft.version, draft.content, { name: "市养老服务指导中心", level: "city" }, actor);
    const [row] = await db.select().from(departments).where(eq(departments.id, departmentId));
    expect(row).toMatchObject({ name: "市养老服务指导中心", level: "city", active: true });
    const after = (await getDraft(id))!;
    expect(after.content.suggestions?.find((s) => s.name === "市养老服务指导中心")?.status).toBe("accepted");
    const mention = after.content.documents[0].children[1].departments.find((m) => m.name === "市养老服务指导中心");
    expect(mention).toEqual({ name: "市养老服务指导中心", mention: "市养老服务指导中心", role: "lead", confirmed: false });
    expect(await eventsOf(id, "draft.department-accepted")).toHaveLength(1);
    const [created] = await db.select().from(events).where(and(eq(events.subjectType, "department"), eq(events.subjectId, String(departmentId))));
    expect(created.action).toBe("department.created");
    // Accepting twice is refused.
    expect((await domainError(acceptSuggestedDepartment(id, version, after.content, { name: "市养老服务指导中心", level: "city" }, actor))).message).toBe("“市养老服务指导中心”已处理过");

    // Ignore the other one: its mentions leave the draft, the directory does not change.
    const ignored = await ignoreSuggestedDepartment(id, version, after.content, "市社会福利服务中心", actor);
    const final = (await getDraft(id))!;
    expect(final.version).toBe(ignored.version);
    expect(final.content.documents[0].children[1].departments.map((m) => m.name)).toEqual(["市养老服务指导中心"]);
    expect(await db.select().from(departments).where(eq(departments.name, "市社会福利服务中心"))).toHaveLength(0);

    const [slug] = await publishDraft(id, final.version, actor);
    expect(slug).toBe(`2026-d${id}`);
  });
});
