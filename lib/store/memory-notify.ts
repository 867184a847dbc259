import 'server-only';
import type { NotifyBatch, NotifyEvent, NotifyEventType, NotifySettlement } from './notify-types';

type Entry = Omit<NotifyEvent, 'at'> & { atMs: number; nextMs: number; leaseUntilMs: number; dead: boolean };

type Box = {
  /** Whose events: a secret's receipt, or a request's record (`answered`, `expired_unanswered`). */
  source: OutboxSource;
  destination: string;
  reference: string;
  lastSeq: number;
  expiredWritten: boolean;
  /** In the watch index (unwatch keeps the box, dead events included, until the receipt goes). */
  watched: boolean;
  entries: Map<number, Entry>;
};

export type OutboxSource = 'secret' | 'request';

/**
 * What the outbox needs to know of a receipt: its state, views used, deadline, and whether the
 * secret lives. A request reads as a receipt: `active` while open, alive until its deadline.
 */
export type ReceiptView = { state: string; viewsUsed: number; expiresAtMs: number; secretAlive: boolean };

/**
 * The embedded store's notification outboxes (lib/store/notify-types.ts).
 * Every method is synchronous, so the store calls `record` inside the same
 * uninterrupted step as the state change, as the Redis scripts do. A box
 * lives as long as its receipt: `receipt` returning undefined drops it.
 */
export class MemoryOutbox {
  private readonly boxes = new Map<string, Box>();
  /** Send times per address digest, for the email cap. */
  private readonly emails = new Map<string, number[]>();

  constructor(
    private readonly now: () => number,
    private readonly receipt: (id: string) => ReceiptView | undefined,
  ) {}

  watch(id: string, destination: string, reference: string, source: OutboxSource = 'secret'): void {
    this.boxes.set(id, {
      source,
      destination,
      reference,
      lastSeq: 0,
      expiredWritten: false,
      watched: true,
      entries: new Map(),
    });
  }

  /**
   * Writes an event if `id` asked for notifications, from that source: a request's answer is a
   * secret under the request's id, whose own reads write nothing (as in Redis: its receipt holds
   * no destination).
   */
  record(id: string, type: NotifyEventType, atMs: number, viewsLeft: number, source: OutboxSource = 'secret'): void {
    const box = this.boxes.get(id);
    if (!box || box.source !== source) return;
    box.lastSeq += 1;
    box.entries.set(box.lastSeq, {
      seq: box.lastSeq,
      type,
      atMs,
      viewsLeft,
      attempts: 0,
      nextMs: 0,
      leaseUntilMs: 0,
      dead: false,
    });
  }

  watched(): string[] {
    return [...this.boxes].filter(([, box]) => box.watched).map(([id]) => id);
  }

  take(id: string, leaseMs: number): NotifyBatch | null {
    const box = this.boxes.get(id);
    const receipt = this.receipt(id);
    if (!box || !receipt) {
      this.boxes.delete(id);
      return null;
    }
    const now = this.now();
    // A secret past its deadline unviewed, or a request past its deadline unanswered.
    const unopened = receipt.state === 'active' && !receipt.secretAlive && receipt.viewsUsed === 0;
    if (unopened && !box.expiredWritten) {
      box.expiredWritten = true;
      const type = box.source === 'secret' ? 'expired' : 'expired_unanswered';
      this.record(id, type, Math.min(receipt.expiresAtMs, now), 0, box.source);
    }
    const events: NotifyEvent[] = [];
    let pending = 0;
    for (const entry of box.entries.values()) {
      if (entry.dead) continue;
      pending += 1;
      if (entry.nextMs > now || entry.leaseUntilMs > now) continue;
      entry.attempts += 1;
      entry.leaseUntilMs = now + leaseMs;
      const { seq, type, viewsLeft, attempts, atMs } = entry;
      events.push({ seq, type, viewsLeft, attempts, at: new Date(atMs) });
    }
    const final = receipt.state !== 'active' || !receipt.secretAlive;
    return { destination: box.destination, reference: box.reference, events, pending, final };
  }

  settle(id: string, seq: number, settlement: NotifySettlement): void {
    const entry = this.boxes.get(id)?.entries.get(seq);
    if (!entry) return;
    if (settlement.kind === 'delivered') this.boxes.get(id)?.entries.delete(seq);
    else if (settlement.kind === 'dead') entry.dead = true;
    else {
      entry.nextMs = this.now() + settlement.delayMs;
      entry.leaseUntilMs = 0;
    }
  }

  unwatch(id: string): void {
    const box = this.boxes.get(id);
    if (box) box.watched = false;
  }

  /** Drops the boxes whose receipt has gone (they live exactly as long as it). */
  sweep(): void {
    for (const id of this.boxes.keys()) if (!this.receipt(id)) this.boxes.delete(id);
  }

  countEmail(digest: string, limit: number, windowMs: number): boolean {
    const now = this.now();
    const recent = (this.emails.get(digest) ?? []).filter((t) => t > now - windowMs);
    const allowed = recent.length < limit;
    if (allowed) recent.push(now);
    if (recent.length > 0) this.emails.set(digest, recent);
    else this.emails.delete(digest);
    return allowed;
  }

  clear(): void {
    this.boxes.clear();
    this.emails.clear();
  }
}
