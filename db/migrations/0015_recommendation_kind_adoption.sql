CREATE TYPE "public"."node_kind" AS ENUM('recommendation', 'background', 'heading');--> statement-breakpoint
CREATE TYPE "public"."adoption" AS ENUM('adopted', 'partly', 'reference', 'not_adopted');--> statement-breakpoint
CREATE TABLE "recommendation_adoptions" (
	"id" serial PRIMARY KEY NOT NULL,
	"reply_id" integer NOT NULL,
	"recommendation_id" integer NOT NULL,
	"adoption" "adoption" NOT NULL,
	"reason" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
ALTER TABLE "assignments" ALTER COLUMN "adoption" SET DATA TYPE "public"."adoption" USING "adoption"::"public"."adoption";--> statement-breakpoint
ALTER TABLE "recommendations" ADD COLUMN "kind" "node_kind" DEFAULT 'recommendation' NOT NULL;--> statement-breakpoint
ALTER TABLE "assignments" ADD COLUMN "opinion_waived_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "assignments" ADD COLUMN "opinion_waived_by" text;--> statement-breakpoint
ALTER TABLE "assignments" ADD COLUMN "opinion_waiver_reason" text;--> statement-breakpoint
ALTER TABLE "recommendation_adoptions" ADD CONSTRAINT "recommendation_adoptions_reply_id_replies_id_fk" FOREIGN KEY ("reply_id") REFERENCES "public"."replies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_adoptions" ADD CONSTRAINT "recommendation_adoptions_recommendation_id_recommendations_id_fk" FOREIGN KEY ("recommendation_id") REFERENCES "public"."recommendations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "recommendation_adoptions_key" ON "recommendation_adoptions" USING btree ("reply_id","recommendation_id");--> statement-breakpoint
CREATE INDEX "recommendation_adoptions_rec_idx" ON "recommendation_adoptions" USING btree ("recommendation_id");--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_opinion_waived_by_users_id_fk" FOREIGN KEY ("opinion_waived_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "recommendations_live_kind_idx" ON "recommendations" USING btree ("document_id") WHERE kind = 'recommendation' and removed_in_version is null;