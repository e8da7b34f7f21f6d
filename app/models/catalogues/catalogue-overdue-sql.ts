// A department's overdue disclosure items counted in SQL, for its 待办 (a column of the
// session statement, app/models/todos/todos.server.ts). The rules are overdueStatus's in
// disclosure-schedule.ts, written as SQL so the count needs no round trip of its own;
// catalogue-overdue.db.test.ts checks the two agree item by item over many days.
//
// - Periodic (每月/每季度/每半年/每年): the first period after the last one a published entry
//   covers (or the period of effective_from) is missed once its end plus time_limit_days has
//   passed.
// - Event and 随时: an unpublished entry whose information date is on or after effective_from
//   is late once frequency_days (default 20) working days have passed since that date — at
//   least that many working days lie strictly between it and today (calendar_days overrides,
//   else Monday–Friday).
// - On-request and inactive items (or items of an inactive catalogue) are never overdue.
import { sql, type SQL } from "drizzle-orm";
import { DEFAULT_WORKING_DAYS } from "./disclosure-schedule";

const OUT = sql.raw(`('published', 'superseded')`);

/** The first day of the period (of the item `i`'s frequency) that holds the date `d`, as a timestamp. */
const periodStart = (d: SQL) =>
  sql`(case i.frequency when 'monthly' then date_trunc('month', ${d}::timestamp) when 'quarterly' then date_trunc('quarter', ${d}::timestamp)
    when 'half_yearly' then date_trunc('year', ${d}::timestamp) + (case when extract(month from ${d}) > 6 then interval '6 months' else interval '0 days' end)
    else date_trunc('year', ${d}::timestamp) end)`;

const periodLength = sql`(case i.frequency when 'monthly' then interval '1 month' when 'quarterly' then interval '3 months' when 'half_yearly' then interval '6 months' else interval '1 year' end)`;

function periodicOverdue(today: SQL) {
  const covered = sql`(select max(e.period_end) from catalogue_entries e where e.item_id = i.id and e.status in ${OUT})`;
  const first = sql`(case when ${covered} >= ${periodStart(sql`i.effective_from`)}::date then ${periodStart(covered)} + ${periodLength} else ${periodStart(sql`i.effective_from`)} end)`;
  return sql`(${first} + ${periodLength} - interval '1 day')::date + greatest(i.time_limit_days, 0) < ${today}`;
}

function eventOverdue(today: SQL) {
  const n = sql`coalesce(i.frequency_days, ${sql.raw(String(DEFAULT_WORKING_DAYS))})`;
  const workingDaysBetween = sql`(select count(*) from generate_series((e.occurred_on + 1)::timestamp, (${today} - 1)::timestamp, interval '1 day') g(d)
    left join calendar_days k on k.day = to_char(g.d, 'YYYY-MM-DD') where coalesce(k.kind = 'workday', extract(isodow from g.d) < 6))`;
  // occurred_on + n < today first: fewer calendar days than n between them cannot hold n working days.
  return sql`exists (select 1 from catalogue_entries e where e.item_id = i.id and e.status not in ${OUT} and e.occurred_on >= i.effective_from
    and e.occurred_on + ${n} < ${today} and ${workingDaysBetween} >= ${n})`;
}

/** Overdue items the department (its SQL reference) is responsible for, on `today` (yyyy-mm-dd, Beijing time). */
export function overdueCatalogueItemsCount(departmentId: SQL, todayDay: string): SQL {
  const today = sql`${todayDay}::date`;
  return sql`(select count(*)::int from catalogue_items i join catalogues c on c.id = i.catalogue_id
    where coalesce(i.responsible_department_id, c.owner_department_id) = ${departmentId} and i.active and c.active and i.mode = 'proactive'
    and (case when i.frequency in ('monthly', 'quarterly', 'half_yearly', 'yearly') then ${periodicOverdue(today)} else ${eventOverdue(today)} end))`;
}
