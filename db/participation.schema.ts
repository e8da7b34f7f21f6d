// Public participation (网络议政, issue #17): consultation topics (协商议题) that
// collect opinions before a meeting, the opinions themselves (moderated before
// anyone else sees them), support (附议) for opinions, recommendations and
// proposals, proposal leads (提案线索) from citizens, follows, the moderation
// word list and the rate-limit ledger. The state rules live in
// app/models/participation/participation-rules.ts. Listed in drizzle.config.ts.
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
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
import { documentDrafts, documents, recommendations } from "./documents.schema";
import { proposals } from "./loop.schema";

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });
const createdAt = () => ts("created_at").notNull().defaultNow();
const updatedAt = () => ts("updated_at").notNull().defaultNow();

/** 草稿 → 征集中 → 已截止 → 已汇总 */
export const topicStateEnum = pgEnum("topic_state", ["draft", "open", "closed", "summarised"]);
export type TopicState = (typeof topicStateEnum.enumValues)[number];

/** 常委会 / 专题协商会 / 其他协商活动 */
export const topicMeetingEnum = pgEnum("topic_meeting", ["standing_committee", "special_consultation", "other"]);
export type TopicMeeting = (typeof topicMeetingEnum.enumValues)[number];

export const consultationTopics = pgTable(
  "consultation_topics",
  {
    id: serial("id").primaryKey(),
    title: text("title").notNull(),
    /** Markdown, rendered with marked + sanitize-html. */
    description: text("description").notNull().default(""),
    state: topicStateEnum("state").notNull().default("draft"),
    // The committee (专委会) or sector that opens it, if any.
    organisationId: integer("organisation_id").references(() => organisations.id),
    opensAt: ts("opens_at").notNull(),
    closesAt: ts("closes_at").notNull(),
    meetingKind: topicMeetingEnum("meeting_kind").notNull().default("special_consultation"),
    meetingTitle: text("meeting_title").notNull().default(""),
    meetingDate: date("meeting_date", { mode: "string" }),
    version: integer("version").notNull().default(1),
    createdBy: text("created_by").references(() => users.id),
    publishedAt: ts("published_at"),
    closedAt: ts("closed_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("consultation_topics_state_idx").on(t.state, t.closesAt), check("consultation_topics_period", sql`${t.closesAt} > ${t.opensAt}`)],
);

/** Background documents (背景材料): published documents of the portal. */
export const topicDocuments = pgTable(
  "topic_documents",
  {
    topicId: integer("topic_id")
      .notNull()
      .references(() => consultationTopics.id, { onDelete: "cascade" }),
    documentId: integer("document_id")
      .notNull()
      .references(() => documents.id),
    position: integer("position").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.topicId, t.documentId] })],
);

/** 待审核 → 已公开 / 未通过 / 已合并 / 已撤回 (by the author) / 已隐藏 (after publication) */
export const opinionStateEnum = pgEnum("opinion_state", ["pending", "approved", "rejected", "merged", "withdrawn", "hidden"]);
export type OpinionState = (typeof opinionStateEnum.enumValues)[number];

export const topicOpinions = pgTable(
  "topic_opinions",
  {
    id: serial("id").primaryKey(),
    topicId: integer("topic_id")
      .notNull()
      .references(() => consultationTopics.id),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id),
    /** The author was a member (委员) when posting: shown as a mark. */
    asMember: boolean("as_member").notNull().default(false),
    /** Plain text; paragraphs separated by blank lines. */
    body: text("body").notNull(),
    state: opinionStateEnum("state").notNull().default("pending"),
    /** Words of the moderation list (level "flag") found in the text, for the moderator. */
    flaggedWords: text("flagged_words").array().notNull().default(sql`'{}'::text[]`),
    /** Why it was rejected or hidden: the author sees it. */
    reason: text("reason"),
    mergedIntoId: integer("merged_into_id").references((): AnyPgColumn => topicOpinions.id),
    moderatedBy: text("moderated_by").references(() => users.id),
    moderatedAt: ts("moderated_at"),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [
    index("topic_opinions_topic_idx").on(t.topicId, t.state, t.id),
    index("topic_opinions_author_idx").on(t.authorId),
    index("topic_opinions_pending_idx").on(t.createdAt).where(sql`state = 'pending'`),
  ],
);

/** 附议: once per account and item. */
export const supportSubjectEnum = pgEnum("support_subject", ["opinion", "recommendation", "proposal"]);
export type SupportSubject = (typeof supportSubjectEnum.enumValues)[number];

export const supports = pgTable(
  "supports",
  {
    subjectType: supportSubjectEnum("subject_type").notNull(),
    subjectId: integer("subject_id").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.subjectType, t.subjectId, t.userId] }), index("supports_user_idx").on(t.userId), index("supports_time_idx").on(t.subjectType, t.createdAt)],
);

