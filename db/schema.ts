// Drizzle schema: the tables of the foundation (accounts, roles, sessions,
// organisations, departments, events, login throttling). Later workflows add
// their own tables here and generate a migration with `npm run db:generate`.
import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";

const createdAt = () => timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow();
const updatedAt = () => timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow();

/** 角色: a user can hold several. */
export const roleEnum = pgEnum("role", ["public", "member", "organisation", "department", "staff", "admin"]);
export type Role = (typeof roleEnum.enumValues)[number];

/** 党派 / 工商联 / 专委会 / 界别 */
export const organisationKindEnum = pgEnum("organisation_kind", ["party", "federation", "committee", "sector"]);

export const departmentLevelEnum = pgEnum("department_level", ["province", "city", "district"]);
export const departmentKindEnum = pgEnum("department_kind", [
  "party",
  "government",
  "court",
  "procuratorate",
  "mass",
  "enterprise",
  "other",
]);

export const organisations = pgTable(
  "organisations",
  {
    id: serial("id").primaryKey(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    shortName: text("short_name"),
    aliases: text("aliases").array().notNull().default(sql`'{}'::text[]`),
    kind: organisationKindEnum("kind").notNull(),
    description: text("description").notNull().default(""),
    sortOrder: integer("sort_order").notNull().default(0),
    active: boolean("active").notNull().default(true),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("organisations_slug_key").on(t.slug), uniqueIndex("organisations_name_key").on(t.name)],
);

/** 承办单位: the departments directory. Aliases are what proposals write (住建部门, 公安…). */
export const departments = pgTable(
  "departments",
  {
    id: serial("id").primaryKey(),
    name: text("name").notNull(),
    shortName: text("short_name"),
    aliases: text("aliases").array().notNull().default(sql`'{}'::text[]`),
    level: departmentLevelEnum("level").notNull(),
    kind: departmentKindEnum("kind").notNull().default("government"),
    parentId: integer("parent_id").references((): AnyPgColumn => departments.id),
    // A department merged into another keeps its row (old events point at it)
    // but is inactive and forwards to the survivor.
    mergedIntoId: integer("merged_into_id").references((): AnyPgColumn => departments.id),
    active: boolean("active").notNull().default(true),
    sortOrder: integer("sort_order").notNull().default(0),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("departments_name_key").on(t.name), index("departments_parent_idx").on(t.parentId)],
);

export const users = pgTable(
  "users",
  {
    id: text("id").primaryKey(),
    // Login name: lower-case latin letters, digits, dot, dash, underscore.
    username: text("username").notNull(),
    displayName: text("display_name").notNull(),
    email: text("email"),
    passwordHash: text("password_hash").notNull(),
    active: boolean("active").notNull().default(true),
    departmentId: integer("department_id").references(() => departments.id),
    organisationId: integer("organisation_id").references(() => organisations.id),
    version: integer("version").notNull().default(1),
    passwordChangedAt: timestamp("password_changed_at", { withTimezone: true, mode: "date" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("users_username_key").on(t.username),
    uniqueIndex("users_email_key").on(sql`lower(${t.email})`),
    index("users_department_idx").on(t.departmentId),
  ],
);

export const userRoles = pgTable(
  "user_roles",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: roleEnum("role").notNull(),
    grantedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.role] })],
);

/** Lucia's session table (id, user_id, expires_at) plus audit columns. */
export const sessions = pgTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/**
 * Append-only audit log. Every state change of every workflow writes one row:
 * who, when, what (subject), from which state to which, and a note. A trigger
 * (migration 0001) refuses UPDATE and DELETE.
 */
export const events = pgTable(
  "events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    occurredAt: timestamp("occurred_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    actorId: text("actor_id").references(() => users.id),
    subjectType: text("subject_type").notNull(),
    subjectId: text("subject_id").notNull(),
    action: text("action").notNull(),
    fromState: text("from_state"),
    toState: text("to_state"),
    note: text("note"),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index("events_subject_idx").on(t.subjectType, t.subjectId, t.id), index("events_actor_idx").on(t.actorId)],
);

/**
 * Failed-login counters, one row per key (`user:<name>` or `ip:<addr>`). Kept
 * in the database so every app server behind a load balancer sees the same.
 */
export const loginThrottle = pgTable(
  "login_throttle",
  {
    key: text("key").primaryKey(),
    failures: integer("failures").notNull().default(0),
    windowStartedAt: timestamp("window_started_at", { withTimezone: true, mode: "date" }).notNull(),
    lockedUntil: timestamp("locked_until", { withTimezone: true, mode: "date" }),
  },
  (t) => [check("login_throttle_failures_nonneg", sql`${t.failures} >= 0`)],
);

// ——— Documents and structured recommendations (issue #3) ———

/** 调研报告 / 党派提案 / 委员提案 / 联名提案 / 专委会·界别提案 / 社情民意 */
export const documentKindEnum = pgEnum("document_kind", [
  "research_report",
  "party_proposal",
  "member_proposal",
  "joint_proposal",
  "committee_proposal",
  "social_opinion",
]);
export type DocumentKind = (typeof documentKindEnum.enumValues)[number];

