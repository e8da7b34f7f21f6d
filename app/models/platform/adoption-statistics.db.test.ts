// 采纳率 per department and per document (issue 13), on both engines: a seeded
// scenario (a report with a background section, assigned in one go, and a joint
// proposal answered by its lead) and the figures expected from it, computed here.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../../../db/client";
import { recommendations } from "../../../db/documents.schema";
import { assignments, type Adoption } from "../../../db/loop.schema";
import { departments, users } from "../../../db/schema";
import { structureText } from "../../structurer";
import { saveStructuredDocument } from "../documents/documents.server";
import { getUserById } from "../directory/users.server";
import { sendCoOpinion } from "../loop/co-handling.server";
import { assignProposal, signAssignment } from "../loop/handling.server";
import { proposalRecommendations, reviewReply, submitReply } from "../loop/handling-replies.server";
import { acceptProposal } from "../loop/proposal-review.server";
import { createProposal, submitProposal } from "../loop/proposals.server";
import { assignReport, reportAdoption } from "../loop/recommendation-handling.server";
import { adoptionByDepartment, adoptionByDocument, type RoleAdoption } from "./adoption-statistics.server";
import { loopStatistics } from "./statistics.server";
import { exportOpenList } from "./open-data.server";
import { parseCsv } from "../../../tests/csv";

const YEAR = 2031;
const user = async (name: string) => (await getUserById((await db.select().from(users).where(eq(users.username, name)))[0].id))!;
const deptId = async (name: string) => (await db.select().from(departments).where(eq(departments.name, name)))[0].id;

const REPORT = [
  "# 关于发展普惠托育服务的调研报告",
  "## 一、基本情况",
  "全市现有托育机构 300 余家，普惠托位不足。",
  "## 二、完善托育服务体系",
  "1. 扩大普惠托位供给。新增社区托育点。",
  "2. 加强托育人才培养。开展保育员培训。",
  "## 三、强化支持保障",
  "1. 落实用房保障。盘活闲置用房。",
  "## 四、加强监督管理",
  "1. 建立托育机构评估制度。定期公布评估结果。",
].join("\n\n");

/** One fact of the scenario: which department handles which recommendation in which role, and what it reported. */
interface Fact {
  doc: string;
  dept: string;
  role: "lead" | "co";
  adoption: Adoption | null;
}

function expected(facts: Fact[], pick: (f: Fact) => boolean): { lead: RoleAdoption; co: RoleAdoption } {
  const one = (role: "lead" | "co"): RoleAdoption => {
    const mine = facts.filter((f) => pick(f) && f.role === role);
    const reported = mine.filter((f) => f.adoption).length;
    const adopted = mine.filter((f) => f.adoption === "adopted").length;
    const partly = mine.filter((f) => f.adoption === "partly").length;
    return { assigned: mine.length, reported, adopted, partly, rate: reported ? Math.round(((adopted + partly) / reported) * 1000) / 10 : null };
  };
  return { lead: one("lead"), co: one("co") };
}

