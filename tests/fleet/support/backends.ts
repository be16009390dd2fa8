/**
 * The PostgreSQL backends serving one process's connections: the process's TCP sockets to the
 * server (from /proc: its socket inodes, matched against the connection table for their local
 * ports), looked up by client_port in pg_stat_activity. Lets a test cut exactly the connections of
 * one worker or web process, and no other test's.
 */
import { readFileSync, readdirSync, readlinkSync } from "node:fs";
import type pg from "pg";

function socketInodes(pid: number): Set<string> {
  const inodes = new Set<string>();
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      const match = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (match) inodes.add(match[1]!);
    } catch {
      // closed while we looked
    }
  }
  return inodes;
}

/** Local ports of `pid`'s TCP connections to `serverPort`. */
export function clientPortsOf(pid: number, serverPort = 5432): number[] {
  const inodes = socketInodes(pid);
  const ports: number[] = [];
  for (const table of ["tcp", "tcp6"]) {
    let text = "";
    try {
      text = readFileSync(`/proc/${pid}/net/${table}`, "utf8");
    } catch {
      continue;
    }
    for (const line of text.split("\n").slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols.length < 10) continue;
      const local = Number.parseInt(cols[1]!.split(":")[1]!, 16);
      const remote = Number.parseInt(cols[2]!.split(":")[1]!, 16);
      if (remote === serverPort && inodes.has(cols[9]!)) ports.push(local);
    }
  }
  return ports;
}

/** Terminates every backend of `pid` on this database; returns how many. */
export async function terminateBackendsOf(pool: pg.Pool, pid: number): Promise<number> {
  const ports = clientPortsOf(pid);
  if (ports.length === 0) return 0;
  const { rows } = await pool.query<{ ok: boolean }>(
    `select pg_terminate_backend(pid) as ok from pg_stat_activity
     where datname = current_database() and pid <> pg_backend_pid() and client_port = any($1::int[])`,
    [ports],
  );
  return rows.filter((r) => r.ok).length;
}
