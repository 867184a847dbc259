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
 */
export function recordEvent(type: EventType, secretId: string): void {
  try {
    countEvent(type);
    auditEvent(type, secretId);
  } catch {
    // An event must never fail the user's action.
  }
}
