-- The tree position of a node (part/section/item) was called "kind"; it becomes "level",
-- so that "kind" can say what a node is (recommendation/background/heading, next migration).
-- Hand-written (a rename, which drizzle-kit would otherwise ask about); the snapshot records it.
ALTER TYPE "public"."node_kind" RENAME TO "node_level";--> statement-breakpoint
ALTER TABLE "recommendations" RENAME COLUMN "kind" TO "level";
