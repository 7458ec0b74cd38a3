CREATE TABLE "round_projects" (
	"round_id" uuid NOT NULL,
	"submission_id" uuid NOT NULL,
	"added_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "round_projects_round_id_submission_id_pk" PRIMARY KEY("round_id","submission_id")
);
--> statement-breakpoint
ALTER TABLE "round_projects" ADD CONSTRAINT "round_projects_round_id_judging_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."judging_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_projects" ADD CONSTRAINT "round_projects_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_projects" ADD CONSTRAINT "round_projects_added_by_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;