import { NextResponse, type NextRequest } from 'next/server';
import { createNonce, pageCsp, responseHeaders, routeKind } from '@/lib/security/headers';
import { trailingSlashHeaders, trailingSlashTarget } from '@/lib/security/trailing-slash';

/*
 * Runs before every request Next handles (no matcher: pages, static files and
 * any /api request that the lean adapter in server.mjs passes on) and only
 * sets headers. A page gets a fresh nonce in its CSP, both on the
 * response and on the request, where Next's renderer reads it and puts it on
 * its own scripts. Header values live in lib/security/headers.ts.
 */

// Set by `next` itself (a build-time constant), not operator configuration.
const development = process.env.NODE_ENV === 'development';

function isHttps(request: NextRequest): boolean {
  const forwarded = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim();
  return request.nextUrl.protocol === 'https:' || forwarded === 'https';
}

export function proxy(request: NextRequest): NextResponse {
  const target = trailingSlashTarget(request.nextUrl.pathname, request.nextUrl.search);
  if (target !== null) {
    // Next wants an absolute Location here, and makes it relative again (same host) before sending.
    const location = new URL(target, request.nextUrl.origin).toString();
    return new NextResponse(null, { status: 308, headers: trailingSlashHeaders(location) });
  }
  const kind = routeKind(request.nextUrl.pathname);
  const headers = responseHeaders(kind);
  let response: NextResponse;
  if (kind === 'page') {
    const csp = pageCsp({ nonce: createNonce(), development, https: isHttps(request) });
    const forwarded = new Headers(request.headers);
    forwarded.set('Content-Security-Policy', csp);
    response = NextResponse.next({ request: { headers: forwarded } });
    headers['Content-Security-Policy'] = csp;
  } else {
    response = NextResponse.next();
  }
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}
