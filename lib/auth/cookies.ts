import 'server-only';

/*
 * The two cookies of built-in sign-in. Both HttpOnly and SameSite=Lax (the
 * provider's redirect back is a top-level GET, which Lax lets through; a
 * cross-site POST carries them in no browser that honours Lax, and the Origin
 * check refuses it in any case: lib/auth/identity.ts), Secure when the public
 * URL is https.
 *
 *   handoff_session  the sealed session id, Path=/, for the session's lifetime
 *   handoff_login    the sealed PKCE verifier, state and nonce of one login, Path=/api/auth, 10 minutes
 */

export const SESSION_COOKIE = 'handoff_session';
export const LOGIN_COOKIE = 'handoff_login';
export const LOGIN_SECONDS = 600;

/** The value of cookie `name` in a Cookie header, or null. */
export function readCookie(header: string | null, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at !== -1 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return null;
}

/** A Set-Cookie value; `maxAgeSeconds` 0 deletes the cookie. */
export function cookie(
  name: string,
  value: string,
  options: { path: string; maxAgeSeconds: number; secure: boolean },
): string {
  const parts = [
    `${name}=${value}`,
    `Path=${options.path}`,
    `Max-Age=${options.maxAgeSeconds}`,
    'HttpOnly',
    'SameSite=Lax',
  ];
  if (options.secure) parts.push('Secure');
  return parts.join('; ');
}
