import { pendingConnector } from "../pending";

/** Replaced by the real Facebook connector. */
export const facebookConnector = pendingConnector("facebook", "Facebook");
