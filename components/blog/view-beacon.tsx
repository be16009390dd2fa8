"use client";

import { useEffect } from "react";

/** Counts one view of this post: a first-party beacon, no cookies, nothing about the reader. */
export function ViewBeacon({ site, slug }: { site: string; slug: string }) {
  useEffect(() => {
    const body = JSON.stringify({ site, slug });
    if (navigator.sendBeacon?.("/api/blog/view", new Blob([body], { type: "text/plain" }))) return;
    void fetch("/api/blog/view", { method: "POST", body, keepalive: true, credentials: "omit" }).catch(() => undefined);
  }, [site, slug]);
  return null;
}
