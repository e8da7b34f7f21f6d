DROP INDEX "assignments_department_idx";--> statement-breakpoint
CREATE INDEX "assignments_department_newest_idx" ON "assignments" USING btree ("department_id","state","assigned_at","id");