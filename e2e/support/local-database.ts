const localHosts = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

/** E2E creates and drops databases: refuse anything that is not a PostgreSQL on this machine. */
export function assertLocalDatabase(url: string): void {
  const host = new URL(url).hostname;
  if (!localHosts.has(host)) {
    throw new Error(`E2E refuses to run against a database on "${host}": only localhost is allowed (${url.replace(/\/\/[^@]*@/, "//***@")}).`);
  }
}

/** A fresh database name on the same server as `adminUrl`, unique to this run. */
export function freshDatabaseUrl(adminUrl: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/loomcast_e2e_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  return url.toString();
}
