import 'server-only';
import { getConfig, notificationsEnabled } from '../config';
import { subscribeToEvents } from '../observability/events';
import { logger } from '../observability/logger';
import { recordNotification, setNotificationQueueDepth, setStoreMemorySampler } from '../observability/metrics';
import { Notifier } from '../notify/worker';
import { countRefusals } from '../observability/rate-limits';
import { createBackend, type Backend } from '../store';
import type { ApiDeps } from './secrets';

// Next bundles instrumentation and each route separately, each with its own copy of this
// module: keep the one backend per process on globalThis so they share one store connection.
const SLOT = Symbol.for('handoff.apiDeps');
type Slot = { [SLOT]?: ApiDeps & { verify: Backend['verify'] } };

function backend(): ApiDeps & { verify: Backend['verify'] } {
  const slot = globalThis as Slot;
  const existing = slot[SLOT];
  if (existing) return existing;
  const config = getConfig();
  const { store, limiter, verify, memory, accounts } = createBackend(config);
  setStoreMemorySampler(memory);
  if (config.store.kind === 'memory') {
    logger().warn(
      'store: using the embedded in-memory store; secrets will not survive a restart and ' +
        'cannot be shared by several instances. Set REDIS_URL to use Redis.',
    );
  } else {
    logger().info(`store: using Redis (${config.store.target.mode})`);
  }
  if (config.auth.mode !== 'none' && config.store.kind === 'memory') {
    logger().warn(
      'auth: sign-in sessions and personal API tokens are kept in memory: a restart signs everyone out ' +
        'and revokes every token. Set REDIS_URL to keep them.',
    );
  }
  const auth = config.auth.mode === 'none' ? undefined : { config: config.auth, accounts };
  const created = { store, limiter: countRefusals(limiter), config, verify, auth };
  slot[SLOT] = created;
  if (notificationsEnabled(config.notify)) startNotifier(created.store, config.notify);
  return created;
}

/**
 * The delivery worker of this process (lib/notify/worker.ts), subscribed to events. Not started
 * with notifications off: then nothing at all runs for them, on the request path or beside it.
 */
function startNotifier(store: ApiDeps['store'], config: NonNullable<ApiDeps['config']['notify']>): void {
  const notifier = new Notifier({
    store,
    config,
    log: logger(),
    record: recordNotification,
    setQueueDepth: setNotificationQueueDepth,
  });
  subscribeToEvents(notifier.onEvent);
  notifier.start();
  logger().info('notify: delivery worker started');
}

/** The process-wide handler dependencies, built on first use from the configuration. */
export function apiDeps(): ApiDeps {
  return backend();
}

/**
 * Checks the deployment at startup (e.g. the Redis eviction policy).
 * @returns a warning to log, or null
 * @throws UnsafeDeploymentError with a message saying what to change
 */
export function verifyDeployment(): Promise<string | null> {
  return backend().verify();
}
