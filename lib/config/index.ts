import 'server-only';
import { z } from 'zod';
import {
  LIMITED_ACTIONS,
  RATE_LIMITS,
  formatLimit,
  type Limit,
  type LimitedAction,
  type RateLimitEnvKey,
} from '../policy/rate-limits';
import { MAX_ENVELOPE_CHARS } from '../protocol/v1';
import type { ProxyTrust } from '../ratelimit/client-address';
import {
  logLevelFrom,
  observabilityConfig,
  observabilityEnvSchema,
  type LogLevel,
  type ObservabilityConfig,
} from './observability';
import { notifyConfig, notifyEnvSchema, type NotifyConfig } from './notify';
import { parseAuthConfig, type AuthConfig } from './auth';
import { proxyTrust, trustedProxiesFromEnv } from './proxies';
import { DEFAULT_MAX_IN_FLIGHT } from '../redis/limits';
import { redisEnvSchema, type RedisTarget } from './redis-target';
import { serverEnvSchema, type ServerConfig } from './server';
import { parseBrand, type Brand } from './brand';
import { parsePolicy } from './policy';
import type { InstancePolicy } from '../policy/instance';

export type { HostPort, RedisTarget } from './redis-target';
export type { ServerConfig } from './server';
export type { LogLevel, ObservabilityConfig } from './observability';
export type { Brand } from './brand';
export type { InstancePolicy } from '../policy/instance';
export type { NotifyConfig, WebhookFormat, WebhookHost } from './notify';
export { notificationsEnabled } from './notify';
export type { AuthConfig } from './auth';

/*
 * The only module that reads process.env. Parsed once, typed, and failing
 * fast with one message that lists every bad variable.
 */

/** Largest create body: the largest envelope plus room for the other fields. */
const DEFAULT_MAX_BODY_BYTES = MAX_ENVELOPE_CHARS + 4096;

const intFromEnv = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** `COUNT/SECONDS`, e.g. `60/600`: 60 requests per 10 minutes, refilled continuously. */
const limitFromEnv = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((text, ctx): Limit => {
      const match = /^(\d{1,7})\/(\d{1,7})$/.exec(text.trim());
      const count = Number(match?.[1]);
      const windowSeconds = Number(match?.[2]);
      if (!match || count < 1 || windowSeconds < 1) {
        ctx.addIssue({ code: 'custom', message: 'must be COUNT/SECONDS with both at least 1, e.g. 60/600' });
        return { count: 1, windowSeconds: 1 };
      }
      return { count, windowSeconds };
    });

/** HANDOFF_RATE_CREATE and the others: one variable per rate-limited action (lib/policy/rate-limits.ts). */
const rateLimitsFromEnv = Object.fromEntries(
  LIMITED_ACTIONS.map((action) => [RATE_LIMITS[action].env, limitFromEnv(formatLimit(RATE_LIMITS[action].default))]),
) as Record<RateLimitEnvKey, ReturnType<typeof limitFromEnv>>;

const envSchema = z.object({
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9:._-]{0,64}$/, 'may hold only letters, digits and : . _ - (at most 64)')
    .default('handoff:'),
  HANDOFF_MAX_BODY_BYTES: intFromEnv(1024, 64 * 1024 * 1024).default(DEFAULT_MAX_BODY_BYTES),
  HANDOFF_PASSWORD_ATTEMPTS: intFromEnv(1, 100).default(5),
  HANDOFF_RECEIPT_DAYS: intFromEnv(0, 365).default(30),
  ...rateLimitsFromEnv,
  HANDOFF_TRUSTED_PROXIES: trustedProxiesFromEnv,
  HANDOFF_PROXY_HEADER: z
    .string()
    .default('x-forwarded-for')
    .transform((s) => s.trim().toLowerCase())
    .pipe(z.enum(['x-forwarded-for', 'forwarded'], { error: 'must be X-Forwarded-For or Forwarded' })),
  HANDOFF_MEMORY_MAX_BYTES: intFromEnv(1024 * 1024, 64 * 1024 * 1024 * 1024).default(512 * 1024 * 1024),
  // At most 64 GiB: part indices stay within the API's six digits (docs/protocol.md §Parts).
  HANDOFF_MAX_FILE_BYTES: intFromEnv(1, 2 ** 36).default(25 * 1024 * 1024),
  HANDOFF_UPLOAD_WINDOW_SECONDS: intFromEnv(1, 86400).default(3600),
  HANDOFF_LEASE_SECONDS: intFromEnv(1, 86400).default(600),
  HANDOFF_UPLOAD_MEMORY_RATIO: z.coerce.number().gt(0).max(1).default(0.8),
  HANDOFF_ALLOW_EVICTION: z.enum(['0', '1', '']).optional(),
  HANDOFF_REDIS_CHECK_SECONDS: intFromEnv(1, 3600).default(30),
  HANDOFF_STORE_MAX_IN_FLIGHT: intFromEnv(1, 100_000).default(DEFAULT_MAX_IN_FLIGHT),
  HANDOFF_REDIS_MIN_REPLICAS_ACK: intFromEnv(0, 16).default(0),
  // At most 2 s: a write may wait for two WAITs (lib/redis/replica-ack.ts), well inside a request.
  HANDOFF_REDIS_ACK_TIMEOUT_MS: intFromEnv(10, 2000).default(500),
});

