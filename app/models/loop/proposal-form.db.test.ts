import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../../../db/client";
import { documents } from "../../../db/documents.schema";
import { departments, users } from "../../../db/schema";
import { DomainError } from "../../utils/errors";
import { getUserById } from "../directory/users.server";
import { searchMembers } from "./cosigner-search.server";
import { importIntoDraft } from "./proposal-import.server";
import { publicProposalOfDocument, publicProposers } from "./proposal-queries.server";
import { acceptProposal } from "./proposal-review.server";
import { answerCosign, createProposal, getProposal, inviteCosigner, listCosigners, submitProposal, updateDraft } from "./proposals.server";
import type { DraftForm } from "./proposal-form.server";

const user = async (username: string) => {
  const [row] = await db.select().from(users).where(eq(users.username, username));
  return (await getUserById(row.id))!;
};
const deptId = async (name: string) => (await db.select().from(departments).where(eq(departments.name, name)))[0].id;

const form = (over: Partial<DraftForm> = {}): DraftForm => ({
  analysis: "我市老龄人口持续增长。\n社区养老设施不足。",
  suggestions: "一、加强规划\n（一）由市民政局牵头编制养老设施规划。\n二、完善服务\n1. 市卫生健康委推进医养结合。",
  textFormat: "text",
  contactPhone: "0871-6000000",
  contactAddress: "昆明市五华区某路 1 号",
  departmentIds: [],
  publicConsent: true,
  ...over,
});

async function draft(consent = true) {
  const member = await user("member");
  const p = await createProposal(member, { title: "关于完善社区养老服务的提案", form: form({ publicConsent: consent, departmentIds: [await deptId("市民政局")] }), kind: "member_proposal", year: 2026, onBehalfOfOrganisation: false });
  return { member, p };
}

describe("drafting like the paper form (issue 15)", () => {
  it("stores the parts and composes the body the structurer reads", async () => {
    const { p } = await draft();
    const row = (await getProposal(p.id))!;
    expect(row.analysis).toContain("社区养老设施不足");
    expect(row.contactPhone).toBe("0871-6000000");
    expect(row.suggestedDepartmentIds).toEqual([await deptId("市民政局")]);
    expect(row.body).toBe(
      "## 情况分析\n\n我市老龄人口持续增长。\n\n社区养老设施不足。\n\n## 具体建议\n\n一、加强规划\n\n（一）由市民政局牵头编制养老设施规划。\n\n二、完善服务\n\n1. 市卫生健康委推进医养结合。",
    );
  });

  it("refuses a department that is not in the directory", async () => {
    const member = await user("member");
    const e = await createProposal(member, { title: "题目", form: form({ departmentIds: [999_999] }), kind: "member_proposal", year: 2026, onBehalfOfOrganisation: false }).catch((x) => x);
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).field).toBe("departmentIds");
  });

  it("saves the parts again, and a body written whole replaces them", async () => {
    const { member, p } = await draft();
    await updateDraft(member, p.id, { title: "新题目", version: p.version, form: form({ textFormat: "markdown", analysis: "", suggestions: "1. 建议甲" }) });
    let row = (await getProposal(p.id))!;
    expect(row.body).toBe("1. 建议甲");
    await updateDraft(member, p.id, { title: "新题目", version: row.version, body: "## 标题\n\n正文" });
    row = (await getProposal(p.id))!;
    expect([row.analysis, row.suggestions, row.body]).toEqual(["", "", "## 标题\n\n正文"]);
  });

  it("imports a document into the draft's parts", async () => {
    const { member, p } = await draft();
    await importIntoDraft(member, p.id, "# 关于加快电梯加装的提案\n\n## 一、基本情况\n\n老旧小区多。\n\n## 二、具体建议\n\n1. 市住建局简化审批。", "markdown");
    const row = (await getProposal(p.id))!;
    expect(row.title).toBe("关于加快电梯加装的提案");
    expect(row.analysis).toBe("老旧小区多。");
    expect(row.suggestions).toBe("1. 市住建局简化审批。");
    expect(row.textFormat).toBe("markdown");
    const other = await user("member2");
    await expect(importIntoDraft(other, p.id, "x", "text")).rejects.toBeInstanceOf(DomainError);
  });
});

describe("co-signers by name (issue 15)", () => {
  it("finds members by name and organisation, never anyone else, with name and 界别 only", async () => {
    const hits = await searchMembers({ q: "陈思远" });
    expect(hits.map((h) => h.name)).toEqual(["陈思远委员"]);
    expect(Object.keys(hits[0]).sort()).toEqual(["id", "name", "organisation", "organisationKind"]);
    expect(await searchMembers({ q: "办理专员" })).toEqual([]); // department users are not members
    expect(await searchMembers({ q: "%" })).toEqual([]);
    const member2 = await user("member2");
    const byOrg = await searchMembers({ organisationId: member2.organisationId });
    expect(byOrg.map((h) => h.name)).toContain("陈思远委员");
    expect(byOrg.map((h) => h.name)).not.toContain("王立新委员");
  });

  it("invites 陈思远 by display name, with or without 委员, or by id", async () => {
    const { member, p } = await draft();
    await inviteCosigner(member, p.id, "陈思远");
    const signers = await listCosigners(p.id);
    expect(signers.map((s) => s.name)).toEqual(["陈思远委员"]);
    const again = await inviteCosigner(member, p.id, "陈思远委员").catch((x) => x);
    expect((again as DomainError).message).toBe("已邀请过该委员");
    const none = await inviteCosigner(member, p.id, "查无此人").catch((x) => x);
    expect((none as DomainError).message).toBe("找不到名为“查无此人”的委员");
    const dept = await inviteCosigner(member, p.id, "dept-mz").catch((x) => x);
    expect((dept as DomainError).message).toBe("只能邀请政协委员联名");
  });

  it("refuses an ambiguous name and lists the choices", async () => {
    const { member, p } = await draft();
    // "委" is in 陈思远委员 and in the 民盟 liaison's name (the author 王立新委员 is left out).
    const many = await inviteCosigner(member, p.id, "委").catch((x) => x);
    expect(many).toBeInstanceOf(DomainError);
    expect((many as DomainError).message).toMatch(/^有 \d+ 位委员与“委”相符，请在下方列表中选择$/);
    expect(await listCosigners(p.id)).toEqual([]);
  });
});

describe("context on public pages (issue 15)", () => {
  it("names the proposers with consent, nobody without, and links the document back", async () => {
    const staff = await user("staff");
    for (const consent of [true, false]) {
      const { member, p } = await draft(consent);
      const member2 = await user("member2");
      await inviteCosigner(member, p.id, "陈思远");
      await answerCosign(member2, p.id, true);
      await submitProposal(member, p.id);
      const caseNo = await acceptProposal(staff, p.id, { isKey: false, supervisingLeader: null });
      const row = (await getProposal(p.id))!;
      const proposers = await publicProposers(row);
      const [doc] = await db.select().from(documents).where(eq(documents.id, row.documentId!));
      if (consent) {
        expect(proposers).toEqual({ consented: true, names: ["王立新委员", "陈思远委员"] });
        expect(doc.authors).toEqual(["王立新委员", "陈思远委员"]);
      } else {
        expect(proposers).toEqual({ consented: false, names: [] });
        expect(doc.authors).toEqual([]);
        expect(doc.byline).toBeNull();
      }
      expect(await publicProposalOfDocument(row.documentId!)).toEqual({ caseNo, title: row.title });
    }
  });
});
