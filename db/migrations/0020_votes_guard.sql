-- People's choice votes: the rules that involve other tables live in the database, so no page can forget them.
-- * no vote for your own team's project (checked against team_members, whatever the page did),
-- * only for a submitted project,
-- * only inside the event's voting window, by the DB clock: statement_timestamp(), not now(), so a
--   transaction begun before the window closed cannot write after it; the settings row is read FOR SHARE
--   so an organizer closing the window (UPDATE) cannot interleave with a vote being cast.
CREATE OR REPLACE FUNCTION votes_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  window_row record;
  project record;
BEGIN
  SELECT vote_opens_at, vote_closes_at INTO window_row FROM results_settings WHERE event_id = NEW.event_id FOR SHARE;
  IF window_row IS NULL OR window_row.vote_opens_at IS NULL
     OR statement_timestamp() < window_row.vote_opens_at OR statement_timestamp() >= window_row.vote_closes_at THEN
    RAISE EXCEPTION 'voting is not open for this event'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'votes_window_open';
  END IF;
  SELECT team_id, status INTO project FROM submissions WHERE id = NEW.submission_id AND event_id = NEW.event_id;
  IF project IS NULL OR project.status <> 'submitted' THEN
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
--> statement-breakpoint
DROP TRIGGER IF EXISTS votes_guard ON votes;
--> statement-breakpoint
CREATE TRIGGER votes_guard BEFORE INSERT OR UPDATE OF submission_id, user_id, event_id ON votes
  FOR EACH ROW EXECUTE FUNCTION votes_guard();
