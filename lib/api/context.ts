import 'server-only';
import { getConfig } from '../config';
import { createBackend } from '../store';
import type { ApiDeps } from './secrets';

// Next bundles instrumentation and each route separately, each with its own copy of this
// module: keep the one instance per process on globalThis so they share one store connection.
const SLOT = Symbol.for('handoff.apiDeps');
type Slot = { [SLOT]?: ApiDeps };

/** The process-wide handler dependencies, built on first use from the configuration. */
export function apiDeps(): ApiDeps {
  const slot = globalThis as Slot;
  const existing = slot[SLOT];
  if (existing) return existing;
  const config = getConfig();
  const { store, limiter } = createBackend(config);
  if (config.store.kind === 'memory') {
    console.warn(
      'store: using the embedded in-memory store; secrets will not survive a restart and ' +
        'cannot be shared by several instances. Set REDIS_URL to use Redis.',
    );
  } else {
    console.info('store: using Redis');
  }
  const deps: ApiDeps = { store, limiter, config };
  slot[SLOT] = deps;
  return deps;
}
