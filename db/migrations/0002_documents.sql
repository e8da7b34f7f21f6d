CREATE TYPE "public"."document_kind" AS ENUM('research_report', 'party_proposal', 'member_proposal', 'joint_proposal', 'committee_proposal', 'social_opinion');--> statement-breakpoint
CREATE TYPE "public"."document_status" AS ENUM('draft', 'published', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."mention_role" AS ENUM('lead', 'co', 'mentioned');--> statement-breakpoint
CREATE TYPE "public"."node_kind" AS ENUM('part', 'section', 'item');--> statement-breakpoint
CREATE TABLE "department_mentions" (
	"id" serial PRIMARY KEY NOT NULL,
	"recommendation_id" integer NOT NULL,
	"department_id" integer NOT NULL,
	"role" "mention_role" NOT NULL,
	"mention" text NOT NULL,
	"confirmed" boolean DEFAULT false NOT NULL,
	"confirmed_by" text,
	"confirmed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "document_versions" (
	"id" serial PRIMARY KEY NOT NULL,
	"document_id" integer NOT NULL,
	"version" integer NOT NULL,
	"title" text NOT NULL,
	"source_text" text NOT NULL,
	"tree" jsonb NOT NULL,
	"note" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"kind" "document_kind" NOT NULL,
	"title" text NOT NULL,
	"byline" text,
	"organisation_id" integer,
	"authors" text[] DEFAULT '{}'::text[] NOT NULL,
	"year" integer NOT NULL,
	"session" text,
	"submitted_on" text,
	"intro" text DEFAULT '' NOT NULL,
	"status" "document_status" DEFAULT 'draft' NOT NULL,
	"source_text" text NOT NULL,
	"source_format" text DEFAULT 'text' NOT NULL,
	"source_hash" text NOT NULL,
	"source_path" text,
	"current_version" integer DEFAULT 1 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" text,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recommendations" (
	"id" serial PRIMARY KEY NOT NULL,
	"document_id" integer NOT NULL,
	"parent_id" integer,
	"path" text NOT NULL,
	"position" integer NOT NULL,
	"depth" integer NOT NULL,
	"kind" "node_kind" NOT NULL,
	"marker" text,
	"title" text NOT NULL,
	"text" text NOT NULL,
	"is_leaf" boolean NOT NULL,
	"removed_in_version" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "department_mentions" ADD CONSTRAINT "department_mentions_recommendation_id_recommendations_id_fk" FOREIGN KEY ("recommendation_id") REFERENCES "public"."recommendations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "department_mentions" ADD CONSTRAINT "department_mentions_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "department_mentions" ADD CONSTRAINT "department_mentions_confirmed_by_users_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_versions" ADD CONSTRAINT "document_versions_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_versions" ADD CONSTRAINT "document_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_parent_id_recommendations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."recommendations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "department_mentions_key" ON "department_mentions" USING btree ("recommendation_id","department_id");--> statement-breakpoint
CREATE INDEX "department_mentions_dept_idx" ON "department_mentions" USING btree ("department_id");--> statement-breakpoint
CREATE UNIQUE INDEX "document_versions_key" ON "document_versions" USING btree ("document_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "documents_slug_key" ON "documents" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "documents_list_idx" ON "documents" USING btree ("status","year","id");--> statement-breakpoint
CREATE INDEX "documents_org_idx" ON "documents" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "recommendations_doc_path_key" ON "recommendations" USING btree ("document_id","path");--> statement-breakpoint
CREATE INDEX "recommendations_parent_idx" ON "recommendations" USING btree ("parent_id");