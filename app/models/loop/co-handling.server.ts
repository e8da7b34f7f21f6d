// 会办: a co-handler signs, then sends its opinion (会办意见) to the lead within
// its own deadline; staff may waive an opinion with a reason. The lead's formal
// reply waits until every co-handler is heard or waived (handling-replies).
import { and, eq, inArray, notInArray } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client";
import { db } from "../../../db/client";
import { assignments, replies } from "../../../db/loop.schema";
import { departments } from "../../../db/schema";
import { DomainError } from "../../utils/errors";
import type { AppUser } from "../directory/users.server";
import { notify } from "../platform/notifications.server";
import { checkAssignment, checkScope, departmentUserIds, ownAssignment, setAssignmentState, type AssignmentScope } from "./handling.server";
import { isStaff } from "../../auth/permissions";

/** 提交会办意见: the co-handler's opinion goes to the lead (not public, no review). */
export async function sendCoOpinion(user: AppUser, id: number, body: string) {
  if (!body.trim()) throw new DomainError("请填写会办意见", "invalid", "body");
  return db.transaction(async (t) => {
    const a = await ownAssignment(t, user, id, "proposal");
    checkAssignment("send_opinion", a, user);
    const [r] = await t.insert(replies).values({ assignmentId: id, kind: "co_opinion", body: body.trim(), state: "published", createdBy: user.id }).returning();
    await setAssignmentState(t, a, "replied", user.id, "co_opinion_sent");
    const leads = await t.select().from(assignments).where(and(eq(assignments.proposalId, a.proposalId!), eq(assignments.role, "lead"), notInArray(assignments.state, ["withdrawn"])));
    await notify(t, {
      userIds: await departmentUserIds(t, leads.map((l) => l.departmentId)),
      subject: "收到会办单位意见",
      body: body.trim().slice(0, 200),
      link: leads[0] ? `/department/assignments/${leads[0].id}` : "/department",
    });
    return r;
  });
}

/** Staff waive a co-handler's opinion (免除会办意见) with a reason; the co-handler's part ends (办结). */
export async function waiveCoOpinion(user: AppUser, id: number, reason: string, scope?: AssignmentScope) {
  if (!isStaff(user)) throw new DomainError("只有提案工作人员可以免除会办意见", "forbidden");
  if (!reason.trim()) throw new DomainError("请说明免除会办意见的理由", "invalid", "reason");
  return db.transaction(async (t) => {
    const [a] = await t.select().from(assignments).where(eq(assignments.id, id)).for("update");
    if (!a) throw new DomainError("交办记录不存在", "not_found");
    checkScope(a, scope);
    checkAssignment("waive_opinion", a, user);
    const note = reason.trim().slice(0, 2000);
    await setAssignmentState(t, a, "closed", user.id, "opinion_waived", { opinionWaivedAt: new Date(), opinionWaivedBy: user.id, opinionWaiverReason: note }, note);
    const others = await t.select().from(assignments).where(and(eq(assignments.proposalId, a.proposalId!), notInArray(assignments.state, ["withdrawn"])));
    await notify(t, {
      userIds: await departmentUserIds(t, others.map((o) => o.departmentId)),
      subject: "会办意见已免除",
      body: note,
      link: "/department",
    });
  });
}

/** Co-handlers of a proposal not yet heard (no opinion sent, not waived): the lead's formal reply waits for them. */
export async function outstandingCoHandlers(t: DbOrTx, proposalId: number) {
  return t
    .select({ id: assignments.id, departmentId: assignments.departmentId, name: departments.name, deadline: assignments.deadline, state: assignments.state })
    .from(assignments)
    .innerJoin(departments, eq(departments.id, assignments.departmentId))
    .where(and(eq(assignments.proposalId, proposalId), eq(assignments.role, "co"), inArray(assignments.state, ["assigned", "signed", "reassignment_requested", "rehandling"])));
}

export function coOpinionsPending(names: string[]) {
  return new DomainError(`会办单位（${names.join("、")}）尚未提交会办意见，也未经提案工作人员免除，暂不能提交或公开正式答复`, "conflict");
}
