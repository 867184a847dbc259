import 'server-only';
import { gcra } from './gcra';
import type { Limit, LimitDecision, LimitedAction, RateLimiter } from './types';

/** Per-process limiter for the embedded store: correct for one instance, which is all that store serves. */
export class MemoryRateLimiter implements RateLimiter {
  private readonly tats = new Map<string, number>();
  private readonly sweeper: ReturnType<typeof setInterval>;

  constructor(
    private readonly limits: Record<LimitedAction, Limit>,
    private readonly now: () => number = Date.now,
  ) {
    this.sweeper = setInterval(() => this.sweep(), 60_000);
    this.sweeper.unref?.();
  }

  async hit(action: LimitedAction, client: string, cost = 1): Promise<LimitDecision> {
    const key = `${action}\u0000${client}`;
    const { decision, tat } = gcra(this.limits[action], this.now(), this.tats.get(key), cost);
    if (tat !== undefined) this.tats.set(key, tat);
    return decision;
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
    this.tats.clear();
  }

  /** A tat in the past carries no state (the bucket is full again): forget it. */
  private sweep(): void {
    const now = this.now();
    for (const [key, tat] of this.tats) if (tat <= now) this.tats.delete(key);
  }
}
