// Public disclosure catalogues (信息公开目录, issue #7). A catalogue belongs to a
// department or an organisation and lists items (what must be disclosed, how
// often, by whom). Entries are published under an item after review; a
// published entry is never edited, only corrected by a new entry that
// supersedes it. Item edits keep a snapshot per change. Feedback (双通道反馈)
// on entries is public after moderation. See app/models/catalogues/catalogues.server.ts.
import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
  boolean,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { departments, organisations, users } from "./schema";

const createdAt = () => timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow();
const updatedAt = () => timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow();
const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/** 随时 / 每月 / 每季度 / 每半年 / 每年 / 事项发生后 N 个工作日内 */
export const catalogueFrequencyEnum = pgEnum("catalogue_frequency", [
  "as_needed",
  "monthly",
  "quarterly",
  "half_yearly",
  "yearly",
  "event",
]);
export type CatalogueFrequency = (typeof catalogueFrequencyEnum.enumValues)[number];

/** 主动公开 / 依申请公开 */
export const catalogueModeEnum = pgEnum("catalogue_mode", ["proactive", "on_request"]);

/** Where an item's entries come from: written by people, or generated (提案答复公开). */
export const catalogueItemSourceEnum = pgEnum("catalogue_item_source", ["manual", "proposal_replies"]);

export const catalogueEntryStatusEnum = pgEnum("catalogue_entry_status", [
  "draft",
  "pending_review",
  "returned",
  "published",
  "superseded",
]);
export type CatalogueEntryStatus = (typeof catalogueEntryStatusEnum.enumValues)[number];

export const catalogueFeedbackKindEnum = pgEnum("catalogue_feedback_kind", ["question", "error_report"]);
export const catalogueModerationEnum = pgEnum("catalogue_moderation", ["pending", "approved", "rejected"]);

export const catalogues = pgTable(
  "catalogues",
  {
    id: serial("id").primaryKey(),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    // Owned by exactly one department or one organisation.
    ownerDepartmentId: integer("owner_department_id").references(() => departments.id),
    ownerOrganisationId: integer("owner_organisation_id").references(() => organisations.id),
    active: boolean("active").notNull().default(true),
    sortOrder: integer("sort_order").notNull().default(0),
    version: integer("version").notNull().default(1),
    createdBy: text("created_by").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("catalogues_slug_key").on(t.slug),
    check("catalogues_one_owner", sql`num_nonnulls(${t.ownerDepartmentId}, ${t.ownerOrganisationId}) = 1`),
  ],
);

export const catalogueItems = pgTable(
  "catalogue_items",
  {
    id: serial("id").primaryKey(),
    catalogueId: integer("catalogue_id")
      .notNull()
      .references(() => catalogues.id),
    position: integer("position").notNull().default(0),
    title: text("title").notNull(),
    contentElements: text("content_elements").notNull().default(""), // 公开内容（要素）
    scope: text("scope").notNull().default(""), // 公开范围
    basis: text("basis").notNull().default(""), // 公开依据 / 标准
    frequency: catalogueFrequencyEnum("frequency").notNull(),
    // event / as_needed: publish within this many working days of the event.
    frequencyDays: integer("frequency_days"),
    // Periodic: publish within this many days after the period ends (公开时限).
    timeLimitDays: integer("time_limit_days").notNull().default(0),
    // Null: the catalogue's owner is responsible.
    responsibleDepartmentId: integer("responsible_department_id").references(() => departments.id),
    channel: text("channel").notNull().default(""), // 公开渠道
    mode: catalogueModeEnum("mode").notNull().default("proactive"),
    source: catalogueItemSourceEnum("source").notNull().default("manual"),
    // The obligation starts here: earlier periods are never overdue.
    effectiveFrom: date("effective_from", { mode: "string" }).notNull().default(sql`current_date`),
    active: boolean("active").notNull().default(true),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("catalogue_items_catalogue_idx").on(t.catalogueId, t.position),
    index("catalogue_items_department_idx").on(t.responsibleDepartmentId),
    check("catalogue_items_days", sql`${t.timeLimitDays} >= 0 and (${t.frequencyDays} is null or ${t.frequencyDays} between 1 and 365)`),
    check("catalogue_items_event_days", sql`${t.frequency} <> 'event' or ${t.frequencyDays} is not null`),
  ],
);

