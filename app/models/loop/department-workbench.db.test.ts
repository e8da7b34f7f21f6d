// The department workbench keeps its size: more than N answered and closed
// assignments (and done recommendations) show as the latest N with their totals,
// more than a few in progress as the few due next (and 会办意见待送 still lists
// every co-handling awaiting an opinion, from its own statement),
// the paged lists show all of them, newest first, across pages, and another
// department's rows never appear. Counts agree between the workbench, its lists
// and the to-dos.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../../db/client";
import { documents, recommendations } from "../../../db/documents.schema";
import { assignments, proposals } from "../../../db/loop.schema";
import { departments, users } from "../../../db/schema";
import { createSession } from "../../auth/session.server";
import { todoCounts } from "../todos/todos.server";
import { getUserById } from "../directory/users.server";
import { loader as workbenchLoader } from "../../routes/department._index";
import { loader as assignmentsLoader } from "../../routes/department.assignments._index";
import { loader as recommendationsLoader } from "../../routes/department.recommendations._index";
import { ACTIONS_SHOWN_OF, ACTIVE_BUCKETS, IN_PROGRESS_SHOWN, LIST_PAGE, WORKBENCH_LATEST, departmentAssignmentPage, departmentWorkbench } from "./department-workbench.server";

const CLOSED = 61; // more than a page of the list (50) and far more than the workbench's 10
const REPLIED = 12;
const RECS_DONE = 13;
const IN_PROGRESS = IN_PROGRESS_SHOWN + 4; // signed, due long after the 临期 window: more than the workbench lists
const CO_WAITING = 3; // of those, co-handling whose opinion is still to send
const T0 = Date.parse("2030-01-01T00:00:00Z"); // after anything the seed assigned: ours are the newest

const ids = { mz: 0, wj: 0, closed: [] as number[], replied: [] as number[], recs: [] as number[], wjClosed: [] as number[], inProgress: [] as number[], co: [] as number[] };
let cookie = "";

async function loaderJson<T>(loader: (args: never) => unknown, url: string): Promise<T> {
  const res = (await loader({ request: new Request(`http://localhost${url}`, { headers: { Cookie: cookie } }), params: {}, context: {} } as never)) as Response;
  expect(res.status).toBe(200);
  return (await res.json()) as T;
}

