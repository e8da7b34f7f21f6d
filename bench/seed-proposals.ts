// Proposals with full histories for the benchmark data set, bulk-written in
// batches. Each proposal walks the path the domain functions take
// (createProposal → submitProposal → acceptProposal → assignProposal →
// signAssignment → submitReply → reviewReply → evaluateProposal) as far as
// its final state, and gets the rows and events those functions write, with
// the same actions, states and data: a case number per year (gap-free), the
// public document of an accepted proposal, assignments (单办 or 主办/会办),
// co-handler opinions, formal replies with category, evaluations, re-handling.
// Open proposals are recent; some signed ones are past their deadline
// (overdue). Not written: notifications and the mail outbox (inbox rows no
// public page reads) and the disclosure-catalogue entries for replies.
import type { DbOrTx } from "../db/client";
import { events } from "../db/schema";
import { assignments, caseCounters, evaluations, proposals, replies, type AssignmentState, type ProposalState } from "../db/loop.schema";
import { addMonths, nextWorkingDay, type Overrides } from "../app/models/platform/calendar";
import { coOpinionDeadline } from "../app/models/loop/handling.server";
import { insertChunked, insertDocuments, type DocumentSpec } from "./seed-documents";
import { proposalTree, type Directory } from "./generate";
import type { TextSource } from "./text";

export interface People {
  staffId: string;
  authors: { id: string; name: string; organisationId: number | null; organisationName: string | null }[];
  departmentUser: Map<number, string>;
}

type Stage = "submitted" | "accepted" | "assigned" | "signed" | "overdue" | "replied" | "rehandling" | "closed";
const STAGES: [Stage, number][] = [
  ["submitted", 0.03],
  ["accepted", 0.05],
  ["assigned", 0.07],
  ["signed", 0.1],
  ["overdue", 0.08],
  ["replied", 0.17],
  ["rehandling", 0.05],
  ["closed", 0.45],
];
const DAY = 86_400_000;
// assignments.version after the transitions that lead to each state.
const ASSIGNMENT_VERSION: Record<AssignmentState, number> = { assigned: 1, signed: 2, reassignment_requested: 3, replied: 3, rehandling: 4, closed: 4, withdrawn: 4 };
const day = (d: Date) => d.toISOString().slice(0, 10);

function stageOf(x: number): Stage {
  for (const [stage, share] of STAGES) {
    if (x < share) return stage;
    x -= share;
  }
  return "closed";
}

export interface ProposalBatchResult {
  proposals: number;
  accepted: number;
  leaves: number;
}

