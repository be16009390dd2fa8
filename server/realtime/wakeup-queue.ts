import "server-only";
import type { Wakeup } from "./run-events-listener";

/**
 * Collects wake-ups for one subscriber between reads: pushes never block, `next` hands over
 * everything collected so far (waiting if there is nothing) or null once `signal` aborts.
 */
export class WakeupQueue {
  private items: Wakeup[] = [];
  private waiter: ((items: Wakeup[] | null) => void) | null = null;

  push = (wakeup: Wakeup): void => {
    this.items.push(wakeup);
    const waiter = this.waiter;
    if (waiter) {
      this.waiter = null;
      waiter(this.take());
    }
  };

  next(signal?: AbortSignal): Promise<Wakeup[] | null> {
    if (signal?.aborted) return Promise.resolve(null);
    if (this.items.length > 0) return Promise.resolve(this.take());
    return new Promise((resolve) => {
      const onAbort = () => {
        this.waiter = null;
        resolve(null);
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      this.waiter = (items) => {
        signal?.removeEventListener("abort", onAbort);
        resolve(items);
      };
    });
  }

  private take(): Wakeup[] {
    const items = this.items;
    this.items = [];
    return items;
  }
}
