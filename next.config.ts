import type { NextConfig } from "next";
import "./env";
import { staticSecurityHeaders } from "./server/security/static-headers";

const config: NextConfig = {
  // E2E builds into a directory of its own (NEXT_DIST_DIR=.next-e2e) so it never replaces the app's .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // `npm test` type-checks the whole project first (npm run typecheck); the e2e build skips repeating it.
  typescript: { ignoreBuildErrors: process.env.SKIP_BUILD_TYPECHECK === "1" },
  typedRoutes: false,
  poweredByHeader: false,
  serverExternalPackages: ["@dbos-inc/dbos-sdk", "@node-rs/argon2", "pg", "undici"],
  // Next's build assets skip proxy.ts, which sends these (and the per-request CSP) on everything else.
  headers: async () =>
    ["/_next/static/:path*", "/_next/image"].map((source) => ({ source, headers: Object.entries(staticSecurityHeaders).map(([key, value]) => ({ key, value })) })),
};

export default config;
