/*
 * The notification half of the store contract (issue 22, docs/deploy.md
 * § Notifications). A secret created with a destination keeps it in its
 * receipt, for the receipt's lifetime only. Every state change the receipt
 * records (a view, the last view, a revoke, a lock) writes an event into the
 * secret's outbox IN THE SAME atomic step, under the same `{id}` hash tag, so
 * an event that happened is never lost between the store and the worker:
 *  - the outbox lives and dies with the receipt;
 *  - a watched id stays in the watch index (sharded by hash tag, so every
 *    write is single-slot on Cluster) until no event can come and none waits;
 *  - "expired without being opened" is written by takeNotifications once the
 *    secret's deadline has passed unopened, once (a durable schedule, not
 *    keyspace notifications);
 *  - takeNotifications leases each due event: while the lease lasts no other
 *    instance takes it; a crashed worker's lease simply runs out.
 * A request (lib/store/request-types.ts) that asked keeps its destination in its record instead,
 * and the step that accepts its answer writes `answered` into the outbox of the same id; once its
 * deadline has passed with no answer accepted (and no revoke), takeNotifications writes
 * `expired_unanswered` instead, once. Its record outlives the deadline by the receipt lifetime
 * for that (as a secret's receipt outlives the secret).
 * Events carry a sequence number per secret; with the id it makes the stable
 * event id every delivery of it carries (lib/notify/message.ts).
 */

/** What the sender learns: never content, never the link id. */
export const NOTIFY_EVENT_TYPES = [
  'opened',
  'last_view',
  'revoked',
  'locked',
  'expired',
  'answered',
  'expired_unanswered',
] as const;
export type NotifyEventType = (typeof NOTIFY_EVENT_TYPES)[number];

/** The destination and the short reference the sender can match in My links, as create stores them. */
export type NotifyRequest = {
  /** An encoded destination (lib/notify/destination.ts); opaque to the store. */
  destination: string;
  reference: string;
};

export type NotifyEvent = {
  seq: number;
  type: NotifyEventType;
  at: Date;
  /** Views left after the event (opened); 0 otherwise. */
  viewsLeft: number;
  /** Delivery attempts so far, this one included. */
  attempts: number;
};

export type NotifyBatch = {
  destination: string;
  reference: string;
  /** Due events, now leased to the caller. */
  events: NotifyEvent[];
  /** Events still to deliver (leased, or waiting for a retry), dead ones not counted. */
  pending: number;
  /** True when no further event can happen: with nothing pending, the id can leave the watch. */
  final: boolean;
};

export type NotifySettlement = { kind: 'delivered' } | { kind: 'retry'; delayMs: number } | { kind: 'dead' };

export interface NotifyStore {
  /** Ids that have (or may get) events to deliver. */
  watchedNotifications(): Promise<string[]>;
  /**
   * Writes the `expired` event if the secret's deadline passed unopened (a request's
   * `expired_unanswered` if its deadline passed open), then
   * leases every due event for `leaseMs`. Null when the id has no destination
   * (any more): it can leave the watch.
   */
  takeNotifications(id: string, leaseMs: number): Promise<NotifyBatch | null>;
  /** Ends a leased event: delivered (gone), retry later, or dead (kept for the operator, never retried). */
  settleNotification(id: string, seq: number, settlement: NotifySettlement): Promise<void>;
  /** Removes the id from the watch (after takeNotifications said final with nothing pending, or null). */
  unwatchNotifications(id: string): Promise<void>;
  /**
   * Counts one email to the address with this digest if fewer than `limit` went to it in the
   * last `windowMs` (a sliding window, shared by every instance). False: over the cap, not counted.
   */
  countEmail(addressDigest: string, limit: number, windowMs: number): Promise<boolean>;
}
