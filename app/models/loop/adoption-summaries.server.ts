// 采纳情况 on the proposers' workbench lists: the adoption marks of a proposal's published
// replies (a published correction's in place of the reply it corrects), counted per
// department. A subquery that a list's own statement joins, so the counts cost no statement
// of their own (decision 014, seventh follow-up). No imports from the loop's write modules:
// proposals.server.ts uses it.
import { sql, type SQL } from "drizzle-orm";
import type { Adoption } from "../../../db/loop.schema";

/** One department's published marks on a proposal, counted per kind (已采纳 2, 留作参考 1). */
export interface AdoptionSummary {
  departmentName: string;
  counts: Partial<Record<Adoption, number>>;
}

/**
 * `(…) as <alias>`: one row per proposal among `proposalIds` (a subquery selecting ids) with
 * marks, its column `marks` a JSON array of [department, adoption, count] in assignment order.
 * Join it on `<alias>.proposal_id`.
 */
export function adoptionMarksJoin(proposalIds: SQL, alias: string) {
  return sql`(select x.proposal_id, json_agg(json_build_array(d.name, x.adoption, x.n) order by x.assignment_id, x.adoption) as marks
    from (select a.proposal_id, a.id as assignment_id, a.department_id, ra.adoption, count(*)::int as n
      from recommendation_adoptions ra
      join replies r on r.id = ra.reply_id
      join assignments a on a.id = r.assignment_id
      where a.proposal_id in (${proposalIds}) and r.state = 'published'
        and not exists (select 1 from replies c where c.corrects_id = r.id and c.state = 'published')
      group by a.proposal_id, a.id, a.department_id, ra.adoption) x
    join departments d on d.id = x.department_id
    group by x.proposal_id) as ${sql.raw(alias)}`;
}

/** The summaries of one proposal from its `marks` column (null: none), per department in assignment order. */
export function adoptionSummariesOf(marks: unknown): AdoptionSummary[] {
  if (marks == null) return [];
  const rows = (typeof marks === "string" ? JSON.parse(marks) : marks) as [string, Adoption, number][];
  const out: AdoptionSummary[] = [];
  for (const [departmentName, adoption, n] of rows) {
    let summary = out.find((x) => x.departmentName === departmentName);
    if (!summary) out.push((summary = { departmentName, counts: {} }));
    summary.counts[adoption] = (summary.counts[adoption] ?? 0) + Number(n);
  }
  return out;
}
