CREATE TYPE "public"."catalogue_entry_status" AS ENUM('draft', 'pending_review', 'returned', 'published', 'superseded');--> statement-breakpoint
CREATE TYPE "public"."catalogue_feedback_kind" AS ENUM('question', 'error_report');--> statement-breakpoint
CREATE TYPE "public"."catalogue_frequency" AS ENUM('as_needed', 'monthly', 'quarterly', 'half_yearly', 'yearly', 'event');--> statement-breakpoint
CREATE TYPE "public"."catalogue_item_source" AS ENUM('manual', 'proposal_replies');--> statement-breakpoint
CREATE TYPE "public"."catalogue_mode" AS ENUM('proactive', 'on_request');--> statement-breakpoint
CREATE TYPE "public"."catalogue_moderation" AS ENUM('pending', 'approved', 'rejected');--> statement-breakpoint
CREATE TABLE "catalogue_attachments" (
	"id" serial PRIMARY KEY NOT NULL,
	"entry_id" integer NOT NULL,
	"file_name" text NOT NULL,
	"stored_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"uploaded_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalogue_entries" (
	"id" serial PRIMARY KEY NOT NULL,
	"item_id" integer NOT NULL,
	"previous_id" integer,
	"revision" integer DEFAULT 1 NOT NULL,
	"superseded_by_id" integer,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"period_start" date,
	"period_end" date,
	"occurred_on" date,
	"status" "catalogue_entry_status" DEFAULT 'draft' NOT NULL,
	"correction_note" text,
	"return_reason" text,
	"source_ref" text,
	"author_id" text,
	"submitted_by" text,
	"submitted_at" timestamp with time zone,
	"reviewed_by" text,
	"reviewed_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "catalogue_entries_period" CHECK ("catalogue_entries"."period_end" is null or "catalogue_entries"."period_start" is null or "catalogue_entries"."period_end" >= "catalogue_entries"."period_start")
);
--> statement-breakpoint
CREATE TABLE "catalogue_feedback" (
	"id" serial PRIMARY KEY NOT NULL,
	"entry_id" integer NOT NULL,
	"kind" "catalogue_feedback_kind" NOT NULL,
	"body" text NOT NULL,
	"author_id" text NOT NULL,
	"status" "catalogue_moderation" DEFAULT 'pending' NOT NULL,
	"moderated_by" text,
	"moderated_at" timestamp with time zone,
	"moderation_note" text,
	"answer" text,
	"answered_by" text,
	"answered_at" timestamp with time zone,
	"answer_status" "catalogue_moderation",
	"answer_moderated_by" text,
	"answer_moderated_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalogue_item_versions" (
	"id" serial PRIMARY KEY NOT NULL,
	"item_id" integer NOT NULL,
	"version" integer NOT NULL,
	"snapshot" jsonb NOT NULL,
	"note" text,
	"changed_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalogue_items" (
	"id" serial PRIMARY KEY NOT NULL,
	"catalogue_id" integer NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"title" text NOT NULL,
	"content_elements" text DEFAULT '' NOT NULL,
	"scope" text DEFAULT '' NOT NULL,
	"basis" text DEFAULT '' NOT NULL,
	"frequency" "catalogue_frequency" NOT NULL,
	"frequency_days" integer,
	"time_limit_days" integer DEFAULT 0 NOT NULL,
	"responsible_department_id" integer,
	"channel" text DEFAULT '' NOT NULL,
	"mode" "catalogue_mode" DEFAULT 'proactive' NOT NULL,
	"source" "catalogue_item_source" DEFAULT 'manual' NOT NULL,
	"effective_from" date DEFAULT current_date NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "catalogue_items_days" CHECK ("catalogue_items"."time_limit_days" >= 0 and ("catalogue_items"."frequency_days" is null or "catalogue_items"."frequency_days" between 1 and 365)),
	CONSTRAINT "catalogue_items_event_days" CHECK ("catalogue_items"."frequency" <> 'event' or "catalogue_items"."frequency_days" is not null)
);
--> statement-breakpoint
CREATE TABLE "catalogues" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"owner_department_id" integer,
	"owner_organisation_id" integer,
	"active" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "catalogues_one_owner" CHECK (num_nonnulls("catalogues"."owner_department_id", "catalogues"."owner_organisation_id") = 1)
);
--> statement-breakpoint
ALTER TABLE "catalogue_attachments" ADD CONSTRAINT "catalogue_attachments_entry_id_catalogue_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."catalogue_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_attachments" ADD CONSTRAINT "catalogue_attachments_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_entries" ADD CONSTRAINT "catalogue_entries_item_id_catalogue_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."catalogue_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_entries" ADD CONSTRAINT "catalogue_entries_previous_id_catalogue_entries_id_fk" FOREIGN KEY ("previous_id") REFERENCES "public"."catalogue_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_entries" ADD CONSTRAINT "catalogue_entries_superseded_by_id_catalogue_entries_id_fk" FOREIGN KEY ("superseded_by_id") REFERENCES "public"."catalogue_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_entries" ADD CONSTRAINT "catalogue_entries_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_entries" ADD CONSTRAINT "catalogue_entries_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_entries" ADD CONSTRAINT "catalogue_entries_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_feedback" ADD CONSTRAINT "catalogue_feedback_entry_id_catalogue_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."catalogue_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_feedback" ADD CONSTRAINT "catalogue_feedback_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_feedback" ADD CONSTRAINT "catalogue_feedback_moderated_by_users_id_fk" FOREIGN KEY ("moderated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_feedback" ADD CONSTRAINT "catalogue_feedback_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_feedback" ADD CONSTRAINT "catalogue_feedback_answer_moderated_by_users_id_fk" FOREIGN KEY ("answer_moderated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_item_versions" ADD CONSTRAINT "catalogue_item_versions_item_id_catalogue_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."catalogue_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_item_versions" ADD CONSTRAINT "catalogue_item_versions_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_items" ADD CONSTRAINT "catalogue_items_catalogue_id_catalogues_id_fk" FOREIGN KEY ("catalogue_id") REFERENCES "public"."catalogues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_items" ADD CONSTRAINT "catalogue_items_responsible_department_id_departments_id_fk" FOREIGN KEY ("responsible_department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogues" ADD CONSTRAINT "catalogues_owner_department_id_departments_id_fk" FOREIGN KEY ("owner_department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogues" ADD CONSTRAINT "catalogues_owner_organisation_id_organisations_id_fk" FOREIGN KEY ("owner_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogues" ADD CONSTRAINT "catalogues_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "catalogue_attachments_entry_idx" ON "catalogue_attachments" USING btree ("entry_id");--> statement-breakpoint
CREATE INDEX "catalogue_entries_item_idx" ON "catalogue_entries" USING btree ("item_id","status","published_at");--> statement-breakpoint
CREATE INDEX "catalogue_entries_published_idx" ON "catalogue_entries" USING btree ("published_at");--> statement-breakpoint
CREATE UNIQUE INDEX "catalogue_entries_source_key" ON "catalogue_entries" USING btree ("source_ref");--> statement-breakpoint
CREATE UNIQUE INDEX "catalogue_entries_previous_key" ON "catalogue_entries" USING btree ("previous_id");--> statement-breakpoint
CREATE INDEX "catalogue_feedback_entry_idx" ON "catalogue_feedback" USING btree ("entry_id","status");--> statement-breakpoint
CREATE INDEX "catalogue_feedback_status_idx" ON "catalogue_feedback" USING btree ("status","answer_status");--> statement-breakpoint
CREATE UNIQUE INDEX "catalogue_item_versions_key" ON "catalogue_item_versions" USING btree ("item_id","version");--> statement-breakpoint
CREATE INDEX "catalogue_items_catalogue_idx" ON "catalogue_items" USING btree ("catalogue_id","position");--> statement-breakpoint
CREATE INDEX "catalogue_items_department_idx" ON "catalogue_items" USING btree ("responsible_department_id");--> statement-breakpoint
CREATE UNIQUE INDEX "catalogues_slug_key" ON "catalogues" USING btree ("slug");--> statement-breakpoint
-- Item versions are the public record of each change: appended, never changed.
CREATE OR REPLACE FUNCTION xs_catalogue_versions_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'catalogue item versions are append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER catalogue_item_versions_no_update BEFORE UPDATE OR DELETE ON "catalogue_item_versions"
  FOR EACH ROW EXECUTE FUNCTION xs_catalogue_versions_append_only();
--> statement-breakpoint
-- A published entry keeps its content for ever: it can only become superseded
-- (by a correction), and a superseded one cannot change at all.
CREATE OR REPLACE FUNCTION xs_catalogue_entries_published_frozen() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status IN ('published', 'superseded') THEN
      RAISE EXCEPTION 'published catalogue entries cannot be deleted' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD.status IN ('published', 'superseded') AND (
       NEW.title IS DISTINCT FROM OLD.title OR NEW.body IS DISTINCT FROM OLD.body
    OR NEW.period_start IS DISTINCT FROM OLD.period_start OR NEW.period_end IS DISTINCT FROM OLD.period_end
    OR NEW.occurred_on IS DISTINCT FROM OLD.occurred_on OR NEW.published_at IS DISTINCT FROM OLD.published_at
    OR NEW.item_id IS DISTINCT FROM OLD.item_id OR NEW.revision IS DISTINCT FROM OLD.revision
    OR NEW.previous_id IS DISTINCT FROM OLD.previous_id OR NEW.correction_note IS DISTINCT FROM OLD.correction_note
    OR (OLD.status = 'superseded' AND NEW IS DISTINCT FROM OLD)
    OR (OLD.status = 'published' AND NEW.status NOT IN ('published', 'superseded'))
  ) THEN
    RAISE EXCEPTION 'published catalogue entries are corrected by a new version, not edited' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER catalogue_entries_frozen BEFORE UPDATE OR DELETE ON "catalogue_entries"
  FOR EACH ROW EXECUTE FUNCTION xs_catalogue_entries_published_frozen();
--> statement-breakpoint
-- Attachments of a published entry stay with it.
CREATE OR REPLACE FUNCTION xs_catalogue_attachments_frozen() RETURNS trigger AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM catalogue_entries e WHERE e.id = OLD.entry_id AND e.status IN ('published', 'superseded')) THEN
    RAISE EXCEPTION 'attachments of published catalogue entries cannot change' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER catalogue_attachments_frozen BEFORE UPDATE OR DELETE ON "catalogue_attachments"
  FOR EACH ROW EXECUTE FUNCTION xs_catalogue_attachments_frozen();
