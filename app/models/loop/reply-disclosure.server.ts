// 提案答复公开: published replies whose proposer consented are listed, one
// entry each, under every disclosure item whose source is "proposal_replies".
// The entries are generated (idempotent by reply id) after a reply is
// approved, and once at start to catch up after a crash in between.
import { and, asc, eq, inArray } from "drizzle-orm";
import { db } from "../../../db/client";
import { assignments, proposals, replies } from "../../../db/loop.schema";
import { departments } from "../../../db/schema";
import { registerEntrySource, syncAllGenerated, type GeneratedEntry } from "../catalogues/catalogue-sources.server";
import { log } from "../../utils/log.server";

const CATEGORY = { A: "A类（已解决或基本解决）", B: "B类（列入计划拟解决）", C: "C类（因条件限制暂时无法解决）", D: "D类（留作参考）" } as const;

export async function publishedReplyEntries(): Promise<GeneratedEntry[]> {
  const rows = await db
    .select({ r: replies, caseNo: proposals.caseNo, title: proposals.title, departmentName: departments.name })
    .from(replies)
    .innerJoin(assignments, eq(assignments.id, replies.assignmentId))
    .innerJoin(proposals, eq(proposals.id, assignments.proposalId))
    .innerJoin(departments, eq(departments.id, assignments.departmentId))
    .where(and(eq(replies.state, "published"), eq(replies.consentToPublish, true), inArray(replies.kind, ["formal", "holding"])))
    .orderBy(asc(replies.id));
  return rows
    .filter((x) => x.caseNo)
    .map(({ r, caseNo, title, departmentName }) => ({
      ref: `proposal_reply:${r.id}:v1`,
      title: `${caseNo}《${title}》${departmentName}${r.kind === "holding" ? "阶段性答复" : "答复"}`,
      body: `${r.category ? `**答复类别：${CATEGORY[r.category]}**\n\n` : ""}${r.body}\n\n[查看提案办理情况](/proposals/${caseNo})`,
      publishedAt: r.reviewedAt ?? r.createdAt,
      occurredOn: (r.reviewedAt ?? r.createdAt).toISOString().slice(0, 10),
    }));
}

registerEntrySource("proposal_replies", publishedReplyEntries);

/** After a reply is published: list it in the disclosure catalogues. Never fails the caller. */
export async function discloseReplies(actorId: string | null) {
  try {
    return await syncAllGenerated(actorId);
  } catch (error) {
    log("error", "reply disclosure sync failed", { error: String(error) });
    return 0;
  }
}
