import { pendingConnector } from "../pending";

/** Replaced by the real Mastodon connector. */
export const mastodonConnector = pendingConnector("mastodon", "Mastodon");
