-- Who judges what is guarded by the database, whichever code path writes it (an assignment run, a manual
-- move, a hand-written repair):
--   * a closed round's assignments do not change (closing locks the round's work: scores lock by 0009,
--     the assignment list by this trigger), by insert, update or delete;
--   * the project belongs to the round's event (and, for a per-track round, to its track);
--   * the judge has no conflict of interest with the project's team: a conflict row naming the team (any
--     source), an affiliation the judge declared that a member registered with (compared without case or
--     white space, as lib/judging/setup-conflict-sql.ts does), or the judge being a member of the team.
-- The round is read FOR SHARE, so an organizer closing it (FOR UPDATE) commits before this check or waits.
-- Not checked: deletions cascading from another deletion (pg_trigger_depth() > 1: a round, submission or
-- account deleted), and seeds writing historical judging with `codefest.allow_late_project_writes` on.
CREATE OR REPLACE FUNCTION enforce_judge_assignment() RETURNS trigger AS $$
DECLARE
  v_round record;
  v_submission record;
BEGIN
  IF coalesce(current_setting('codefest.allow_late_project_writes', true), '') = 'on' THEN
    RETURN coalesce(NEW, OLD);
  END IF;
  IF TG_OP = 'DELETE' THEN
    IF pg_trigger_depth() > 1 THEN
      RETURN OLD;
    END IF;
    SELECT r.status INTO v_round FROM judging_rounds r WHERE r.id = OLD.round_id FOR SHARE;
    IF FOUND AND v_round.status = 'closed' THEN
      RAISE EXCEPTION 'round % is closed: its assignments are locked', OLD.round_id
        USING ERRCODE = 'check_violation', CONSTRAINT = 'judge_assignments_round_not_closed';
    END IF;
    RETURN OLD;
  END IF;

  SELECT r.status, r.event_id, r.track_id INTO v_round FROM judging_rounds r WHERE r.id = NEW.round_id FOR SHARE;
  IF v_round.status = 'closed'
     OR (TG_OP = 'UPDATE' AND OLD.round_id <> NEW.round_id
         AND EXISTS (SELECT 1 FROM judging_rounds r WHERE r.id = OLD.round_id AND r.status = 'closed')) THEN
    RAISE EXCEPTION 'round % is closed: its assignments are locked', NEW.round_id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'judge_assignments_round_not_closed';
  END IF;

  SELECT s.event_id, s.team_id, s.track_id INTO v_submission FROM submissions s WHERE s.id = NEW.submission_id;
  IF v_submission.event_id IS DISTINCT FROM v_round.event_id
     OR (v_round.track_id IS NOT NULL AND v_submission.track_id IS DISTINCT FROM v_round.track_id) THEN
    RAISE EXCEPTION 'submission % is not in the scope of round %', NEW.submission_id, NEW.round_id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'judge_assignments_in_scope';
  END IF;

  IF EXISTS (SELECT 1 FROM team_members m WHERE m.team_id = v_submission.team_id AND m.user_id = NEW.judge_id)
     OR EXISTS (
       SELECT 1 FROM conflicts_of_interest c
       WHERE c.event_id = v_round.event_id AND c.judge_id = NEW.judge_id
         AND (c.team_id = v_submission.team_id
              OR (length(trim(coalesce(c.affiliation, ''))) > 0 AND EXISTS (
                    SELECT 1 FROM team_members m
                    JOIN registrations g ON g.event_id = v_round.event_id AND g.user_id = m.user_id
                    WHERE m.team_id = v_submission.team_id
                      AND length(trim(g.affiliation)) > 0
                      AND lower(regexp_replace(g.affiliation, '\s', '', 'g')) = lower(regexp_replace(c.affiliation, '\s', '', 'g')))))) THEN
    RAISE EXCEPTION 'judge % has a conflict of interest with the team of submission %', NEW.judge_id, NEW.submission_id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'judge_assignments_no_conflict';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER judge_assignments_guarded
  BEFORE INSERT OR UPDATE OR DELETE ON judge_assignments
  FOR EACH ROW EXECUTE FUNCTION enforce_judge_assignment();
--> statement-breakpoint
-- A declared conflict arriving after the assignment does not delete the assignment (the organizer decides:
-- the run reports it, the rounds page offers the move); the score trigger (0009) refuses the scores.
CREATE INDEX IF NOT EXISTS judge_invitations_email_idx ON judge_invitations (event_id, email);
