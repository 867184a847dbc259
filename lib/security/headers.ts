import 'server-only';
import { PAGE_BOOTSTRAP_HASH } from './bootstrap';

/*
 * Every security header the app sends, in one place. proxy.ts applies them
 * to whatever Next answers (pages, static assets, API routes); the lean API
 * adapter (lib/api/node-adapter.ts) applies the API set to what it answers.
 * lib/api/http.ts sets API_CSP and NO_STORE on each API response itself,
 * imported from here (tests/integration/headers.test.ts checks every route).
 */

/** Which set of headers a path gets. */
export type RouteKind = 'page' | 'api' | 'static' | 'brand';

/**
 * Powerful features are denied to every origin, the page included; only
 * clipboard-write stays with the page itself, for the copy buttons. Only
 * features Chromium recognises are listed (it warns about any other, e.g.
 * `bluetooth`), so tests/e2e/csp.spec.ts can fail on any such warning.
 */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'browsing-topics=()',
  'camera=()',
  'clipboard-read=()',
  'clipboard-write=(self)',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'hid=()',
  'interest-cohort=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'publickey-credentials-get=()',
  'serial=()',
  'usb=()',
].join(', ');

/** Headers on every response: pages, static assets and API alike. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  // Two years. Browsers ignore it over plain http and on IP addresses, so local use is unaffected.
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  // A page URL holds the key in its fragment; no referrer at all is sent anywhere.
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': PERMISSIONS_POLICY,
  'X-Robots-Tag': 'noindex, nofollow',
};

/** The API answers JSON that must never render as a document. Equal to lib/api/http.ts. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * The brand logo (/brand/logo), opened directly, is a document that may not do anything: an SVG
 * cannot run script or load anything on the origin that holds the keys (lib/brand/logo.ts).
 */
export const BRAND_CSP = "default-src 'none'; sandbox";

/** Pages and API responses are never stored by any cache; hashed static assets keep Next's immutable caching. */
export const NO_STORE = 'no-store';

/** Bytes of randomness in a page nonce (CSP asks for at least 128 bits). */
const NONCE_BYTES = 18;

/** A fresh nonce for one page response: 18 random bytes, base64 (24 characters, no padding). */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
  return btoa(String.fromCharCode(...bytes));
}

export type PageCspOptions = {
  nonce: string;
  /** `next dev` only: React needs eval for its debugging aids, and its overlay uses DOM sinks. */
  development: boolean;
  /** The request reached us over https (directly or per X-Forwarded-Proto). */
  https: boolean;
};

/**
 * The Content-Security-Policy of an HTML page.
 *
 * Scripts run only with this response's nonce (Next puts it on its own
 * scripts) or as the page bootstrap (by hash); 'strict-dynamic' lets those
 * load the app's chunks, and Trusted Types guard the DOM sinks. Styles come
 * from our own stylesheets or carry the nonce; no inline style attribute is
 * allowed at all (the app's own 404 page replaced Next's, which needed some). `next dev` needs eval and
 * un-nonced inline styles, and its overlay writes to DOM sinks: development
 * gets those, production never does.
 */
export function pageCsp({ nonce, development, https }: PageCspOptions): string {
  const scripts = `script-src 'nonce-${nonce}' ${PAGE_BOOTSTRAP_HASH} 'strict-dynamic'`;
  const directives = development
    ? [`${scripts} 'unsafe-eval'`, "style-src 'self' 'unsafe-inline'"]
    : [
        scripts,
        // style-src is the fallback for browsers without the -elem/-attr split.
        `style-src 'self' 'nonce-${nonce}'`,
        `style-src-elem 'self' 'nonce-${nonce}'`,
        "style-src-attr 'none'",
      ];
  directives.unshift("default-src 'self'");
  directives.push(
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'none'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    // No form here ever submits natively: a native submit would put the secret in a request.
    "form-action 'none'",
    "frame-ancestors 'none'",
  );
  if (!development) directives.push("require-trusted-types-for 'script'", 'trusted-types default');
  // Only over https: on plain http (local use, tests on 127.0.0.1) it would break every subresource.
  if (https) directives.push('upgrade-insecure-requests');
  return directives.join('; ');
}

/** Which headers a path gets: the API and Next's hashed build output differ from pages. */
export function routeKind(pathname: string): RouteKind {
  if (pathname === '/api' || pathname.startsWith('/api/')) return 'api';
  if (pathname.startsWith('/_next/static/')) return 'static';
  if (pathname === '/brand' || pathname.startsWith('/brand/')) return 'brand';
  return 'page';
}

/** The response headers of a route kind; pages also need their CSP (pageCsp). */
export function responseHeaders(kind: RouteKind): Record<string, string> {
  switch (kind) {
    case 'api':
      return { ...COMMON_HEADERS, 'Cache-Control': NO_STORE, 'Content-Security-Policy': API_CSP };
    case 'static':
      return { ...COMMON_HEADERS };
    case 'brand':
      return { ...COMMON_HEADERS, 'Cache-Control': 'public, max-age=300', 'Content-Security-Policy': BRAND_CSP };
    case 'page':
      return { ...COMMON_HEADERS, 'Cache-Control': NO_STORE };
  }
}
