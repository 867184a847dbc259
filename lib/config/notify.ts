import 'server-only';
import { z } from 'zod';

/*
 * Sender notifications (docs/deploy.md § Notifications). Off unless the
 * operator names webhook hosts or an SMTP server. Every outbound target is on
 * an allowlist; nothing here is ever logged.
 */

export const WEBHOOK_FORMATS = ['slack', 'teams', 'ntfy', 'json'] as const;
export type WebhookFormat = (typeof WEBHOOK_FORMATS)[number];

/** One allowlisted webhook host (`host` or `host:port`, lower case). */
export type WebhookHost = {
  format: WebhookFormat;
  /** HMAC-SHA256 key of the generic JSON format; null for the others. */
  secret: string | null;
  /** http:// allowed (https only otherwise). */
  allowHttp: boolean;
  /** May resolve to loopback or private addresses (refused otherwise). */
  allowPrivate: boolean;
};

export type NotifyConfig = {
  webhookHosts: ReadonlyMap<string, WebhookHost>;
  smtp: { url: string; tls: 'starttls' | 'implicit' | 'off'; from: string } | null;
  /**
   * Email destinations: `off`, `any` address, or only the listed domains. Without sign-in an
   * anonymous instance must not become a mail relay: off unless the operator says otherwise.
   */
  email: { kind: 'off' } | { kind: 'any' } | { kind: 'domains'; domains: ReadonlySet<string> };
  emailsPerHour: number;
  /** The origin the messages link to (`<origin>/history`). */
  publicUrl: string | null;
  timeoutMs: number;
  responseBytes: number;
  maxAttempts: number;
  retryBaseMs: number;
  leaseMs: number;
  sweepMs: number;
};

const list = z
  .string()
  .default('')
  .transform((s) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  );

const hostPattern = /^[a-z0-9.-]{1,253}(?::\d{1,5})?$|^\[[0-9a-f:.]+\](?::\d{1,5})?$/;

const intFrom = (min: number, max: number, fallback: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

export const notifyEnvSchema = z
  .object({
    HANDOFF_NOTIFY_WEBHOOK_HOSTS: list,
    HANDOFF_NOTIFY_WEBHOOK_SECRETS: list,
    HANDOFF_NOTIFY_HTTP_HOSTS: list,
    HANDOFF_NOTIFY_PRIVATE_HOSTS: list,
    HANDOFF_NOTIFY_SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'must be smtp:// or smtps://' }).optional(),
    HANDOFF_NOTIFY_SMTP_TLS: z.enum(['starttls', 'implicit', 'off']).optional(),
    HANDOFF_NOTIFY_SMTP_FROM: z.string().min(3).max(254).optional(),
    HANDOFF_NOTIFY_EMAIL: z.enum(['off', 'any', 'domains']).default('off'),
    HANDOFF_NOTIFY_EMAIL_DOMAINS: list,
    HANDOFF_NOTIFY_EMAILS_PER_HOUR: intFrom(1, 10_000, 10),
    HANDOFF_PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
    HANDOFF_NOTIFY_TIMEOUT_MS: intFrom(100, 60_000, 5000),
    HANDOFF_NOTIFY_RESPONSE_BYTES: intFrom(0, 1024 * 1024, 16 * 1024),
    HANDOFF_NOTIFY_MAX_ATTEMPTS: intFrom(1, 100, 8),
    HANDOFF_NOTIFY_RETRY_BASE_MS: intFrom(10, 3_600_000, 5000),
    HANDOFF_NOTIFY_LEASE_MS: intFrom(100, 3_600_000, 60_000),
    HANDOFF_NOTIFY_SWEEP_MS: intFrom(50, 3_600_000, 30_000),
  })
  .superRefine((e, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    for (const entry of e.HANDOFF_NOTIFY_WEBHOOK_HOSTS) {
      const [host = '', format = ''] = entry.toLowerCase().split('=');
      if (!hostPattern.test(host) || !(WEBHOOK_FORMATS as readonly string[]).includes(format)) {
        issue('HANDOFF_NOTIFY_WEBHOOK_HOSTS', `entries must be host[:port]=${WEBHOOK_FORMATS.join('|')}`);
      } else if (format === 'json' && !secretsOf(e.HANDOFF_NOTIFY_WEBHOOK_SECRETS).has(host)) {
        issue('HANDOFF_NOTIFY_WEBHOOK_SECRETS', 'every json webhook host needs a signing secret (host=secret)');
      }
    }
    for (const secret of secretsOf(e.HANDOFF_NOTIFY_WEBHOOK_SECRETS).values()) {
      if (secret.length < 32) issue('HANDOFF_NOTIFY_WEBHOOK_SECRETS', 'each secret must be at least 32 characters');
    }
    if (e.HANDOFF_NOTIFY_SMTP_URL && !e.HANDOFF_NOTIFY_SMTP_FROM) {
      issue('HANDOFF_NOTIFY_SMTP_FROM', 'is required with HANDOFF_NOTIFY_SMTP_URL');
    }
    if (e.HANDOFF_NOTIFY_EMAIL !== 'off' && !e.HANDOFF_NOTIFY_SMTP_URL) {
      issue('HANDOFF_NOTIFY_EMAIL', 'needs HANDOFF_NOTIFY_SMTP_URL');
    }
    if (e.HANDOFF_NOTIFY_EMAIL === 'domains' && e.HANDOFF_NOTIFY_EMAIL_DOMAINS.length === 0) {
      issue('HANDOFF_NOTIFY_EMAIL_DOMAINS', 'is required when HANDOFF_NOTIFY_EMAIL=domains');
    }
  });

