import 'server-only';
import { PEER_HEADER } from '../ratelimit';
import { apiDeps } from './context';
import type { ApiRequest } from './fast-path';
import { toResponse } from './http';
import { observeReply } from '../observability/access';
import { findRoute, routeApi } from './router';

/*
 * The API under `next dev`: the one catch-all Next route
 * (app/api/[[...path]]/route.ts) turns each Web Request into an ApiRequest
 * and answers from the same routing table as the node:http adapter that
 * `npm start` uses (lib/api/router.ts). Production refuses to run without
 * server.mjs (instrumentation.ts), so this path serves development.
 */

/**
 * The client address the rate limiter sees here: one address for every
 * client. A route handler cannot see the socket, and every header (the
 * `x-handoff-peer` that server.mjs sets from the socket, X-Forwarded-For) is
 * the client's own choice on this path, so none of them may pick the bucket:
 * all clients of `next dev` share one.
 */
export const SHARED_PEER = '0.0.0.0';

/** The request headers the handlers may read here; the peer is SHARED_PEER, whatever was sent. */
// Never the identity proxy's header: without the socket, no request here can prove it came from the proxy.
const FORWARDED_HEADERS: ReadonlySet<string> = new Set([
  'content-type',
  'content-length',
  'authorization',
  'cookie',
  'origin',
]);

/** The handlers' view of a Web Request: its method, body and forwarded headers. */
export function webApiRequest(request: Request): ApiRequest {
  return {
    method: request.method,
    body: request.body,
    search: new URL(request.url).search,
    headers: {
      get(name: string): string | null {
        const key = name.toLowerCase();
        if (key === PEER_HEADER) return SHARED_PEER;
        return FORWARDED_HEADERS.has(key) ? request.headers.get(key) : null;
      },
    },
  };
}

/** Answers a Web Request for a path under /api: every method of the catch-all route. */
export async function answerWebRequest(request: Request): Promise<Response> {
  const startedAt = performance.now();
  const { pathname } = new URL(request.url);
  const found = findRoute(pathname);
  const reply = await routeApi(webApiRequest(request), pathname, apiDeps(), found);
  observeReply(found?.template, request.method, reply.status, startedAt);
  return toResponse(reply);
}