beforeAll(async () => {
  const dept = async (name: string) => (await db.select().from(departments).where(eq(departments.name, name)))[0].id;
  ids.mz = await dept("市民政局");
  ids.wj = await dept("市卫生健康委员会");
  const [member] = await db.select().from(users).where(eq(users.username, "member"));
  const [mzUser] = await db.select().from(users).where(eq(users.username, "dept-mz"));
  cookie = (await createSession(new Request("http://localhost/"), mzUser.id)).split(";")[0];
  const n = CLOSED + REPLIED + 5;
  const props = await db
    .insert(proposals)
    .values(Array.from({ length: n }, (_, i) => ({ kind: "member_proposal" as const, authorId: member.id, state: "closed" as const, year: 2030, caseNo: `WB-${i}`, title: `工作台测试提案 ${i}` })))
    .returning({ id: proposals.id });
  const at = (i: number) => new Date(T0 + i * 60_000);
  const mk = (i: number, departmentId: number, state: "closed" | "replied") => ({ proposalId: props[i].id, departmentId, role: "sole" as const, state, deadline: "2030-03-01", assignedAt: at(i) });
  const rows = await db
    .insert(assignments)
    .values([
      ...Array.from({ length: CLOSED }, (_, i) => mk(i, ids.mz, "closed")),
      ...Array.from({ length: REPLIED }, (_, i) => mk(CLOSED + i, ids.mz, "replied")),
      ...Array.from({ length: 5 }, (_, i) => mk(CLOSED + REPLIED + i, ids.wj, "closed")),
    ])
    .returning({ id: assignments.id, departmentId: assignments.departmentId, state: assignments.state });
  // Newest first: the latest assigned comes first.
  ids.closed = rows.filter((r) => r.departmentId === ids.mz && r.state === "closed").map((r) => r.id).reverse();
  ids.replied = rows.filter((r) => r.state === "replied").map((r) => r.id).reverse();
  ids.wjClosed = rows.filter((r) => r.departmentId === ids.wj).map((r) => r.id);
  const [doc] = await db
    .insert(documents)
    .values({ slug: "wb-report", kind: "research_report", title: "工作台测试报告", year: 2030, status: "published", sourceText: "x", sourceHash: "wb" })
    .returning({ id: documents.id });
  const recs = await db
    .insert(recommendations)
    .values(Array.from({ length: RECS_DONE }, (_, i) => ({ documentId: doc.id, path: String(i + 1), position: i, depth: 1, level: "item" as const, title: `建议 ${i}`, text: "内容", isLeaf: true })))
    .returning({ id: recommendations.id });
  const recRows = await db
    .insert(assignments)
    .values(recs.map((r, i) => ({ recommendationId: r.id, departmentId: ids.mz, role: "sole" as const, state: "closed" as const, deadline: "2030-03-01", assignedAt: at(i) })))
    .returning({ id: assignments.id });
  ids.recs = recRows.map((r) => r.id).reverse();
  // In progress, deadlines far ahead and in this order; the co-handling ones are due last, so the workbench does not list them.
  const open = await db
    .insert(proposals)
    .values(Array.from({ length: IN_PROGRESS }, (_, i) => ({ kind: "member_proposal" as const, authorId: member.id, state: "assigned" as const, year: 2030, caseNo: `WB-P-${i}`, title: `办理中测试提案 ${i}` })))
    .returning({ id: proposals.id });
  const signed = await db
    .insert(assignments)
    .values(open.map((p, i) => ({ proposalId: p.id, departmentId: ids.mz, role: i >= IN_PROGRESS - CO_WAITING ? ("co" as const) : ("sole" as const), state: "signed" as const, deadline: `2031-0${1 + Math.floor(i / 3)}-1${i % 3}`, assignedAt: at(i) })))
    .returning({ id: assignments.id, role: assignments.role });
  ids.inProgress = signed.map((r) => r.id);
  ids.co = signed.filter((r) => r.role === "co").map((r) => r.id);
});

