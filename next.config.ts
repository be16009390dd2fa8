import type { NextConfig } from "next";
import "./env";

const config: NextConfig = {
  typedRoutes: false,
  poweredByHeader: false,
  serverExternalPackages: ["@dbos-inc/dbos-sdk", "@node-rs/argon2", "pg"],
};

export default config;
