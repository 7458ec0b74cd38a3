CREATE TABLE "tie_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"method" "ranking_method" NOT NULL,
	"group_key" text NOT NULL,
	"ordered_submission_ids" uuid[] NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"decided_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tie_decisions_group_unique" UNIQUE("round_id","method","group_key"),
	CONSTRAINT "tie_decisions_two_or_more" CHECK (cardinality("tie_decisions"."ordered_submission_ids") >= 2)
);
--> statement-breakpoint
CREATE TABLE "topic_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"track_id" uuid,
	"submission_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "topic_feedback_one_per_author" UNIQUE("submission_id","author_id"),
	CONSTRAINT "topic_feedback_body_length" CHECK (length(trim("topic_feedback"."body")) between 1 and 4000)
);
--> statement-breakpoint
ALTER TABLE "judging_rounds" ADD COLUMN "tie_break_ladder" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "judging_rounds" ADD COLUMN "calibration_submission_id" uuid;--> statement-breakpoint
ALTER TABLE "tie_decisions" ADD CONSTRAINT "tie_decisions_round_id_judging_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."judging_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tie_decisions" ADD CONSTRAINT "tie_decisions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topic_feedback" ADD CONSTRAINT "topic_feedback_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topic_feedback" ADD CONSTRAINT "topic_feedback_track_id_tracks_id_fk" FOREIGN KEY ("track_id") REFERENCES "public"."tracks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topic_feedback" ADD CONSTRAINT "topic_feedback_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topic_feedback" ADD CONSTRAINT "topic_feedback_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "topic_feedback_event_idx" ON "topic_feedback" USING btree ("event_id");--> statement-breakpoint
ALTER TABLE "judging_rounds" ADD CONSTRAINT "judging_rounds_calibration_submission_id_submissions_id_fk" FOREIGN KEY ("calibration_submission_id") REFERENCES "public"."submissions"("id") ON DELETE set null ON UPDATE no action;