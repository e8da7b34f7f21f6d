// Meilisearch down while the site keeps publishing: the real domain code
// (publishing and revising a report, publishing a reply) writes index updates
// to the outbox in its own transactions; the worker cannot reach Meilisearch
// (connections refused, then 503s), is restarted in the middle of the outage,
// and once Meilisearch is back every update arrives, in the order it was made,
// through the official client. Nothing is lost. (Meilisearch itself cannot be
// installed here; search/fake-meili.ts stands in for its HTTP API.)
import { asc, eq, sql } from "drizzle-orm";
import { marksForAssignment } from "../app/models/loop/loop-test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { users } from "../db/schema";
import { getUserById, type AppUser } from "../app/models/directory/users.server";
import { createDraftFromDocument, createDraftFromText, getDraft, publishDraft, saveDraftContent } from "../app/models/documents/drafts.server";
import { acceptProposal } from "../app/models/loop/proposal-review.server";
import { createProposal, submitProposal } from "../app/models/loop/proposals.server";
import { assignProposal, signAssignment } from "../app/models/loop/handling.server";
import { evaluateProposal } from "../app/models/loop/handling-closing.server";
import { reviewReply, submitReply } from "../app/models/loop/handling-replies.server";
import { assignments } from "../db/loop.schema";
import { departments } from "../db/schema";
import { documents } from "../db/documents.schema";
import type { SearchEngine } from "./engine";
import { FakeMeili } from "./fake-meili";
import { setSearchEngine } from "./index";
import { toMeiliDoc } from "./meili-docs";
import { MeiliSearchEngine } from "./meili-engine";
import { startOutboxWorker } from "./meili-outbox";
import { proposalGroup, replyEntries } from "./reply-source";
import { searchOutbox } from "./schema";
import { documentEntries, documentGroup } from "./sources";

const INDEX = "xs_outage_test";
const fake = new FakeMeili();
let previous: SearchEngine | null;
const newEngine = () => new MeiliSearchEngine({ host: fake.url, indexUid: INDEX, timeout: 1000 });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const outbox = () => db.select().from(searchOutbox).orderBy(asc(searchOutbox.id));

async function user(username: string): Promise<AppUser> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  return (await getUserById(row.id))!;
}

const REPORT = "关于社区养老服务的调研报告\n\n一、完善社区养老服务网络\n\n由市民政局牵头，建设社区养老服务综合体。\n\n二、加强护理人才培养\n\n建议市人社局将养老护理员纳入紧缺职业目录。";

/** Publish a research report through the staff workflow (draft → publish). */
async function publishReport(staff: AppUser) {
  const draftId = await createDraftFromText({ sourceText: REPORT, sourceFormat: "text", kind: "research_report", year: 2026, session: null, organisationId: null, authors: [] }, staff.id);
  const draft = (await getDraft(draftId))!;
  const [slug] = await publishDraft(draftId, draft.version, staff.id);
  const [doc] = await db.select().from(documents).where(eq(documents.slug, slug));
  return { slug, id: doc.id };
}

/** Revise it: a staff correction of the first recommendation's title, published as version 2. */
async function reviseReport(staff: AppUser, slug: string) {
  const draftId = await createDraftFromDocument(slug, staff.id);
  const draft = (await getDraft(draftId))!;
  const content = structuredClone(draft.content);
  content.documents[0].children[0].title = "完善社区养老服务网络（修订）";
  const version = await saveDraftContent(draftId, draft.version, content, staff.id);
  await publishDraft(draftId, version, staff.id);
}

/** A proposal answered by a department, the reply approved and so published. */
async function publishReply(member: AppUser, staff: AppUser, mz: AppUser, text: string) {
  const p = await createProposal(member, { title: `搜索索引测试提案 ${text}`, body: "## 一、建议\n\n由市民政局牵头。", kind: "member_proposal", year: 2026, onBehalfOfOrganisation: false });
  await submitProposal(member, p.id);
  await acceptProposal(staff, p.id, { isKey: false, supervisingLeader: null });
  const [dept] = await db.select().from(departments).where(eq(departments.name, "市民政局"));
  await assignProposal(staff, p.id, { mode: "single", leadDepartmentId: dept.id, coDepartmentIds: [] });
  const [a] = await db.select().from(assignments).where(eq(assignments.proposalId, p.id));
  await signAssignment(mz, a.id);
  const reply = await submitReply(mz, a.id, { kind: "formal", category: "A", body: text, consentToPublish: true, adoptions: await marksForAssignment(a.id) });
  await reviewReply(staff, reply.id, true, "");
  return p.id;
}

