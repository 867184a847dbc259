import 'server-only';
import { logger } from './logger';
import { UNMATCHED_ROUTE, methodLabel, recordRequest } from './metrics';

/*
 * One call per answered API request, from each host (the node:http adapter
 * and the Next catch-all): counts it and, at debug level, writes its access
 * line. The line names the routing table's template (`/api/secrets/{id}`),
 * never the URL, and carries no header, query or body.
 *
 * Access lines are at debug, not info: one line per request costs about as
 * much as a cheap handler (docs/performance.md §Observability), and the
 * request counts and latencies are in the metrics anyway.
 */

let sequence = 0;
// A per-process prefix makes request ids unique across restarts and instances without a random draw per request.
const PREFIX = `${process.pid.toString(36)}${Date.now().toString(36)}`;

/**
 * Records one answered request.
 * @param route - the matched row's template, or undefined when no row matched
 * @param startedAt - performance.now() when the request arrived
 */
export function observeReply(route: string | undefined, method: string, status: number, startedAt: number): void {
  const ms = performance.now() - startedAt;
  const template = route ?? UNMATCHED_ROUTE;
  recordRequest(template, method, status, ms / 1000);
  const log = logger();
  if (!log.isLevelEnabled('debug')) return;
  sequence = (sequence + 1) % Number.MAX_SAFE_INTEGER;
  log.debug(
    {
      req: `${PREFIX}-${sequence.toString(36)}`,
      route: template,
      method: methodLabel(method),
      status,
      ms: Math.round(ms * 100) / 100,
    },
    'api: request',
  );
}
