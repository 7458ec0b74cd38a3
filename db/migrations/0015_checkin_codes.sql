CREATE TABLE "team_removals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"team_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"reason" text NOT NULL,
	"previous_status" "team_status" NOT NULL,
	"removed_by" uuid,
	"removed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reinstated_by" uuid,
	"reinstated_at" timestamp with time zone,
	CONSTRAINT "team_removals_kind" CHECK ("team_removals"."kind" in ('disqualified', 'withdrawn')),
	CONSTRAINT "team_removals_reason_present" CHECK (length(trim("team_removals"."reason")) between 1 and 2000)
);
--> statement-breakpoint
ALTER TABLE "registrations" ADD COLUMN "check_in_code" text DEFAULT upper(substr(md5(gen_random_uuid()::text), 1, 16)) NOT NULL;--> statement-breakpoint
ALTER TABLE "team_removals" ADD CONSTRAINT "team_removals_removed_by_users_id_fk" FOREIGN KEY ("removed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_removals" ADD CONSTRAINT "team_removals_reinstated_by_users_id_fk" FOREIGN KEY ("reinstated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_removals" ADD CONSTRAINT "team_removals_team_id_event_id_teams_id_event_id_fk" FOREIGN KEY ("team_id","event_id") REFERENCES "public"."teams"("id","event_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "team_removals_one_open" ON "team_removals" USING btree ("team_id") WHERE "team_removals"."reinstated_at" is null;--> statement-breakpoint
CREATE INDEX "team_removals_event_idx" ON "team_removals" USING btree ("event_id");--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_check_in_code_unique" UNIQUE("check_in_code");--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_checked_in_identity" CHECK ("registrations"."checked_in_at" is null or "registrations"."identity_checked_at" is not null);--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_checked_in_minor_consent" CHECK ("registrations"."checked_in_at" is null or "registrations"."guardian_consent_at" is null or "registrations"."guardian_consent_seen_at" is not null);--> statement-breakpoint
/*
 * A person is checked in once: checked_in_at may be set from null (check-in) or cleared (undo, audited),
 * never overwritten while set. A second desk scanning the same code at the same moment therefore fails in
 * the database, not in a racy read-then-write.
 */
CREATE OR REPLACE FUNCTION registrations_check_in_once() RETURNS trigger AS $$
BEGIN
  IF OLD.checked_in_at IS NOT NULL AND NEW.checked_in_at IS NOT NULL
     AND NEW.checked_in_at IS DISTINCT FROM OLD.checked_in_at THEN
    RAISE EXCEPTION 'registration % is already checked in', OLD.id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'registrations_checked_in_once';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER registrations_check_in_once BEFORE UPDATE OF checked_in_at ON registrations
  FOR EACH ROW EXECUTE FUNCTION registrations_check_in_once();
