CREATE TYPE "public"."adoption_followup_kind" AS ENUM('piloted', 'integrated', 'other');--> statement-breakpoint
CREATE TABLE "adoption_followups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"adoption_id" uuid NOT NULL,
	"kind" "adoption_followup_kind" NOT NULL,
	"happened_on" date NOT NULL,
	"url" text DEFAULT '' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "payout_settings" (
	"event_id" uuid PRIMARY KEY NOT NULL,
	"withholding_rate_bp" integer DEFAULT 1000 NOT NULL,
	"withholding_threshold" integer DEFAULT 20000 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payout_settings_rate_range" CHECK ("payout_settings"."withholding_rate_bp" between 0 and 10000),
	CONSTRAINT "payout_settings_threshold_nonneg" CHECK ("payout_settings"."withholding_threshold" >= 0)
);
--> statement-breakpoint
CREATE TABLE "prize_splits" (
	"award_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"amount" integer NOT NULL,
	"declared_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "prize_splits_award_id_user_id_pk" PRIMARY KEY("award_id","user_id"),
	CONSTRAINT "prize_splits_amount_nonneg" CHECK ("prize_splits"."amount" >= 0)
);
--> statement-breakpoint
ALTER TABLE "adoption_followups" ADD CONSTRAINT "adoption_followups_adoption_id_adoptions_id_fk" FOREIGN KEY ("adoption_id") REFERENCES "public"."adoptions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adoption_followups" ADD CONSTRAINT "adoption_followups_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payout_settings" ADD CONSTRAINT "payout_settings_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prize_splits" ADD CONSTRAINT "prize_splits_award_id_awards_id_fk" FOREIGN KEY ("award_id") REFERENCES "public"."awards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prize_splits" ADD CONSTRAINT "prize_splits_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prize_splits" ADD CONSTRAINT "prize_splits_declared_by_users_id_fk" FOREIGN KEY ("declared_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "adoption_followups_adoption_idx" ON "adoption_followups" USING btree ("adoption_id","happened_on");--> statement-breakpoint
/*
 * A prize split is judged as a whole, at commit: the captain replaces the rows of an award inside one
 * transaction (delete, insert), and only the final set has to sum to the prize's amount. A deferred
 * constraint trigger sees that final set whatever order the rows were written in. Every row must also name
 * a member of the awarded team: money goes to the people who won it.
 */
CREATE OR REPLACE FUNCTION prize_splits_check_award() RETURNS trigger AS $$
DECLARE
  target uuid := coalesce(NEW.award_id, OLD.award_id);
  prize_amount integer;
  total bigint;
  row_count integer;
BEGIN
  SELECT count(*), coalesce(sum(ps.amount), 0) INTO row_count, total FROM prize_splits ps WHERE ps.award_id = target;
  IF row_count = 0 THEN
    RETURN NULL;
  END IF;
  SELECT p.amount INTO prize_amount FROM awards a JOIN prizes p ON p.id = a.prize_id WHERE a.id = target;
  IF prize_amount IS NULL OR total <> prize_amount THEN
    RAISE EXCEPTION 'the split of award % sums to %, the prize is %', target, total, prize_amount
      USING ERRCODE = 'check_violation', CONSTRAINT = 'prize_splits_sum_matches_prize';
  END IF;
  IF EXISTS (
    SELECT 1 FROM prize_splits ps
    JOIN awards a ON a.id = ps.award_id
    JOIN submissions s ON s.id = a.submission_id
    WHERE ps.award_id = target
      AND NOT EXISTS (SELECT 1 FROM team_members tm WHERE tm.team_id = s.team_id AND tm.user_id = ps.user_id)
  ) THEN
    RAISE EXCEPTION 'the split of award % names someone outside the team', target
      USING ERRCODE = 'check_violation', CONSTRAINT = 'prize_splits_team_members_only';
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER prize_splits_sum_matches_prize
  AFTER INSERT OR UPDATE OR DELETE ON prize_splits
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION prize_splits_check_award();
