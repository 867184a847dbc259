import 'server-only';
import { NOTIFY_EVENT_TYPES, type NotifyBatch, type NotifyEvent, type NotifyEventType } from './notify-types';

const EVENT_TYPES: ReadonlySet<string> = new Set(NOTIFY_EVENT_TYPES);

/** A reply element as a string (Redis integers arrive as numbers). */
function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  throw new Error('store: unexpected notification reply');
}

/**
 * Decodes TAKE_NOTIFICATIONS_SCRIPT's reply (lib/store/redis-scripts.ts).
 * @throws Error when the reply does not have the documented shape
 */
export function decodeNotifyBatch(reply: unknown): NotifyBatch | null {
  if (!Array.isArray(reply)) throw new Error('store: unexpected notification reply');
  if (reply.length === 0) return null;
  const [destination, reference, final, pending, ...rest] = reply;
  const events: NotifyEvent[] = [];
  for (let i = 0; i + 4 < rest.length; i += 5) {
    const type = text(rest[i + 1]);
    if (!EVENT_TYPES.has(type)) throw new Error('store: unknown notification event');
    events.push({
      seq: Number(text(rest[i])),
      type: type as NotifyEventType,
      at: new Date(Number(text(rest[i + 2]))),
      viewsLeft: Number(text(rest[i + 3])),
      attempts: Number(text(rest[i + 4])),
    });
  }
  return {
    destination: text(destination),
    reference: text(reference),
    final: text(final) === '1',
    pending: Number(text(pending)),
    events,
  };
}