/** `host=secret` pairs; the secret may itself hold `=`. */
function secretsOf(entries: string[]): Map<string, string> {
  const secrets = new Map<string, string>();
  for (const entry of entries) {
    const at = entry.indexOf('=');
    if (at > 0) secrets.set(entry.slice(0, at).toLowerCase(), entry.slice(at + 1));
  }
  return secrets;
}

export function notifyConfig(e: z.infer<typeof notifyEnvSchema>): NotifyConfig {
  const secrets = secretsOf(e.HANDOFF_NOTIFY_WEBHOOK_SECRETS);
  const lower = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
  const http = lower(e.HANDOFF_NOTIFY_HTTP_HOSTS);
  const priv = lower(e.HANDOFF_NOTIFY_PRIVATE_HOSTS);
  const webhookHosts = new Map<string, WebhookHost>();
  for (const entry of e.HANDOFF_NOTIFY_WEBHOOK_HOSTS) {
    const [host = '', format = 'json'] = entry.toLowerCase().split('=');
    webhookHosts.set(host, {
      format: format as WebhookFormat,
      secret: format === 'json' ? (secrets.get(host) ?? null) : null,
      allowHttp: http.has(host),
      allowPrivate: priv.has(host),
    });
  }
  const smtpUrl = e.HANDOFF_NOTIFY_SMTP_URL;
  return {
    webhookHosts,
    smtp:
      smtpUrl && e.HANDOFF_NOTIFY_SMTP_FROM
        ? {
            url: smtpUrl,
            tls: e.HANDOFF_NOTIFY_SMTP_TLS ?? (smtpUrl.startsWith('smtps:') ? 'implicit' : 'starttls'),
            from: e.HANDOFF_NOTIFY_SMTP_FROM,
          }
        : null,
    email:
      e.HANDOFF_NOTIFY_EMAIL === 'any'
        ? { kind: 'any' }
        : e.HANDOFF_NOTIFY_EMAIL === 'domains'
          ? { kind: 'domains', domains: lower(e.HANDOFF_NOTIFY_EMAIL_DOMAINS) }
          : { kind: 'off' },
    emailsPerHour: e.HANDOFF_NOTIFY_EMAILS_PER_HOUR,
    publicUrl: e.HANDOFF_PUBLIC_URL?.replace(/\/+$/, '') ?? null,
    timeoutMs: e.HANDOFF_NOTIFY_TIMEOUT_MS,
    responseBytes: e.HANDOFF_NOTIFY_RESPONSE_BYTES,
    maxAttempts: e.HANDOFF_NOTIFY_MAX_ATTEMPTS,
    retryBaseMs: e.HANDOFF_NOTIFY_RETRY_BASE_MS,
    leaseMs: e.HANDOFF_NOTIFY_LEASE_MS,
    sweepMs: e.HANDOFF_NOTIFY_SWEEP_MS,
  };
}

/** Whether any destination can be used at all: off means no worker and no extra work anywhere. */
export function notificationsEnabled(config: NotifyConfig): boolean {
  return config.webhookHosts.size > 0 || config.email.kind !== 'off';
}
