-- Every workspace has its built-in blog channel (issue #5); new workspaces get it when they are
-- created (ensureBlogChannel), this adds it to the workspaces that existed before.
INSERT INTO "channels" ("id", "workspace_id", "kind", "name", "external_account_id")
SELECT gen_random_uuid()::text, w."id", 'blog', w."name", w."id"
FROM "workspaces" w
WHERE NOT EXISTS (SELECT 1 FROM "channels" c WHERE c."workspace_id" = w."id" AND c."kind" = 'blog');
