import { inject } from "vitest";

// Runs in each test worker before any module that reads the environment.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.AUTH_SECRET ??= "test-secret-that-is-at-least-32-characters-long";
process.env.APP_URL ??= "http://localhost:3000";
process.env.DEV_MAILBOX = "true";
process.env.SMTP_URL = "";
process.env.LOG_LEVEL ??= "error";
// A fixed test-only key (32 random bytes, base64) so services can seal secrets at rest.
process.env.ENCRYPTION_KEY ??= "tTCnmQ0GRvl3cllZYGkpO23NDPbMqjfX48QEbgAWUwg=";
process.env.OUTBOUND_ALLOW_PRIVATE_NETWORKS ??= "true";
// Next.js's server runtime provides AsyncLocalStorage globally before its modules load; without it
// Next's request-scoped helpers (next/cache, next/headers) imported by server code get a stand-in
// that throws. Tests run server code outside Next, so give them the same global.
import { AsyncLocalStorage } from "node:async_hooks";
(globalThis as { AsyncLocalStorage?: typeof AsyncLocalStorage }).AsyncLocalStorage ??= AsyncLocalStorage;
