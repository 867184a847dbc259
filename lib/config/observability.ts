import 'server-only';
import { isIP } from 'node:net';
import { z } from 'zod';

/*
 * Operator-facing observability settings (docs/deploy.md §Observability):
 * the metrics listener, the log level and the audit trail. Every one is off
 * or quiet by default: no metrics listener, no access lines, no audit.
 */

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const DEFAULT_LOG_LEVEL: LogLevel = 'info';

export type ObservabilityConfig = {
  /** The metrics listener; null (the default) serves no metrics at all. */
  metrics: { port: number; host: string; token: string | null } | null;
  logLevel: LogLevel;
  /** Where audit lines go; null (the default) writes none. */
  audit: { sink: 'stdout' } | { sink: 'file'; path: string } | null;
  /** The key of the audit reference (hex); null: a random key per process. */
  auditKey: Buffer | null;
};

const hostname = z
  .string()
  .refine((h) => isIP(h) !== 0 || /^[A-Za-z0-9.-]{1,253}$/.test(h), 'must be an IP address or a host name');

export const observabilityEnvSchema = z
  .object({
    HANDOFF_METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
    HANDOFF_METRICS_HOST: hostname.default('127.0.0.1'),
    HANDOFF_METRICS_TOKEN: z
      .string()
      .regex(/^[\x21-\x7e]{16,256}$/, 'must be 16 to 256 printable characters without spaces')
      .optional(),
    HANDOFF_LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
    HANDOFF_AUDIT: z.enum(['', 'off', 'stdout', 'file'], { error: 'must be stdout, file or off' }).default(''),
    HANDOFF_AUDIT_FILE: z.string().min(1).optional(),
    HANDOFF_AUDIT_KEY: z
      .string()
      .regex(/^(?:[0-9a-fA-F]{2}){32,64}$/, 'must be 32 to 64 bytes in hex (e.g. `openssl rand -hex 32`)')
      .optional(),
  })
  .superRefine((e, ctx) => {
    if (e.HANDOFF_AUDIT === 'file' && !e.HANDOFF_AUDIT_FILE) {
      ctx.addIssue({ code: 'custom', path: ['HANDOFF_AUDIT_FILE'], message: 'is required when HANDOFF_AUDIT=file' });
    }
    if (e.HANDOFF_METRICS_TOKEN && e.HANDOFF_METRICS_PORT === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['HANDOFF_METRICS_TOKEN'],
        message: 'has no effect without HANDOFF_METRICS_PORT (metrics are only served on their own port)',
      });
    }
  });

export function observabilityConfig(e: z.infer<typeof observabilityEnvSchema>): ObservabilityConfig {
  return {
    metrics:
      e.HANDOFF_METRICS_PORT === undefined
        ? null
        : { port: e.HANDOFF_METRICS_PORT, host: e.HANDOFF_METRICS_HOST, token: e.HANDOFF_METRICS_TOKEN ?? null },
    logLevel: e.HANDOFF_LOG_LEVEL,
    audit:
      e.HANDOFF_AUDIT === 'stdout'
        ? { sink: 'stdout' }
        : e.HANDOFF_AUDIT === 'file'
          ? { sink: 'file', path: e.HANDOFF_AUDIT_FILE! }
          : null,
    auditKey: e.HANDOFF_AUDIT_KEY ? Buffer.from(e.HANDOFF_AUDIT_KEY, 'hex') : null,
  };
}

/**
 * The log level alone, for the logger, which must work before (and when)
 * the whole configuration fails to parse: an invalid value falls back to
 * info here, and parseConfig reports it with every other problem.
 */
export function logLevelFrom(env: Record<string, string | undefined>): LogLevel {
  const level = env.HANDOFF_LOG_LEVEL;
  return (LOG_LEVELS as readonly string[]).includes(level ?? '') ? (level as LogLevel) : DEFAULT_LOG_LEVEL;
}
