"use client";

import { useSyncExternalStore } from "react";
import { formatDateTime, formatRelative } from "@/lib/format";

const noop = () => () => {};

/**
 * A date in the reader's time zone ("5 minutes ago", or date and time). The server does not know
 * the reader's zone or the moment of hydration, so it renders a neutral placeholder and the
 * browser fills in the text right after hydrating — no mismatch.
 */
export function LocalTime({ date, relative = false, className }: { date: Date | string; relative?: boolean; className?: string }) {
  const inBrowser = useSyncExternalStore(noop, () => true, () => false);
  const iso = new Date(date).toISOString();
  if (!inBrowser) {
    return (
      <time dateTime={iso} className={className}>
        {iso.slice(0, 10)}
      </time>
    );
  }
  return (
    <time dateTime={iso} title={relative ? formatDateTime(date) : undefined} className={className}>
      {relative ? formatRelative(date) : formatDateTime(date)}
    </time>
  );
}
