import type { ApiDeps } from '@/lib/api/secrets';
import { OPEN_POLICY, type InstancePolicy } from '@/lib/policy/instance';
import { MemoryRateLimiter, type Limit, type LimitedAction } from '@/lib/ratelimit';
import { MemoryStore } from '@/lib/store/memory';
import { everyAction } from './limits';

/**
 * What the framework-independent handlers need, on the embedded store and
 * with limits high enough never to interfere: for tests that drive the
 * handlers directly. Close `store` and `limiter` after the tests.
 */
export function handlerDeps(
  overrides: {
    maxBodyBytes?: number;
    maxFileBytes?: number;
    limits?: Partial<Record<LimitedAction, Limit>>;
    policy?: InstancePolicy;
  } = {},
): ApiDeps & { store: MemoryStore; limiter: MemoryRateLimiter } {
  const store = new MemoryStore({ maxBytes: 256 * 1024 * 1024 });
  const unlimited = { count: 1_000_000_000, windowSeconds: 1 };
  const limiter = new MemoryRateLimiter(everyAction(unlimited, overrides.limits));
  return {
    store,
    limiter,
    config: {
      maxBodyBytes: overrides.maxBodyBytes ?? 4096,
      passwordAttempts: 5,
      receiptTtlSeconds: 60,
      trustedProxies: { kind: 'none' },
      files: {
        maxFileBytes: overrides.maxFileBytes ?? 25 * 1024 * 1024,
        uploadWindowSeconds: 3600,
        leaseSeconds: 600,
        uploadMemoryRatio: 0.8,
      },
      policy: overrides.policy ?? OPEN_POLICY,
    },
  };
}
