-- The events table is the audit record: rows are appended, never changed.
CREATE OR REPLACE FUNCTION xs_events_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'events are append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER events_no_update BEFORE UPDATE OR DELETE ON "events"
  FOR EACH ROW EXECUTE FUNCTION xs_events_append_only();
--> statement-breakpoint
CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON "events"
  FOR EACH STATEMENT EXECUTE FUNCTION xs_events_append_only();
