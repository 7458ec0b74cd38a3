CREATE TABLE "event_banners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"content_type" text NOT NULL,
	"byte_size" integer NOT NULL,
	"sha256" text NOT NULL,
	"data" "bytea" NOT NULL,
	"alt_zh" text DEFAULT '' NOT NULL,
	"alt_en" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_banners_event_unique" UNIQUE("event_id"),
	CONSTRAINT "event_banners_type" CHECK ("event_banners"."content_type" in ('image/png', 'image/jpeg', 'image/webp', 'image/gif')),
	CONSTRAINT "event_banners_size" CHECK ("event_banners"."byte_size" between 1 and 5242880),
	CONSTRAINT "event_banners_alt_both_or_neither" CHECK (("event_banners"."alt_zh" = '') = ("event_banners"."alt_en" = ''))
);
--> statement-breakpoint
ALTER TABLE "event_banners" ADD CONSTRAINT "event_banners_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_banners" ADD CONSTRAINT "event_banners_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;