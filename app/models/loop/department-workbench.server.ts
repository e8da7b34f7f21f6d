// The department workbench (/department) and its paged lists
// (/department/assignments, /department/recommendations). A workbench is for
// today's work: what needs action (new, overdue, due soon) first, up to
// ACTION_SHOWN of each by deadline; what is in progress only as the
// IN_PROGRESS_SHOWN due next; what is done (replied, closed, withdrawn) only as
// its latest few — every bucket with its total and 查看全部 to its list, so the
// page keeps its size however much the department has on hand or behind it
// (open recommendations are still listed in full). Counts and pages are SQL (limit/offset); the department is always the
// caller's. The buckets are departmentInbox's (handling-queries.server.ts, which
// the JSON API keeps using), written once more as SQL — except that a withdrawn
// assignment has a bucket of its own here rather than counting as 办理中.
import { sql, type SQL } from "drizzle-orm";
import { db, rowsOf } from "../../../db/client";
import { todayInBeijing } from "../platform/calendar";
import { overdueDays, type Assignment } from "./handling.server";
import { dueSoonLimit, owesCoOpinion } from "../todos/todos.server";
import { WORKBENCH_BUCKETS, type RecommendationFilter, type WorkbenchBucket } from "../../utils/labels";

/** How many of each done bucket the workbench shows (newest first); the rest are a click away. */
export const WORKBENCH_LATEST = 5;
/** How many of each bucket that needs action (new, overdue, due soon) the workbench shows, earliest deadline first. */
export const ACTION_SHOWN = 20;
/** How many assignments in progress (signed, not yet due soon) the workbench shows, earliest deadline first. */
export const IN_PROGRESS_SHOWN = 5;
/** How many of each open bucket the workbench lists. */
export const ACTIONS_SHOWN_OF: Record<(typeof ACTIVE_BUCKETS)[number], number> = { new: ACTION_SHOWN, overdue: ACTION_SHOWN, due_soon: ACTION_SHOWN, in_progress: IN_PROGRESS_SHOWN };
/** At most this many co-handling assignments awaiting an opinion on /department?show=co, earliest deadline first. */
export const CO_OPINIONS_SHOWN = 100;
/** Rows per page of the paged lists. */
export const LIST_PAGE = 50;

export const ACTIVE_BUCKETS = ["new", "overdue", "due_soon", "in_progress"] as const satisfies readonly WorkbenchBucket[];
export const DONE_BUCKETS = ["replied", "evaluated", "withdrawn"] as const satisfies readonly WorkbenchBucket[];

const OPEN = sql.raw(`('assigned', 'signed', 'reassignment_requested', 'rehandling')`);
const DONE = sql.raw(`('replied', 'closed', 'withdrawn')`);
const DONE_STATE = { replied: "replied", evaluated: "closed", withdrawn: "withdrawn" } as const;
const DONE_STATES: readonly string[] = Object.values(DONE_STATE);
const isActive = (bucket: string) => (ACTIVE_BUCKETS as readonly string[]).includes(bucket);
/** Newest first: by assignment time, ties by id. */
const NEWEST = sql`a.assigned_at desc, a.id desc`;

async function days() {
  const today = todayInBeijing();
  return { today, soon: await dueSoonLimit(today) };
}

/** A json_agg column: null when there were no rows; a string where the driver leaves JSON unparsed. */
function jsonRows<T>(value: unknown): T[] {
  if (value == null) return [];
  return (typeof value === "string" ? JSON.parse(value) : value) as T[];
}

/** The bucket of the assignment aliased `a`, as departmentInbox computes it. */
function bucketOf({ today, soon }: { today: string; soon: string }) {
  return sql`(case when a.state = 'assigned' then 'new'
    when a.state in ${OPEN} and a.deadline < ${today} then 'overdue'
    when a.state in ${OPEN} and a.deadline <= ${soon} then 'due_soon'
    when a.state = 'closed' then 'evaluated'
    when a.state = 'replied' then 'replied'
    when a.state = 'withdrawn' then 'withdrawn'
    else 'in_progress' end)`;
}

interface RawAssignment {
  id: number;
  role: Assignment["role"];
  state: Assignment["state"];
  deadline: string;
  waived: boolean;
  case_no: string | null;
  title: string;
  is_key: boolean;
  bucket: WorkbenchBucket;
}

const assignmentSelect = (departmentId: number, bucket: SQL) =>
  sql`select a.id, a.assigned_at, a.role, a.state, a.deadline, a.opinion_waived_at is not null as waived, p.case_no, p.title, p.is_key, ${bucket} as bucket
      from assignments a join proposals p on p.id = a.proposal_id where a.department_id = ${departmentId}`;

