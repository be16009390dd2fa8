-- The publish gate, in the data layer. A content item may enter or move between the statuses
-- approved, scheduled, publishing, published and partially_published (and may change its current
-- version while in one of them) only when its current version carries a complete, valid approval:
-- a non-voided 'approved' row for every step 1..N of the workspace's review policy (N = 1 without
-- a policy row) and no non-voided 'changes_requested'/'rejected' row for that version.
-- Refusals raise SQLSTATE 'LG001' (mapped to a CONFLICT by the app).
CREATE OR REPLACE FUNCTION loomcast_version_fully_approved(p_workspace_id text, p_item_id text, p_version integer) RETURNS boolean AS $$
DECLARE
  steps_needed integer;
BEGIN
  SELECT greatest(coalesce(jsonb_array_length(steps), 1), 1) INTO steps_needed FROM review_policies WHERE workspace_id = p_workspace_id;
  steps_needed := coalesce(steps_needed, 1);
  IF p_version IS NULL OR p_version < 1 THEN
    RETURN false;
  END IF;
  IF EXISTS (
    SELECT 1 FROM approvals
    WHERE content_item_id = p_item_id AND workspace_id = p_workspace_id AND version_number = p_version
      AND voided_at IS NULL AND decision <> 'approved'
  ) THEN
    RETURN false;
  END IF;
  RETURN (
    SELECT count(DISTINCT step) FROM approvals
    WHERE content_item_id = p_item_id AND workspace_id = p_workspace_id AND version_number = p_version
      AND voided_at IS NULL AND decision = 'approved' AND step BETWEEN 1 AND steps_needed
  ) = steps_needed;
END;
$$ LANGUAGE plpgsql STABLE;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION loomcast_publish_gate() RETURNS trigger AS $$
BEGIN
  IF NEW.status IN ('approved', 'scheduled', 'publishing', 'published', 'partially_published')
     AND (TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM NEW.status OR OLD.current_version IS DISTINCT FROM NEW.current_version) THEN
    IF NOT loomcast_version_fully_approved(NEW.workspace_id, NEW.id, NEW.current_version) THEN
      RAISE EXCEPTION 'publish gate: version % of content item % has no valid final approval', NEW.current_version, NEW.id
        USING ERRCODE = 'LG001', HINT = 'Approve the current version (every step of the review policy) first.';
    END IF;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER content_items_publish_gate BEFORE INSERT OR UPDATE ON content_items FOR EACH ROW EXECUTE FUNCTION loomcast_publish_gate();
--> statement-breakpoint
-- Editing after approval voids it: a new version voids every live approval of the item and sends an
-- approved/scheduled item back to review; changing an existing version's content voids that version's approvals.
CREATE OR REPLACE FUNCTION loomcast_void_approvals() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE approvals SET voided_at = now()
      WHERE content_item_id = NEW.content_item_id AND workspace_id = NEW.workspace_id AND voided_at IS NULL;
    UPDATE content_items SET status = 'in_review'
      WHERE id = NEW.content_item_id AND workspace_id = NEW.workspace_id AND status IN ('approved', 'scheduled');
  ELSIF (OLD.title, OLD.body, OLD.posts, OLD.seo, OLD.image, OLD.number) IS DISTINCT FROM (NEW.title, NEW.body, NEW.posts, NEW.seo, NEW.image, NEW.number) THEN
    UPDATE approvals SET voided_at = now()
      WHERE content_item_id = NEW.content_item_id AND workspace_id = NEW.workspace_id AND voided_at IS NULL
        AND version_number IN (OLD.number, NEW.number);
    UPDATE content_items SET status = 'in_review'
      WHERE id = NEW.content_item_id AND workspace_id = NEW.workspace_id AND status IN ('approved', 'scheduled')
        AND current_version IN (OLD.number, NEW.number);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER content_versions_void_approvals AFTER INSERT OR UPDATE ON content_versions FOR EACH ROW EXECUTE FUNCTION loomcast_void_approvals();
