import 'server-only';
import { z } from 'zod';
import { MAX_ENVELOPE_CHARS } from '../protocol/wire';

/*
 * The only module that reads process.env. Parsed once, typed, and failing
 * fast with one message that lists every bad variable.
 */

/** Largest create body: the largest envelope plus room for the other fields. */
const DEFAULT_MAX_BODY_BYTES = MAX_ENVELOPE_CHARS + 4096;

const intFromEnv = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const envSchema = z.object({
  REDIS_URL: z
    .url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9:._-]{0,64}$/, 'may hold only letters, digits and : . _ - (at most 64)')
    .default('handoff:'),
  HANDOFF_MAX_BODY_BYTES: intFromEnv(1024, 64 * 1024 * 1024).default(DEFAULT_MAX_BODY_BYTES),
  HANDOFF_PASSWORD_ATTEMPTS: intFromEnv(1, 100).default(5),
  HANDOFF_RECEIPT_DAYS: intFromEnv(0, 365).default(30),
  HANDOFF_MEMORY_MAX_BYTES: intFromEnv(1024 * 1024, 64 * 1024 * 1024 * 1024).default(256 * 1024 * 1024),
});

export type Config = {
  store: { kind: 'memory'; maxBytes: number } | { kind: 'redis'; url: string; keyPrefix: string };
  maxBodyBytes: number;
  passwordAttempts: number;
  /** How long a receipt outlives its secret's expiry. */
  receiptTtlSeconds: number;
};

/** Thrown when the environment is invalid; its message lists every problem. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`config: invalid environment:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Parses configuration from an environment.
 * @throws ConfigError listing every invalid variable
 */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  return {
    store: e.REDIS_URL
      ? { kind: 'redis', url: e.REDIS_URL, keyPrefix: e.REDIS_KEY_PREFIX }
      : { kind: 'memory', maxBytes: e.HANDOFF_MEMORY_MAX_BYTES },
    maxBodyBytes: e.HANDOFF_MAX_BODY_BYTES,
    passwordAttempts: e.HANDOFF_PASSWORD_ATTEMPTS,
    receiptTtlSeconds: e.HANDOFF_RECEIPT_DAYS * 86400,
  };
}

let cached: Config | undefined;

/** The process's configuration, parsed on first use. */
export function getConfig(): Config {
  cached ??= parseConfig(process.env);
  return cached;
}
