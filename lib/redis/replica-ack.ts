import 'server-only';
import type { Cluster, Redis } from 'ioredis';

/** HANDOFF_REDIS_MIN_REPLICAS_ACK and HANDOFF_REDIS_ACK_TIMEOUT_MS. */
export type ReplicaAckOptions = { replicas: number; timeoutMs: number };

/**
 * Waits until `replicas` replicas have every write this connection made so
 * far (Redis `WAIT`), grouping the waiters: one WAIT is in flight at a time,
 * and it answers for every write whose reply came back before it was sent.
 * WAIT counts the writes of the connection it is sent on, so the scripts to
 * acknowledge must run on `client` and nothing else may. While a WAIT blocks,
 * Redis serves nothing else from this connection: it must be a connection of
 * its own, not the one reads and the rate limiter use.
 */
export class ReplicaAck {
  private pending: ((acked: boolean) => void)[] = [];
  private waiting = false;

  constructor(
    private readonly client: Redis | Cluster,
    private readonly options: ReplicaAckOptions,
  ) {}

  /**
   * Resolves true once enough replicas hold every write whose reply has
   * arrived, false when the timeout passed first or WAIT failed. Never rejects.
   */
  acknowledged(): Promise<boolean> {
    return new Promise((resolve) => {
      this.pending.push(resolve);
      if (!this.waiting) void this.next();
    });
  }

  private async next(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    this.waiting = true;
    let acked = false;
    try {
      acked =
        (await (this.client as Redis).wait(this.options.replicas, this.options.timeoutMs)) >= this.options.replicas;
    } catch {
      acked = false;
    }
    for (const resolve of batch) resolve(acked);
    this.waiting = false;
    if (this.pending.length > 0) void this.next();
  }
}
