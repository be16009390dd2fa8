import { pendingConnector } from "../pending";

/** Replaced by the real Instagram connector. */
export const instagramConnector = pendingConnector("instagram", "Instagram");
