CREATE TABLE "worker_heartbeats" (
	"executor_id" text PRIMARY KEY NOT NULL,
	"application_version" text NOT NULL,
	"hostname" text NOT NULL,
	"pid" integer NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"declared_dead_at" timestamp with time zone,
	"taken_over_by" text,
	"recovered_workflows" integer
);
--> statement-breakpoint
CREATE INDEX "worker_heartbeats_version_seen_idx" ON "worker_heartbeats" USING btree ("application_version","last_seen_at");