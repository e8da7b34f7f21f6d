// 答复函: the letter's parts, who may read it at each moment of the reply's
// life, and the .docx (a zip whose document carries the letter).
import { and, eq } from "drizzle-orm";
import JSZip from "jszip";
import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { db } from "../../../db/client";
import { assignments } from "../../../db/loop.schema";
import { departments, users } from "../../../db/schema";
import { call } from "../../../tests/security/call";
import { getUserById, type AppUser } from "../directory/users.server";
import { reviewReply, submitReply } from "../loop/handling-replies.server";
import { assignProposal, signAssignment } from "../loop/handling.server";
import { marksForAssignment } from "../loop/loop-test-support";
import { acceptProposal } from "../loop/proposal-review.server";
import { answerCosign, createProposal, inviteCosigner, submitProposal } from "../loop/proposals.server";
import { letterDocumentXml, replyLetterDocx } from "./reply-letter-docx.server";
import { replyLetter } from "./reply-letters.server";

const user = async (username: string): Promise<AppUser> => {
  const [row] = await db.select().from(users).where(eq(users.username, username));
  return (await getUserById(row.id))!;
};
const dept = async (name: string) => (await db.select().from(departments).where(eq(departments.name, name)))[0].id;
const BODY = "## 一、完善社区养老服务\n\n由市民政局牵头，建设社区养老服务综合体。";

async function repliedProposal(title: string, consentToPublish: boolean) {
  const [member, member2, staff, mz] = await Promise.all([user("member"), user("member2"), user("staff"), user("dept-mz")]);
  const p = await createProposal(member, { title, body: BODY, kind: "joint_proposal", year: 2026, onBehalfOfOrganisation: false });
  await inviteCosigner(member, p.id, "member2");
  await answerCosign(member2, p.id, true);
  await submitProposal(member, p.id);
  await acceptProposal(staff, p.id, { isKey: false, supervisingLeader: null });
  await assignProposal(staff, p.id, { mode: "single", leadDepartmentId: await dept("市民政局") });
  const [a] = await db.select().from(assignments).where(and(eq(assignments.proposalId, p.id)));
  await signAssignment(mz, a.id);
  const reply = await submitReply(mz, a.id, {
    kind: "formal",
    category: "B",
    body: "一、关于综合体建设\n\n我局已将综合体建设列入明年计划。\n\n二、关于人才培养\n\n正在会同人社部门研究。",
    consentToPublish,
    contactName: "张明",
    contactPhone: "0571-87654321",
    adoptions: await marksForAssignment(a.id),
  });
  return { p, reply, member, member2, staff, mz };
}

describe("reply letters (答复函)", () => {
  it("prints the letter's parts and follows the reply's visibility", async () => {
    const { reply, member, member2, staff, mz } = await repliedProposal("关于答复函的提案", true);
    const [wj, citizen, liaison] = await Promise.all([user("dept-wj"), user("citizen"), user("org-minmeng")]);

    // Pending review: staff and the replying department only.
    expect(await replyLetter(staff, reply.id)).toMatchObject({ published: false });
    expect(await replyLetter(mz, reply.id)).not.toBeNull();
    for (const viewer of [member, member2, wj, citizen, liaison, null]) expect(await replyLetter(viewer, reply.id)).toBeNull();

    await reviewReply(staff, reply.id, true, "");
    const letter = (await replyLetter(member, reply.id))!;
    expect(letter).toMatchObject({
      published: true,
      department: "市民政局",
      addressee: "王立新委员、陈思远委员：",
      contactName: "张明",
      contactPhone: "0571-87654321",
      category: "B",
    });
    expect(letter.number).toMatch(/^民政函〔20\d\d〕\d+号$/);
    expect(letter.title).toMatch(/^市民政局关于市政协第20\d\d-\d{4}号提案的答复$/);
    expect(letter.date).toMatch(/^20\d\d年\d{1,2}月\d{1,2}日$/);
    expect(letter.paragraphs).toEqual([
      "你们提出的《关于答复函的提案》收悉。现答复如下：",
      "一、关于综合体建设",
      "我局已将综合体建设列入明年计划。",
      "二、关于人才培养",
      "正在会同人社部门研究。",
    ]);
    // Published with consent: the co-signer and the public read it too; another department does not.
    expect(await replyLetter(member2, reply.id)).not.toBeNull();
    expect(await replyLetter(null, reply.id)).not.toBeNull();
    expect(await replyLetter(citizen, reply.id)).not.toBeNull();
    expect(await replyLetter(wj, reply.id)).not.toBeNull();
  });

  it("keeps a letter without consent from the public but not from the proposers", async () => {
    const { reply, member, staff } = await repliedProposal("关于不同意公开的提案", false);
    await reviewReply(staff, reply.id, true, "");
    expect(await replyLetter(member, reply.id)).not.toBeNull();
    expect(await replyLetter(null, reply.id)).toBeNull();
    expect(await replyLetter(await user("dept-wj"), reply.id)).toBeNull();
    // The routes answer 404 alike, page and download.
    expect((await call("reply-letters.$replyId.tsx", "loader", `/reply-letters/${reply.id}`, { params: { replyId: String(reply.id) } })).status).toBe(404);
    expect((await call("reply-letters.$replyId[.]docx.ts", "loader", `/reply-letters/${reply.id}.docx`, { params: { replyId: String(reply.id) }, role: "citizen" })).status).toBe(404);
    expect((await call("reply-letters.$replyId[.]docx.ts", "loader", `/reply-letters/${reply.id}.docx`, { params: { replyId: String(reply.id) }, role: "member" })).status).toBe(200);
  });

  it("numbers a department's letters in order and writes a .docx that carries the letter", async () => {
    const first = await repliedProposal("关于编号一的提案", true);
    const second = await repliedProposal("关于编号二的提案", true);
    const a = (await replyLetter(first.staff, first.reply.id))!;
    const b = (await replyLetter(first.staff, second.reply.id))!;
    const n = (s: string) => Number(/〕(\d+)号/.exec(s)![1]);
    expect(n(b.number)).toBe(n(a.number) + 1);

    const zip = await JSZip.loadAsync(await replyLetterDocx(a));
    expect(Object.keys(zip.files)).toEqual(expect.arrayContaining(["[Content_Types].xml", "_rels/.rels", "word/document.xml"]));
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml).toBe(letterDocumentXml(a));
    for (const part of [a.department, a.number, a.title, a.addressee, a.date, "我局已将综合体建设列入明年计划。", "联系人：张明；联系电话：0571-87654321"]) expect(xml).toContain(part);
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"/>');
    // A Word reader (mammoth, which reads members' .docx uploads) opens it and finds the paragraphs.
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(await replyLetterDocx(a)) });
    expect(text).toContain("我局已将综合体建设列入明年计划。\n");
    expect(text).toContain(a.addressee);
  });
});