export const documentStatusEnum = pgEnum("document_status", ["draft", "published", "withdrawn"]);
export const nodeKindEnum = pgEnum("node_kind", ["part", "section", "item"]);
export const mentionRoleEnum = pgEnum("mention_role", ["lead", "co", "mentioned"]);

export const documents = pgTable(
  "documents",
  {
    id: serial("id").primaryKey(),
    // URL name: stable across versions (the content file's name, or generated).
    slug: text("slug").notNull(),
    kind: documentKindEnum("kind").notNull(),
    title: text("title").notNull(),
    byline: text("byline"),
    organisationId: integer("organisation_id").references(() => organisations.id),
    authors: text("authors").array().notNull().default(sql`'{}'::text[]`),
    year: integer("year").notNull(),
    session: text("session"),
    submittedOn: text("submitted_on"), // ISO date as written (yyyy-mm-dd)
    intro: text("intro").notNull().default(""),
    status: documentStatusEnum("status").notNull().default("draft"),
    // The source as pasted or imported, and its hash (idempotent re-imports).
    sourceText: text("source_text").notNull(),
    sourceFormat: text("source_format").notNull().default("text"),
    sourceHash: text("source_hash").notNull(),
    sourcePath: text("source_path"),
    currentVersion: integer("current_version").notNull().default(1),
    version: integer("version").notNull().default(1),
    createdBy: text("created_by").references(() => users.id),
    publishedAt: timestamp("published_at", { withTimezone: true, mode: "date" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("documents_slug_key").on(t.slug),
    index("documents_list_idx").on(t.status, t.year, t.id),
    index("documents_org_idx").on(t.organisationId),
  ],
);

/** Every published version keeps its full text and tree: the public history. */
export const documentVersions = pgTable(
  "document_versions",
  {
    id: serial("id").primaryKey(),
    documentId: integer("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    title: text("title").notNull(),
    sourceText: text("source_text").notNull(),
    tree: jsonb("tree").$type<unknown>().notNull(),
    note: text("note"),
    createdBy: text("created_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("document_versions_key").on(t.documentId, t.version)],
);

/**
 * The tree of a document: parts, sections and items. A leaf is one
 * recommendation (建议). Rows keep their id across versions when their place
 * in the tree stays (path), so links, anchors and later assignments hold.
 */
export const recommendations = pgTable(
  "recommendations",
  {
    id: serial("id").primaryKey(),
    documentId: integer("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    parentId: integer("parent_id").references((): AnyPgColumn => recommendations.id),
    // "2.3" = third child of the second top-level node; also the anchor (#r-2-3).
    path: text("path").notNull(),
    position: integer("position").notNull(),
    depth: integer("depth").notNull(),
    kind: nodeKindEnum("kind").notNull(),
    marker: text("marker"),
    title: text("title").notNull(),
    text: text("text").notNull(),
    isLeaf: boolean("is_leaf").notNull(),
    // Removed in a later version: kept for links and history, not shown in the tree.
    removedInVersion: integer("removed_in_version"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("recommendations_doc_path_key").on(t.documentId, t.path),
    index("recommendations_parent_idx").on(t.parentId),
    // The home page's count of live recommendations, without reading the table (npm run bench).
    index("recommendations_live_leaf_idx").on(t.documentId).where(sql`is_leaf and removed_in_version is null`),
    // Removed nodes are few: "not removed" is checked against this small index instead of a join.
    index("recommendations_removed_idx").on(t.id).where(sql`removed_in_version is not null`),
  ],
);

/** A department named in a recommendation, with its role; staff confirm them. */
export const departmentMentions = pgTable(
  "department_mentions",
  {
    id: serial("id").primaryKey(),
    recommendationId: integer("recommendation_id")
      .notNull()
      .references(() => recommendations.id, { onDelete: "cascade" }),
    departmentId: integer("department_id")
      .notNull()
      .references(() => departments.id),
    role: mentionRoleEnum("role").notNull(),
    mention: text("mention").notNull(),
    confirmed: boolean("confirmed").notNull().default(false),
    confirmedBy: text("confirmed_by").references(() => users.id),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [
    uniqueIndex("department_mentions_key").on(t.recommendationId, t.departmentId),
    index("department_mentions_dept_idx").on(t.departmentId),
  ],
);

/**
 * Staff's working copy while structuring a pasted text or editing a published
 * document: the source, the tree(s) being corrected, and the metadata. Nothing
 * is public until it is published through saveStructuredDocument.
 */
export const documentDrafts = pgTable("document_drafts", {
  id: serial("id").primaryKey(),
  createdBy: text("created_by")
    .notNull()
    .references(() => users.id),
  sourceText: text("source_text").notNull(),
  sourceFormat: text("source_format").notNull().default("text"),
  // Editing a published document: the document this draft will revise.
  documentId: integer("document_id").references(() => documents.id),
  // { documents: [{ meta, tree }] }, see app/models/drafts.server.ts
  content: jsonb("content").$type<unknown>().notNull(),
  status: text("status").notNull().default("open"), // open | published | discarded
  version: integer("version").notNull().default(1),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});
