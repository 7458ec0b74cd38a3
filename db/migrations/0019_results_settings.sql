CREATE TABLE "results_settings" (
	"event_id" uuid PRIMARY KEY NOT NULL,
	"vote_opens_at" timestamp with time zone,
	"vote_closes_at" timestamp with time zone,
	"show_scores_to_teams" boolean DEFAULT false NOT NULL,
	"peoples_choice_prize_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"awards_version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "results_settings_vote_window" CHECK (("results_settings"."vote_opens_at" is null) = ("results_settings"."vote_closes_at" is null) and ("results_settings"."vote_opens_at" is null or "results_settings"."vote_opens_at" < "results_settings"."vote_closes_at")),
	CONSTRAINT "results_settings_versions_positive" CHECK ("results_settings"."version" >= 1 and "results_settings"."awards_version" >= 1)
);
--> statement-breakpoint
ALTER TABLE "results_settings" ADD CONSTRAINT "results_settings_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "results_settings" ADD CONSTRAINT "results_settings_peoples_choice_prize_id_prizes_id_fk" FOREIGN KEY ("peoples_choice_prize_id") REFERENCES "public"."prizes"("id") ON DELETE set null ON UPDATE no action;