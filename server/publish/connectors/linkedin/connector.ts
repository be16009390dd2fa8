import { pendingConnector } from "../pending";

/** Replaced by the real LinkedIn connector. */
export const linkedinConnector = pendingConnector("linkedin", "LinkedIn");
