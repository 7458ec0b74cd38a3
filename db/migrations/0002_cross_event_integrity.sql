ALTER TABLE "submissions" ADD CONSTRAINT "submissions_id_event_unique" UNIQUE("id","event_id");--> statement-breakpoint
ALTER TABLE "prizes" DROP CONSTRAINT "prizes_track_id_tracks_id_fk";
--> statement-breakpoint
ALTER TABLE "conflicts_of_interest" DROP CONSTRAINT "conflicts_of_interest_team_id_teams_id_fk";
--> statement-breakpoint
ALTER TABLE "awards" DROP CONSTRAINT "awards_submission_id_submissions_id_fk";
--> statement-breakpoint
ALTER TABLE "votes" DROP CONSTRAINT "votes_submission_id_submissions_id_fk";
--> statement-breakpoint
ALTER TABLE "prizes" ADD CONSTRAINT "prizes_track_event_fk" FOREIGN KEY ("track_id","event_id") REFERENCES "public"."tracks"("id","event_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conflicts_of_interest" ADD CONSTRAINT "conflicts_team_event_fk" FOREIGN KEY ("team_id","event_id") REFERENCES "public"."teams"("id","event_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_submission_event_fk" FOREIGN KEY ("submission_id","event_id") REFERENCES "public"."submissions"("id","event_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "votes" ADD CONSTRAINT "votes_submission_event_fk" FOREIGN KEY ("submission_id","event_id") REFERENCES "public"."submissions"("id","event_id") ON DELETE cascade ON UPDATE no action;
