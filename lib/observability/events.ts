import 'server-only';
import { auditEvent } from './audit';
import type { EventType } from './event-types';
import { countEvent } from './metrics';

export { EVENT_TYPES, type EventType } from './event-types';

/**
 * The one door for secret lifecycle events: counts it and writes its audit
 * line. Called from handler outcomes for now (lib/api/secrets.ts); the store
 * event stream will call it instead once it exists. Never throws, never waits.
 * @param secretId - only ever turned into the audit reference, never logged
 * @param user - the signed-in creator's user key, only ever turned into the audit actor
 */
export function recordEvent(type: EventType, secretId: string, user: string | null = null): void {
  try {
    countEvent(type);
    auditEvent(type, secretId, user);
    (globalThis as Slot)[SLOT]?.(type, secretId);
  } catch {
    // An event must never fail the user's action.
  }
}

// One subscriber per process, on globalThis: Next bundles this module more than once.
const SLOT = Symbol.for('handoff.eventSubscriber');
type Slot = { [SLOT]?: (type: EventType, secretId: string) => void };

/**
 * Subscribes the notification worker (lib/notify/worker.ts) to events: it only
 * schedules work for later, so it cannot slow or fail the action. The durable
 * record is the store's outbox; this is a nudge to look at it soon.
 */
export function subscribeToEvents(listener: ((type: EventType, secretId: string) => void) | undefined): void {
  (globalThis as Slot)[SLOT] = listener;
}
