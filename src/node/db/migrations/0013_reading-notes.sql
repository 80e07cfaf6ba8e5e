CREATE TABLE "reading_notes" (
	"user_id" uuid NOT NULL,
	"pack_id" text NOT NULL,
	"reading_id" text NOT NULL,
	"text" text NOT NULL,
	"check" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reading_notes_user_id_pack_id_reading_id_pk" PRIMARY KEY("user_id","pack_id","reading_id")
);
--> statement-breakpoint
ALTER TABLE "reading_notes" ADD CONSTRAINT "reading_notes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;