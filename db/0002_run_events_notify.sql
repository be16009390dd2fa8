-- Every progress event is announced on one channel; web instances LISTEN and fan out to the
-- browsers subscribed to that run (payload kept small: listeners read the row itself).
CREATE OR REPLACE FUNCTION loomcast_notify_run_event() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('loomcast_run_events', json_build_object('id', NEW.id, 'runId', NEW.run_id, 'workspaceId', NEW.workspace_id)::text);
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER run_events_notify AFTER INSERT ON run_events FOR EACH ROW EXECUTE FUNCTION loomcast_notify_run_event();
