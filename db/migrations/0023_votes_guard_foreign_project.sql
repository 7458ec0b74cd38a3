-- votes_guard, second version: a vote naming ANOTHER event's project is left to the composite foreign key
-- (votes_submission_event_fk), so that refusal keeps its own name instead of a window or status message.
-- The rest is unchanged (see 0020): own team refused, submitted projects only, window by statement_timestamp()
-- with the settings row read FOR SHARE.
CREATE OR REPLACE FUNCTION votes_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  window_row record;
  project record;
BEGIN
  SELECT team_id, status INTO project FROM submissions WHERE id = NEW.submission_id AND event_id = NEW.event_id;
  IF project IS NULL THEN
    RETURN NEW;
  END IF;
  SELECT vote_opens_at, vote_closes_at INTO window_row FROM results_settings WHERE event_id = NEW.event_id FOR SHARE;
  IF window_row IS NULL OR window_row.vote_opens_at IS NULL
     OR statement_timestamp() < window_row.vote_opens_at OR statement_timestamp() >= window_row.vote_closes_at THEN
    RAISE EXCEPTION 'voting is not open for this event'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'votes_window_open';
  END IF;
  IF project.status <> 'submitted' THEN
    RAISE EXCEPTION 'only submitted projects can receive votes'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'votes_submitted_project';
  END IF;
  IF EXISTS (SELECT 1 FROM team_members WHERE team_id = project.team_id AND user_id = NEW.user_id) THEN
    RAISE EXCEPTION 'a member cannot vote for their own team'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'votes_not_own_team';
  END IF;
  RETURN NEW;
END;
$$;
