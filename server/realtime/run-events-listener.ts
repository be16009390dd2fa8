import "server-only";

/**
 * One dedicated Postgres connection per process that LISTENs on the run-events channel and fans
 * each notification out to the in-process subscribers of that run. Every web instance runs its
 * own listener; nothing here is shared across instances (Postgres delivers each NOTIFY to every
 * listening connection).
 *
 * Notifications sent while the connection is down are lost, so after every (re)connect each
 * subscriber gets a `resync` wake-up and re-reads the events table from its last seen id.
 */
import pg from "pg";
import { logger } from "@/server/log/logger";
import { parseRunEventNote, runEventsChannel, type RunEventNote } from "./run-event-note";

export type Wakeup = { kind: "event"; note: RunEventNote } | { kind: "resync" } | { kind: "shutdown" };
export type WakeupHandler = (wakeup: Wakeup) => void;

export interface ListenerOptions {
  connectionString: string;
  /** Delay before the first reconnect attempt; doubles up to `maxBackoffMs` (with jitter). */
  minBackoffMs?: number;
  maxBackoffMs?: number;
  /** A `SELECT 1` on the connection this often, to notice a silently dead socket. 0: off. */
  healthCheckMs?: number;
  name?: string;
}

export class RunEventsListener {
  private client: pg.Client | null = null;
  private readonly subscribers = new Map<string, Set<WakeupHandler>>();
  private stopped = true;
  private attempt = 0;
  private isListening = false;
  private closing = false;
  private retryTimer: NodeJS.Timeout | null = null;
  private healthTimer: NodeJS.Timeout | null = null;
  private readyWaiters: (() => void)[] = [];
  private readonly opts: Required<ListenerOptions>;

  constructor(options: ListenerOptions) {
    this.opts = { minBackoffMs: 250, maxBackoffMs: 10_000, healthCheckMs: 30_000, name: "run-events", ...options };
  }

  /** Starts listening (idempotent). Resolves once LISTEN is active. */
  start(): Promise<void> {
    if (this.stopped && !this.closing) {
      this.stopped = false;
      void this.open();
    }
    return this.ready();
  }

  /** Resolves when the connection is up and LISTENing. */
  ready(): Promise<void> {
    if (this.isListening) return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  /** True once `shutdown` ran: this process takes no new streams. */
  get shuttingDown(): boolean {
    return this.closing;
  }

  get listening(): boolean {
    return this.isListening;
  }

  /** Calls `handler` for every notification about `runId` (and on resync). Returns unsubscribe. */
  subscribe(runId: string, handler: WakeupHandler): () => void {
    let set = this.subscribers.get(runId);
    if (!set) this.subscribers.set(runId, (set = new Set()));
    set.add(handler);
    return () => {
      set.delete(handler);
      if (set.size === 0 && this.subscribers.get(runId) === set) this.subscribers.delete(runId);
    };
  }

  subscriberCount(): number {
    let n = 0;
    for (const set of this.subscribers.values()) n += set.size;
    return n;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.healthTimer) clearInterval(this.healthTimer);
    this.retryTimer = this.healthTimer = null;
    const client = this.client;
    this.client = null;
    this.isListening = false;
    if (client) await client.end().catch(() => undefined);
  }

  /**
   * The process is going away: every subscriber is told to end its stream (its client reconnects,
   * to another instance or to this one restarted), then the connection closes.
   */
  async shutdown(): Promise<void> {
    this.closing = true;
    for (const runId of [...this.subscribers.keys()]) this.dispatch(runId, { kind: "shutdown" });
    await this.stop();
  }

  /** Test hook: drops the connection as if the network had. */
  simulateConnectionLoss(): void {
    this.client?.emit("error", new Error("simulated connection loss"));
  }

  private async open(): Promise<void> {
    const client = new pg.Client({ connectionString: this.opts.connectionString, keepAlive: true, application_name: `loomcast-${this.opts.name}` });
    client.on("notification", (msg) => {
      if (msg.channel !== runEventsChannel || !msg.payload) return;
      const note = parseRunEventNote(msg.payload);
      if (note) this.dispatch(note.runId, { kind: "event", note });
      else logger.warn("realtime: ignored malformed notification", { payload: msg.payload.slice(0, 200) });
    });
    client.on("error", (error) => this.lost(client, error));
    client.on("end", () => this.lost(client, new Error("connection ended")));
    try {
      await client.connect();
      await client.query(`LISTEN ${runEventsChannel}`);
    } catch (error) {
      client.removeAllListeners("end");
      await client.end().catch(() => undefined);
      this.scheduleRetry(error);
      return;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    const reconnected = this.attempt > 0;
    this.attempt = 0;
    this.client = client;
    this.isListening = true;
    this.startHealthCheck(client);
    logger.info(reconnected ? "realtime: reconnected and listening" : "realtime: listening", { channel: runEventsChannel, listener: this.opts.name });
    // Whatever was notified while we were away is in the table: every subscriber re-reads.
    for (const runId of [...this.subscribers.keys()]) this.dispatch(runId, { kind: "resync" });
    const waiters = this.readyWaiters.splice(0);
    for (const resolve of waiters) resolve();
  }

  private lost(client: pg.Client, error: Error) {
    if (this.client !== client) return;
    this.client = null;
    this.isListening = false;
    if (this.healthTimer) clearInterval(this.healthTimer);
    this.healthTimer = null;
    client.removeAllListeners("end");
    void client.end().catch(() => undefined);
    if (this.stopped) return;
    this.scheduleRetry(error);
  }

  private scheduleRetry(error: unknown) {
    if (this.stopped) return;
    const base = Math.min(this.opts.maxBackoffMs, this.opts.minBackoffMs * 2 ** this.attempt);
    const delay = Math.round(base / 2 + Math.random() * (base / 2));
    this.attempt += 1;
    // Once per outage: the loss (or the first failed connect) warns; the retries after it are debug.
    const log = this.attempt === 1 ? logger.warn : logger.debug;
    log("realtime: reconnecting", { listener: this.opts.name, attempt: this.attempt, delayMs: delay, error: error instanceof Error ? error.message : String(error) });
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (!this.stopped) void this.open();
    }, delay);
    this.retryTimer.unref?.();
  }

  private startHealthCheck(client: pg.Client) {
    if (!this.opts.healthCheckMs) return;
    this.healthTimer = setInterval(() => {
      client.query("SELECT 1").catch((error: Error) => this.lost(client, error));
    }, this.opts.healthCheckMs);
    this.healthTimer.unref?.();
  }

  private dispatch(runId: string, wakeup: Wakeup) {
    const set = this.subscribers.get(runId);
    if (!set) return;
    for (const handler of [...set]) {
      try {
        handler(wakeup);
      } catch (error) {
        logger.error("realtime: subscriber failed", { runId, error });
      }
    }
  }
}
