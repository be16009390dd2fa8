import { analyticsExportHandler } from "@/server/analytics/export-request";
import { withApiErrors } from "@/server/http/with-api-errors";
import { createHttpContext } from "@/server/trpc/http-context";

/** CSV of one analytics table (see server/analytics/export-request.ts). */
export const GET = withApiErrors(
  "analytics export",
  analyticsExportHandler((request) => createHttpContext(request.headers)),
);
