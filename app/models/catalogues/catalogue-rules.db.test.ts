// The disclosure state tables, exhaustively: every action × every state × every
// kind of actor. What the table allows happens and ends in the table's state;
// what it refuses is refused with the table's message and changes nothing.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../../db/client";
import { catalogueEntries, catalogueFeedback } from "../../../db/catalogues.schema";
import { users } from "../../../db/schema";
import { DomainError } from "../../utils/errors";
import { refusalOf } from "../platform/state-table";
import { createUser, getUserById, type AppUser } from "../directory/users.server";
import { createEntry, discardEntry, startCorrection, submitEntry, updateEntry } from "./catalogue-entries.server";
import { approveEntry, returnEntry } from "./catalogue-entry-review.server";
import { ENTRY_RULES, type EntryAction } from "./catalogue-entry-rules";
import { answerFeedback, feedbackActors, moderateAnswer, moderateFeedback, submitFeedback } from "./catalogue-feedback.server";
import { ANSWER_RULES, answerStateOf, QUESTION_RULES, type AnswerState, type Moderation } from "./catalogue-feedback-rules";
import { createItem, getItem } from "./catalogue-items.server";
import { entryActors, getCatalogueBySlug, type Responsibility } from "./catalogues.server";
import type { CatalogueEntryStatus } from "../../../db/catalogues.schema";
import { makeUser } from "../studios/studio-test-support";

const user = async (username: string) => (await getUserById((await db.select().from(users).where(eq(users.username, username)))[0].id))!;

