// Drizzle schema: the tables of the foundation (accounts, roles, sessions,
// organisations, departments, events, login throttling). Later workflows keep
// their tables in their own *.schema.ts (documents, loop, studios, catalogues…),
// listed in drizzle.config.ts; `npm run db:generate` writes the migration.
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
