import "server-only";
import { renderMail } from "./layout";

const utc = (at: Date) => `${at.toISOString().slice(0, 16).replace("T", " ")} UTC`;

/** Sent when an account signs in from a browser it has not used before. */
export const newSignInMail = (opts: { device: string; ip: string | null; at: Date; sessionsUrl: string }) =>
  renderMail({
    subject: "New sign-in to your Loomcast account",
    heading: "New sign-in to your account",
    paragraphs: [
      `Your account was signed in from ${opts.device}${opts.ip ? ` (address ${opts.ip})` : ""} at ${utc(opts.at)}.`,
      "If this was you, there is nothing to do. If not, sign that session out and change your password now.",
    ],
    action: { label: "Review your sessions", url: opts.sessionsUrl },
  });

/** Sent after a password change or reset. */
export const passwordChangedMail = (opts: { at: Date; how: "changed" | "reset"; recoverUrl: string }) =>
  renderMail({
    subject: "Your Loomcast password was changed",
    heading: "Your password was changed",
    paragraphs: [
      `The password of your account was ${opts.how === "reset" ? "reset through a reset link" : "changed in your account settings"} at ${utc(opts.at)}. Every other session was signed out.`,
      "If this was not you, reset your password now: someone else may have access to your email or account.",
    ],
    action: { label: "Reset your password", url: opts.recoverUrl },
  });
