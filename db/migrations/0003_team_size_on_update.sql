-- Moving a membership into another team (UPDATE of team_id) must respect the size limit as an INSERT does.
DROP TRIGGER IF EXISTS team_members_team_size_max ON team_members;
--> statement-breakpoint
CREATE TRIGGER team_members_team_size_max
  BEFORE INSERT OR UPDATE OF team_id, event_id ON team_members
  FOR EACH ROW EXECUTE FUNCTION enforce_team_size_max();
