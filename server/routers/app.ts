import "server-only";
import { createCallerFactory, router } from "@/server/trpc/init";
import { accountRouter } from "./account";
import { agencyRouter } from "./agency";
import { aiProviderRouter } from "./ai-provider";
import { analyticsRouter } from "./analytics";
import { auditRouter } from "./audit";
import { authRouter } from "./auth";
import { billingRouter } from "./billing";
import { blogRouter } from "./blog";
import { brandingRouter } from "./branding";
import { brandRouter } from "./brand";
import { channelRouter } from "./channel";
import { commentRouter } from "./comment";
import { contentRouter } from "./content";
import { domainRouter } from "./domain";
import { invitationRouter } from "./invitation";
import { memberRouter } from "./member";
import { notificationRouter } from "./notification";
import { progressRouter } from "./progress";
import { publishRouter } from "./publish";
import { reviewRouter } from "./review";
import { reviewLinkRouter } from "./review-link";
import { timelineRouter } from "./timeline";
import { workspaceRouter } from "./workspace";

export const appRouter = router({
  auth: authRouter,
  account: accountRouter,
  workspace: workspaceRouter,
  member: memberRouter,
  invitation: invitationRouter,
  audit: auditRouter,
  progress: progressRouter,
  brand: brandRouter,
  aiProvider: aiProviderRouter,
  content: contentRouter,
  review: reviewRouter,
  comment: commentRouter,
  notification: notificationRouter,
  reviewLink: reviewLinkRouter,
  billing: billingRouter,
  blog: blogRouter,
  publish: publishRouter,
  channel: channelRouter,
  domain: domainRouter,
  agency: agencyRouter,
  branding: brandingRouter,
  analytics: analyticsRouter,
  timeline: timelineRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
