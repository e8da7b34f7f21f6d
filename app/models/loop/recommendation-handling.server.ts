// Research-report recommendations (调研报告建议): staff assign a whole report in
// one 交办 table (each recommendation to a lead and co-handlers), and each
// department reports adoption (已采纳/部分采纳/留作参考/不采纳) and progress
// 0–100%. Shares the assignment rows, rules and helpers of handling.server.ts.
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { db } from "../../../db/client";
import { assignments, type Adoption } from "../../../db/loop.schema";
import { departments } from "../../../db/schema";
import { DomainError } from "../../utils/errors";
import type { AppUser } from "../directory/users.server";
import { defaultDeadline, isDay, nextWorkingDay, todayInBeijing } from "../platform/calendar";
import { loadOverrides } from "../platform/calendar.server";
import { recordEvent } from "../platform/events.server";
import { notify } from "../platform/notifications.server";
import { OPEN_STATES, checkAssignment, departmentUserIds, ownAssignment, setAssignmentState, settleReportNotice, type Assignment } from "./handling.server";
import { isStaff } from "../../auth/permissions";
import { documents, recommendations } from "../../../db/documents.schema";
import { ADOPTION_LABELS } from "../../utils/labels";

export interface ReportRow {
  recommendationId: number;
  leadDepartmentId: number;
  coDepartmentIds: number[];
  deadline?: string | null;
}

/**
 * 交办 a research report in one go: each row sends one recommendation to a lead
 * (主办, or 单办 alone) and any co-handlers (会办), with its own deadline or the
 * one for all (default three months). One transaction: all rows or none.
 */
export async function assignReport(user: AppUser, documentId: number, input: { deadline?: string | null; rows: ReportRow[] }) {
  if (!isStaff(user)) throw new DomainError("只有提案工作人员可以交办", "forbidden");
  if (!input.rows.length) throw new DomainError("请至少为一条建议选择主办单位", "invalid", "rows");
  if (input.rows.length > 500) throw new DomainError("一次最多交办 500 条建议", "invalid", "rows");
  const overrides = await loadOverrides();
  const today = todayInBeijing();
  const dayOf = (value: string | null | undefined, field: string) => {
    if (!value) return null;
    if (!isDay(value)) throw new DomainError("日期格式应为 2026-06-30", "invalid", field);
    const d = nextWorkingDay(value, overrides);
    if (d <= today) throw new DomainError("办理期限须晚于今天", "invalid", field);
    return d;
  };
  const forAll = dayOf(input.deadline, "deadline") ?? defaultDeadline(today, overrides);
  const plan = input.rows.flatMap((row) => {
    const deadline = dayOf(row.deadline, `deadline-${row.recommendationId}`) ?? forAll;
    const co = [...new Set(row.coDepartmentIds)].filter((d) => d !== row.leadDepartmentId);
    return [
      { recommendationId: row.recommendationId, departmentId: row.leadDepartmentId, role: (co.length ? "lead" : "sole") as Assignment["role"], deadline },
      ...co.map((d) => ({ recommendationId: row.recommendationId, departmentId: d, role: "co" as const, deadline })),
    ];
  });
  if (new Set(input.rows.map((r) => r.recommendationId)).size !== input.rows.length) throw new DomainError("同一条建议只能出现一次", "invalid", "rows");
  return db.transaction(async (t) => {
    const [doc] = await t.select().from(documents).where(and(eq(documents.id, documentId), eq(documents.status, "published"))).for("update");
    if (!doc) throw new DomainError("文档不存在", "not_found");
    if (doc.kind !== "research_report") throw new DomainError("提案按件交办（在提案办理页面）；逐条交办只用于调研报告的建议", "conflict");
    const ids = input.rows.map((r) => r.recommendationId);
    const recs = await t
      .select({ id: recommendations.id, kind: recommendations.kind, title: recommendations.title })
      .from(recommendations)
      .where(and(inArray(recommendations.id, ids), eq(recommendations.documentId, documentId), isNull(recommendations.removedInVersion)));
    for (const id of ids) {
      const rec = recs.find((r) => r.id === id);
      if (!rec) throw new DomainError("建议不存在或不属于这份报告", "not_found", `lead-${id}`);
      if (rec.kind !== "recommendation") throw new DomainError(`“${rec.title}”是背景或标题，不交办`, "conflict", `lead-${id}`);
    }
    const deptIds = [...new Set(plan.map((x) => x.departmentId))];
    const active = await t.select({ id: departments.id }).from(departments).where(and(inArray(departments.id, deptIds), eq(departments.active, true)));
    if (active.length !== deptIds.length) throw new DomainError("所选单位不存在或已停用", "invalid", "rows");
    const open = await t
      .select({ recommendationId: assignments.recommendationId, departmentId: assignments.departmentId, name: departments.name })
      .from(assignments)
      .innerJoin(departments, eq(departments.id, assignments.departmentId))
      .where(and(inArray(assignments.recommendationId, ids), inArray(assignments.state, [...OPEN_STATES])));
    for (const x of plan) {
      const busy = open.find((o) => o.recommendationId === x.recommendationId && o.departmentId === x.departmentId);
      if (busy) throw new DomainError(`${busy.name}已在办理这条建议`, "conflict", `lead-${x.recommendationId}`);
    }
    const rows = await t.insert(assignments).values(plan.map((x) => ({ ...x, createdBy: user.id }))).returning();
    for (const a of rows) {
      await recordEvent(t, {
        actorId: user.id,
        subjectType: "recommendation",
        subjectId: a.recommendationId!,
        action: "recommendation.assigned",
        toState: "assigned",
        data: { assignmentId: a.id, departmentId: a.departmentId, role: a.role, deadline: a.deadline },
      });
    }
    await recordEvent(t, { actorId: user.id, subjectType: "document", subjectId: documentId, action: "document.assigned", data: { recommendations: ids.length, assignments: rows.length } });
    for (const deptId of deptIds) {
      const mine = rows.filter((r) => r.departmentId === deptId);
      await notify(t, {
        userIds: await departmentUserIds(t, [deptId]),
        subject: `新交办调研报告建议 ${mine.length} 条：${doc.title}`,
        body: `办理期限 ${mine.map((m) => m.deadline).sort()[0]} 起。请及时签收并报告采纳情况。`,
        link: mine.length === 1 ? `/department/recommendations/${mine[0].id}` : "/department",
        // Read once the department has signed them all (settleReportNotice, handling.server.ts).
        about: { type: "report_assignment", id: documentId },
      });
    }
    return rows;
  });
}

