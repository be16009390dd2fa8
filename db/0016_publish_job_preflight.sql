ALTER TABLE "publish_jobs" ADD COLUMN "risk" jsonb;--> statement-breakpoint
ALTER TABLE "publish_jobs" ADD COLUMN "preflight_mark" text;--> statement-breakpoint
CREATE INDEX "publish_jobs_preflight_idx" ON "publish_jobs" USING btree ("run_at") WHERE "publish_jobs"."status" = 'scheduled';