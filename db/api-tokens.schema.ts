// API tokens (接口令牌, issue #8): departments' own systems call the JSON API
// with `Authorization: Bearer xs_…`. Only the SHA-256 of the secret is kept.
// Each token acts through its own service user (role `department` in the
// token's department), so every domain rule and every event works unchanged;
// see docs/decisions/008-api-tokens.md. Listed in drizzle.config.ts.
import { boolean, doublePrecision, index, integer, pgTable, serial, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { departments, users } from "./schema";

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

export const apiTokens = pgTable(
  "api_tokens",
  {
    id: serial("id").primaryKey(),
    // What system it is for ("民政局办公系统"), shown to admins.
    name: text("name").notNull(),
    departmentId: integer("department_id")
      .notNull()
      .references(() => departments.id),
    // The account the token acts as: created with the token, cannot log in.
    serviceUserId: text("service_user_id")
      .notNull()
      .references(() => users.id),
    // hex SHA-256 of the whole secret; a 256-bit random secret needs no slow hash.
    secretHash: text("secret_hash").notNull(),
    // The first characters of the secret ("xs_AbC123"), so admins can tell tokens apart.
    prefix: text("prefix").notNull(),
    createdBy: text("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: ts("created_at").notNull().defaultNow(),
    lastUsedAt: ts("last_used_at"),
    revokedAt: ts("revoked_at"),
    revokedBy: text("revoked_by").references(() => users.id),
  },
  (t) => [
    uniqueIndex("api_tokens_secret_hash_key").on(t.secretHash),
    uniqueIndex("api_tokens_service_user_key").on(t.serviceUserId),
    index("api_tokens_department_idx").on(t.departmentId),
  ],
);

export type ApiToken = typeof apiTokens.$inferSelect;

/**
 * The token rate limit's buckets (issue 16): in the database, so every app
 * process on one PostgreSQL spends from the same bucket. One row per token
 * that has made a request; `allowed` is the last decision (read back by the
 * same statement that takes a token).
 */
export const apiRateBuckets = pgTable("api_rate_buckets", {
  tokenId: integer("token_id")
    .primaryKey()
    .references(() => apiTokens.id, { onDelete: "cascade" }),
  tokens: doublePrecision("tokens").notNull(),
  at: ts("at").notNull(),
  allowed: boolean("allowed").notNull(),
});
