import type { NextRequest } from "next/server";
import { env } from "@/env";
import { handlers } from "@/server/auth/config";
import { magicLinkLimited } from "@/server/auth/magic-link-limit";
import { withRequestDevice } from "@/server/auth/sessions/request-device";
import { withApiErrors } from "@/server/http/with-api-errors";

// Sign-ins record the browser's address and User-Agent on their session row (request-device.ts).
export const GET = withApiErrors("auth", (req: NextRequest) => withRequestDevice(req.headers, () => handlers.GET(req)));

/** Magic-link requests are rate-limited per IP and per email before Auth.js sends mail. */
export const POST = withApiErrors("auth", async (req: NextRequest) => {
  if (req.nextUrl.pathname.endsWith("/signin/email")) {
    const limited = await magicLinkLimited(req);
    if (limited) {
      const url = `${env.APP_URL}/sign-in?error=RateLimited&retryAfter=${limited.retryAfter}`;
      return Response.json({ url }, { status: 429 });
    }
  }
  return withRequestDevice(req.headers, () => handlers.POST(req));
});
