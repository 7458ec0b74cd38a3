-- The submission deadline is decided by the database, inside the very statement that writes, with
-- statement_timestamp() rather than now(): now() is frozen at the start of the transaction, so a
-- transaction opened a moment before the deadline could otherwise still write minutes after it.
-- The event and the team are read FOR SHARE, so an organizer moving the deadline or granting an
-- extension (FOR UPDATE) either commits before this check or waits for this write to finish.
-- A team's extension, when granted, replaces the event deadline for that team alone.
--
-- Seeds and data repairs that must write historical projects set the transaction-local setting
-- `codefest.allow_late_project_writes` to 'on'; the application never sets it.
CREATE OR REPLACE FUNCTION submission_deadline_of(p_team_id uuid, p_event_id uuid) RETURNS timestamptz AS $$
DECLARE
  event_deadline timestamptz;
  team_extension timestamptz;
BEGIN
  SELECT e.submission_deadline INTO event_deadline FROM events e WHERE e.id = p_event_id FOR SHARE;
  SELECT t.deadline_extended_until INTO team_extension FROM teams t WHERE t.id = p_team_id FOR SHARE;
  RETURN coalesce(team_extension, event_deadline);
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION enforce_submission_deadline() RETURNS trigger AS $$
DECLARE
  deadline timestamptz;
BEGIN
  IF coalesce(current_setting('codefest.allow_late_project_writes', true), '') = 'on' THEN
    RETURN NEW;
  END IF;
  deadline := submission_deadline_of(NEW.team_id, NEW.event_id);
  IF statement_timestamp() >= deadline THEN
    RAISE EXCEPTION 'the submission deadline (%) of team % has passed', deadline, NEW.team_id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'submissions_deadline_passed';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER submissions_deadline_passed
  BEFORE INSERT OR UPDATE OF team_id, event_id, track_id, title, tagline, description, repository_url, demo_url,
    video_url, slides_url, technologies, answers, compliance, status, submitted_at, version
  ON submissions
  FOR EACH ROW EXECUTE FUNCTION enforce_submission_deadline();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION enforce_submission_file_deadline() RETURNS trigger AS $$
DECLARE
  owner record;
  deadline timestamptz;
BEGIN
  IF coalesce(current_setting('codefest.allow_late_project_writes', true), '') = 'on' THEN
    RETURN NEW;
  END IF;
  SELECT s.team_id, s.event_id INTO owner FROM submissions s WHERE s.id = NEW.submission_id;
  deadline := submission_deadline_of(owner.team_id, owner.event_id);
  IF statement_timestamp() >= deadline THEN
    RAISE EXCEPTION 'the submission deadline (%) of team % has passed', deadline, owner.team_id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'submission_files_deadline_passed';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER submission_files_deadline_passed
  BEFORE INSERT OR UPDATE ON submission_files
  FOR EACH ROW EXECUTE FUNCTION enforce_submission_file_deadline();
