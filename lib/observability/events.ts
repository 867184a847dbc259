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
  } catch {
    // An event must never fail the user's action.
  }
}
