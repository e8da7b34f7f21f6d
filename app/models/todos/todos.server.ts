// 待办 (to-dos): what waits for a user on their workbench, counted in one
// statement. Each role's counts are SQL fragments written once here, read as
// columns of the session statement (todoColumnsSql: readSession in
// app/auth/session.server.ts adds them to its one round trip), which gives both
// the header badge (totalOf) and the workbench's breakdown (todoCounts), and on
// their own for any other user. The definitions follow the state tables: an assignment is
// open in OPEN_STATES, overdue when open past its deadline (handling.server.ts).
import { sql, type SQL } from "drizzle-orm";
import { db, rowsOf } from "../../../db/client";
import { hasRole, isDepartmentUser, isStaff, type Who } from "../../auth/permissions";
import { addWorkingDays, todayInBeijing } from "../platform/calendar";
import { loadOverrides } from "../platform/calendar.server";
import { overdueCatalogueItemsCount } from "../catalogues/catalogue-overdue-sql";

/** 临期: an open assignment due within this many working days (and not yet overdue). */
export const DUE_SOON_WORKING_DAYS = 10; // as the inbox's due_soon bucket (handling-queries.server.ts)

const OPEN = sql.raw(`('assigned', 'signed', 'reassignment_requested', 'rehandling')`);

/** Who the counts are for, as SQL: literals for the workbench, the session's columns for the badge. */
interface Refs {
  userId: SQL;
  departmentId: SQL;
  /** The organisation the user acts for (organisation role), else null. */
  organisationId: SQL;
}

const count = (from: SQL) => sql`(select count(*)::int ${from})`;

/**
 * What staff steer (DESIGN.md: 立案审查, 交办, re-assignment requests, reply review,
 * supervision of overdue items, moderation before anything public appears, leads to
 * forward, disclosure entries and feedback to review). Each count is the list it
 * links to on the staff pages.
 */
function staffCounts(today: string) {
  return {
    review: count(sql`from proposals where state = 'submitted'`),
    assign: count(sql`from proposals where state = 'accepted'`),
    reassign: count(sql`from assignments where proposal_id is not null and state = 'reassignment_requested'`),
    replies: count(sql`from replies where state = 'pending'`),
    overdue: count(sql`from assignments where proposal_id is not null and state in ${OPEN} and deadline < ${today}`),
    opinions: count(sql`from topic_opinions where state = 'pending'`),
    leads: count(sql`from proposal_leads where state = 'pending'`),
    entries: count(sql`from catalogue_entries where status = 'pending_review'`),
    feedback: sql`(${count(sql`from catalogue_feedback where status = 'pending'`)} + ${count(sql`from catalogue_feedback where answer_status = 'pending'`)})`,
  };
}

/**
 * A department's to-dos, one per assignment (so the badge counts each once) and
 * each the workbench list it links to: a proposal assignment waits to be signed
 * (the 新交办 bucket, overdue or not), is overdue (the 逾期 bucket), or — a signed
 * co-handling within its deadline — owes its opinion (会办意见待送). Report
 * recommendations waiting to be signed or overdue are counted apart (调研报告建议), and so are
 * the disclosure-catalogue items it must publish that are past due (公开事项逾期).
 */
/**
 * A proposal assignment that owes its co-handling opinion (会办意见待送): signed, as co-handler,
 * within its deadline, the opinion neither sent nor waived. The to-do counts these and the
 * workbench's ?show=co view lists them (department-workbench.server.ts): one condition for
 * both, so the badge and the list agree. `alias`: the assignments table's name in the query.
 */
export function owesCoOpinion(today: string, alias?: string): SQL {
  const col = (c: string) => sql.raw(alias ? `${alias}.${c}` : c);
  return sql`${col("proposal_id")} is not null and ${col("role")} = 'co' and ${col("state")} = 'signed' and ${col("opinion_waived_at")} is null and ${col("deadline")} >= ${today}`;
}

