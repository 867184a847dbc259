import 'server-only';
import { createHash, createHmac } from 'node:crypto';
import type { WebhookFormat } from '../config';
import type { NotifyEvent, NotifyEventType } from '../store';

/*
 * What a notification says. Never the link id, never content, never a label:
 * a short reference the sender can match in My links, the event, its time, and
 * a link to /history. Example payloads: docs/deploy.md § Notifications.
 */

export type NotifyMessage = {
  /** Stable per event (its id and number hashed): every retry and every instance sends the same. */
  eventId: string;
  event: NotifyEventType;
  reference: string;
  at: string;
  viewsLeft: number;
  history: string | null;
  text: string;
};

const SENTENCES: Record<NotifyEventType, (viewsLeft: number) => string> = {
  opened: (left) => `was opened (${left} ${left === 1 ? 'view' : 'views'} left)`,
  last_view: () => 'was opened for the last time and is gone',
  revoked: () => 'was revoked',
  locked: () => 'was destroyed after too many wrong passwords',
  expired: () => 'expired without being opened',
  answered: () => 'was answered',
  expired_unanswered: () => 'expired without an answer',
};

/** The stable event id: no one can tell the link id from it. */
export function eventIdOf(secretId: string, seq: number): string {
  return createHash('sha256').update(`handoff notify event:${secretId}:${seq}`).digest('base64url').slice(0, 22);
}

export function notifyMessage(
  secretId: string,
  reference: string,
  event: NotifyEvent,
  publicUrl: string | null,
): NotifyMessage {
  const at = event.at.toISOString();
  const history = publicUrl ? `${publicUrl}/history` : null;
  const when = `${at.slice(0, 16).replace('T', ' ')} UTC`;
  const text =
    `Handoff: your link ${reference} ${SENTENCES[event.type](event.viewsLeft)} at ${when}.` +
    (history ? ` My links: ${history}` : '');
  return {
    eventId: eventIdOf(secretId, event.seq),
    event: event.type,
    reference,
    at,
    viewsLeft: event.viewsLeft,
    history,
    text,
  };
}

export type WebhookRequest = { body: string; headers: Record<string, string> };

/** The signature header of the generic format: `v1=` hex HMAC-SHA256 over `<timestamp>.<body>`. */
export function signWebhook(secret: string, timestamp: string, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** The request body and headers for each webhook format. */
export function webhookRequest(
  format: WebhookFormat,
  message: NotifyMessage,
  secret: string | null,
  nowMs: number,
): WebhookRequest {
  const base = { 'x-handoff-event-id': message.eventId };
  switch (format) {
    case 'slack':
      return { body: JSON.stringify({ text: message.text }), headers: { ...base, 'content-type': 'application/json' } };
    case 'teams':
      return { body: JSON.stringify(teamsCard(message)), headers: { ...base, 'content-type': 'application/json' } };
    case 'ntfy': {
      const headers: Record<string, string> = { ...base, 'content-type': 'text/plain; charset=utf-8' };
      headers.title = `Handoff: ${message.reference}`;
      headers.tags = 'handoff';
      if (message.history) headers.click = message.history;
      return { body: message.text, headers };
    }
    case 'json': {
      const { eventId, event, reference, at, viewsLeft, history } = message;
      const body = JSON.stringify({ version: 1, eventId, event, reference, at, viewsLeft, history });
      const timestamp = String(Math.floor(nowMs / 1000));
      const headers = { ...base, 'content-type': 'application/json', 'x-handoff-timestamp': timestamp };
      return { body, headers: { ...headers, 'x-handoff-signature': signWebhook(secret ?? '', timestamp, body) } };
    }
  }
}

/** A Microsoft Teams Workflows message: one Adaptive Card. */
function teamsCard(message: NotifyMessage) {
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body: [{ type: 'TextBlock', text: message.text, wrap: true }],
          actions: message.history ? [{ type: 'Action.OpenUrl', title: 'My links', url: message.history }] : [],
        },
      },
    ],
  };
}
