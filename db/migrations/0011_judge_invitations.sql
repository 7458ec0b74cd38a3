CREATE TABLE "judge_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"email" text NOT NULL,
	"role" "event_role" NOT NULL,
	"track_id" uuid,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"accepted_by" uuid,
	"revoked_at" timestamp with time zone,
	"invited_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "judge_invitations_tokenHash_unique" UNIQUE("token_hash"),
	CONSTRAINT "judge_invitations_email_lowercase" CHECK ("judge_invitations"."email" = lower("judge_invitations"."email")),
	CONSTRAINT "judge_invitations_role_kind" CHECK ("judge_invitations"."role" in ('judge', 'topic_owner')),
	CONSTRAINT "judge_invitations_topic_owner_track" CHECK (("judge_invitations"."role" = 'topic_owner') = ("judge_invitations"."track_id" is not null))
);
--> statement-breakpoint
ALTER TABLE "judge_invitations" ADD CONSTRAINT "judge_invitations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "judge_invitations" ADD CONSTRAINT "judge_invitations_accepted_by_users_id_fk" FOREIGN KEY ("accepted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "judge_invitations" ADD CONSTRAINT "judge_invitations_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "judge_invitations" ADD CONSTRAINT "judge_invitations_track_event_fk" FOREIGN KEY ("track_id","event_id") REFERENCES "public"."tracks"("id","event_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "judge_invitations_event_idx" ON "judge_invitations" USING btree ("event_id");