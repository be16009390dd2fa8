import { pendingConnector } from "../pending";

/** Replaced by the real X connector. */
export const xConnector = pendingConnector("x", "X");
