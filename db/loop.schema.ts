// The proposal loop (提案办理): proposals and their co-signers, case numbers,
// assignments to departments, replies, evaluations and the working-day calendar
// (follows, notifications and the mail outbox: db/notifications.schema.ts). The state machine lives in
// app/models/loop/proposals.server.ts and app/models/handling.server.ts.
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { departments, organisations, users } from "./schema";
import { documents, recommendations } from "./documents.schema";
import { HANDLING_NOTE_KINDS, SATISFACTION_VALUES } from "./enums";

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });
const createdAt = () => ts("created_at").notNull().defaultNow();

/** 工作日历: holidays and make-up working days (调休), seeded from chinese-days, editable by admins. */
export const calendarDays = pgTable("calendar_days", {
  day: text("day").primaryKey(), // yyyy-mm-dd
  kind: text("kind", { enum: ["holiday", "workday"] }).notNull(),
  name: text("name").notNull().default(""),
  source: text("source", { enum: ["package", "admin"] }).notNull().default("package"),
  updatedAt: ts("updated_at").notNull().defaultNow(),
});

/** Gap-free case numbers per session year: one row per year, incremented under a row lock. */
export const caseCounters = pgTable("case_counters", {
  year: integer("year").primaryKey(),
  last: integer("last").notNull().default(0),
});

export const proposalStateEnum = pgEnum("proposal_state", [
  "draft",
  "submitted",
  "accepted",
  "not_accepted",
  "converted",
  "merged",
  "assigned",
  "replied",
  "rehandling",
  "closed",
  "withdrawn",
]);
export type ProposalState = (typeof proposalStateEnum.enumValues)[number];

export const proposals = pgTable(
  "proposals",
  {
    id: serial("id").primaryKey(),
    // The public document, created when the proposal is accepted (立案).
    documentId: integer("document_id").references(() => documents.id),
    kind: text("kind", { enum: ["member_proposal", "joint_proposal", "party_proposal", "committee_proposal"] }).notNull(),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id),
    // Submitted on behalf of a party/committee (organisation users), else null.
    organisationId: integer("organisation_id").references(() => organisations.id),
    state: proposalStateEnum("state").notNull().default("draft"),
    year: integer("year").notNull(),
    caseNo: text("case_no"),
    body: text("body").notNull().default(""), // Markdown as the author wrote it
    title: text("title").notNull(),
    // The paper form's parts (issue 15): the body above is composed from them.
    analysis: text("analysis").notNull().default(""), // 情况分析
    suggestions: text("suggestions").notNull().default(""), // 具体建议
    textFormat: text("text_format", { enum: ["markdown", "text"] }).notNull().default("markdown"),
    // Private: never on public pages or in public JSON.
    contactPhone: text("contact_phone").notNull().default(""),
    contactAddress: text("contact_address").notNull().default(""),
    suggestedDepartmentIds: integer("suggested_department_ids").array().notNull().default(sql`'{}'::integer[]`),
    // 是否同意公开: the proposer's names shown on public pages.
    publicConsent: boolean("public_consent").notNull().default(true),
    reason: text("reason"), // why returned / not accepted / converted
    isKey: boolean("is_key").notNull().default(false),
    supervisingLeader: text("supervising_leader"),
    mergedIntoId: integer("merged_into_id").references((): AnyPgColumn => proposals.id),
    version: integer("version").notNull().default(1),
    submittedAt: ts("submitted_at"),
    acceptedAt: ts("accepted_at"),
    repliedAt: ts("replied_at"),
    closedAt: ts("closed_at"),
    createdAt: createdAt(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("proposals_document_key").on(t.documentId),
    uniqueIndex("proposals_case_no_key").on(t.caseNo),
    index("proposals_author_idx").on(t.authorId),
    index("proposals_state_idx").on(t.state),
    // The party workbench, a liaison's 待评价 count and listMine look proposals up by organisation.
    index("proposals_organisation_idx").on(t.organisationId),
  ],
);