/** One snapshot of an item per change (version 1 = as created). Append-only (trigger). */
export const catalogueItemVersions = pgTable(
  "catalogue_item_versions",
  {
    id: serial("id").primaryKey(),
    itemId: integer("item_id")
      .notNull()
      .references(() => catalogueItems.id),
    version: integer("version").notNull(),
    snapshot: jsonb("snapshot").$type<Record<string, unknown>>().notNull(),
    note: text("note"),
    changedBy: text("changed_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("catalogue_item_versions_key").on(t.itemId, t.version)],
);

/**
 * An entry published under an item. Draft → pending review → published (or
 * returned with a reason). A correction is a new row (`previousId`, revision
 * n+1); publishing it marks the old row superseded. Published rows keep their
 * content for ever (trigger).
 */
export const catalogueEntries = pgTable(
  "catalogue_entries",
  {
    id: serial("id").primaryKey(),
    itemId: integer("item_id")
      .notNull()
      .references(() => catalogueItems.id),
    previousId: integer("previous_id").references((): AnyPgColumn => catalogueEntries.id),
    revision: integer("revision").notNull().default(1),
    supersededById: integer("superseded_by_id").references((): AnyPgColumn => catalogueEntries.id),
    title: text("title").notNull(),
    body: text("body").notNull().default(""),
    periodStart: date("period_start", { mode: "string" }),
    periodEnd: date("period_end", { mode: "string" }),
    // 信息形成 / 事项发生日期: starts the clock for event and as-needed items.
    occurredOn: date("occurred_on", { mode: "string" }),
    status: catalogueEntryStatusEnum("status").notNull().default("draft"),
    correctionNote: text("correction_note"),
    returnReason: text("return_reason"),
    // Generated entries (e.g. `proposal_reply:123`): one row per source.
    sourceRef: text("source_ref"),
    authorId: text("author_id").references(() => users.id),
    submittedBy: text("submitted_by").references(() => users.id),
    submittedAt: at("submitted_at"),
    reviewedBy: text("reviewed_by").references(() => users.id),
    reviewedAt: at("reviewed_at"),
    publishedAt: at("published_at"),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("catalogue_entries_item_idx").on(t.itemId, t.status, t.publishedAt),
    index("catalogue_entries_published_idx").on(t.publishedAt),
    uniqueIndex("catalogue_entries_source_key").on(t.sourceRef),
    uniqueIndex("catalogue_entries_previous_key").on(t.previousId),
    check("catalogue_entries_period", sql`${t.periodEnd} is null or ${t.periodStart} is null or ${t.periodEnd} >= ${t.periodStart}`),
  ],
);

/** A file attached to an entry, stored under $XS_DATA_DIR/uploads/<storedName>. */
export const catalogueAttachments = pgTable(
  "catalogue_attachments",
  {
    id: serial("id").primaryKey(),
    entryId: integer("entry_id")
      .notNull()
      .references(() => catalogueEntries.id),
    fileName: text("file_name").notNull(),
    storedName: text("stored_name").notNull(),
    mimeType: text("mime_type").notNull(),
    size: integer("size").notNull(),
    sha256: text("sha256").notNull(),
    uploadedBy: text("uploaded_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index("catalogue_attachments_entry_idx").on(t.entryId)],
);

/** 双通道反馈: a question or error report on an entry, and the department's answer. */
export const catalogueFeedback = pgTable(
  "catalogue_feedback",
  {
    id: serial("id").primaryKey(),
    entryId: integer("entry_id")
      .notNull()
      .references(() => catalogueEntries.id),
    kind: catalogueFeedbackKindEnum("kind").notNull(),
    body: text("body").notNull(),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id),
    status: catalogueModerationEnum("status").notNull().default("pending"),
    moderatedBy: text("moderated_by").references(() => users.id),
    moderatedAt: at("moderated_at"),
    moderationNote: text("moderation_note"),
    answer: text("answer"),
    answeredBy: text("answered_by").references(() => users.id),
    answeredAt: at("answered_at"),
    // Null until answered; the answer is public once approved.
    answerStatus: catalogueModerationEnum("answer_status"),
    answerModeratedBy: text("answer_moderated_by").references(() => users.id),
    answerModeratedAt: at("answer_moderated_at"),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [index("catalogue_feedback_entry_idx").on(t.entryId, t.status), index("catalogue_feedback_status_idx").on(t.status, t.answerStatus)],
);
