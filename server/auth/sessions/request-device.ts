import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { clientIp } from "@/server/trpc/context";
import type { SignInDevice } from "./start-session";

const current = new AsyncLocalStorage<SignInDevice>();

/** Runs an Auth.js handler with the request's address and User-Agent at hand (for the session row). */
export function withRequestDevice<T>(headers: Headers, fn: () => T): T {
  return current.run({ ip: clientIp(headers), userAgent: headers.get("user-agent") }, fn);
}

/** The device of the Auth.js request being handled, or nothing outside one. */
export function requestDevice(): SignInDevice {
  return current.getStore() ?? { ip: null, userAgent: null };
}
