-- Rules that span rows or tables, so a CHECK constraint cannot hold them. They run inside the writing
-- transaction, so no application code path (or a race between two of them) can get around them.

-- A team never grows past its event's maximum size. Locking the team row serialises concurrent joins,
-- so two people joining the last free place at once cannot both succeed.
CREATE OR REPLACE FUNCTION enforce_team_size_max() RETURNS trigger AS $$
DECLARE
  max_size integer;
  current_size integer;
BEGIN
  PERFORM 1 FROM teams WHERE id = NEW.team_id FOR UPDATE;
  SELECT e.team_size_max INTO max_size FROM events e WHERE e.id = NEW.event_id;
  SELECT count(*) INTO current_size FROM team_members WHERE team_id = NEW.team_id;
  IF current_size >= max_size THEN
    RAISE EXCEPTION 'team % is full (maximum % members)', NEW.team_id, max_size
      USING ERRCODE = 'check_violation', CONSTRAINT = 'team_members_team_size_max';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER team_members_team_size_max
  BEFORE INSERT ON team_members
  FOR EACH ROW EXECUTE FUNCTION enforce_team_size_max();
--> statement-breakpoint

-- A score lies within its criterion's scale, and the criterion belongs to the sheet's round.
CREATE OR REPLACE FUNCTION enforce_score_range() RETURNS trigger AS $$
DECLARE
  crit record;
  sheet_round uuid;
BEGIN
  SELECT c.scale_max, c.round_id INTO crit FROM rubric_criteria c WHERE c.id = NEW.criterion_id;
  SELECT s.round_id INTO sheet_round FROM score_sheets s WHERE s.id = NEW.sheet_id;
  IF crit.round_id IS DISTINCT FROM sheet_round THEN
    RAISE EXCEPTION 'criterion % is not part of the round of sheet %', NEW.criterion_id, NEW.sheet_id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'scores_criterion_in_round';
  END IF;
  IF NEW.value > crit.scale_max THEN
    RAISE EXCEPTION 'score % is above the maximum % of criterion %', NEW.value, crit.scale_max, NEW.criterion_id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'scores_value_within_scale';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER scores_value_within_scale
  BEFORE INSERT OR UPDATE OF value, criterion_id ON scores
  FOR EACH ROW EXECUTE FUNCTION enforce_score_range();
--> statement-breakpoint

-- Sub-criteria belong to the same round as their parent and nest only one level deep.
CREATE OR REPLACE FUNCTION enforce_criterion_parent() RETURNS trigger AS $$
DECLARE
  parent record;
BEGIN
  IF NEW.parent_id IS NULL THEN
    RETURN NEW;
  END IF;
  SELECT round_id, parent_id INTO parent FROM rubric_criteria WHERE id = NEW.parent_id;
  IF parent.round_id IS DISTINCT FROM NEW.round_id OR parent.parent_id IS NOT NULL THEN
    RAISE EXCEPTION 'criterion % has an invalid parent %', NEW.id, NEW.parent_id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'rubric_criteria_parent_valid';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER rubric_criteria_parent_valid
  BEFORE INSERT OR UPDATE OF parent_id, round_id ON rubric_criteria
  FOR EACH ROW EXECUTE FUNCTION enforce_criterion_parent();
