import 'server-only';
import type { RedisConnection } from '../redis/connection';

/*
 * Redis must not evict keys: an evicted secret or receipt is lost silently.
 * The policy is checked at start (an unsafe one stops the process), then on
 * every reconnect, before the new connection serves a command (a Redis
 * restarted with another policy, a Sentinel failover to a differently
 * configured node), and periodically (a `CONFIG SET` on a running Redis).
 * While it is unsafe every store call answers 503 store_unavailable and
 * /api/health and /api/ready answer 503; once it is safe again, both recover.
 */

/** Thrown at startup when Redis could evict secrets. */
export class UnsafeDeploymentError extends Error {
  override name = 'UnsafeDeploymentError';
}

export type EvictionGuardOptions = {
  /** HANDOFF_ALLOW_EVICTION=1: an evicting policy only warns. */
  allowEviction: boolean;
  /** How often a running connection checks the policy again (HANDOFF_REDIS_CHECK_SECONDS). */
  recheckMs: number;
};

/** The refusal for evicting policies, or null when every master is `noeviction`. */
function unsafePolicyMessage(policies: string[]): string | null {
  const unsafe = policies.filter((p) => p !== 'noeviction');
  if (unsafe.length === 0) return null;
  return (
    `store: Redis maxmemory-policy is ${unsafe.join(', ')}; it must be noeviction, or Redis may ` +
    'silently drop secrets (and receipts) when memory runs out. Set `maxmemory-policy noeviction`, or ' +
    'HANDOFF_ALLOW_EVICTION=1 to run anyway.'
  );
}

/**
 * Checks the policy once now and keeps checking it (see the module comment).
 * @returns a warning to log at start, or null
 * @throws UnsafeDeploymentError when Redis answers now with an evicting policy
 */
export async function guardEviction(
  connection: RedisConnection,
  options: EvictionGuardOptions,
): Promise<string | null> {
  const recheck = async () => {
    let message: string | null;
    try {
      message = unsafePolicyMessage(await connection.evictionPolicies());
    } catch {
      return; // Unreachable: health already fails; checked again on reconnect.
    }
    if (message && !options.allowEviction) connection.block(message);
    else connection.unblock();
  };
  let policies: string[] | null = null;
  try {
    policies = await connection.evictionPolicies();
  } catch {
    // Checked on connect, before any command is sent on the connection.
  }
  connection.watch(recheck, options.recheckMs);
  if (!policies) return 'store: Redis is not reachable yet; its eviction policy will be checked when it is';
  const message = unsafePolicyMessage(policies);
  if (!message) return null;
  if (options.allowEviction) return `${message} Running anyway: HANDOFF_ALLOW_EVICTION=1.`;
  throw new UnsafeDeploymentError(message);
}