/** What Meilisearch should hold for a group: every field of the entries the database has now. */
const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
const expected = (entries: Parameters<typeof toMeiliDoc>[0][]) => entries.map((e) => JSON.parse(JSON.stringify(toMeiliDoc(e))) as { id: string }).sort(byId);
const held = (group: string) => [...(fake.docs.get(INDEX)?.values() ?? [])].filter((d) => d.group === group).sort(byId);

beforeAll(async () => {
  await fake.listen();
  previous = setSearchEngine(newEngine());
  await db.delete(searchOutbox);
});

afterAll(async () => {
  setSearchEngine(previous);
  await fake.refuse();
});

describe("Meilisearch down", () => {
  it("delivers every index update made during the outage, in order, across a worker restart", async () => {
    const [staff, member, mz] = await Promise.all([user("staff"), user("member"), user("dept-mz")]);
    await fake.refuse();
    const errors: string[] = [];
    let stopWorker = startOutboxWorker(newEngine(), (e) => errors.push(e));

    // The site goes on: a report is published and revised, a reply is published.
    const report = await publishReport(staff);
    await reviseReport(staff, report.slug);
    const proposalA = await publishReply(member, staff, mz, "已将社区养老服务综合体建设列入年度计划。");
    await until(() => errors.length >= 1);

    // The worker's process is restarted in the middle of the outage: the updates wait in the table.
    stopWorker();
    const waiting = await outbox();
    expect(waiting.length).toBeGreaterThanOrEqual(3);
    expect(waiting[0].attempts).toBeGreaterThanOrEqual(1);
    expect(waiting[0].lastError).toBeTruthy();
    const proposalB = await publishReply(member, staff, mz, "护理员职业目录调整已报省人社厅。");
    // The proposer is satisfied: proposal A is closed, and its reply's status in the index must follow.
    await evaluateProposal(member, proposalA, { attitude: "satisfied", result: "satisfied", comment: "" });

    // Meilisearch starts again but answers 503 for a while; a new worker (new client) takes over.
    fake.up = false;
    await fake.listen();
    stopWorker = startOutboxWorker(newEngine(), (e) => errors.push(e));
    const before = errors.length;
    await until(() => errors.length > before);
    expect((await outbox()).length).toBeGreaterThan(waiting.length);

    // Back for good. Back-off timers are long by now; let them run out.
    const groupsInOrder = (await outbox()).filter((r) => r.op === "replace_group").map((r) => (r.payload as { group: string }).group);
    fake.up = true;
    await db.update(searchOutbox).set({ availableAt: sql`now() - interval '1 second'` });
    await until(async () => (await outbox()).length === 0, 20_000);
    stopWorker();

    // Everything arrived: the report as revised, both replies.
    const docEntries = (await documentEntries(db, [report.id])).get(report.id) ?? [];
    // The revised recommendation title is its own entry's title (issue 13: recommendations have titles, the document body holds only headings and background).
    expect(docEntries.some((e) => `${e.title}\n${e.body}`.includes("完善社区养老服务网络（修订）"))).toBe(true);
    expect(held(documentGroup(report.id))).toEqual(expected(docEntries));
    for (const id of [proposalA, proposalB]) {
      const replies = (await replyEntries(db, [id])).get(id) ?? [];
      expect(replies.length).toBeGreaterThan(0);
      expect(held(proposalGroup(id))).toEqual(expected(replies));
    }
    expect(held(proposalGroup(proposalA)).map((d) => (d as unknown as { status: string }).status)).toEqual(["closed"]);
    // …in the order they were made: each replace-group ends with its delete, in outbox order.
    const deletes = fake.log.filter((l) => l.startsWith("delete group ")).map((l) => l.slice("delete group ".length));
    expect(deletes.slice(-groupsInOrder.length)).toEqual(groupsInOrder);
  }, 60_000);
});

async function until(check: () => boolean | Promise<boolean>, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out");
    await sleep(50);
  }
}
