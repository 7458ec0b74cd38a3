-- Scoring and assignment must agree on when two affiliations are the same: the assignment guard (0012) and
-- the automatic conflicts ignore case and every space ("National  Taiwan Univ" = "national taiwan univ"),
-- while the score guard (0009) only trimmed the ends, so a conflict recorded with inner spaces could be
-- kept off the assignment yet still accept a score. The score guard now compares the same way.
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
                    WHERE m.team_id = v_team_id AND lower(regexp_replace(g.affiliation, '\s', '', 'g')) = lower(regexp_replace(c.affiliation, '\s', '', 'g')))))) THEN
    RAISE EXCEPTION 'judge % has a conflict of interest with the team of submission %', p_judge_id, p_submission_id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'score_sheets_conflicted';
  END IF;
END;
$$ LANGUAGE plpgsql;
