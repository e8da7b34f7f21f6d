// Statistics (统计): reply rate (办复率), on-time rate, satisfaction rate
// (满意率), category shares, overdue by department, proposals by organisation
// and year, the monthly trend, and 采纳率 per department and per document
// (adoption-statistics.server.ts). Each figure comes with its table.
import { sql } from "drizzle-orm";
import { db, rowsOf } from "../../../db/client";
import { todayInBeijing } from "./calendar";
import { toCsv as csvOf } from "../../utils/export.server";
import { adoptionByDepartment, adoptionByDocument } from "./adoption-statistics.server";


export async function loopStatistics(year?: number) {
  const yearFilter = year ? sql`and p.year = ${year}` : sql``;
  const today = todayInBeijing();
  const [totals] = rowsOf<{ accepted: number; replied: number; closed: number }>(
    await db.execute(sql`select
        count(*) filter (where p.case_no is not null and p.state not in ('merged','not_accepted','converted'))::int as accepted,
        count(*) filter (where p.state in ('replied','closed'))::int as replied,
        count(*) filter (where p.state = 'closed')::int as closed
      from proposals p where true ${yearFilter}`),
  );
  const [onTime] = rowsOf<{ replies: number; on_time: number }>(
    await db.execute(sql`select count(*)::int as replies,
        count(*) filter (where (r.reviewed_at at time zone 'Asia/Shanghai')::date <= a.deadline::date)::int as on_time
      from replies r join assignments a on a.id = r.assignment_id join proposals p on p.id = a.proposal_id
      where r.kind = 'formal' and r.state = 'published' ${yearFilter}`),
  );
  const [satisfaction] = rowsOf<{ evaluations: number; satisfied: number; basically: number }>(
    await db.execute(sql`select count(*)::int as evaluations,
        count(*) filter (where e.result = 'satisfied')::int as satisfied,
        count(*) filter (where e.result = 'basically_satisfied')::int as basically
      from evaluations e join proposals p on p.id = e.proposal_id where true ${yearFilter}`),
  );
  const categories = rowsOf<{ category: string; n: number }>(
    await db.execute(sql`select r.category, count(*)::int as n from replies r join assignments a on a.id = r.assignment_id
      join proposals p on p.id = a.proposal_id where r.kind = 'formal' and r.state = 'published' ${yearFilter}
      group by r.category order by r.category`),
  );
  const overdue = rowsOf<{ id: number; name: string; open: number; overdue: number }>(
    await db.execute(sql`select d.id, d.name, count(*)::int as open,
        count(*) filter (where a.deadline < ${today})::int as overdue
      from assignments a join departments d on d.id = a.department_id
      where a.state in ('assigned','signed','reassignment_requested','rehandling')
      group by d.id, d.name order by overdue desc, open desc, d.id limit 15`),
  );
  const byOrganisation = rowsOf<{ name: string; year: number; n: number }>(
    await db.execute(sql`select coalesce(o.short_name, o.name, '委员个人') as name, d.year, count(*)::int as n
      from documents d left join organisations o on o.id = d.organisation_id
      where d.status = 'published' ${year ? sql`and d.year = ${year}` : sql``}
      group by 1, 2 order by n desc, name limit 20`),
  );
  const trend = rowsOf<{ month: string; accepted: number; replied: number }>(
    await db.execute(sql`select to_char(m.month, 'YYYY-MM') as month,
        (select count(*)::int from proposals p where date_trunc('month', p.accepted_at) = m.month) as accepted,
        (select count(*)::int from proposals p where date_trunc('month', p.replied_at) = m.month) as replied
      from (select generate_series(date_trunc('month', now()) - interval '11 months', date_trunc('month', now()), interval '1 month') as month) m
      order by m.month`),
  );
  const [adoptionByDepartments, adoptionByDocuments] = [await adoptionByDepartment(year), await adoptionByDocument(year)];
  const rate = (n: number, d: number) => (d ? Math.round((n / d) * 1000) / 10 : null);
  return {
    totals,
    replyRate: rate(totals.replied, totals.accepted),
    onTimeRate: rate(onTime.on_time, onTime.replies),
    satisfactionRate: rate(satisfaction.satisfied + satisfaction.basically, satisfaction.evaluations),
    onTime,
    satisfaction,
    categories,
    overdue,
    byOrganisation,
    trend,
    adoptionByDepartments,
    adoptionByDocuments,
  };
}

export type LoopStatistics = Awaited<ReturnType<typeof loopStatistics>>;

/** CSV with a BOM so spreadsheet programs read the Chinese correctly (the shared export module). */
export function toCsv(header: string[], rows: (string | number | null)[][]) {
  return csvOf(header.map((h, i) => ({ header: h, value: (r: (string | number | null)[]) => r[i] })), rows);
}