/** 联名: invited co-signers answer before the proposal can be submitted. */
export const cosigners = pgTable(
  "cosigners",
  {
    proposalId: integer("proposal_id")
      .notNull()
      .references(() => proposals.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    state: text("state", { enum: ["invited", "confirmed", "declined"] }).notNull().default("invited"),
    invitedAt: createdAt(),
    answeredAt: ts("answered_at"),
  },
  (t) => [primaryKey({ columns: [t.proposalId, t.userId] }), index("cosigners_user_idx").on(t.userId)],
);

export const assignmentRoleEnum = pgEnum("assignment_role", ["sole", "lead", "co", "separate"]);
export const assignmentStateEnum = pgEnum("assignment_state", [
  "assigned", // 已交办，待签收
  "signed", // 已签收，办理中
  "reassignment_requested", // 申请调整
  "replied", // 已答复（答复已审核公开）
  "rehandling", // 重办
  "closed", // 办结
  "withdrawn", // 调整后撤回
]);
export type AssignmentState = (typeof assignmentStateEnum.enumValues)[number];

/**
 * 采纳情况 of one recommendation: 已采纳 / 部分采纳 / 留作参考 / 不采纳. Research-report
 * departments report it on their assignment; a proposal's lead marks each
 * recommendation in its formal reply (recommendation_adoptions).
 */
export const adoptionEnum = pgEnum("adoption", ["adopted", "partly", "reference", "not_adopted"]);
export type Adoption = (typeof adoptionEnum.enumValues)[number];

/**
 * 交办: one department's task for a proposal (or for one recommendation of a
 * research report). Co-handlers (会办) send an opinion to the lead by their
 * own deadline; the lead's, sole or separate handlers' replies are formal.
 */
export const assignments = pgTable(
  "assignments",
  {
    id: serial("id").primaryKey(),
    proposalId: integer("proposal_id").references(() => proposals.id),
    recommendationId: integer("recommendation_id").references(() => recommendations.id),
    departmentId: integer("department_id")
      .notNull()
      .references(() => departments.id),
    role: assignmentRoleEnum("role").notNull(),
    state: assignmentStateEnum("state").notNull().default("assigned"),
    deadline: text("deadline").notNull(), // yyyy-mm-dd, a working day
    assignedAt: ts("assigned_at").notNull().defaultNow(),
    signedAt: ts("signed_at"),
    reassignmentReason: text("reassignment_reason"),
    // Research-report recommendations: adoption and progress reported by the department.
    adoption: adoptionEnum("adoption"),
    adoptionReason: text("adoption_reason"),
    progress: integer("progress"),
    // A co-handler's opinion (会办意见) waived by staff, with the reason: the lead may then reply without it.
    opinionWaivedAt: ts("opinion_waived_at"),
    opinionWaivedBy: text("opinion_waived_by").references(() => users.id),
    opinionWaiverReason: text("opinion_waiver_reason"),
    version: integer("version").notNull().default(1),
    createdBy: text("created_by").references(() => users.id),
  },
  (t) => [
    // A department's assignments by state, newest assigned first (the workbench's latest 10 and
    // the paged lists, department-workbench.server.ts, read it backwards); its prefix serves the to-do counts.
    index("assignments_department_newest_idx").on(t.departmentId, t.state, t.assignedAt, t.id),
    index("assignments_proposal_idx").on(t.proposalId),
    index("assignments_recommendation_idx").on(t.recommendationId),
    // 逾期 for staff's to-dos and header badge (app/models/todos): open assignments by deadline.
    index("assignments_open_deadline_idx").on(t.deadline).where(sql`state in ('assigned', 'signed', 'reassignment_requested', 'rehandling')`),
    // Staff's to-do counts of proposal assignments (调整申请 by state, 逾期 by state and deadline), read with the
    // session on every staff request: index-only, without visiting the many report assignments that share the index above.
    index("assignments_open_proposals_idx")
      .on(t.state, t.deadline)
      .where(sql`proposal_id is not null and state in ('assigned', 'signed', 'reassignment_requested', 'rehandling')`),
    check("assignments_one_subject", sql`(${t.proposalId} is null) <> (${t.recommendationId} is null)`),
    check("assignments_progress_range", sql`${t.progress} is null or (${t.progress} between 0 and 100)`),
  ],
);

export const replies = pgTable(
  "replies",
  {
    id: serial("id").primaryKey(),
    assignmentId: integer("assignment_id")
      .notNull()
      .references(() => assignments.id),
    kind: text("kind", { enum: ["formal", "holding", "co_opinion"] }).notNull(),
    category: text("category", { enum: ["A", "B", "C", "D"] }),
    body: text("body").notNull(),
    state: text("state", { enum: ["pending", "published", "rejected"] }).notNull().default("pending"),
    consentToPublish: boolean("consent_to_publish").notNull().default(true),
    // A correction points at the reply it corrects; the original stays visible.
    correctsId: integer("corrects_id").references((): AnyPgColumn => replies.id),
    reviewNote: text("review_note"),
    // 联系人 and 联系电话 printed at the foot of the reply letter (答复函); optional.
    contactName: text("contact_name"),
    contactPhone: text("contact_phone"),
    createdBy: text("created_by").references(() => users.id),
    createdAt: createdAt(),
    reviewedBy: text("reviewed_by").references(() => users.id),
    reviewedAt: ts("reviewed_at"),
  },
  (t) => [
    index("replies_assignment_idx").on(t.assignmentId),
    // 待审核答复 for staff's to-dos and header badge (app/models/todos).
    index("replies_pending_idx").on(t.id).where(sql`state = 'pending'`),
  ],
);

/**
 * The lead's (or a separate handler's) formal reply marks each recommendation of
 * the proposal 已采纳/部分采纳/留作参考/不采纳 with a reason. Public once the reply is.
 */
export const recommendationAdoptions = pgTable(
  "recommendation_adoptions",
  {
    id: serial("id").primaryKey(),
    replyId: integer("reply_id")
      .notNull()
      .references(() => replies.id),
    recommendationId: integer("recommendation_id")
      .notNull()
      .references(() => recommendations.id),
    adoption: adoptionEnum("adoption").notNull(),
    reason: text("reason").notNull().default(""),
  },
  (t) => [uniqueIndex("recommendation_adoptions_key").on(t.replyId, t.recommendationId), index("recommendation_adoptions_rec_idx").on(t.recommendationId)],
);

export const satisfactionEnum = pgEnum("satisfaction", SATISFACTION_VALUES);

/** 评价: attitude and result separately, per reply round. */
export const evaluations = pgTable(
  "evaluations",
  {
    id: serial("id").primaryKey(),
    proposalId: integer("proposal_id")
      .notNull()
      .references(() => proposals.id),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    attitude: satisfactionEnum("attitude").notNull(),
    result: satisfactionEnum("result").notNull(),
    comment: text("comment").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [index("evaluations_proposal_idx").on(t.proposalId)],
);

/** 沟通记录 and progress notes of an assignment. */
export const handlingNotes = pgTable(
  "handling_notes",
  {
    id: serial("id").primaryKey(),
    assignmentId: integer("assignment_id")
      .notNull()
      .references(() => assignments.id),
    kind: text("kind", { enum: HANDLING_NOTE_KINDS }).notNull(),
    happenedOn: text("happened_on"),
    body: text("body").notNull(),
    createdBy: text("created_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index("handling_notes_assignment_idx").on(t.assignmentId)],
);

/** 附件: PDF and images attached to a proposal by its author while drafting. */
export const proposalAttachments = pgTable(
  "proposal_attachments",
  {
    id: serial("id").primaryKey(),
    proposalId: integer("proposal_id")
      .notNull()
      .references(() => proposals.id, { onDelete: "cascade" }),
    fileName: text("file_name").notNull(),
    storedName: text("stored_name").notNull(),
    mimeType: text("mime_type").notNull(),
    size: integer("size").notNull(),
    sha256: text("sha256").notNull(),
    uploadedBy: text("uploaded_by")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index("proposal_attachments_proposal_idx").on(t.proposalId)],
);
