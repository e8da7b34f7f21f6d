CREATE TYPE "public"."lead_state" AS ENUM('pending', 'forwarded_member', 'forwarded_department', 'drafted', 'closed', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."opinion_state" AS ENUM('pending', 'approved', 'rejected', 'merged', 'withdrawn', 'hidden');--> statement-breakpoint
CREATE TYPE "public"."support_subject" AS ENUM('opinion', 'recommendation', 'proposal');--> statement-breakpoint
CREATE TYPE "public"."topic_meeting" AS ENUM('standing_committee', 'special_consultation', 'other');--> statement-breakpoint
CREATE TYPE "public"."topic_state" AS ENUM('draft', 'open', 'closed', 'summarised');--> statement-breakpoint
CREATE TABLE "consultation_topics" (
	"id" serial PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"state" "topic_state" DEFAULT 'draft' NOT NULL,
	"organisation_id" integer,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"meeting_kind" "topic_meeting" DEFAULT 'special_consultation' NOT NULL,
	"meeting_title" text DEFAULT '' NOT NULL,
	"meeting_date" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" text,
	"published_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consultation_topics_period" CHECK ("consultation_topics"."closes_at" > "consultation_topics"."opens_at")
);
--> statement-breakpoint
CREATE TABLE "lead_attachments" (
	"id" serial PRIMARY KEY NOT NULL,
	"lead_id" integer NOT NULL,
	"file_name" text NOT NULL,
	"stored_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "moderation_words" (
	"id" serial PRIMARY KEY NOT NULL,
	"word" text NOT NULL,
	"level" text NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_follows" (
	"user_id" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "participation_follows_user_id_subject_type_subject_id_pk" PRIMARY KEY("user_id","subject_type","subject_id")
);
--> statement-breakpoint
CREATE TABLE "participation_posts" (
	"id" serial PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"kind" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "proposal_leads" (
	"id" serial PRIMARY KEY NOT NULL,
	"author_id" text NOT NULL,
	"title" text NOT NULL,
	"problem" text NOT NULL,
	"suggestion" text NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"consent_public" boolean DEFAULT false NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"state" "lead_state" DEFAULT 'pending' NOT NULL,
	"flagged_words" text[] DEFAULT '{}'::text[] NOT NULL,
	"forwarded_to_user_id" text,
	"forwarded_via" text,
	"forwarded_to_department_id" integer,
	"reason" text,
	"proposal_id" integer,
	"triaged_by" text,
	"triaged_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "proposal_leads_published_consent" CHECK (not "proposal_leads"."published" or "proposal_leads"."consent_public")
);
--> statement-breakpoint
CREATE TABLE "recommendation_opinions" (
	"recommendation_id" integer NOT NULL,
	"opinion_id" integer NOT NULL,
	CONSTRAINT "recommendation_opinions_recommendation_id_opinion_id_pk" PRIMARY KEY("recommendation_id","opinion_id")
);
--> statement-breakpoint
CREATE TABLE "supports" (
	"subject_type" "support_subject" NOT NULL,
	"subject_id" integer NOT NULL,
	"user_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "supports_subject_type_subject_id_user_id_pk" PRIMARY KEY("subject_type","subject_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "topic_documents" (
	"topic_id" integer NOT NULL,
	"document_id" integer NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "topic_documents_topic_id_document_id_pk" PRIMARY KEY("topic_id","document_id")
);
--> statement-breakpoint
CREATE TABLE "topic_opinions" (
	"id" serial PRIMARY KEY NOT NULL,
	"topic_id" integer NOT NULL,
	"author_id" text NOT NULL,
	"as_member" boolean DEFAULT false NOT NULL,
	"body" text NOT NULL,
	"state" "opinion_state" DEFAULT 'pending' NOT NULL,
	"flagged_words" text[] DEFAULT '{}'::text[] NOT NULL,
	"reason" text,
	"merged_into_id" integer,
	"moderated_by" text,
	"moderated_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "topic_summaries" (
	"id" serial PRIMARY KEY NOT NULL,
	"topic_id" integer NOT NULL,
	"draft_id" integer NOT NULL,
	"document_id" integer,
	"opinion_ids" integer[] DEFAULT '{}'::int[] NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "consultation_topics" ADD CONSTRAINT "consultation_topics_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_topics" ADD CONSTRAINT "consultation_topics_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_attachments" ADD CONSTRAINT "lead_attachments_lead_id_proposal_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."proposal_leads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_words" ADD CONSTRAINT "moderation_words_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_follows" ADD CONSTRAINT "participation_follows_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_leads" ADD CONSTRAINT "proposal_leads_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_leads" ADD CONSTRAINT "proposal_leads_forwarded_to_user_id_users_id_fk" FOREIGN KEY ("forwarded_to_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_leads" ADD CONSTRAINT "proposal_leads_forwarded_to_department_id_departments_id_fk" FOREIGN KEY ("forwarded_to_department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_leads" ADD CONSTRAINT "proposal_leads_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_leads" ADD CONSTRAINT "proposal_leads_triaged_by_users_id_fk" FOREIGN KEY ("triaged_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_opinions" ADD CONSTRAINT "recommendation_opinions_recommendation_id_recommendations_id_fk" FOREIGN KEY ("recommendation_id") REFERENCES "public"."recommendations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_opinions" ADD CONSTRAINT "recommendation_opinions_opinion_id_topic_opinions_id_fk" FOREIGN KEY ("opinion_id") REFERENCES "public"."topic_opinions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supports" ADD CONSTRAINT "supports_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topic_documents" ADD CONSTRAINT "topic_documents_topic_id_consultation_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."consultation_topics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topic_documents" ADD CONSTRAINT "topic_documents_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topic_opinions" ADD CONSTRAINT "topic_opinions_topic_id_consultation_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."consultation_topics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topic_opinions" ADD CONSTRAINT "topic_opinions_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topic_opinions" ADD CONSTRAINT "topic_opinions_merged_into_id_topic_opinions_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."topic_opinions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topic_opinions" ADD CONSTRAINT "topic_opinions_moderated_by_users_id_fk" FOREIGN KEY ("moderated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topic_summaries" ADD CONSTRAINT "topic_summaries_topic_id_consultation_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."consultation_topics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topic_summaries" ADD CONSTRAINT "topic_summaries_draft_id_document_drafts_id_fk" FOREIGN KEY ("draft_id") REFERENCES "public"."document_drafts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topic_summaries" ADD CONSTRAINT "topic_summaries_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topic_summaries" ADD CONSTRAINT "topic_summaries_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consultation_topics_state_idx" ON "consultation_topics" USING btree ("state","closes_at");--> statement-breakpoint
CREATE INDEX "lead_attachments_lead_idx" ON "lead_attachments" USING btree ("lead_id");--> statement-breakpoint
CREATE UNIQUE INDEX "moderation_words_word_key" ON "moderation_words" USING btree ("word");--> statement-breakpoint
CREATE INDEX "participation_follows_subject_idx" ON "participation_follows" USING btree ("subject_type","subject_id");--> statement-breakpoint
CREATE INDEX "participation_posts_key_idx" ON "participation_posts" USING btree ("key","kind","created_at");--> statement-breakpoint
CREATE INDEX "proposal_leads_state_idx" ON "proposal_leads" USING btree ("state","id");--> statement-breakpoint
CREATE INDEX "proposal_leads_author_idx" ON "proposal_leads" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "proposal_leads_member_idx" ON "proposal_leads" USING btree ("forwarded_to_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "proposal_leads_proposal_key" ON "proposal_leads" USING btree ("proposal_id");--> statement-breakpoint
CREATE INDEX "recommendation_opinions_opinion_idx" ON "recommendation_opinions" USING btree ("opinion_id");--> statement-breakpoint
CREATE INDEX "supports_user_idx" ON "supports" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "supports_time_idx" ON "supports" USING btree ("subject_type","created_at");--> statement-breakpoint
CREATE INDEX "topic_opinions_topic_idx" ON "topic_opinions" USING btree ("topic_id","state","id");--> statement-breakpoint
CREATE INDEX "topic_opinions_author_idx" ON "topic_opinions" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "topic_opinions_pending_idx" ON "topic_opinions" USING btree ("created_at") WHERE state = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "topic_summaries_draft_key" ON "topic_summaries" USING btree ("draft_id");--> statement-breakpoint
CREATE INDEX "topic_summaries_topic_idx" ON "topic_summaries" USING btree ("topic_id");