/** One batch (one transaction): `count` proposals. `counters` carries the case numbers across batches. */
export async function insertProposalBatch(
  t: DbOrTx,
  src: TextSource,
  dir: Directory,
  people: People,
  overrides: Overrides,
  counters: Map<number, number>,
  count: number,
  now: Date,
): Promise<ProposalBatchResult> {
  const plans = Array.from({ length: count }, () => {
    const stage = stageOf(src.next());
    const open = ["submitted", "accepted", "assigned", "signed"].includes(stage);
    // Open proposals are recent; overdue ones were assigned four to seven months ago.
    const ageDays = open ? 10 + src.int(40) : stage === "overdue" ? 120 + src.int(90) : 200 + src.int(1200);
    const submittedAt = new Date(now.getTime() - ageDays * DAY);
    const author = src.pick(people.authors);
    const kind = author.organisationId ? "party_proposal" : src.next() < 0.2 ? "joint_proposal" : "member_proposal";
    const title = `关于${src.sentence().slice(0, 26)}的提案`;
    return { stage, submittedAt, author, kind, title, year: submittedAt.getUTCFullYear() } as const;
  });
  // Documents of the accepted ones first (acceptProposal creates one per case).
  const accepted = plans.filter((p) => p.stage !== "submitted");
  const caseNos = accepted.map((p) => {
    const n = (counters.get(p.year) ?? 0) + 1;
    counters.set(p.year, n);
    return `${p.year}-${String(n).padStart(4, "0")}`;
  });
  const trees = accepted.map((p) => proposalTree(src, dir, p.title, p.author.organisationName ?? p.author.name));
  const specs: DocumentSpec[] = accepted.map((p, i) => ({
    slug: `case-${caseNos[i]}`,
    kind: p.kind,
    title: p.title,
    byline: trees[i].tree.byline,
    organisationId: p.author.organisationId,
    authors: [p.author.name],
    year: p.year,
    intro: trees[i].tree.intro,
    publishedAt: new Date(p.submittedAt.getTime() + 3 * DAY),
    createdBy: people.staffId,
    note: `立案 ${caseNos[i]}`,
    tree: trees[i].tree,
    mentionIds: trees[i].mentionIds,
  }));
  const documentIds = await insertDocuments(t, specs);

  const ev: (typeof events.$inferInsert)[] = [];
  const event = (at: Date, actorId: string, subject: number, action: string, from: string | null, to: string | null, data: Record<string, unknown> = {}, note: string | null = null) =>
    ev.push({ occurredAt: at, actorId, subjectType: "proposal", subjectId: String(subject), action, fromState: from, toState: to, note, data });

  const rows = plans.map((p) => {
    const i = accepted.indexOf(p);
    const at = (days: number) => new Date(p.submittedAt.getTime() + days * DAY);
    const finalState: ProposalState =
      p.stage === "submitted" ? "submitted" : p.stage === "accepted" ? "accepted" : p.stage === "closed" ? "closed" : p.stage === "replied" ? "replied" : p.stage === "rehandling" ? "rehandling" : "assigned";
    return {
      authorId: p.author.id,
      organisationId: p.author.organisationId,
      kind: p.kind,
      state: finalState,
      year: p.year,
      caseNo: i >= 0 ? caseNos[i] : null,
      documentId: i >= 0 ? documentIds[i] : null,
      title: p.title,
      body: specs[i]?.tree ? `${specs[i].tree.intro}\n\n${specs[i].tree.children.map((c) => `${c.marker}${c.text}`).join("\n\n")}` : src.paragraph(3, 6),
      version: { submitted: 2, accepted: 3, assigned: 4, signed: 4, overdue: 4, replied: 5, rehandling: 6, closed: 6 }[p.stage],
      submittedAt: p.submittedAt,
      acceptedAt: i >= 0 ? at(3) : null,
      repliedAt: ["replied", "rehandling", "closed"].includes(p.stage) ? at(60) : null,
      closedAt: p.stage === "closed" ? at(75) : null,
      createdAt: at(-2),
      updatedAt: at(p.stage === "closed" ? 75 : 3),
    };
  });
  const ids = ((await insertChunked(rows, (chunk) => t.insert(proposals).values(chunk).returning({ id: proposals.id }))) as { id: number }[]).map((r) => r.id);

  // Assignments: 单办 (70 %) or 主办 + one 会办.
  type Plan = (typeof plans)[number];
  const assignPlans: { p: Plan; pid: number; departmentId: number; role: "sole" | "lead" | "co"; deadline: string; assignedAt: Date; state: AssignmentState }[] = [];
  plans.forEach((p, k) => {
    if (p.stage === "submitted" || p.stage === "accepted") return;
    const assignedAt = new Date(p.submittedAt.getTime() + 5 * DAY);
    const deadline = nextWorkingDay(addMonths(day(assignedAt), 3), overrides);
    const lead = trees[accepted.indexOf(p)].leads[0];
    const formalState = ({ assigned: "assigned", signed: "signed", overdue: "signed", replied: "replied", rehandling: "rehandling", closed: "closed" } as const)[p.stage as "assigned"];
    const withCo = src.next() < 0.3;
    assignPlans.push({ p, pid: ids[k], departmentId: lead, role: withCo ? "lead" : "sole", deadline, assignedAt, state: formalState });
    if (withCo) {
      let co = src.pick(dir.departments).id;
      while (co === lead) co = src.pick(dir.departments).id;
      const coDeadline = coOpinionDeadline(day(assignedAt), deadline, overrides);
      const coState: AssignmentState = p.stage === "assigned" ? "assigned" : p.stage === "signed" || p.stage === "overdue" ? "signed" : p.stage === "closed" ? "closed" : "replied";
      assignPlans.push({ p, pid: ids[k], departmentId: co, role: "co", deadline: coDeadline, assignedAt, state: coState });
    }
  });
  const aIds = (
    (await insertChunked(assignPlans, (chunk) =>
      t
        .insert(assignments)
        .values(
          chunk.map((a) => ({
            proposalId: a.pid,
            departmentId: a.departmentId,
            role: a.role,
            state: a.state,
            deadline: a.p.stage === "rehandling" && a.role !== "co" ? nextWorkingDay(addMonths(day(new Date(a.p.submittedAt.getTime() + 80 * DAY)), 1), overrides) : a.deadline,
            assignedAt: a.assignedAt,
            signedAt: a.p.stage === "assigned" ? null : new Date(a.assignedAt.getTime() + 2 * DAY),
            version: ASSIGNMENT_VERSION[a.state],
            createdBy: people.staffId,
          })),
        )
        .returning({ id: assignments.id }),
    )) as { id: number }[]
  ).map((r) => r.id);

  // Replies: the co-handler's opinion, then the formal reply, reviewed and published.
  const replyPlans: { a: (typeof assignPlans)[number]; aid: number; kind: "formal" | "co_opinion"; category: "A" | "B" | "C" | "D" | null; createdAt: Date }[] = [];
  assignPlans.forEach((a, k) => {
    if (!["replied", "rehandling", "closed"].includes(a.p.stage) && !(a.role === "co" && a.state === "replied")) return;
    if (a.role === "co") replyPlans.push({ a, aid: aIds[k], kind: "co_opinion", category: null, createdAt: new Date(a.assignedAt.getTime() + 20 * DAY) });
    else replyPlans.push({ a, aid: aIds[k], kind: "formal", category: src.pick(["A", "A", "B", "B", "C", "D"] as const), createdAt: new Date(a.assignedAt.getTime() + 50 * DAY) });
  });
  const rIds = (
    (await insertChunked(replyPlans, (chunk) =>
      t
        .insert(replies)
        .values(
          chunk.map((r) => ({
            assignmentId: r.aid,
            kind: r.kind,
            category: r.category,
            body: src.paragraph(3, 8),
            state: "published" as const,
            createdBy: people.departmentUser.get(r.a.departmentId) ?? null,
            createdAt: r.createdAt,
            reviewedBy: r.kind === "formal" ? people.staffId : null,
            reviewedAt: r.kind === "formal" ? new Date(r.createdAt.getTime() + 5 * DAY) : null,
          })),
        )
        .returning({ id: replies.id }),
    )) as { id: number }[]
  ).map((r) => r.id);

  // Evaluations of the finished ones: satisfied closes, unsatisfied re-handles.
  const evaluated = plans.map((p, k) => ({ p, pid: ids[k] })).filter(({ p }) => p.stage === "closed" || p.stage === "rehandling");
  const verdicts = evaluated.map(({ p }) => ({
    attitude: p.stage === "closed" ? src.pick(["satisfied", "satisfied", "basically_satisfied"] as const) : ("unsatisfied" as const),
    result: p.stage === "closed" ? src.pick(["satisfied", "basically_satisfied"] as const) : src.pick(["unsatisfied", "basically_satisfied"] as const),
    comment: p.stage === "closed" ? "" : src.sentence(),
  }));
  await insertChunked(
    evaluated.map((e, i) => ({ proposalId: e.pid, userId: e.p.author.id, ...verdicts[i], createdAt: new Date(e.p.submittedAt.getTime() + 75 * DAY) })),
    (chunk) => t.insert(evaluations).values(chunk),
  );

  // The events, in the order the domain functions write them.
  plans.forEach((p, k) => {
    const id = ids[k];
    const at = (days: number) => new Date(p.submittedAt.getTime() + days * DAY);
    const author = p.author.id;
    const staff = people.staffId;
    event(at(-2), author, id, "proposal.drafted", null, "draft");
    event(at(0), author, id, "proposal.submitted", "draft", "submitted");
    if (p.stage === "submitted") return;
    event(at(3), staff, id, "proposal.accepted", "submitted", "accepted", { caseNo: rows[k].caseNo });
    if (p.stage === "accepted") return;
    const mine = assignPlans.map((a, j) => ({ a, aid: aIds[j] })).filter((x) => x.a.pid === id);
    for (const { a, aid } of mine) event(at(5), staff, id, "proposal.assigned", "accepted", "assigned", { assignmentId: aid, departmentId: a.departmentId, role: a.role, deadline: a.deadline });
    if (p.stage === "assigned") return;
    for (const { a, aid } of mine) event(at(7), people.departmentUser.get(a.departmentId) ?? staff, id, "assignment.signed", "assigned", "signed", { assignmentId: aid, departmentId: a.departmentId });
    if (p.stage === "signed" || p.stage === "overdue") return;
    for (const { a, aid } of mine.filter((x) => x.a.role === "co")) {
      event(at(25), people.departmentUser.get(a.departmentId) ?? staff, id, "assignment.co_opinion_sent", "signed", "replied", { assignmentId: aid, departmentId: a.departmentId });
    }
    for (const { a, aid } of mine.filter((x) => x.a.role !== "co")) {
      const r = replyPlans.findIndex((x) => x.aid === aid);
      const reply = { replyId: rIds[r], kind: "formal", category: replyPlans[r].category };
      event(at(55), people.departmentUser.get(a.departmentId) ?? staff, id, "reply.submitted", null, null, reply);
      event(at(60), staff, id, "reply.published", null, null, { ...reply, departmentId: a.departmentId });
      event(at(60), staff, id, "assignment.replied", "signed", "replied", { assignmentId: aid, departmentId: a.departmentId });
    }
    event(at(60), staff, id, "proposal.replied", "assigned", "replied");
    if (p.stage === "replied") return;
    const verdict = verdicts[evaluated.findIndex((e) => e.pid === id)];
    event(at(75), author, id, "proposal.evaluated", null, null, { ...verdict });
    if (p.stage === "closed") {
      for (const { a, aid } of mine) event(at(75), author, id, "assignment.closed", "replied", "closed", { assignmentId: aid, departmentId: a.departmentId });
      event(at(75), author, id, "proposal.closed", "replied", "closed");
    } else {
      const deadline = nextWorkingDay(addMonths(day(at(80)), 1), overrides);
      for (const { a, aid } of mine.filter((x) => x.a.role !== "co")) event(at(75), author, id, "assignment.rehandling", "replied", "rehandling", { assignmentId: aid, departmentId: a.departmentId });
      event(at(75), author, id, "proposal.rehandling", "replied", "rehandling", { deadline }, verdict.comment || null);
    }
  });
  ev.sort((a, b) => a.occurredAt!.getTime() - b.occurredAt!.getTime());
  await insertChunked(ev, (chunk) => t.insert(events).values(chunk));
  return { proposals: count, accepted: accepted.length, leaves: accepted.length * 4 };
}

/** Case counters as acceptProposal leaves them: the last number used per year. */
export async function saveCounters(t: DbOrTx, counters: Map<number, number>) {
  for (const [year, last] of counters) {
    await t.insert(caseCounters).values({ year, last }).onConflictDoUpdate({ target: caseCounters.year, set: { last } });
  }
}
