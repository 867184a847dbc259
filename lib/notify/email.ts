import 'server-only';
import { createHash } from 'node:crypto';
import { createTransport, type Transporter } from 'nodemailer';
import type { NotifyConfig } from '../config';
import type { NotifyMessage } from './message';

/*
 * Email through the operator's SMTP server (nodemailer), with STARTTLS
 * required, implicit TLS, or (loopback test servers only) none, as configured.
 */

export type EmailOutcome = { kind: 'sent' } | { kind: 'failed' };

/** The digest the per-address cap counts under: the address itself is never a key or a log field. */
export function addressDigest(address: string): string {
  return createHash('sha256').update(`handoff notify email:${address.toLowerCase()}`).digest('base64url');
}

export function smtpTransport(smtp: NonNullable<NotifyConfig['smtp']>, timeoutMs: number): Transporter {
  const url = new URL(smtp.url);
  return createTransport({
    host: url.hostname,
    port: url.port ? Number(url.port) : smtp.tls === 'implicit' ? 465 : 587,
    secure: smtp.tls === 'implicit',
    requireTLS: smtp.tls === 'starttls',
    ignoreTLS: smtp.tls === 'off',
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    disableFileAccess: true,
    disableUrlAccess: true,
  });
}

const SUBJECTS: Record<NotifyMessage['event'], string> = {
  opened: 'opened',
  last_view: 'opened for the last time',
  revoked: 'revoked',
  locked: 'locked after wrong passwords',
  expired: 'expired unopened',
  answered: 'answered',
  expired_unanswered: 'expired unanswered',
};

export async function sendEmail(
  transport: Transporter,
  from: string,
  to: string,
  message: NotifyMessage,
): Promise<EmailOutcome> {
  try {
    await transport.sendMail({
      from,
      to,
      subject: `Handoff: ${message.reference} ${SUBJECTS[message.event]}`,
      text: message.text,
      messageId: `<${message.eventId}@handoff.invalid>`,
      headers: { 'X-Handoff-Event-Id': message.eventId },
    });
    return { kind: 'sent' };
  } catch {
    return { kind: 'failed' };
  }
}
