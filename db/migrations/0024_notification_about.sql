ALTER TABLE "notifications" ADD COLUMN "about_type" text;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "about_id" integer;