// 待办 (to-dos): what waits for a user on their workbench, counted in one
// statement. Each role's counts are SQL fragments written once here, used both
// for the workbench (todoCounts: the breakdown) and for the header badge, which
// readSession (app/auth/session.server.ts) adds to its one round trip
// (todoTotalSql). The definitions follow the state tables: an assignment is
// open in OPEN_STATES, overdue when open past its deadline (handling.server.ts).
import { sql, type SQL } from "drizzle-orm";
import { db, rowsOf } from "../../../db/client";
import { hasRole, isDepartmentUser, isStaff, type Who } from "../../auth/permissions";
import { addWorkingDays, todayInBeijing } from "../platform/calendar";
import { loadOverrides } from "../platform/calendar.server";

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
 * recommendations waiting to be signed or overdue are counted apart (调研报告建议).
 */
function departmentCounts(r: Refs, today: string) {
  const mine = sql`from assignments where department_id = ${r.departmentId}`;
  return {
    sign: count(sql`${mine} and proposal_id is not null and state = 'assigned'`),
    overdue: count(sql`${mine} and proposal_id is not null and state in ${OPEN} and state <> 'assigned' and deadline < ${today}`),
    coOpinions: count(sql`${mine} and proposal_id is not null and role = 'co' and state = 'signed' and opinion_waived_at is null and deadline >= ${today}`),
    reports: count(sql`${mine} and recommendation_id is not null and (state = 'assigned' or (state in ${OPEN} and deadline < ${today}))`),
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

const sum = (parts: SQL[]) => sql.join(parts, sql` + `);

/**
 * The badge's total for the session row aliased `u`: the to-dos that ask for an
 * action (临期 is a warning on the workbench, not counted here). One scalar
 * expression; each role's part only runs for users with that role.
 */
export function todoTotalSql(today = todayInBeijing()): SQL {
  const hasAny = (roles: string[]) => sql`exists (select 1 from user_roles x where x.user_id = u.id and x.role in (${sql.join(roles.map((role) => sql`${role}`), sql`, `)}))`;
  const refs: Refs = {
    userId: sql`u.id`,
    departmentId: sql`u.department_id`,
    organisationId: sql`(case when ${hasAny(["organisation"])} then u.organisation_id end)`,
  };
  const staff = Object.values(staffCounts(today));
  const dept = Object.values(departmentCounts(refs, today));
  const member = Object.values(memberCounts(refs));
  return sql`(
    (case when ${hasAny(["staff", "admin"])} then ${sum(staff)} else 0 end)
    + (case when u.department_id is not null and ${hasAny(["department"])} then ${sum(dept)} else 0 end)
    + (case when ${hasAny(["member", "organisation"])} then ${sum(member)} else 0 end))`;
}

const STAFF_KEYS = ["review", "assign", "reassign", "replies", "overdue", "opinions", "leads", "entries", "feedback"] as const;
const DEPARTMENT_KEYS = ["sign", "dueSoon", "overdue", "coOpinions", "reports"] as const;
const MEMBER_KEYS = ["cosign", "evaluate"] as const;

export interface TodoCounts {
  staff: Record<(typeof STAFF_KEYS)[number], number> | null;
  department: Record<(typeof DEPARTMENT_KEYS)[number], number> | null;
  member: Record<(typeof MEMBER_KEYS)[number], number> | null;
}

/** A user's to-dos per workbench (null for roles they do not have), in one statement. */
export async function todoCounts(user: Who, now = new Date()): Promise<TodoCounts> {
  const today = todayInBeijing(now);
  const refs: Refs = {
    userId: sql`${user.id}`,
    departmentId: sql`${user.departmentId}::int`,
    organisationId: hasRole(user, "organisation") && user.organisationId ? sql`${user.organisationId}::int` : sql`null::int`,
  };
  const columns: SQL[] = [];
  const add = (prefix: string, parts: Record<string, SQL>) => {
    for (const [key, part] of Object.entries(parts)) columns.push(sql`${part} as ${sql.identifier(`${prefix}_${key}`)}`);
  };
  const staff = isStaff(user);
  const department = isDepartmentUser(user);
  const member = hasRole(user, "member", "organisation");
  if (staff) add("staff", staffCounts(today));
  if (department) {
    const soon = addWorkingDays(today, DUE_SOON_WORKING_DAYS, await loadOverrides());
    add("department", { ...departmentCounts(refs, today), dueSoon: dueSoon(refs, today, soon) });
  }
  if (member) add("member", memberCounts(refs));
  if (!columns.length) return { staff: null, department: null, member: null };
  const [row] = rowsOf<Record<string, number>>(await db.execute(sql`select ${sql.join(columns, sql`, `)}`));
  const pick = <K extends string>(prefix: string, keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, Number(row[`${prefix}_${k}`] ?? 0)])) as Record<K, number>;
  return {
    staff: staff ? pick("staff", STAFF_KEYS) : null,
    department: department ? pick("department", DEPARTMENT_KEYS) : null,
    member: member ? pick("member", MEMBER_KEYS) : null,
  };
}

/** What the badge counts: every to-do but 临期 (a warning, not an action). */
export function totalOf(c: TodoCounts) {
  const add = (counts: Record<string, number> | null) => (counts ? Object.entries(counts).reduce((n, [key, v]) => (key === "dueSoon" ? n : n + v), 0) : 0);
  return add(c.staff) + add(c.department) + add(c.member);
}
