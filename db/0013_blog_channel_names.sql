-- The blog channel carries its workspace's name (renames keep it in step from now on).
UPDATE "channels" SET "name" = "workspaces"."name"
FROM "workspaces"
WHERE "channels"."workspace_id" = "workspaces"."id" AND "channels"."kind" = 'blog' AND "channels"."name" <> "workspaces"."name";
