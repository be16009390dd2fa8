CREATE TYPE "public"."custom_domain_kind" AS ENUM('blog', 'app');--> statement-breakpoint
CREATE TYPE "public"."custom_domain_status" AS ENUM('pending', 'verified', 'failed');--> statement-breakpoint
CREATE TABLE "custom_domains" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"workspace_id" text,
	"kind" "custom_domain_kind" NOT NULL,
	"host" text NOT NULL,
	"token" text NOT NULL,
	"status" "custom_domain_status" DEFAULT 'pending' NOT NULL,
	"status_reason" text,
	"last_checked_at" timestamp with time zone,
	"verified_at" timestamp with time zone,
	"created_by_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "custom_domains_kind_scope" CHECK (("custom_domains"."kind" = 'blog') = ("custom_domains"."workspace_id" is not null))
);
--> statement-breakpoint
ALTER TABLE "custom_domains" ADD CONSTRAINT "custom_domains_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "custom_domains" ADD CONSTRAINT "custom_domains_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "custom_domains" ADD CONSTRAINT "custom_domains_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "custom_domains_host_idx" ON "custom_domains" USING btree ("host");--> statement-breakpoint
CREATE UNIQUE INDEX "custom_domains_blog_workspace_idx" ON "custom_domains" USING btree ("workspace_id") WHERE "custom_domains"."kind" = 'blog';--> statement-breakpoint
CREATE UNIQUE INDEX "custom_domains_app_org_idx" ON "custom_domains" USING btree ("organization_id") WHERE "custom_domains"."kind" = 'app';--> statement-breakpoint
CREATE INDEX "custom_domains_org_idx" ON "custom_domains" USING btree ("organization_id");