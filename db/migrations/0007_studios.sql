CREATE TYPE "public"."studio_session_audience" AS ENUM('members', 'public');--> statement-breakpoint
CREATE TYPE "public"."studio_session_status" AS ENUM('draft', 'published', 'closed', 'held', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."session_signup_status" AS ENUM('confirmed', 'waitlisted', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."duty_swap_status" AS ENUM('pending', 'accepted', 'declined', 'withdrawn');--> statement-breakpoint
CREATE TABLE "calendar_tokens" (
	"user_id" text PRIMARY KEY NOT NULL,
	"token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "duty_shifts" (
	"id" serial PRIMARY KEY NOT NULL,
	"studio_id" integer NOT NULL,
	"member_id" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "duty_shifts_time_order" CHECK ("duty_shifts"."ends_at" > "duty_shifts"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "duty_swaps" (
	"id" serial PRIMARY KEY NOT NULL,
	"shift_id" integer NOT NULL,
	"requester_id" text NOT NULL,
	"target_id" text NOT NULL,
	"target_shift_id" integer,
	"note" text DEFAULT '' NOT NULL,
	"status" "duty_swap_status" DEFAULT 'pending' NOT NULL,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session_opinions" (
	"id" serial PRIMARY KEY NOT NULL,
	"session_id" integer NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"raised_by" text DEFAULT '' NOT NULL,
	"recorded_by" text,
	"proposal_document_id" integer,
	"converted_by" text,
	"converted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session_signups" (
	"id" serial PRIMARY KEY NOT NULL,
	"session_id" integer NOT NULL,
	"user_id" text NOT NULL,
	"status" "session_signup_status" NOT NULL,
	"as_member" boolean NOT NULL,
	"attended" boolean,
	"confirmed_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "studio_members" (
	"studio_id" integer NOT NULL,
	"user_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "studio_members_studio_id_user_id_pk" PRIMARY KEY("studio_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "studio_sessions" (
	"id" serial PRIMARY KEY NOT NULL,
	"studio_id" integer NOT NULL,
	"topic" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"place" text NOT NULL,
	"capacity" integer NOT NULL,
	"reserved_for_members" integer DEFAULT 0 NOT NULL,
	"audience" "studio_session_audience" DEFAULT 'public' NOT NULL,
	"signup_opens_at" timestamp with time zone,
	"signup_closes_at" timestamp with time zone,
	"status" "studio_session_status" DEFAULT 'draft' NOT NULL,
	"minutes" text DEFAULT '' NOT NULL,
	"cancel_reason" text,
	"published_at" timestamp with time zone,
	"held_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"sequence" integer DEFAULT 0 NOT NULL,
	"created_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "studio_sessions_time_order" CHECK ("studio_sessions"."ends_at" > "studio_sessions"."starts_at"),
	CONSTRAINT "studio_sessions_capacity_positive" CHECK ("studio_sessions"."capacity" > 0),
	CONSTRAINT "studio_sessions_reserved_range" CHECK ("studio_sessions"."reserved_for_members" >= 0 and "studio_sessions"."reserved_for_members" <= "studio_sessions"."capacity")
);
--> statement-breakpoint
CREATE TABLE "studios" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"district" text NOT NULL,
	"street" text DEFAULT '' NOT NULL,
	"community" text DEFAULT '' NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"sector_id" integer,
	"description" text DEFAULT '' NOT NULL,
	"opening_hours" text DEFAULT '' NOT NULL,
	"contact_phone" text DEFAULT '' NOT NULL,
	"lead_id" text,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "calendar_tokens" ADD CONSTRAINT "calendar_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_shifts" ADD CONSTRAINT "duty_shifts_studio_id_studios_id_fk" FOREIGN KEY ("studio_id") REFERENCES "public"."studios"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_shifts" ADD CONSTRAINT "duty_shifts_member_id_users_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_shifts" ADD CONSTRAINT "duty_shifts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_swaps" ADD CONSTRAINT "duty_swaps_shift_id_duty_shifts_id_fk" FOREIGN KEY ("shift_id") REFERENCES "public"."duty_shifts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_swaps" ADD CONSTRAINT "duty_swaps_requester_id_users_id_fk" FOREIGN KEY ("requester_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_swaps" ADD CONSTRAINT "duty_swaps_target_id_users_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_swaps" ADD CONSTRAINT "duty_swaps_target_shift_id_duty_shifts_id_fk" FOREIGN KEY ("target_shift_id") REFERENCES "public"."duty_shifts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_opinions" ADD CONSTRAINT "session_opinions_session_id_studio_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."studio_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_opinions" ADD CONSTRAINT "session_opinions_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_opinions" ADD CONSTRAINT "session_opinions_proposal_document_id_documents_id_fk" FOREIGN KEY ("proposal_document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_opinions" ADD CONSTRAINT "session_opinions_converted_by_users_id_fk" FOREIGN KEY ("converted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_signups" ADD CONSTRAINT "session_signups_session_id_studio_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."studio_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_signups" ADD CONSTRAINT "session_signups_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "studio_members" ADD CONSTRAINT "studio_members_studio_id_studios_id_fk" FOREIGN KEY ("studio_id") REFERENCES "public"."studios"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "studio_members" ADD CONSTRAINT "studio_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "studio_sessions" ADD CONSTRAINT "studio_sessions_studio_id_studios_id_fk" FOREIGN KEY ("studio_id") REFERENCES "public"."studios"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "studio_sessions" ADD CONSTRAINT "studio_sessions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "studios" ADD CONSTRAINT "studios_sector_id_organisations_id_fk" FOREIGN KEY ("sector_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "studios" ADD CONSTRAINT "studios_lead_id_users_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_tokens_token_key" ON "calendar_tokens" USING btree ("token");--> statement-breakpoint
CREATE INDEX "duty_shifts_studio_idx" ON "duty_shifts" USING btree ("studio_id","starts_at");--> statement-breakpoint
CREATE INDEX "duty_shifts_member_idx" ON "duty_shifts" USING btree ("member_id","starts_at");--> statement-breakpoint
CREATE INDEX "duty_swaps_target_idx" ON "duty_swaps" USING btree ("target_id","status");--> statement-breakpoint
CREATE INDEX "duty_swaps_requester_idx" ON "duty_swaps" USING btree ("requester_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "duty_swaps_open_key" ON "duty_swaps" USING btree ("shift_id") WHERE "duty_swaps"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "session_opinions_session_idx" ON "session_opinions" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "session_opinions_document_idx" ON "session_opinions" USING btree ("proposal_document_id");--> statement-breakpoint
CREATE UNIQUE INDEX "session_signups_active_key" ON "session_signups" USING btree ("session_id","user_id") WHERE "session_signups"."status" <> 'cancelled';--> statement-breakpoint
CREATE INDEX "session_signups_session_idx" ON "session_signups" USING btree ("session_id","status","id");--> statement-breakpoint
CREATE INDEX "session_signups_user_idx" ON "session_signups" USING btree ("user_id","status");--> statement-breakpoint
CREATE INDEX "studio_members_user_idx" ON "studio_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "studio_sessions_studio_idx" ON "studio_sessions" USING btree ("studio_id","starts_at");--> statement-breakpoint
CREATE INDEX "studio_sessions_list_idx" ON "studio_sessions" USING btree ("status","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "studios_slug_key" ON "studios" USING btree ("slug");--> statement-breakpoint
CREATE UNIQUE INDEX "studios_name_key" ON "studios" USING btree ("name");--> statement-breakpoint
CREATE INDEX "studios_sector_idx" ON "studios" USING btree ("sector_id");