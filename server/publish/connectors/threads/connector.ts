import { pendingConnector } from "../pending";

/** Replaced by the real Threads connector. */
export const threadsConnector = pendingConnector("threads", "Threads");