async function refusedWith(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

const PERIOD = { periodStart: "2026-10-01", periodEnd: "2026-10-31", occurredOn: null };
let author: AppUser, colleague: AppUser, otherDept: AppUser, staff: AppUser, admin: AppUser, citizen: AppUser;
let itemId: number;
let responsibility: Responsibility;

beforeAll(async () => {
  [author, otherDept, staff, admin, citizen] = await Promise.all(["dept-mz", "dept-wj", "staff", "admin", "citizen"].map(user));
  colleague = await createUser(
    { username: "dept-mz-rules", displayName: "民政局 复核员", password: "Xieshang2026", roles: ["department"], departmentId: author.departmentId },
    admin.id,
  );
  const catalogue = await getCatalogueBySlug("shi-minzhengju");
  const item = await createItem(
    catalogue!.id,
    {
      title: "状态表测试事项",
      contentElements: "",
      scope: "",
      basis: "",
      frequency: "monthly",
      frequencyDays: null,
      timeLimitDays: 10,
      responsibleDepartmentId: null,
      channel: "",
      mode: "proactive",
      source: "manual",
      effectiveFrom: "2026-01-01",
      position: 98,
      active: true,
    },
    staff.id,
  );
  itemId = item.id;
  responsibility = (await getItem(itemId))!.responsibility;
});

const entryRow = async (id: number) => (await db.select().from(catalogueEntries).where(eq(catalogueEntries.id, id)))[0];

/** An entry in the given state, drafted and submitted by the department's author. */
async function entryIn(state: CatalogueEntryStatus): Promise<number> {
  const e = await createEntry(itemId, { title: `状态 ${state}`, body: "正文", ...PERIOD }, author);
  if (state === "draft") return e.id;
  await submitEntry(e.id, author);
  if (state === "pending_review") return e.id;
  if (state === "returned") return (await returnEntry(e.id, "请补充", staff), e.id);
  await approveEntry(e.id, staff);
  if (state === "published") return e.id;
  const correction = await startCorrection(e.id, author);
  await updateEntry(correction.id, { title: correction.title, body: "更正后的正文", ...PERIOD, correctionNote: "数字有误", version: correction.version }, author);
  await submitEntry(correction.id, author);
  await approveEntry(correction.id, staff);
  return e.id;
}

async function attemptEntry(action: EntryAction, u: AppUser, id: number) {
  const row = await entryRow(id);
  switch (action) {
    case "edit":
      return updateEntry(id, { title: "改过的标题", body: "改过的正文", ...PERIOD, correctionNote: null, version: row.version }, u);
    case "submit":
      return submitEntry(id, u);
    case "discard":
      return discardEntry(id, u);
    case "approve":
      return approveEntry(id, u);
    case "return":
      return returnEntry(id, "理由", u);
    case "correct":
      return startCorrection(id, u);
    case "ask":
      return submitFeedback(id, { kind: "question", body: "请问这条信息的统计口径是什么？" }, u);
    default:
      throw new Error(action);
  }
}

describe("the disclosure entry table, exhaustively", () => {
  const STATES: CatalogueEntryStatus[] = ["draft", "pending_review", "returned", "published", "superseded"];
  const ACTIONS: EntryAction[] = ["edit", "submit", "discard", "approve", "return", "correct", "ask"];

  it("matches the table for the author, a colleague, another department, staff and the public", { timeout: 300_000 }, async () => {
    let checked = 0;
    let allowed = 0;
    for (const state of STATES) {
      const shared = await entryIn(state);
      for (const action of ACTIONS) {
        for (const u of [author, colleague, otherDept, staff, citizen]) {
          const before = await entryRow(shared);
          const expected = refusalOf(ENTRY_RULES[action], { state, actors: entryActors(u, responsibility, before) });
          if (expected === null) {
            const fresh = await entryIn(state);
            await attemptEntry(action, u, fresh);
            const after = await entryRow(fresh);
            const to = ENTRY_RULES[action].to;
            if (action === "discard") expect(after, "discarded").toBeUndefined();
            else expect(after.status, `${action} from ${state}`).toBe(to ?? state);
            allowed++;
          } else {
            const error = await refusedWith(attemptEntry(action, u, shared));
            expect(error.message, `${action} by ${u.username} in ${state}`).toBe(expected.message);
            expect(error.code).toBe(expected.code);
            expect((await entryRow(shared)).version).toBe(before.version);
          }
          checked++;
        }
      }
    }
    expect(checked).toBe(STATES.length * ACTIONS.length * 5);
    // Both sides of the table were exercised.
    expect(allowed).toBeGreaterThan(20);
    expect(checked - allowed).toBeGreaterThan(50);
  });

  it("refuses creation to anyone but the responsible people and staff", async () => {
    for (const u of [author, colleague, otherDept, staff, citizen]) {
      const expected = refusalOf(ENTRY_RULES.create, { state: "new", actors: entryActors(u, responsibility) });
      const attempt = createEntry(itemId, { title: "新建", body: "", ...PERIOD }, u);
      if (expected === null) expect((await attempt).status).toBe(ENTRY_RULES.create.to);
      else expect((await refusedWith(attempt)).message).toBe(expected.message);
    }
  });
});

type FeedbackAction = "moderate" | "answer" | "approve_answer" | "reject_answer";

describe("the feedback table, exhaustively", () => {
  let entryId: number;
  beforeAll(async () => {
    entryId = await entryIn("published");
  });

  const feedbackRow = async (id: number) => (await db.select().from(catalogueFeedback).where(eq(catalogueFeedback.id, id)))[0];

  /** Feedback with the question and the answer in the given states; the answer by the department, or by admin when `byAdmin`. */
  async function feedbackIn(question: Moderation, answer: AnswerState, byAdmin = false) {
    // A new asker each time: one person may have only three questions waiting per entry.
    const f = await submitFeedback(entryId, { kind: "question", body: `问题 ${question}/${answer}` }, await makeUser(["public"]));
    if (question === "rejected") await moderateFeedback(f.id, "rejected", "", staff);
    if (answer !== "none") await answerFeedback(f.id, "答复内容", byAdmin ? admin : author);
    if (question === "approved") await moderateFeedback(f.id, "approved", "", staff);
    if (answer === "approved" || answer === "rejected") await moderateAnswer(f.id, answer, staff);
    return f.id;
  }

  /** The rule the domain applies (a pending answer is revised), and the state it leads to. */
  function answerRule(action: Exclude<FeedbackAction, "moderate">, f: { answerStatus: Moderation | null }) {
    return action === "answer" ? ANSWER_RULES[answerStateOf(f) === "pending" ? "revise" : "answer"] : ANSWER_RULES[action];
  }

  function expectedRefusal(action: FeedbackAction, f: typeof catalogueFeedback.$inferSelect, u: AppUser) {
    const actors = feedbackActors(u, responsibility, f);
    if (action === "moderate") return refusalOf(QUESTION_RULES.moderate, { state: f.status, actors });
    return refusalOf(answerRule(action, f), { state: answerStateOf(f), within: f.status, actors });
  }

  async function attempt(action: FeedbackAction, u: AppUser, id: number) {
    switch (action) {
      case "moderate":
        return moderateFeedback(id, "approved", "", u);
      case "answer":
        return answerFeedback(id, "新的答复", u);
      case "approve_answer":
        return moderateAnswer(id, "approved", u);
      case "reject_answer":
        return moderateAnswer(id, "rejected", u);
    }
  }

  const STATES: [Moderation, AnswerState, boolean][] = [
    ["pending", "none", false],
    ["approved", "none", false],
    ["rejected", "none", false],
    ["pending", "pending", false],
    ["approved", "pending", true],
    ["approved", "approved", false],
    ["approved", "rejected", false],
    ["pending", "rejected", false],
  ];
  const ACTIONS: FeedbackAction[] = ["moderate", "answer", "approve_answer", "reject_answer"];

  it("matches the table for the department, another department, staff, the answering admin and the public", { timeout: 300_000 }, async () => {
    let checked = 0;
    let allowed = 0;
    for (const [question, answer, byAdmin] of STATES) {
      const shared = await feedbackIn(question, answer, byAdmin);
      for (const action of ACTIONS) {
        for (const u of [author, otherDept, staff, admin, citizen]) {
          const before = await feedbackRow(shared);
          const expected = expectedRefusal(action, before, u);
          const label = `${action} by ${u.username} in ${question}/${answer}`;
          if (expected === null) {
            const fresh = await feedbackIn(question, answer, byAdmin);
            await attempt(action, u, fresh);
            const after = await feedbackRow(fresh);
            if (action === "moderate") expect(after.status, label).toBe("approved");
            else expect(answerStateOf(after), label).toBe(answerRule(action, before).to);
            allowed++;
          } else {
            const error = await refusedWith(attempt(action, u, shared));
            expect(error.message, label).toBe(expected.message);
            expect(error.code).toBe(expected.code);
            expect((await feedbackRow(shared)).version).toBe(before.version);
          }
          checked++;
        }
      }
    }
    expect(checked).toBe(STATES.length * ACTIONS.length * 5);
    expect(allowed).toBeGreaterThan(10);
  });
});
