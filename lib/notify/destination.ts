import 'server-only';
import type { NotifyConfig, WebhookHost } from '../config';

/*
 * A notification destination: where the sender asked to be told. Stored in
 * the receipt in plain form (the server must send to it); it identifies the
 * sender, not the content. It never appears in a log line or a receipt.
 */

export type Destination = { kind: 'email'; address: string } | { kind: 'webhook'; url: string };

export type DestinationCheck = { ok: true; destination: Destination } | { ok: false; message: string };

/** The sender, as far as the destination rules care. Sign-in (another issue) will set `signedIn`. */
export type Sender = { signedIn: boolean };

/** The allowlist entry for a URL: by `host:port` first, then by host name alone. */
export function webhookHostFor(config: NotifyConfig, url: URL): WebhookHost | undefined {
  const hosts = config.webhookHosts;
  return hosts.get(url.host.toLowerCase()) ?? hosts.get(url.hostname.toLowerCase());
}

/**
 * Whether this server may send to `to` (an email address or a URL), by the operator's rules:
 * webhook hosts on the allowlist, https unless allowed per host; email only when enabled,
 * and then for any address or only the listed domains. A signed-in sender will be allowed
 * email on an instance with sign-in (the seam: `sender.signedIn`).
 */
export function checkDestination(config: NotifyConfig, to: string, sender: Sender): DestinationCheck {
  if (to.includes('@') && !to.includes('/')) {
    const address = to.trim();
    const domain = address.slice(address.lastIndexOf('@') + 1).toLowerCase();
    if (!config.smtp) return { ok: false, message: 'this server does not send email' };
    const email = config.email;
    if (email.kind === 'off' && !sender.signedIn) return { ok: false, message: 'this server does not send email' };
    if (email.kind === 'domains' && !email.domains.has(domain)) {
      return { ok: false, message: 'this server sends email only to its own domains' };
    }
    return { ok: true, destination: { kind: 'email', address } };
  }
  let url: URL;
  try {
    url = new URL(to);
  } catch {
    return { ok: false, message: 'must be an email address or an http(s) URL' };
  }
  const host = webhookHostFor(config, url);
  if (!host) return { ok: false, message: 'this server does not send to that host' };
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && host.allowHttp)) {
    return { ok: false, message: 'the webhook must use https' };
  }
  if (url.username || url.password) return { ok: false, message: 'the webhook URL must not hold credentials' };
  return { ok: true, destination: { kind: 'webhook', url: url.href } };
}

/** The destination as the store keeps it (opaque there). */
export function encodeDestination(destination: Destination): string {
  return JSON.stringify(destination.kind === 'email' ? { e: destination.address } : { w: destination.url });
}

/** @returns null when the stored text is not a destination (it is then dead-lettered, never sent) */
export function decodeDestination(text: string): Destination | null {
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === 'object') {
      if ('e' in value && typeof value.e === 'string') return { kind: 'email', address: value.e };
      if ('w' in value && typeof value.w === 'string') return { kind: 'webhook', url: value.w };
    }
  } catch {
    // Falls through: not a destination.
  }
  return null;
}