describe("采纳率", { timeout: 180_000 }, () => {
  it("per department and per document, 主办 and 会办 apart, recommendations only", async () => {
    const [staff, member, mz, wj] = await Promise.all([user("staff"), user("member"), user("dept-mz"), user("dept-wj")]);
    const [mzId, wjId] = [await deptId("市民政局"), await deptId("市卫生健康委员会")];

    // A report: one background section and four recommendations in three sections.
    const [tree] = structureText(REPORT, { directory: [], format: "markdown" }).documents;
    const report = await saveStructuredDocument({ meta: { slug: "stats-adoption-report", kind: "research_report", year: YEAR }, sourceText: REPORT, sourceFormat: "markdown", tree }, staff.id);
    const nodes = await db.select().from(recommendations).where(eq(recommendations.documentId, report.id));
    const recs = nodes.filter((n) => n.kind === "recommendation").sort((a, b) => a.id - b.id);
    expect(recs.map((r) => r.title)).toEqual(["扩大普惠托位供给", "加强托育人才培养", "落实用房保障", "建立托育机构评估制度"]);
    expect(nodes.some((n) => n.kind === "background")).toBe(true);
    const rows = await assignReport(staff, report.id, {
      rows: [
        { recommendationId: recs[0].id, leadDepartmentId: mzId, coDepartmentIds: [wjId] },
        { recommendationId: recs[1].id, leadDepartmentId: wjId, coDepartmentIds: [] },
        { recommendationId: recs[2].id, leadDepartmentId: mzId, coDepartmentIds: [] },
        { recommendationId: recs[3].id, leadDepartmentId: mzId, coDepartmentIds: [] },
      ],
    });
    const row = (rec: number, dept: number) => rows.find((r) => r.recommendationId === recs[rec].id && r.departmentId === dept)!;
    const report1 = async (who: typeof mz, a: { id: number }, adoption: Adoption) => {
      await signAssignment(who, a.id, "recommendation");
      await reportAdoption(who, a.id, { adoption, reason: adoption === "adopted" ? "" : "理由", progress: 50 });
    };
    await report1(mz, row(0, mzId), "adopted");
    await report1(wj, row(0, wjId), "partly");
    await report1(wj, row(1, wjId), "not_adopted");
    await report1(mz, row(2, mzId), "reference");
    // recs[3]: assigned, nothing reported yet.

    // A joint proposal: 市民政局 主办 marks one recommendation adopted and one 留作参考; 市卫健委 会办 shares the marks.
    const body = "## 一、完善社区养老服务\n\n建设社区养老服务综合体。\n\n## 二、加强护理人才培养\n\n将养老护理员纳入紧缺职业目录。";
    const p = await createProposal(member, { title: "关于采纳率统计的提案", body, kind: "member_proposal", year: YEAR, onBehalfOfOrganisation: false });
    await submitProposal(member, p.id);
    await acceptProposal(staff, p.id, { isKey: false, supervisingLeader: null });
    await assignProposal(staff, p.id, { mode: "lead_co", leadDepartmentId: mzId, coDepartmentIds: [wjId] });
    const handling = await db.select().from(assignments).where(eq(assignments.proposalId, p.id));
    const lead = handling.find((a) => a.role === "lead")!;
    const co = handling.find((a) => a.role === "co")!;
    await signAssignment(wj, co.id);
    await sendCoOpinion(wj, co.id, "同意。");
    await signAssignment(mz, lead.id);
    const precs = await proposalRecommendations(db, p.id);
    expect(precs).toHaveLength(2);
    const reply = await submitReply(mz, lead.id, {
      kind: "formal",
      category: "B",
      body: "分步落实。",
      consentToPublish: true,
      adoptions: [
        { recommendationId: precs[0].id, adoption: "adopted", reason: "" },
        { recommendationId: precs[1].id, adoption: "reference", reason: "条件不足" },
      ],
    });
    // Not counted until the reply is published.
    expect((await adoptionByDepartment(YEAR)).find((d) => d.id === mzId)!.lead.reported).toBe(2);
    await reviewReply(staff, reply.id, true, "");

    const facts: Fact[] = [
      { doc: "report", dept: "市民政局", role: "lead", adoption: "adopted" },
      { doc: "report", dept: "市卫生健康委员会", role: "co", adoption: "partly" },
      { doc: "report", dept: "市卫生健康委员会", role: "lead", adoption: "not_adopted" },
      { doc: "report", dept: "市民政局", role: "lead", adoption: "reference" },
      { doc: "report", dept: "市民政局", role: "lead", adoption: null },
      { doc: "proposal", dept: "市民政局", role: "lead", adoption: "adopted" },
      { doc: "proposal", dept: "市民政局", role: "lead", adoption: "reference" },
      { doc: "proposal", dept: "市卫生健康委员会", role: "co", adoption: "adopted" },
      { doc: "proposal", dept: "市卫生健康委员会", role: "co", adoption: "reference" },
    ];

    const byDept = await adoptionByDepartment(YEAR);
    expect(byDept.map((d) => d.name).sort()).toEqual(["市卫生健康委员会", "市民政局"]);
    for (const d of byDept) expect({ lead: d.lead, co: d.co }).toEqual(expected(facts, (f) => f.dept === d.name));
    const mzRow = byDept.find((d) => d.name === "市民政局")!;
    expect(mzRow.lead.rate).toBe(50);
    expect(byDept.find((d) => d.name === "市卫生健康委员会")!.co.rate).toBe(66.7);

    const byDoc = await adoptionByDocument(YEAR);
    const docRow = (id: number) => byDoc.find((d) => d.id === id)!;
    expect(docRow(report.id).recommendations).toBe(4); // background is not counted
    expect({ lead: docRow(report.id).lead, co: docRow(report.id).co }).toEqual(expected(facts, (f) => f.doc === "report"));
    const proposalDoc = byDoc.find((d) => d.id !== report.id)!;
    expect(proposalDoc.recommendations).toBe(2);
    expect({ lead: proposalDoc.lead, co: proposalDoc.co }).toEqual(expected(facts, (f) => f.doc === "proposal"));

    // The statistics page (and its exports) carry both tables; another year has none.
    const stats = await loopStatistics(YEAR);
    expect(stats.adoptionByDepartments).toEqual(byDept);
    expect(stats.adoptionByDocuments).toEqual(byDoc);
    expect(await adoptionByDocument(YEAR + 1)).toEqual([]);
    const csv = await exportOpenList("statistics-adoption-departments", "csv", new URL(`http://localhost/exports/x.csv?year=${YEAR}`), "http://localhost");
    const [header, ...lines] = parseCsv((await csv!.text()).replace(/^\uFEFF/, "")).filter((r) => r.length > 1);
    const wjLine = lines.find((l) => l[0] === "市卫生健康委员会")!;
    expect(Object.fromEntries(header.map((h, i) => [h, wjLine[i]]))).toMatchObject({ 主办建议: "1", "主办采纳率（%）": "0", 会办建议: "3", 会办已报告: "3", "会办采纳率（%）": "66.7" });
  });
});