function departmentCounts(r: Refs, today: string) {
  const mine = sql`from assignments where department_id = ${r.departmentId}`;
  return {
    sign: count(sql`${mine} and proposal_id is not null and state = 'assigned'`),
    overdue: count(sql`${mine} and proposal_id is not null and state in ${OPEN} and state <> 'assigned' and deadline < ${today}`),
    coOpinions: count(sql`${mine} and ${owesCoOpinion(today)}`),
    reports: count(sql`${mine} and recommendation_id is not null and (state = 'assigned' or (state in ${OPEN} and deadline < ${today}))`),
    catalogues: overdueCatalogueItemsCount(r.departmentId, today),
  };
}

function dueSoon(r: Refs, today: string, soon: string) {
  // The 临期 bucket: signed (or later) and not overdue; a new one is under 待签收.
  return count(
    sql`from assignments where department_id = ${r.departmentId} and proposal_id is not null and state in ${OPEN} and state <> 'assigned' and deadline >= ${today} and deadline <= ${soon}`,
  );
}

function memberCounts(r: Refs) {
  return {
    cosign: count(sql`from cosigners c join proposals p on p.id = c.proposal_id where c.user_id = ${r.userId} and c.state = 'invited' and p.state = 'draft'`),
    // Two index lookups (author, organisation) rather than one OR that scans every answered proposal.
    evaluate: sql`(${count(sql`from proposals where state = 'replied' and author_id = ${r.userId}`)} + ${count(
      sql`from proposals where state = 'replied' and organisation_id = ${r.organisationId} and author_id is distinct from ${r.userId}`,
    )})`,
  };
}

/**
 * The to-do counts as columns of the session row aliased `u` (`todo_staff_review`, …): each
 * role's counts where the user has that role, null where not. readSession adds them to its
 * one round trip, so the header badge (totalOf) and the workbench's breakdown (todoCounts)
 * come from the same statement at the same instant, and a workbench does not count again.
 */
export function todoColumnsSql(today: string, soon: string): SQL {
  const hasAny = (roles: string[]) => sql`exists (select 1 from user_roles x where x.user_id = u.id and x.role in (${sql.join(roles.map((role) => sql`${role}`), sql`, `)}))`;
  const refs: Refs = {
    userId: sql`u.id`,
    departmentId: sql`u.department_id`,
    organisationId: sql`(case when ${hasAny(["organisation"])} then u.organisation_id end)`,
  };
  const columns = todoColumns(roleCounts(refs, today, soon), {
    staff: hasAny(["staff", "admin"]),
    department: sql`u.department_id is not null and ${hasAny(["department"])}`,
    member: hasAny(["member", "organisation"]),
  });
  return sql.join(columns, sql`, `);
}

/** Each workbench's count fragments. */
function roleCounts(refs: Refs, today: string, soon: string): Record<keyof TodoCounts, Record<string, SQL>> {
  return {
    staff: staffCounts(today),
    department: { ...departmentCounts(refs, today), dueSoon: dueSoon(refs, today, soon) },
    member: memberCounts(refs),
  };
}

/** The `todo_<workbench>_<key>` columns of the workbenches `when` names: as they are (true) or only where an SQL condition holds. */
function todoColumns(parts: Record<keyof TodoCounts, Record<string, SQL>>, when: Record<keyof TodoCounts, SQL | boolean>): SQL[] {
  const columns: SQL[] = [];
  for (const workbench of ["staff", "department", "member"] as const) {
    const guard = when[workbench];
    if (guard === false) continue;
    for (const [key, part] of Object.entries(parts[workbench])) {
      const value = guard === true ? part : sql`(case when ${guard} then ${part} end)`;
      columns.push(sql`${value} as ${sql.identifier(`todo_${workbench}_${key}`)}`);
    }
  }
  return columns;
}


const STAFF_KEYS = ["review", "assign", "reassign", "replies", "overdue", "opinions", "leads", "entries", "feedback"] as const;
const DEPARTMENT_KEYS = ["sign", "dueSoon", "overdue", "coOpinions", "reports", "catalogues"] as const;
const MEMBER_KEYS = ["cosign", "evaluate"] as const;
const KEYS = { staff: STAFF_KEYS, department: DEPARTMENT_KEYS, member: MEMBER_KEYS } as const;

