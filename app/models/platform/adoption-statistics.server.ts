// 采纳率 (issue 13): how many assigned recommendations were adopted, per
// department and per document, with 主办 (sole, lead, separate) and 会办 (co)
// counted apart. Only recommendations count — background and headings never —
// and only live nodes of assignments that were not withdrawn.
//
// One fact per (assignment, recommendation):
// - a research report's recommendation: the adoption its department reported;
// - a proposal's recommendations: the marks of the handler's latest published
//   formal reply (a correction replaces the original); a co-handler (会办) has no
//   reply of its own, so it shares the lead's marks — the proposal's handling is
//   one source of truth.
// 采纳率 = (已采纳 + 部分采纳) / recommendations with an adoption reported.
import { sql, type SQL } from "drizzle-orm";
import { db, rowsOf } from "../../../db/client";

function facts(year?: number): SQL {
  const yearFilter = year ? sql`and d.year = ${year}` : sql``;
  return sql`with latest as (
      select distinct on (r.assignment_id) r.assignment_id, r.id as reply_id
      from replies r where r.kind = 'formal' and r.state = 'published'
      order by r.assignment_id, r.id desc
    ), facts as (
      select rec.document_id, a.department_id, a.role, a.adoption
      from assignments a join recommendations rec on rec.id = a.recommendation_id
      where a.state <> 'withdrawn' and rec.kind = 'recommendation' and rec.removed_in_version is null
      union all
      select rec.document_id, a.department_id, a.role, ra.adoption
      from assignments a
      join proposals p on p.id = a.proposal_id
      join recommendations rec on rec.document_id = p.document_id and rec.kind = 'recommendation' and rec.removed_in_version is null
      left join assignments src on src.proposal_id = a.proposal_id and src.state <> 'withdrawn'
        and (case when a.role = 'co' then src.role = 'lead' else src.id = a.id end)
      left join latest l on l.assignment_id = src.id
      left join recommendation_adoptions ra on ra.reply_id = l.reply_id and ra.recommendation_id = rec.id
      where a.state <> 'withdrawn'
    ), scoped as (
      select f.* from facts f join documents d on d.id = f.document_id where true ${yearFilter}
    )`;
}

/** Figures of one role: assigned (条), reported, adopted (已采纳), partly (部分采纳), rate in % or null. */
export interface RoleAdoption {
  assigned: number;
  reported: number;
  adopted: number;
  partly: number;
  rate: number | null;
}

/** The four counts of one role, as lead_* (主办: sole, lead, separate) or co_* (会办). */
function columns(prefix: "lead" | "co") {
  const role = prefix === "lead" ? "f.role <> 'co'" : "f.role = 'co'";
  return sql.raw(
    [
      `count(*) filter (where ${role})::int as ${prefix}_assigned`,
      `count(*) filter (where ${role} and f.adoption is not null)::int as ${prefix}_reported`,
      `count(*) filter (where ${role} and f.adoption = 'adopted')::int as ${prefix}_adopted`,
      `count(*) filter (where ${role} and f.adoption = 'partly')::int as ${prefix}_partly`,
    ].join(", "),
  );
}

type Counts = { lead_assigned: number; lead_reported: number; lead_adopted: number; lead_partly: number; co_assigned: number; co_reported: number; co_adopted: number; co_partly: number };

const rate = (n: number, d: number) => (d ? Math.round((n / d) * 1000) / 10 : null);

function roles(c: Counts): { lead: RoleAdoption; co: RoleAdoption } {
  const one = (assigned: number, reported: number, adopted: number, partly: number): RoleAdoption => ({ assigned, reported, adopted, partly, rate: rate(adopted + partly, reported) });
  return { lead: one(c.lead_assigned, c.lead_reported, c.lead_adopted, c.lead_partly), co: one(c.co_assigned, c.co_reported, c.co_adopted, c.co_partly) };
}

const counts = sql`${columns("lead")}, ${columns("co")}`;

/** Per department, most assignments first (at most `limit` rows). */
export async function adoptionByDepartment(year?: number, limit = 200) {
  const rows = rowsOf<Counts & { id: number; name: string }>(
    await db.execute(sql`${facts(year)}
      select dep.id, dep.name, ${counts}
      from scoped f join departments dep on dep.id = f.department_id
      group by dep.id, dep.name order by count(*) desc, dep.id limit ${limit}`),
  );
  return rows.map((r) => ({ id: r.id, name: r.name, ...roles(r) }));
}

/** Per document, with its count of live recommendations, most recent first (at most `limit` rows). */
export async function adoptionByDocument(year?: number, limit = 200) {
  const rows = rowsOf<Counts & { id: number; slug: string; title: string; kind: string; year: number; recommendations: number }>(
    await db.execute(sql`${facts(year)}
      select d.id, d.slug, d.title, d.kind, d.year,
        (select count(*)::int from recommendations r where r.document_id = d.id and r.kind = 'recommendation' and r.removed_in_version is null) as recommendations,
        ${counts}
      from scoped f join documents d on d.id = f.document_id
      group by d.id order by d.year desc, d.id desc limit ${limit}`),
  );
  return rows.map((r) => ({ id: r.id, slug: r.slug, title: r.title, kind: r.kind, year: r.year, recommendations: r.recommendations, ...roles(r) }));
}
