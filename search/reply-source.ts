// Published replies (答复) as search entries, one group per proposal, indexed
// in the transaction that publishes a reply (reviewReply). Replies whose
// proposer did not consent to publication are not searchable.
import { and, asc, eq, gt, inArray } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { assignments, proposals, replies } from "../db/loop.schema";
import { departments } from "../db/schema";
import { PUBLIC_AUDIENCE, type SearchEntry } from "./engine";

export const proposalGroup = (proposalId: number) => `proposal:${proposalId}`;

const CATEGORY_TEXT = { A: "A类 已解决或基本解决", B: "B类 列入计划拟解决", C: "C类 因条件限制暂时无法解决", D: "D类 留作参考" } as const;

export async function replyEntries(tx: DbOrTx, proposalIds: number[]): Promise<Map<number, SearchEntry[]>> {
  const out = new Map<number, SearchEntry[]>(proposalIds.map((id) => [id, []]));
  if (!proposalIds.length) return out;
  const rows = await tx
    .select({ r: replies, p: proposals, departmentId: assignments.departmentId, departmentName: departments.name })
    .from(replies)
    .innerJoin(assignments, eq(assignments.id, replies.assignmentId))
    .innerJoin(proposals, eq(proposals.id, assignments.proposalId))
    .innerJoin(departments, eq(departments.id, assignments.departmentId))
    .where(
      and(
        inArray(proposals.id, proposalIds),
        eq(replies.state, "published"),
        eq(replies.consentToPublish, true),
        inArray(replies.kind, ["formal", "holding"]),
      ),
    )
    .orderBy(asc(replies.id));
  for (const { r, p, departmentId, departmentName } of rows) {
    if (!p.caseNo) continue;
    out.get(p.id)!.push({
      kind: "reply",
      refId: r.id,
      group: proposalGroup(p.id),
      audience: PUBLIC_AUDIENCE,
      title: `${departmentName}对“${p.title}”的${r.kind === "holding" ? "阶段性答复" : "答复"}`,
      body: r.body,
      context: [p.caseNo, p.title, departmentName, r.category ? CATEGORY_TEXT[r.category] : ""].join("\n"),
      url: `/proposals/${p.caseNo}`,
      anchor: null,
      status: p.state,
      departmentIds: [departmentId],
      organisationId: p.organisationId,
      year: p.year,
      category: r.category,
      sortDate: r.reviewedAt,
    });
  }
  return out;
}

export async function* allReplyEntries(tx: DbOrTx, batch = 100): AsyncIterable<SearchEntry[]> {
  let after = 0;
  for (;;) {
    const ids = (
      await tx.select({ id: proposals.id }).from(proposals).where(gt(proposals.id, after)).orderBy(asc(proposals.id)).limit(batch)
    ).map((r) => r.id);
    if (!ids.length) return;
    after = ids[ids.length - 1];
    yield [...(await replyEntries(tx, ids)).values()].flat();
  }
}
