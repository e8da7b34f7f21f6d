CREATE TABLE "search_documents" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"ref_id" integer NOT NULL,
	"group_key" text NOT NULL,
	"audience" text DEFAULT 'public' NOT NULL,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"url" text NOT NULL,
	"anchor" text,
	"status" text,
	"department_ids" integer[] DEFAULT '{}'::int[] NOT NULL,
	"organisation_id" integer,
	"year" integer,
	"category" text,
	"sort_date" timestamp with time zone,
	"folded_title" text NOT NULL,
	"folded_body" text NOT NULL,
	"tsv" "tsvector" NOT NULL,
	"indexed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"op" text NOT NULL,
	"payload" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"available_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text
);
--> statement-breakpoint
CREATE UNIQUE INDEX "search_documents_key" ON "search_documents" USING btree ("kind","ref_id");--> statement-breakpoint
CREATE INDEX "search_documents_group_idx" ON "search_documents" USING btree ("group_key");--> statement-breakpoint
CREATE INDEX "search_documents_tsv_idx" ON "search_documents" USING gin ("tsv");--> statement-breakpoint
-- Written by hand (not in search/schema.ts, so generated snapshots never list them):
-- indexes for the facet filters, so a filtered search combines them with the GIN
-- index on the words instead of reading every matching row.
CREATE INDEX "search_documents_year_idx" ON "search_documents" USING btree ("year");--> statement-breakpoint
CREATE INDEX "search_documents_org_idx" ON "search_documents" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "search_documents_category_idx" ON "search_documents" USING btree ("category");--> statement-breakpoint
CREATE INDEX "search_documents_departments_idx" ON "search_documents" USING gin ("department_ids");
