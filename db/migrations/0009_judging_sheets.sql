-- A judge's score sheet may be written only while the judge may score that project: the round is open by
-- the database clock (statement_timestamp(), not now(): a transaction opened just before the close must
-- not write after it), the judge is assigned to the project in that round, and the judge has no conflict of
-- interest with its team (a declared or automatic conflict naming the team or an affiliation a member
-- registered with, or the judge being a member). The round is read FOR SHARE, so an organizer closing it
-- (FOR UPDATE) either commits before this check or waits for the write to finish.
-- A submitted sheet is locked: its content changes only after an organizer reopens it.
-- Seeds writing historical (closed-round) judging set `codefest.allow_late_project_writes` to 'on', as
-- they do for historical projects; the application never sets it.
CREATE OR REPLACE FUNCTION assert_sheet_writable(p_round_id uuid, p_judge_id uuid, p_submission_id uuid) RETURNS void AS $$
DECLARE
  v_round record;
  v_team_id uuid;
BEGIN
  SELECT r.status, r.opens_at, r.closes_at, r.event_id INTO v_round FROM judging_rounds r WHERE r.id = p_round_id FOR SHARE;
  IF v_round.status IS DISTINCT FROM 'open'
     OR (v_round.opens_at IS NOT NULL AND statement_timestamp() < v_round.opens_at)
     OR (v_round.closes_at IS NOT NULL AND statement_timestamp() >= v_round.closes_at) THEN
    RAISE EXCEPTION 'round % is not open for scoring', p_round_id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'score_sheets_round_open';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM judge_assignments a
                 WHERE a.round_id = p_round_id AND a.judge_id = p_judge_id AND a.submission_id = p_submission_id) THEN
    RAISE EXCEPTION 'judge % is not assigned to submission % in round %', p_judge_id, p_submission_id, p_round_id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'score_sheets_assigned';
  END IF;
  SELECT s.team_id INTO v_team_id FROM submissions s WHERE s.id = p_submission_id;
  IF EXISTS (SELECT 1 FROM team_members m WHERE m.team_id = v_team_id AND m.user_id = p_judge_id)
     OR EXISTS (
       SELECT 1 FROM conflicts_of_interest c
       WHERE c.event_id = v_round.event_id AND c.judge_id = p_judge_id
         AND (c.team_id = v_team_id
              OR (length(trim(coalesce(c.affiliation, ''))) > 0 AND EXISTS (
                    SELECT 1 FROM team_members m
                    JOIN registrations g ON g.event_id = v_round.event_id AND g.user_id = m.user_id
                    WHERE m.team_id = v_team_id AND lower(trim(g.affiliation)) = lower(trim(c.affiliation)))))) THEN
    RAISE EXCEPTION 'judge % has a conflict of interest with the team of submission %', p_judge_id, p_submission_id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'score_sheets_conflicted';
  END IF;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION enforce_sheet_writable() RETURNS trigger AS $$
BEGIN
  IF coalesce(current_setting('codefest.allow_late_project_writes', true), '') = 'on' THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    -- An organizer reopening a sheet, or marking the team absent (no version bump), is not the judge scoring.
    IF OLD.status = 'submitted' AND NEW.status = 'draft' THEN
      RETURN NEW;
    END IF;
    IF (NEW.status, NEW.private_note, NEW.feedback, NEW.version, NEW.round_id, NEW.judge_id, NEW.submission_id)
       IS NOT DISTINCT FROM (OLD.status, OLD.private_note, OLD.feedback, OLD.version, OLD.round_id, OLD.judge_id, OLD.submission_id) THEN
      RETURN NEW;
    END IF;
    IF OLD.status = 'submitted' THEN
      RAISE EXCEPTION 'score sheet % is submitted; an organizer must reopen it first', OLD.id
        USING ERRCODE = 'check_violation', CONSTRAINT = 'score_sheets_locked';
    END IF;
  END IF;
  PERFORM assert_sheet_writable(NEW.round_id, NEW.judge_id, NEW.submission_id);
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER score_sheets_writable
  BEFORE INSERT OR UPDATE ON score_sheets
  FOR EACH ROW EXECUTE FUNCTION enforce_sheet_writable();
--> statement-breakpoint
-- Deletes are left to the sheet's own update (every save bumps its version) so cascades from a deleted
-- round, criterion or account are not refused.
CREATE OR REPLACE FUNCTION enforce_score_writable() RETURNS trigger AS $$
DECLARE
  sheet record;
BEGIN
  IF coalesce(current_setting('codefest.allow_late_project_writes', true), '') = 'on' THEN
    RETURN NEW;
  END IF;
  SELECT s.status, s.round_id, s.judge_id, s.submission_id INTO sheet FROM score_sheets s WHERE s.id = NEW.sheet_id;
  IF sheet.status = 'submitted' THEN
    RAISE EXCEPTION 'score sheet % is submitted; an organizer must reopen it first', NEW.sheet_id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'score_sheets_locked';
  END IF;
  PERFORM assert_sheet_writable(sheet.round_id, sheet.judge_id, sheet.submission_id);
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- Named after scores_value_within_scale so that trigger (range, criterion in round) fires first.
CREATE TRIGGER scores_writable
  BEFORE INSERT OR UPDATE ON scores
  FOR EACH ROW EXECUTE FUNCTION enforce_score_writable();
--> statement-breakpoint
-- Presentation mode. The stage queue of a live round: the order teams present in, and who was absent.
-- Kept out of db/schema/index.ts (see db/schema/judging-stage.ts) and created here by hand.
CREATE TABLE stage_slots (
  round_id uuid NOT NULL REFERENCES judging_rounds(id) ON DELETE CASCADE,
  submission_id uuid NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
  position integer NOT NULL,
  is_absent boolean NOT NULL DEFAULT false,
  PRIMARY KEY (round_id, submission_id),
  CONSTRAINT stage_slots_position_unique UNIQUE (round_id, position)
);
--> statement-breakpoint
-- The stage's current team and timer phase; every screen counts down from phase_started_at (the database's
-- clock), so the big screen and the judges' tablets agree.
CREATE TABLE stage_states (
  round_id uuid PRIMARY KEY REFERENCES judging_rounds(id) ON DELETE CASCADE,
  current_submission_id uuid REFERENCES submissions(id) ON DELETE SET NULL,
  phase text NOT NULL DEFAULT 'idle',
  phase_started_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT stage_states_phase CHECK (phase IN ('idle', 'presentation', 'qa')),
  CONSTRAINT stage_states_timer CHECK ((phase = 'idle') = (phase_started_at IS NULL))
);