/** The counts read by todoColumnsSql, from the row's `todo_*` columns. */
export function todoCountsOfRow(row: Record<string, unknown>): TodoCounts {
  const pick = <P extends keyof TodoCounts>(prefix: P) => {
    const keys = KEYS[prefix];
    if (row[`todo_${prefix}_${keys[0]}`] == null) return null;
    return Object.fromEntries(keys.map((k) => [k, Number(row[`todo_${prefix}_${k}`] ?? 0)])) as NonNullable<TodoCounts[P]>;
  };
  return { staff: pick("staff"), department: pick("department"), member: pick("member") };
}


export interface TodoCounts {
  staff: Record<(typeof STAFF_KEYS)[number], number> | null;
  department: Record<(typeof DEPARTMENT_KEYS)[number], number> | null;
  member: Record<(typeof MEMBER_KEYS)[number], number> | null;
}

// Every signed-in request needs the limit (the session statement counts 临期 with it); it
// changes only with the day or the calendar, whose overrides come as a new Map when they change.
const limits = new WeakMap<object, { today: string; limit: string }>();

/** The first working day past the 临期 window from `today` (the calendar's overrides applied). */
export async function dueSoonLimit(today: string): Promise<string> {
  const overrides = await loadOverrides();
  const known = limits.get(overrides);
  if (known?.today === today) return known.limit;
  const limit = addWorkingDays(today, DUE_SOON_WORKING_DAYS, overrides);
  limits.set(overrides, { today, limit });
  return limit;
}

/**
 * A user's to-dos per workbench (null for roles they do not have). The signed-in user of this
 * request carries them from the session read (one statement for both); otherwise one statement.
 */
export async function todoCounts(user: Who & { todoCounts?: TodoCounts }, now?: Date): Promise<TodoCounts> {
  if (user.todoCounts && now === undefined) return user.todoCounts;
  const today = todayInBeijing(now ?? new Date());
  const refs: Refs = {
    userId: sql`${user.id}`,
    departmentId: sql`${user.departmentId}::int`,
    organisationId: hasRole(user, "organisation") && user.organisationId ? sql`${user.organisationId}::int` : sql`null::int`,
  };
  const department = isDepartmentUser(user);
  const soon = department ? await dueSoonLimit(today) : today;
  const columns = todoColumns(roleCounts(refs, today, soon), { staff: isStaff(user), department, member: hasRole(user, "member", "organisation") });
  if (!columns.length) return { staff: null, department: null, member: null };
  const [row] = rowsOf<Record<string, number>>(await db.execute(sql`select ${sql.join(columns, sql`, `)}`));
  return todoCountsOfRow(row);
}

/** What the badge counts: every to-do but 临期 (a warning, not an action). */
const addUp = (counts: Record<string, number> | null) => (counts ? Object.entries(counts).reduce((n, [key, v]) => (key === "dueSoon" ? n : n + v), 0) : 0);

export function totalOf(c: TodoCounts) {
  return addUp(c.staff) + addUp(c.department) + addUp(c.member);
}

const WORKBENCHES = [
  ["staff", "提案办工作台的待办", "/staff"],
  ["department", "承办工作台的待办", "/department"],
  ["member", "委员工作台的待办", "/member"],
] as const;

/**
 * A user with several roles: the to-dos of their other workbenches, one item each (its total as
 * the badge counts it, linked to it), for the workbench `here`. The header's 待办 badge leads to
 * one workbench but counts all of the user's roles; with these items its list adds up to the
 * badge (the organisation's workbench lists the member counts, so it is `member` here).
 */
export function otherWorkbenchTodos(c: TodoCounts, here: keyof TodoCounts): { label: string; count: number; to: string }[] {
  return WORKBENCHES.filter(([role]) => role !== here && c[role]).map(([role, label, to]) => ({ label, count: addUp(c[role]), to }));
}