/** 待处理 → 已转委员 / 已转承办单位（社情民意） / 已办结（不予采用） / 已撤回; 已转委员 → 已形成提案草稿 */
export const leadStateEnum = pgEnum("lead_state", ["pending", "forwarded_member", "forwarded_department", "drafted", "closed", "withdrawn"]);
export type LeadState = (typeof leadStateEnum.enumValues)[number];

export const proposalLeads = pgTable(
  "proposal_leads",
  {
    id: serial("id").primaryKey(),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id),
    title: text("title").notNull(),
    problem: text("problem").notNull(),
    suggestion: text("suggestion").notNull(),
    place: text("place").notNull().default(""),
    /** The citizen agrees that the lead and where it went may be shown publicly. */
    consentPublic: boolean("consent_public").notNull().default(false),
    /** Staff judged it fit to show (only possible with consent). */
    published: boolean("published").notNull().default(false),
    state: leadStateEnum("state").notNull().default("pending"),
    flaggedWords: text("flagged_words").array().notNull().default(sql`'{}'::text[]`),
    forwardedToUserId: text("forwarded_to_user_id").references(() => users.id),
    /** How staff found the member: the 界别 or the studio. */
    forwardedVia: text("forwarded_via"),
    forwardedToDepartmentId: integer("forwarded_to_department_id").references(() => departments.id),
    /** Why it was closed, or what staff asked the member or department. */
    reason: text("reason"),
    proposalId: integer("proposal_id").references(() => proposals.id),
    triagedBy: text("triaged_by").references(() => users.id),
    triagedAt: ts("triaged_at"),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("proposal_leads_state_idx").on(t.state, t.id),
    index("proposal_leads_author_idx").on(t.authorId),
    index("proposal_leads_member_idx").on(t.forwardedToUserId),
    uniqueIndex("proposal_leads_proposal_key").on(t.proposalId),
    check("proposal_leads_published_consent", sql`not ${t.published} or ${t.consentPublic}`),
  ],
);

export const leadAttachments = pgTable(
  "lead_attachments",
  {
    id: serial("id").primaryKey(),
    leadId: integer("lead_id")
      .notNull()
      .references(() => proposalLeads.id),
    fileName: text("file_name").notNull(),
    storedName: text("stored_name").notNull(),
    mimeType: text("mime_type").notNull(),
    size: integer("size").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("lead_attachments_lead_idx").on(t.leadId)],
);

/** 关注: accounts follow topics and leads and are notified of their progress. */
export const participationFollows = pgTable(
  "participation_follows",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    subjectType: text("subject_type", { enum: ["topic", "lead"] }).notNull(),
    subjectId: integer("subject_id").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.subjectType, t.subjectId] }), index("participation_follows_subject_idx").on(t.subjectType, t.subjectId)],
);

/** The moderation word list (敏感词): "block" refuses the text, "flag" marks it for the moderator. */
export const moderationWords = pgTable(
  "moderation_words",
  {
    id: serial("id").primaryKey(),
    word: text("word").notNull(),
    level: text("level", { enum: ["block", "flag"] }).notNull(),
    createdBy: text("created_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("moderation_words_word_key").on(t.word)],
);

/**
 * One row per public text posted (opinion or lead), by account and by client
 * address (hashed), for the rate limits. Counted under an advisory lock per
 * key, so concurrent posts cannot overshoot; rows older than a day are pruned.
 */
export const participationPosts = pgTable(
  "participation_posts",
  {
    id: serial("id").primaryKey(),
    key: text("key").notNull(),
    kind: text("kind", { enum: ["opinion", "lead"] }).notNull(),
    postedAt: createdAt(),
  },
  (t) => [index("participation_posts_key_idx").on(t.key, t.kind, t.postedAt)],
);

/** 汇总报告: a staff document draft started from a topic's selected opinions. */
export const topicSummaries = pgTable(
  "topic_summaries",
  {
    id: serial("id").primaryKey(),
    topicId: integer("topic_id")
      .notNull()
      .references(() => consultationTopics.id),
    draftId: integer("draft_id")
      .notNull()
      .references(() => documentDrafts.id),
    /** Set when the draft is published. */
    documentId: integer("document_id").references(() => documents.id),
    opinionIds: integer("opinion_ids").array().notNull().default(sql`'{}'::int[]`),
    createdBy: text("created_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("topic_summaries_draft_key").on(t.draftId), index("topic_summaries_topic_idx").on(t.topicId)],
);

/** Which opinions a published recommendation came from (kept when its summary draft is published). */
export const recommendationOpinions = pgTable(
  "recommendation_opinions",
  {
    recommendationId: integer("recommendation_id")
      .notNull()
      .references(() => recommendations.id, { onDelete: "cascade" }),
    opinionId: integer("opinion_id")
      .notNull()
      .references(() => topicOpinions.id),
  },
  (t) => [primaryKey({ columns: [t.recommendationId, t.opinionId] }), index("recommendation_opinions_opinion_idx").on(t.opinionId)],
);
