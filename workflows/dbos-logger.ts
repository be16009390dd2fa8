import "server-only";
import type { DLogger } from "@dbos-inc/dbos-sdk";
import { connectionLost } from "@/server/db/connection-errors";
import { logger } from "@/server/log/logger";

/** DBOS's warnings about one lost connection each (it reconnects by itself): folded into our once-per-outage log. */
const lostConnection = /^(Unexpected error (in pool|on a system database connection|in system database client)|Error in notifications client|Database connection failed)/;

function message(entry: unknown): { msg: string; fields?: Record<string, unknown> } {
  if (typeof entry === "string") return { msg: entry };
  if (entry instanceof Error) return { msg: entry.message, fields: { error: entry } };
  return { msg: "dbos", fields: { entry } };
}

/** Sends DBOS's own log lines through our JSON logger, so the worker writes one log format. */
export const dbosLogger: DLogger = {
  debug: (entry) => {
    const { msg, fields } = message(entry);
    logger.debug(msg, { source: "dbos", ...fields });
  },
  info: (entry) => {
    const { msg, fields } = message(entry);
    logger.info(msg, { source: "dbos", ...fields });
  },
  warn: (entry) => {
    const { msg, fields } = message(entry);
    if (lostConnection.test(msg)) return connectionLost("dbos", new Error(msg));
    logger.warn(msg, { source: "dbos", ...fields });
  },
  error: (entry) => {
    const { msg, fields } = message(entry);
    logger.error(msg, { source: "dbos", ...fields });
  },
};
