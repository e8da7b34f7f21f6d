ALTER TABLE "proposals" ADD COLUMN "analysis" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "proposals" ADD COLUMN "suggestions" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "proposals" ADD COLUMN "text_format" text DEFAULT 'markdown' NOT NULL;--> statement-breakpoint
ALTER TABLE "proposals" ADD COLUMN "contact_phone" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "proposals" ADD COLUMN "contact_address" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "proposals" ADD COLUMN "suggested_department_ids" integer[] DEFAULT '{}'::integer[] NOT NULL;--> statement-breakpoint
ALTER TABLE "proposals" ADD COLUMN "public_consent" boolean DEFAULT true NOT NULL;