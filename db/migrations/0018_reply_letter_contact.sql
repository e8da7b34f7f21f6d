ALTER TABLE "replies" ADD COLUMN "contact_name" text;--> statement-breakpoint
ALTER TABLE "replies" ADD COLUMN "contact_phone" text;