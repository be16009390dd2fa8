import "server-only";

/**
 * A small in-memory cache of host → route, shared by every module instance of the process (the
 * proxy and the route handlers are bundled apart, so it lives on globalThis). Entries expire
 * after `ttlMs`; changes in this process invalidate at once, other processes see them within
 * the TTL. Bounded: Host headers are chosen by clients, so unknown hosts cannot grow it forever.
 */
export interface HostCache<T> {
  get(host: string, now?: number): { value: T } | undefined;
  set(host: string, value: T, now?: number): void;
  delete(host: string): void;
  clear(): void;
}

export function createHostCache<T>(ttlMs: number, maxEntries: number): HostCache<T> {
  const entries = new Map<string, { value: T; expiresAt: number }>();
  return {
    get(host, now = Date.now()) {
      const entry = entries.get(host);
      if (!entry) return undefined;
      if (entry.expiresAt <= now) {
        entries.delete(host);
        return undefined;
      }
      return { value: entry.value };
    },
    set(host, value, now = Date.now()) {
      entries.delete(host);
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
      entries.set(host, { value, expiresAt: now + ttlMs });
    },
    delete: (host) => void entries.delete(host),
    clear: () => entries.clear(),
  };
}
