// Member studios (委员工作室, issue #6): studios and their resident members, the
// duty rota (接待日) with swap requests, consultation sessions (协商活动) with
// sign-ups and a waitlist, outcomes (minutes, 社情民意), personal calendar feed
// tokens. Notifications live in db/notifications.schema.ts (sent with
// `notify` from app/models/platform/notifications.server.ts). Listed in drizzle.config.ts;
// see docs/decisions/005 for how migrations are generated alongside other work.
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
} from "drizzle-orm/pg-core";
import { proposals } from "./loop.schema";
import { organisations, users } from "./schema";
import { documents } from "./documents.schema";

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });
const createdAt = () => ts("created_at").notNull().defaultNow();
const updatedAt = () => ts("updated_at").notNull().defaultNow();

/** 委员工作室: belongs to a place (district, street, community) and a sector. */
export const studios = pgTable(
  "studios",
  {
    id: serial("id").primaryKey(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    district: text("district").notNull(),
    street: text("street").notNull().default(""),
    community: text("community").notNull().default(""),
    address: text("address").notNull().default(""),
    // 界别 or party the studio belongs to (an organisation of any kind).
    sectorId: integer("sector_id").references(() => organisations.id),
    description: text("description").notNull().default(""),
    // 接待时间 as written ("每月第二个周四上午"), and a public contact number.
    openingHours: text("opening_hours").notNull().default(""),
    contactPhone: text("contact_phone").notNull().default(""),
    // 召集人: organises the studio's sessions and rota together with staff.
    leadId: text("lead_id").references(() => users.id),
    active: boolean("active").notNull().default(true),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("studios_slug_key").on(t.slug),
    uniqueIndex("studios_name_key").on(t.name),
    index("studios_sector_idx").on(t.sectorId),
  ],
);

/** 驻室委员: the members resident in a studio (the lead is one of them). */
export const studioMembers = pgTable(
  "studio_members",
  {
    studioId: integer("studio_id")
      .notNull()
      .references(() => studios.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    joinedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.studioId, t.userId] }), index("studio_members_user_idx").on(t.userId)],
);

