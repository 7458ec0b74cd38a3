-- Teams are frozen at the submission deadline: who is in a team, who leads it, who is its second
-- contact and which track it competes in are what the judges and the prize committee see, so nothing
-- may change them afterwards, whichever code path (or a hand-written query) tries. The application checks
-- the same rule first to give a clear message; this is the guarantee.
--
-- The clock is statement_timestamp(), not now(): now() is the start of the transaction, so a transaction
-- opened a moment before the deadline could otherwise still change a team minutes after it. The event row
-- is read FOR SHARE, so an organizer moving the deadline (FOR UPDATE) cannot interleave with the check. The
-- team row is locked FOR UPDATE (not FOR SHARE): the team-size trigger, which fires after this one on the
-- same insert, takes FOR UPDATE too, and two joiners each holding a share lock while waiting to upgrade it
-- would deadlock. A team's own extension, when an organizer granted one, replaces the event deadline.
--
-- Not checked: deletions cascading from another deletion (pg_trigger_depth() > 1: an account erased, a
-- team or an event deleted by an organizer), and seeds or data repairs that write historical teams and set
-- the transaction-local setting `codefest.allow_late_project_writes` to 'on' (the same switch as the
-- submission deadline, 0006); the application never sets it.
CREATE OR REPLACE FUNCTION team_is_frozen(p_team_id uuid, p_event_id uuid) RETURNS boolean AS $$
DECLARE
  event_deadline timestamptz;
  team_extension timestamptz;
BEGIN
  SELECT e.submission_deadline INTO event_deadline FROM events e WHERE e.id = p_event_id FOR SHARE;
  IF event_deadline IS NULL THEN
    RETURN false;
  END IF;
  SELECT t.deadline_extended_until INTO team_extension FROM teams t WHERE t.id = p_team_id FOR UPDATE;
  RETURN statement_timestamp() >= coalesce(team_extension, event_deadline);
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION enforce_team_members_frozen() RETURNS trigger AS $$
BEGIN
  IF coalesce(current_setting('codefest.allow_late_project_writes', true), '') = 'on' THEN
    RETURN coalesce(NEW, OLD);
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') AND pg_trigger_depth() <= 1 AND team_is_frozen(OLD.team_id, OLD.event_id) THEN
    RAISE EXCEPTION 'team % is frozen: the submission deadline has passed', OLD.team_id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'team_members_frozen_after_deadline';
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND team_is_frozen(NEW.team_id, NEW.event_id) THEN
    RAISE EXCEPTION 'team % is frozen: the submission deadline has passed', NEW.team_id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'team_members_frozen_after_deadline';
  END IF;
  RETURN coalesce(NEW, OLD);
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER team_members_frozen_after_deadline
  BEFORE INSERT OR DELETE OR UPDATE OF team_id, event_id, user_id ON team_members
  FOR EACH ROW EXECUTE FUNCTION enforce_team_members_frozen();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION enforce_team_contacts_frozen() RETURNS trigger AS $$
DECLARE
  event_deadline timestamptz;
BEGIN
  IF coalesce(current_setting('codefest.allow_late_project_writes', true), '') = 'on' OR pg_trigger_depth() > 1 THEN
    RETURN NEW;
  END IF;
  IF NEW.captain_id IS NOT DISTINCT FROM OLD.captain_id
     AND NEW.second_contact_id IS NOT DISTINCT FROM OLD.second_contact_id
     AND NEW.track_id IS NOT DISTINCT FROM OLD.track_id THEN
    RETURN NEW;
  END IF;
  SELECT e.submission_deadline INTO event_deadline FROM events e WHERE e.id = NEW.event_id FOR SHARE;
  IF statement_timestamp() >= coalesce(NEW.deadline_extended_until, event_deadline) THEN
    RAISE EXCEPTION 'team % is frozen: the submission deadline has passed', NEW.id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'teams_frozen_after_deadline';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER teams_frozen_after_deadline
  BEFORE UPDATE OF captain_id, second_contact_id, track_id ON teams
  FOR EACH ROW EXECUTE FUNCTION enforce_team_contacts_frozen();