/** Staff send one recommendation of a published report to one department (a one-row 交办 table). */
export async function assignRecommendation(user: AppUser, recommendationId: number, departmentId: number, deadlineInput: string | null) {
  const [rec] = await db.select({ documentId: recommendations.documentId }).from(recommendations).where(eq(recommendations.id, recommendationId));
  if (!rec) throw new DomainError("建议不存在", "not_found");
  const [a] = await assignReport(user, rec.documentId, { deadline: deadlineInput, rows: [{ recommendationId, leadDepartmentId: departmentId, coDepartmentIds: [] }] }).catch((e: unknown) => {
    if (e instanceof DomainError && e.message.endsWith("已在办理这条建议")) throw new DomainError("该单位已在办理这条建议", "conflict", "departmentId");
    throw e;
  });
  return a;
}

/** The department reports adoption (已采纳/部分采纳/留作参考/不采纳, reason required unless adopted) and progress 0–100%. */
export async function reportAdoption(user: AppUser, assignmentId: number, input: { adoption: Adoption; reason: string; progress: number }) {
  if (!Number.isInteger(input.progress) || input.progress < 0 || input.progress > 100) throw new DomainError("进度须为 0 到 100 的整数", "invalid", "progress");
  if (input.adoption !== "adopted" && !input.reason.trim()) throw new DomainError("部分采纳、留作参考或不采纳须说明理由", "invalid", "reason");
  return db.transaction(async (t) => {
    const a = await ownAssignment(t, user, assignmentId, "recommendation");
    checkAssignment("report_adoption", a, user);
    const done = input.progress === 100 || input.adoption === "not_adopted" || input.adoption === "reference";
    await setAssignmentState(t, a, done ? "replied" : "signed", user.id, "adoption_reported", {
      adoption: input.adoption,
      adoptionReason: input.reason.trim().slice(0, 2000) || null,
      progress: input.progress,
      signedAt: a.signedAt ?? new Date(),
    }, `${ADOPTION_LABELS[input.adoption]}，进度 ${input.progress}%`);
    await settleReportNotice(t, a);
  });
}

export function recommendationAssignments(recommendationId: number) {
  return db
    .select({ a: assignments, departmentName: departments.name })
    .from(assignments)
    .innerJoin(departments, eq(departments.id, assignments.departmentId))
    .where(eq(assignments.recommendationId, recommendationId))
    .orderBy(asc(assignments.id));
}
