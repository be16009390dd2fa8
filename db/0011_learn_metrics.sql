CREATE TABLE "metric_snapshots" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"job_id" text NOT NULL,
	"channel_id" text NOT NULL,
	"content_item_id" text NOT NULL,
	"platform" "channel_kind" NOT NULL,
	"window" text NOT NULL,
	"status" text DEFAULT 'ok' NOT NULL,
	"likes" integer DEFAULT 0 NOT NULL,
	"comments" integer DEFAULT 0 NOT NULL,
	"shares" integer DEFAULT 0 NOT NULL,
	"impressions" integer DEFAULT 0 NOT NULL,
	"views" integer DEFAULT 0 NOT NULL,
	"clicks" integer DEFAULT 0 NOT NULL,
	"saves" integer DEFAULT 0 NOT NULL,
	"raw_score" real,
	"score" real,
	"patterns" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"attempts" integer DEFAULT 1 NOT NULL,
	"error" text,
	"published_at" timestamp with time zone NOT NULL,
	"captured_at" timestamp with time zone DEFAULT now() NOT NULL,
	"learned_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "pattern_scores" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"platform" "channel_kind" NOT NULL,
	"dimension" text NOT NULL,
	"value" text NOT NULL,
	"weight" real DEFAULT 0 NOT NULL,
	"score_sum" real DEFAULT 0 NOT NULL,
	"signal" real DEFAULT 0 NOT NULL,
	"samples" integer DEFAULT 0 NOT NULL,
	"decayed_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "metric_snapshots" ADD CONSTRAINT "metric_snapshots_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "metric_snapshots" ADD CONSTRAINT "metric_snapshots_job_id_publish_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."publish_jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "metric_snapshots" ADD CONSTRAINT "metric_snapshots_channel_id_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."channels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "metric_snapshots" ADD CONSTRAINT "metric_snapshots_content_item_id_content_items_id_fk" FOREIGN KEY ("content_item_id") REFERENCES "public"."content_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pattern_scores" ADD CONSTRAINT "pattern_scores_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "metric_snapshots_job_window_idx" ON "metric_snapshots" USING btree ("job_id","window");--> statement-breakpoint
CREATE INDEX "metric_snapshots_ws_idx" ON "metric_snapshots" USING btree ("workspace_id","published_at");--> statement-breakpoint
CREATE INDEX "metric_snapshots_channel_idx" ON "metric_snapshots" USING btree ("channel_id","window","captured_at");--> statement-breakpoint
CREATE INDEX "metric_snapshots_learned_idx" ON "metric_snapshots" USING btree ("workspace_id","platform","learned_at") WHERE "metric_snapshots"."learned_at" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "pattern_scores_key_idx" ON "pattern_scores" USING btree ("workspace_id","platform","dimension","value");