import "server-only";

/** Placeholder for a connector still being written: refuses everything with a clear reason. */
import { ConnectorError } from "./errors";
import type { ChannelKind } from "./kinds";
import type { Connector } from "./types";

export function pendingConnector(kind: ChannelKind, label: string): Connector {
  const refuse = () => Promise.reject(new ConnectorError("rejected", `${label} publishing is not available yet.`));
  return {
    kind,
    label,
    auth: "oauth2",
    media: "none",
    threads: false,
    validate: () => [{ code: "unavailable", message: `${label} publishing is not available yet.` }],
    publish: refuse,
    findExisting: () => Promise.resolve(null),
    fetchMetrics: () => Promise.resolve({}),
  };
}