function assignmentRow(r: RawAssignment, today: string) {
  return {
    id: r.id,
    caseNo: r.case_no,
    title: r.title,
    role: r.role,
    state: r.state,
    deadline: r.deadline,
    overdueDays: overdueDays(r, today),
    bucket: r.bucket,
    isKey: r.is_key,
    opinionWaived: r.waived,
  };
}

interface RawRecommendation {
  id: number;
  recommendation_id: number;
  title: string;
  doc_title: string;
  state: Assignment["state"];
  deadline: string;
  adoption: string | null;
  progress: number | null;
}

const recommendationSelect = (departmentId: number) =>
  sql`select a.id, a.assigned_at, a.recommendation_id, r.title, d.title as doc_title, a.state, a.deadline, a.adoption, a.progress
      from assignments a join recommendations r on r.id = a.recommendation_id join documents d on d.id = r.document_id
      where a.department_id = ${departmentId}`;

function recommendationRow(r: RawRecommendation, today: string) {
  const { id, recommendation_id, title, doc_title, state, deadline, adoption, progress } = r;
  return { id, recommendation_id, title, doc_title, state, deadline, adoption, progress, overdueDays: overdueDays(r, today) };
}

/**
 * The workbench: of the proposal assignments that need action the first
 * ACTION_SHOWN of each bucket and the IN_PROGRESS_SHOWN in progress (earliest
 * deadline first), the latest WORKBENCH_LATEST of each done bucket (newest
 * first), the open recommendation assignments and the latest done ones, with
 * the totals of every bucket, and the department's colleagues. Two statements
 * and a bounded number of rows whatever the department's workload and history.
 */
export async function departmentWorkbench(departmentId: number, latest = WORKBENCH_LATEST) {
  const d = await days();
  const bucket = bucketOf(d);
  const newest = (state: string) => sql`(${assignmentSelect(departmentId, bucket)} and a.state = ${state} order by ${NEWEST} limit ${latest})`;
  const doneCount = (state: string, subject: SQL) =>
    sql`(select count(*)::int from assignments a where a.department_id = ${departmentId} and ${subject} is not null and a.state = ${state})`;
  // The open ones, numbered by deadline within their bucket: the first few of each are listed.
  const open = sql`select id, assigned_at, role, state, deadline, waived, case_no, title, is_key, bucket from (
      select o.*, row_number() over (partition by o.bucket order by o.deadline, o.id) as shown_at
      from (${assignmentSelect(departmentId, bucket)} and a.state not in ${DONE}) o) x
    where x.shown_at <= (case when x.bucket = 'in_progress' then ${IN_PROGRESS_SHOWN}::int else ${ACTION_SHOWN}::int end)`;
  // Two statements: the proposal assignments listed; and in one row the open buckets' totals, the
  // recommendation assignments (as JSON, in the order the union sorts them), the done buckets'
  // totals and the colleagues.
  const [assignmentRows, restRows] = await Promise.all([
    db.execute(sql`${open} union all ${newest("replied")} union all ${newest("closed")} union all ${newest("withdrawn")} order by assigned_at desc, id desc`),
    db.execute(sql`select
      (select json_object_agg(b.bucket, b.n) from (select ${bucket} as bucket, count(*)::int as n from assignments a
        where a.department_id = ${departmentId} and a.proposal_id is not null and a.state not in ${DONE} group by 1) b) as open_counts,
      (select json_agg(json_build_object('id', x.id, 'recommendation_id', x.recommendation_id, 'title', x.title, 'doc_title', x.doc_title, 'state', x.state,
          'deadline', x.deadline, 'adoption', x.adoption, 'progress', x.progress) order by x.assigned_at desc, x.id desc)
        from (${recommendationSelect(departmentId)} and a.state in ${OPEN}
          union all (${recommendationSelect(departmentId)} and a.state in ${DONE} order by ${NEWEST} limit ${latest})) x) as recommendations,
      ${doneCount("replied", sql`a.proposal_id`)} as replied, ${doneCount("closed", sql`a.proposal_id`)} as evaluated,
      ${doneCount("withdrawn", sql`a.proposal_id`)} as withdrawn,
      (select count(*)::int from assignments a where a.department_id = ${departmentId} and a.recommendation_id is not null and a.state in ${DONE}) as recommendations_done,
      (select json_agg(json_build_object('id', u.id, 'displayName', u.display_name, 'username', u.username) order by u.username)
        from users u where u.department_id = ${departmentId} and u.active) as colleagues`),
  ]);
  const rows = rowsOf<RawAssignment>(assignmentRows).map((r) => assignmentRow(r, d.today));
  const [totals] = rowsOf<Record<"replied" | "evaluated" | "withdrawn" | "recommendations_done", number> & { open_counts: unknown; recommendations: unknown; colleagues: unknown }>(restRows);
  const count = Object.fromEntries(WORKBENCH_BUCKETS.map((b) => [b, 0])) as Record<WorkbenchBucket, number>;
  const openCounts = (typeof totals.open_counts === "string" ? JSON.parse(totals.open_counts) : totals.open_counts ?? {}) as Partial<Record<WorkbenchBucket, number>>;
  for (const b of ACTIVE_BUCKETS) count[b] = Number(openCounts[b] ?? 0);
  for (const b of DONE_BUCKETS) count[b] = Number(totals[b]);
  // The open ones by deadline (as before); the done ones newest first, as the statement sorted them.
  const byDeadline = <T extends { deadline: string; id: number }>(a: T, b: T) => a.deadline.localeCompare(b.deadline) || a.id - b.id;
  const active = rows.filter((r) => isActive(r.bucket)).sort(byDeadline);
  const done = rows.filter((r) => !isActive(r.bucket));
  const recs = jsonRows<RawRecommendation>(totals.recommendations).map((r) => recommendationRow(r, d.today));
  const openRecs = recs.filter((r) => !DONE_STATES.includes(r.state)).sort(byDeadline);
  const doneRecs = recs.filter((r) => DONE_STATES.includes(r.state));
  return {
    assignments: [...active, ...done],
    counts: count,
    recommendations: { open: openRecs, done: doneRecs, doneTotal: Number(totals.recommendations_done) },
    /** Colleagues in the department (承办单位的办理人员), by username. */
    colleagues: jsonRows<{ id: string; displayName: string; username: string }>(totals.colleagues),
  };
}

