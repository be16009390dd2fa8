import "server-only";

/** How long a session lives without use; every request within it extends it (rolling). */
export const sessionMaxAgeSeconds = 30 * 24 * 60 * 60;

/** Last-seen times are written at most this often per session (one UPDATE, not one per request). */
export const lastSeenResolutionMs = 5 * 60 * 1000;

export const sessionExpiry = (from = Date.now()) => new Date(from + sessionMaxAgeSeconds * 1000);
