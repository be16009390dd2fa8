import { pendingConnector } from "../pending";

/** Replaced by the real Pinterest connector. */
export const pinterestConnector = pendingConnector("pinterest", "Pinterest");