/**
 * 会办意见待送 (/department?show=co): signed co-handling within its deadline whose opinion is
 * neither sent nor waived — the rows the to-do of that name counts (todos.server.ts) —, the
 * first CO_OPINIONS_SHOWN by deadline and their total. One statement.
 */
export async function departmentCoOpinions(departmentId: number) {
  const today = todayInBeijing();
  const rows = rowsOf<{ id: number; case_no: string | null; title: string; deadline: string; total: number }>(
    await db.execute(sql`select a.id, p.case_no, p.title, a.deadline, count(*) over ()::int as total
      from assignments a join proposals p on p.id = a.proposal_id
      where a.department_id = ${departmentId} and ${owesCoOpinion(today, "a")}
      order by a.deadline, a.id limit ${CO_OPINIONS_SHOWN}`),
  );
  return { rows: rows.map((r) => ({ id: r.id, caseNo: r.case_no, title: r.title, deadline: r.deadline })), total: Number(rows[0]?.total ?? 0) };
}

/** A page of the department's proposal assignments, newest first: one bucket or all. */
export async function departmentAssignmentPage(departmentId: number, filter: WorkbenchBucket | null, page: number) {
  const d = await days();
  const bucket = bucketOf(d);
  // The state narrows the index scan; the bucket decides.
  const where = !filter
    ? sql``
    : filter in DONE_STATE
      ? sql` and a.state = ${DONE_STATE[filter as keyof typeof DONE_STATE]}`
      : filter === "new"
        ? sql` and a.state = 'assigned'`
        : sql` and a.state in ${OPEN} and ${bucket} = ${filter}`;
  const [pageRows, countRows] = await Promise.all([
    db.execute(sql`${assignmentSelect(departmentId, bucket)}${where} order by ${NEWEST} limit ${LIST_PAGE} offset ${(page - 1) * LIST_PAGE}`),
    db.execute(sql`select count(*)::int as n from assignments a where a.department_id = ${departmentId} and a.proposal_id is not null${where}`),
  ]);
  const total = Number(rowsOf<{ n: number }>(countRows)[0].n);
  return { rows: rowsOf<RawAssignment>(pageRows).map((r) => assignmentRow(r, d.today)), total, pages: Math.max(1, Math.ceil(total / LIST_PAGE)) };
}

/** A page of the department's recommendation assignments, newest first: open, done or all. */
export async function departmentRecommendationPage(departmentId: number, filter: RecommendationFilter | null, page: number) {
  const today = todayInBeijing();
  const where = filter === "open" ? sql` and a.state in ${OPEN}` : filter === "done" ? sql` and a.state in ${DONE}` : sql``;
  const [pageRows, countRows] = await Promise.all([
    db.execute(sql`${recommendationSelect(departmentId)}${where} order by ${NEWEST} limit ${LIST_PAGE} offset ${(page - 1) * LIST_PAGE}`),
    db.execute(sql`select count(*)::int as n from assignments a where a.department_id = ${departmentId} and a.recommendation_id is not null${where}`),
  ]);
  const total = Number(rowsOf<{ n: number }>(countRows)[0].n);
  return { rows: rowsOf<RawRecommendation>(pageRows).map((r) => recommendationRow(r, today)), total, pages: Math.max(1, Math.ceil(total / LIST_PAGE)) };
}