describe("department workbench", () => {
  it("shows the latest N of each done bucket with its total, and what needs action first, bounded", async () => {
    const wb = await loaderJson<{ inbox: { id: number; bucket: string }[]; counts: Record<string, number>; recommendations: { done: { id: number }[]; doneTotal: number; open: unknown[] } }>(
      workbenchLoader,
      "/department",
    );
    const closed = wb.inbox.filter((a) => a.bucket === "evaluated");
    const replied = wb.inbox.filter((a) => a.bucket === "replied");
    expect(closed.map((a) => a.id)).toEqual(ids.closed.slice(0, WORKBENCH_LATEST));
    expect(replied.map((a) => a.id)).toEqual(ids.replied.slice(0, WORKBENCH_LATEST));
    expect(wb.counts.evaluated).toBeGreaterThanOrEqual(CLOSED);
    expect(wb.counts.replied).toBeGreaterThanOrEqual(REPLIED);
    expect(wb.recommendations.done.map((r) => r.id)).toEqual(ids.recs.slice(0, WORKBENCH_LATEST));
    expect(wb.recommendations.doneTotal).toBe(RECS_DONE);
    expect(wb.inbox.some((a) => ids.wjClosed.includes(a.id))).toBe(false);
    // What needs action is there up to its bound, by deadline; in progress only the few due next.
    for (const b of ACTIVE_BUCKETS) expect(wb.inbox.filter((a) => a.bucket === b).length, b).toBe(Math.min(wb.counts[b], ACTIONS_SHOWN_OF[b]));
    expect(wb.counts.in_progress).toBeGreaterThanOrEqual(IN_PROGRESS);
    const inProgress = wb.inbox.filter((a) => a.bucket === "in_progress").map((a) => a.id);
    expect(inProgress).toHaveLength(IN_PROGRESS_SHOWN);
    expect(ids.co.some((id) => inProgress.includes(id))).toBe(false);
  });

  it("lists every co-handling awaiting an opinion under 会办意见待送, as the to-do counts them", async () => {
    const page = await loaderJson<{ showCo: boolean; coOpinions: { rows: { id: number }[]; total: number }; todos: { coOpinions: number } }>(workbenchLoader, "/department?show=co");
    expect(page.showCo).toBe(true);
    expect(page.coOpinions.total).toBe(page.todos.coOpinions);
    expect(page.coOpinions.rows).toHaveLength(page.coOpinions.total);
    for (const id of ids.co) expect(page.coOpinions.rows.map((r) => r.id)).toContain(id);
  });

  it("pages through all of them, newest first, only the department's own", async () => {
    type Page = { rows: { id: number }[]; total: number; pages: number; page: number };
    const first = await loaderJson<Page>(assignmentsLoader, "/department/assignments?state=evaluated");
    expect(first.rows).toHaveLength(LIST_PAGE);
    const seen = [...first.rows];
    for (let p = 2; p <= first.pages; p++) seen.push(...(await loaderJson<Page>(assignmentsLoader, `/department/assignments?state=evaluated&page=${p}`)).rows);
    expect(seen).toHaveLength(first.total);
    expect(seen.map((r) => r.id).slice(0, CLOSED)).toEqual(ids.closed);
    expect(seen.some((r) => ids.wjClosed.includes(r.id))).toBe(false);
    const all = await loaderJson<Page>(assignmentsLoader, "/department/assignments?page=2");
    expect(all.rows.some((r) => ids.wjClosed.includes(r.id))).toBe(false);
    const recs = await loaderJson<Page>(recommendationsLoader, "/department/recommendations?state=done");
    expect(recs.rows.map((r) => r.id)).toEqual(ids.recs);
    expect(recs.total).toBe(RECS_DONE);
    // Past the last page: empty, with the total still right.
    const beyond = await loaderJson<Page>(assignmentsLoader, "/department/assignments?state=evaluated&page=99");
    expect(beyond.rows).toEqual([]);
    expect(beyond.total).toBe(first.total);
  });

  it("agrees with its lists and with the to-dos", async () => {
    const wb = await departmentWorkbench(ids.mz);
    for (const [bucket, n] of Object.entries(wb.counts)) {
      expect((await departmentAssignmentPage(ids.mz, bucket as keyof typeof wb.counts, 1)).total, bucket).toBe(n);
    }
    const [mzUser] = await db.select().from(users).where(eq(users.username, "dept-mz"));
    const todos = (await todoCounts((await getUserById(mzUser.id))!)).department!;
    // 待签收 and 逾期 count recommendation assignments too; none of ours are open, so the proposal part is the workbench's.
    const openRecs = wb.recommendations.open;
    expect(todos.sign).toBe(wb.counts.new + openRecs.filter((r) => r.state === "assigned").length);
    expect(todos.overdue).toBe(wb.counts.overdue + openRecs.filter((r) => r.overdueDays > 0).length + wb.assignments.filter((a) => a.bucket === "new" && a.overdueDays > 0).length);
  });

  it("shows another department's user only their own", async () => {
    const [wjUser] = await db.select().from(users).where(eq(users.username, "dept-wj"));
    const saved = cookie;
    cookie = (await createSession(new Request("http://localhost/"), wjUser.id)).split(";")[0];
    try {
      const page = await loaderJson<{ rows: { id: number }[] }>(assignmentsLoader, "/department/assignments?state=evaluated");
      const seen = page.rows.map((r) => r.id);
      expect(ids.wjClosed.every((id) => seen.includes(id))).toBe(true);
      expect(seen.some((id) => ids.closed.includes(id))).toBe(false);
    } finally {
      cookie = saved;
    }
  });
});
