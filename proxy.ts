import { NextResponse, type NextRequest } from 'next/server';
import { createNonce, pageCsp, responseHeaders, routeKind } from '@/lib/security/headers';
import { trailingSlashHeaders, trailingSlashTarget } from '@/lib/security/trailing-slash';

/*
 * Runs before every request Next handles (no matcher: pages, static files and,
 * under `next dev`, the API's catch-all route; under `npm start` the lean
 * adapter in server.mjs answers /api itself) and only sets headers, and drops
 * a client-sent x-handoff-peer in development. A page gets a fresh nonce in its CSP, both on the
 * response and on the request, where Next's renderer reads it and puts it on
 * its own scripts. Header values live in lib/security/headers.ts.
 */

// Set by `next` itself (a build-time constant), not operator configuration.
const development = process.env.NODE_ENV === 'development';

function isHttps(request: NextRequest): boolean {
  const forwarded = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim();
  return request.nextUrl.protocol === 'https:' || forwarded === 'https';
}

// The client-address header (PEER_HEADER in lib/ratelimit). In production server.mjs sets it
// from the socket on every request; under `next dev` only a client can have sent it.
const PEER_HEADER = 'x-handoff-peer';

export function proxy(request: NextRequest): NextResponse {
  const target = trailingSlashTarget(request.nextUrl.pathname, request.nextUrl.search);
  if (target !== null) {
    // Next wants an absolute Location here, and makes it relative again (same host) before sending.
    const location = new URL(target, request.nextUrl.origin).toString();
    return new NextResponse(null, { status: 308, headers: trailingSlashHeaders(location) });
  }
  const kind = routeKind(request.nextUrl.pathname);
  const headers = responseHeaders(kind);
  const spoofedPeer = development && request.headers.has(PEER_HEADER);
  let response: NextResponse;
  if (kind === 'page' || spoofedPeer) {
    const forwarded = new Headers(request.headers);
    if (spoofedPeer) forwarded.delete(PEER_HEADER);
    if (kind === 'page') {
      const csp = pageCsp({ nonce: createNonce(), development, https: isHttps(request) });
      forwarded.set('Content-Security-Policy', csp);
      headers['Content-Security-Policy'] = csp;
    }
    response = NextResponse.next({ request: { headers: forwarded } });
  } else {
    response = NextResponse.next();
  }
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}
