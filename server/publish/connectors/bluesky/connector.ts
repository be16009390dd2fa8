import { pendingConnector } from "../pending";

/** Replaced by the real Bluesky connector. */
export const blueskyConnector = pendingConnector("bluesky", "Bluesky");
