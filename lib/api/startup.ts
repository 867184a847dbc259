import 'server-only';
import { logger } from '../observability/logger';
import { verifyDeployment } from './context';

// server.mjs sets this before Next starts: the one supported production host.
const HOST = Symbol.for('handoff.host');

export const UNSUPPORTED_HOST_MESSAGE =
  'handoff: refusing to start: in production run `npm start` (node server.mjs), not `next start`. ' +
  'Only server.mjs takes client addresses from the socket, which rate limits need (docs/deploy.md).';

/**
 * Stops a production build that was not started by server.mjs (e.g. `next
 * start`): without it the API has no trustworthy client address, so every
 * rate limit would count all clients as one. `next dev` is allowed.
 */
export function refuseUnsupportedHost(): void {
  // Set by `next` itself (a build-time constant), not operator configuration.
  if (process.env.NODE_ENV !== 'production') return;
  if ((globalThis as { [HOST]?: unknown })[HOST] === 'server.mjs') return;
  logger().fatal(UNSUPPORTED_HOST_MESSAGE);
  process.exit(1);
}

/**
 * Refuses an unsupported host, then parses the configuration, opens the store
 * and checks the deployment at start, so a bad environment or an unsafe Redis
 * stops the process with one readable message instead of failing requests later.
 */
export async function startup(): Promise<void> {
  refuseUnsupportedHost();
  try {
    const warning = await verifyDeployment();
    if (warning) logger().warn(warning);
  } catch (error) {
    logger().fatal(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
