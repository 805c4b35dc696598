/**
 * Fixed-window counters kept in memory, one per key (an address or a device). Each instance
 * of the server counts for itself; behind a load balancer with N instances a client can reach
 * at most N times the limit, which is still a limit.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    /** Allowed events per window. */
    readonly limit: number,
    readonly windowMs: number,
    /** The map never grows past this; the oldest windows go first. */
    private readonly maxKeys = 100_000,
  ) {}

  /** Counts one event for key; false when the key is over its limit in this window. */
  take(key: string, now: number): boolean {
    const window = this.current(key, now);
    if (window.count >= this.limit) return false;
    window.count += 1;
    return true;
  }

  /** Whether key may still act, without counting. */
  allows(key: string, now: number): boolean {
    const window = this.windows.get(key);
    return !window || now - window.start >= this.windowMs || window.count < this.limit;
  }

  private current(key: string, now: number): { start: number; count: number } {
    let window = this.windows.get(key);
    if (!window || now - window.start >= this.windowMs) {
      this.windows.delete(key);
      if (this.windows.size >= this.maxKeys) this.prune(now);
      window = { start: now, count: 0 };
      // Insertion order is age order: re-inserting keeps the oldest at the front.
      this.windows.set(key, window);
    }
    return window;
  }

  private prune(now: number): void {
    for (const [key, window] of this.windows) {
      if (now - window.start >= this.windowMs) this.windows.delete(key);
    }
    // All still current: drop the oldest tenth rather than grow without bound.
    if (this.windows.size >= this.maxKeys) {
      let drop = Math.ceil(this.maxKeys / 10);
      for (const key of this.windows.keys()) {
        if (drop-- <= 0) break;
        this.windows.delete(key);
      }
    }
  }
}
