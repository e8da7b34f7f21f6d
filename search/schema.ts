// Search tables (issue #5). `search_documents` is the PostgreSQL engine's index:
// one row per searchable item, written in the same transaction as the item.
// `search_outbox` carries changes to Meilisearch: written in the item's
// transaction, drained by a worker that retries until Meilisearch has them.
import { sql } from "drizzle-orm";
import { bigserial, customType, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

/** PostgreSQL `tsvector`; written as a literal built in the application (see pg-engine.ts). */
const tsvector = customType<{ data: string }>({
  dataType() {
    return "tsvector";
  },
});

export const searchDocuments = pgTable(
  "search_documents",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    // document | recommendation (later: reply, disclosure, session)
    kind: text("kind").notNull(),
    refId: integer("ref_id").notNull(),
    // Entries replaced together, e.g. `document:12` (a document and its recommendations).
    groupKey: text("group_key").notNull(),
    // Who may see it: `public` for everything published.
    audience: text("audience").notNull().default("public"),
    title: text("title").notNull(),
    body: text("body").notNull().default(""),
    url: text("url").notNull(),
    anchor: text("anchor"),
    // Facets.
    status: text("status"),
    departmentIds: integer("department_ids").array().notNull().default(sql`'{}'::int[]`),
    organisationId: integer("organisation_id"),
    year: integer("year"),
    category: text("category"),
    sortDate: timestamp("sort_date", { withTimezone: true, mode: "date" }),
    // Folded (Simplified, lower case, punctuation as spaces): exact phrases are matched here.
    foldedTitle: text("folded_title").notNull(),
    foldedBody: text("folded_body").notNull(),
    // Segmented, folded words with positions; title A, body B, context C.
    tsv: tsvector("tsv").notNull(),
    indexedAt: timestamp("indexed_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  // The facet filters have indexes too (year, organisation_id, category, and GIN on
  // department_ids), created by hand at the end of migration 0004 and left out
  // here so that snapshots generated later do not try to create them again.
  (t) => [
    uniqueIndex("search_documents_key").on(t.kind, t.refId),
    index("search_documents_group_idx").on(t.groupKey),
    index("search_documents_tsv_idx").using("gin", t.tsv),
  ],
);

export const searchOutbox = pgTable("search_outbox", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  // upsert | remove | replace_group
  op: text("op").notNull(),
  payload: jsonb("payload").$type<unknown>().notNull(),
  createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  attempts: integer("attempts").notNull().default(0),
  // Retry no earlier than this (exponential back-off after a failure).
  availableAt: timestamp("available_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  lastError: text("last_error"),
});