export type Config = {
  store:
    | { kind: 'memory'; maxBytes: number }
    | {
        kind: 'redis';
        target: RedisTarget;
        keyPrefix: string;
        allowEviction: boolean;
        /** How often the eviction policy is checked again while connected. */
        recheckSeconds: number;
        /** Most store calls waiting for Redis at once; beyond it 503 at once. */
        maxInFlight: number;
        /** Replicas that must acknowledge each write (WAIT), and for how long to wait; null: off. */
        replicaAck: { replicas: number; timeoutMs: number } | null;
      };
  files: {
    /** Total plaintext bytes of the files of one secret. */
    maxFileBytes: number;
    /** How long a pending upload waits for its commit. */
    uploadWindowSeconds: number;
    /** How long a reveal's lease on the parts lasts. */
    leaseSeconds: number;
    /** Share of the store's memory beyond which file uploads are refused (text secrets still work). */
    uploadMemoryRatio: number;
  };
  maxBodyBytes: number;
  passwordAttempts: number;
  /** How long a receipt outlives its secret's expiry. */
  receiptTtlSeconds: number;
  /** Per client address (IPv6 per /64). */
  rateLimits: Record<LimitedAction, Limit>;
  /** Reverse proxies in front whose header (X-Forwarded-For or Forwarded) is trusted. */
  trustedProxies: ProxyTrust;
  /** Where server.mjs listens, and how it receives request bodies. */
  server: ServerConfig;
  /** Metrics listener, log level, audit trail (lib/config/observability.ts). */
  observability: ObservabilityConfig;
  /** What senders may choose on this instance (lib/config/policy.ts). */
  policy: InstancePolicy;
  /** The company's name on it (lib/config/brand.ts); the logo's bytes are served at /brand/logo. */
  brand: Brand;
  logoBytes: Uint8Array | null;
  /** Sender notifications (lib/config/notify.ts). */
  notify: NotifyConfig;
  /** Who may create: anyone, the user an identity proxy names, or a user signed in with OIDC (lib/config/auth.ts). */
  auth: AuthConfig;
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
  const redis = redisEnvSchema.safeParse(env);
  const server = serverEnvSchema.safeParse(env);
  const observability = observabilityEnvSchema.safeParse(env);
  const notify = notifyEnvSchema.safeParse(env);
  const auth = parseAuthConfig(env);
  const issues = [
    ...(notify.error?.issues ?? []),
    ...(parsed.error?.issues ?? []),
    ...(redis.error?.issues ?? []),
    ...(server.error?.issues ?? []),
    ...(observability.error?.issues ?? []),
  ];

  if (parsed.data?.HANDOFF_REDIS_MIN_REPLICAS_ACK && redis.data?.mode === 'cluster') {
    issues.push({
      code: 'custom',
      path: ['HANDOFF_REDIS_MIN_REPLICAS_ACK'],
      message: 'is not supported on Redis Cluster yet (WAIT must reach the node that ran each script)',
      input: undefined,
    });
  }
  const policy = parsePolicy(env, parsed.data?.HANDOFF_MAX_FILE_BYTES ?? 1);
  const brand = parseBrand(env);
  const problems = [
    ...issues.map((i) => `${i.path.join('.')}: ${i.message}`),
    ...policy.problems,
    ...brand.problems,
    ...auth.issues,
  ];
  if (
    !parsed.success ||
    !redis.success ||
    !server.success ||
    !observability.success ||
    !notify.success ||
    problems.length > 0
  ) {
    throw new ConfigError(problems);
  }
  const e = parsed.data;
  return {
    store: redis.data
      ? {
          kind: 'redis',
          target: redis.data,
          keyPrefix: e.REDIS_KEY_PREFIX,
          allowEviction: e.HANDOFF_ALLOW_EVICTION === '1',
          recheckSeconds: e.HANDOFF_REDIS_CHECK_SECONDS,
          maxInFlight: e.HANDOFF_STORE_MAX_IN_FLIGHT,
          replicaAck:
            e.HANDOFF_REDIS_MIN_REPLICAS_ACK > 0
              ? { replicas: e.HANDOFF_REDIS_MIN_REPLICAS_ACK, timeoutMs: e.HANDOFF_REDIS_ACK_TIMEOUT_MS }
              : null,
        }
      : { kind: 'memory', maxBytes: e.HANDOFF_MEMORY_MAX_BYTES },
    files: {
      maxFileBytes: e.HANDOFF_MAX_FILE_BYTES,
      uploadWindowSeconds: e.HANDOFF_UPLOAD_WINDOW_SECONDS,
      leaseSeconds: e.HANDOFF_LEASE_SECONDS,
      uploadMemoryRatio: e.HANDOFF_UPLOAD_MEMORY_RATIO,
    },
    maxBodyBytes: e.HANDOFF_MAX_BODY_BYTES,
    passwordAttempts: e.HANDOFF_PASSWORD_ATTEMPTS,
    receiptTtlSeconds: e.HANDOFF_RECEIPT_DAYS * 86400,
    rateLimits: Object.fromEntries(
      LIMITED_ACTIONS.map((action): [LimitedAction, Limit] => [action, e[RATE_LIMITS[action].env]]),
    ) as Record<LimitedAction, Limit>,
    trustedProxies: proxyTrust(e.HANDOFF_TRUSTED_PROXIES, e.HANDOFF_PROXY_HEADER),
    server: server.data,
    observability: observabilityConfig(observability.data),
    policy: policy.policy,
    brand: brand.brand,
    logoBytes: brand.logoBytes,
    notify: notifyConfig(notify.data),
    auth: auth.config,
  };
}

let cached: Config | undefined;

/** The log level (HANDOFF_LOG_LEVEL), readable even when the rest of the configuration is invalid. */
export function getLogLevel(): LogLevel {
  return logLevelFrom(process.env);
}

/** The process's configuration, parsed on first use. */
export function getConfig(): Config {
  cached ??= parseConfig(process.env);
  return cached;
}
