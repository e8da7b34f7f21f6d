// Documents and structured recommendations (issue #3): published documents
// (调研报告, 提案, 社情民意) with their versions, the tree of parts, sections and
// recommendations (建议), the departments they name, and staff's drafts. The
// structurer and app/models/documents/documents.server.ts fill these. Listed in drizzle.config.ts.
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { departments, organisations, users } from "./schema";

const createdAt = () => timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow();
const updatedAt = () => timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow();

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
/** Where a node sits in the tree (部分 / 条 / 项), from its depth and children. */
export const nodeLevelEnum = pgEnum("node_level", ["part", "section", "item"]);
/**
 * What a node is: a recommendation (建议: counted, assigned, given a status), background
 * (基本情况、情况分析、存在问题、主要做法: context, never a status) or a heading (a container).
 * The structurer proposes it; staff confirm it in the editor.
 */
export const nodeKindEnum = pgEnum("node_kind", ["recommendation", "background", "heading"]);
export type NodeKind = (typeof nodeKindEnum.enumValues)[number];
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
    // The script it is written in (简 hans / 繁 hant), told from its text once, when
    // it is saved (app/utils/script-conversion.ts); null only for rows saved before
    // this column, until the start-up pass fills them (written-script.server.ts).
    writtenScript: text("written_script", { enum: ["hans", "hant"] }),
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
    check("documents_written_script_check", sql`${t.writtenScript} in ('hans', 'hant')`),
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
    level: nodeLevelEnum("level").notNull(),
    kind: nodeKindEnum("kind").notNull().default("recommendation"),
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
    // Counts of recommendations proper (background and headings are not counted).
    index("recommendations_live_kind_idx").on(t.documentId).where(sql`kind = 'recommendation' and removed_in_version is null`),
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
  // { documents: [{ meta, tree }] }, see app/models/documents/drafts.server.ts
  content: jsonb("content").$type<unknown>().notNull(),
  status: text("status").notNull().default("open"), // open | published | discarded
  version: integer("version").notNull().default(1),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});