/** 接待日: one member on duty at a studio for a stretch of time. */
export const dutyShifts = pgTable(
  "duty_shifts",
  {
    id: serial("id").primaryKey(),
    studioId: integer("studio_id")
      .notNull()
      .references(() => studios.id, { onDelete: "cascade" }),
    memberId: text("member_id")
      .notNull()
      .references(() => users.id),
    startsAt: ts("starts_at").notNull(),
    endsAt: ts("ends_at").notNull(),
    note: text("note").notNull().default(""),
    createdBy: text("created_by").references(() => users.id),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [
    index("duty_shifts_studio_idx").on(t.studioId, t.startsAt),
    index("duty_shifts_member_idx").on(t.memberId, t.startsAt),
    check("duty_shifts_time_order", sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

export const swapStatusEnum = pgEnum("duty_swap_status", ["pending", "accepted", "declined", "withdrawn"]);

/**
 * A member asks another member of the studio to take their shift, optionally in
 * exchange for one of the other's shifts. Only the other member can accept.
 */
export const dutySwaps = pgTable(
  "duty_swaps",
  {
    id: serial("id").primaryKey(),
    shiftId: integer("shift_id")
      .notNull()
      .references(() => dutyShifts.id, { onDelete: "cascade" }),
    requesterId: text("requester_id")
      .notNull()
      .references(() => users.id),
    targetId: text("target_id")
      .notNull()
      .references(() => users.id),
    // The target's shift the requester takes in return (a true swap); null: a hand-over.
    targetShiftId: integer("target_shift_id").references(() => dutyShifts.id, { onDelete: "cascade" }),
    note: text("note").notNull().default(""),
    status: swapStatusEnum("status").notNull().default("pending"),
    decidedAt: ts("decided_at"),
    createdAt: createdAt(),
  },
  (t) => [
    index("duty_swaps_target_idx").on(t.targetId, t.status),
    index("duty_swaps_requester_idx").on(t.requesterId, t.status),
    // At most one open request per shift.
    uniqueIndex("duty_swaps_open_key").on(t.shiftId).where(sql`${t.status} = 'pending'`),
  ],
);

/** 协商活动: draft → published → closed → held, or cancelled. */
export const sessionStatusEnum = pgEnum("studio_session_status", ["draft", "published", "closed", "held", "cancelled"]);
export type SessionStatus = (typeof sessionStatusEnum.enumValues)[number];

/** Who may sign up: members only (委员), or signed-in members of the public too. */
export const sessionAudienceEnum = pgEnum("studio_session_audience", ["members", "public"]);
export type SessionAudience = (typeof sessionAudienceEnum.enumValues)[number];

export const studioSessions = pgTable(
  "studio_sessions",
  {
    id: serial("id").primaryKey(),
    studioId: integer("studio_id")
      .notNull()
      .references(() => studios.id),
    topic: text("topic").notNull(),
    description: text("description").notNull().default(""),
    startsAt: ts("starts_at").notNull(),
    endsAt: ts("ends_at").notNull(),
    place: text("place").notNull(),
    capacity: integer("capacity").notNull(),
    // Places only members may take; the public can fill capacity − reserved.
    reservedForMembers: integer("reserved_for_members").notNull().default(0),
    audience: sessionAudienceEnum("audience").notNull().default("public"),
    // Sign-ups open at publication when null, and close at the start when null.
    signupOpensAt: ts("signup_opens_at"),
    signupClosesAt: ts("signup_closes_at"),
    status: sessionStatusEnum("status").notNull().default("draft"),
    minutes: text("minutes").notNull().default(""),
    cancelReason: text("cancel_reason"),
    publishedAt: ts("published_at"),
    heldAt: ts("held_at"),
    cancelledAt: ts("cancelled_at"),
    // Bumped when time or place change, so calendars update (iCalendar SEQUENCE).
    sequence: integer("sequence").notNull().default(0),
    createdBy: text("created_by").references(() => users.id),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("studio_sessions_studio_idx").on(t.studioId, t.startsAt),
    index("studio_sessions_list_idx").on(t.status, t.startsAt),
    check("studio_sessions_time_order", sql`${t.endsAt} > ${t.startsAt}`),
    check("studio_sessions_capacity_positive", sql`${t.capacity} > 0`),
    check(
      "studio_sessions_reserved_range",
      sql`${t.reservedForMembers} >= 0 and ${t.reservedForMembers} <= ${t.capacity}`,
    ),
  ],
);

export const signupStatusEnum = pgEnum("session_signup_status", ["confirmed", "waitlisted", "cancelled"]);
export type SignupStatus = (typeof signupStatusEnum.enumValues)[number];

/**
 * One person's sign-up for a session. The waitlist is ordered by id (the order
 * in which sign-ups took the session's row lock). A cancelled sign-up stays;
 * signing up again makes a new row at the end of the queue.
 */
export const sessionSignups = pgTable(
  "session_signups",
  {
    id: serial("id").primaryKey(),
    sessionId: integer("session_id")
      .notNull()
      .references(() => studioSessions.id),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    status: signupStatusEnum("status").notNull(),
    // Signed up as a member (may take a reserved place).
    asMember: boolean("as_member").notNull(),
    attended: boolean("attended"),
    confirmedAt: ts("confirmed_at"),
    cancelledAt: ts("cancelled_at"),
    createdAt: createdAt(),
  },
  (t) => [
    // Nobody signs up twice for one session.
    uniqueIndex("session_signups_active_key").on(t.sessionId, t.userId).where(sql`${t.status} <> 'cancelled'`),
    index("session_signups_session_idx").on(t.sessionId, t.status, t.id),
    index("session_signups_user_idx").on(t.userId, t.status),
  ],
);

/**
 * 社情民意 raised at a session. A member can turn one into a proposal draft
 * (the proposal loop, issue #4): the draft is `proposal_id`; once accepted, the
 * proposal's public document is reached through proposals.document_id.
 * `proposal_document_id` (from the first studios migration) is not written.
 */
export const sessionOpinions = pgTable(
  "session_opinions",
  {
    id: serial("id").primaryKey(),
    sessionId: integer("session_id")
      .notNull()
      .references(() => studioSessions.id),
    title: text("title").notNull(),
    body: text("body").notNull(),
    // Who raised it, as written (a resident, a member, an enterprise…).
    raisedBy: text("raised_by").notNull().default(""),
    recordedBy: text("recorded_by").references(() => users.id),
    proposalDocumentId: integer("proposal_document_id").references(() => documents.id),
    proposalId: integer("proposal_id").references(() => proposals.id),
    convertedBy: text("converted_by").references(() => users.id),
    convertedAt: ts("converted_at"),
    createdAt: createdAt(),
  },
  (t) => [
    index("session_opinions_session_idx").on(t.sessionId),
    index("session_opinions_document_idx").on(t.proposalDocumentId),
    index("session_opinions_proposal_idx").on(t.proposalId),
  ],
);

/** A secret token per user for their subscribable calendar feed (calendar apps cannot log in). */
export const calendarTokens = pgTable(
  "calendar_tokens",
  {
    userId: text("user_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    token: text("token").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("calendar_tokens_token_key").on(t.token)],
);

/** Row types shared by the studio modules (kept here so no model imports another for a type). */
export type StudioSession = typeof studioSessions.$inferSelect;
export type Signup = typeof sessionSignups.$inferSelect;
