import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Tests run server code in plain Node: the "server-only" marker resolves to its server
      // (react-server) variant, as in Next's server and the worker (--conditions=react-server),
      // without switching React itself to its server build for the tests that render.
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    include: ["tests/**/*.test.ts", "server/**/*.test.ts", "workflows/**/*.test.ts"],
    globalSetup: ["tests/setup/global-setup.ts"],
    setupFiles: ["tests/setup/env.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Test files share a worker's module cache (each import costs ~2 s); factories use unique ids,
    // so files do not depend on each other.
    isolate: false,
    // next-auth imports "next/server" without an extension (Next's bundler resolves it); let Vite
    // resolve it so tests can drive Auth.js's real HTTP handlers.
    server: { deps: { inline: ["next-auth"] } },
  },
});
