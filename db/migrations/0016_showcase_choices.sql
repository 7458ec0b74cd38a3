CREATE TABLE "showcase_name_choices" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"is_name_public" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "showcase_opt_outs" (
	"submission_id" uuid PRIMARY KEY NOT NULL,
	"opted_out_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "showcase_name_choices" ADD CONSTRAINT "showcase_name_choices_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "showcase_opt_outs" ADD CONSTRAINT "showcase_opt_outs_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "showcase_opt_outs" ADD CONSTRAINT "showcase_opt_outs_opted_out_by_users_id_fk" FOREIGN KEY ("opted_out_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;