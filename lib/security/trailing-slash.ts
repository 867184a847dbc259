import { API_CSP, COMMON_HEADERS, NO_STORE } from './headers';

/*
 * Next's own trailing-slash redirect (`/s/` → `/s`) answers before proxy.ts
 * runs, so it carried none of the security headers (security review F-14).
 * next.config.ts turns it off (`skipTrailingSlashRedirect`) and proxy.ts
 * answers these paths with this redirect instead.
 */

/**
 * Where a path with trailing slashes goes: the same path without them, the
 * query kept. Leading slashes and backslashes (and the tabs and newlines URL
 * parsers drop) collapse to one slash, so the
 * target is always a path on this origin (`//evil.example/` → `/evil.example`),
 * never a scheme-relative URL. Null when there is nothing to redirect.
 * @example trailingSlashTarget('/s/', '?a=1') // '/s?a=1'
 */
export function trailingSlashTarget(pathname: string, search: string): string | null {
  if (pathname === '/' || !pathname.endsWith('/')) return null;
  return `/${pathname.replace(/^[/\\\t\n\r]+/, '').replace(/\/+$/, '')}${search}`;
}

/** The headers of that redirect: the common ones, never stored, and a CSP that allows nothing (it has no body). */
export function trailingSlashHeaders(target: string): Record<string, string> {
  return { ...COMMON_HEADERS, 'Cache-Control': NO_STORE, 'Content-Security-Policy': API_CSP, Location: target };
}
