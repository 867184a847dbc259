import 'server-only';
import { createHash, randomBytes } from 'node:crypto';

/*
 * Personal API tokens: `hnd_pat_` then 32 random bytes in base64url. The
 * server keeps only the SHA-256 of the whole text (a 256-bit random value
 * needs no slow hash), shows the token once, and reads one only on the
 * create routes and the token routes (lib/api/router.ts). Anywhere else an
 * Authorization header keeps its meaning (link proof, manage token, lease
 * token), where a personal token is simply a wrong proof.
 */

export const TOKEN_PREFIX = 'hnd_pat_';
const TOKEN_TEXT = /^hnd_pat_[A-Za-z0-9_-]{43}$/;

/** The stored form of a token: lower-case hex SHA-256 of its text. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A fresh token, its hash and its public id (what the settings page lists and revokes by). */
export function newToken(): { token: string; hash: string; id: string } {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { token, hash: hashToken(token), id: randomBytes(9).toString('base64url') };
}

/** The personal token an `Authorization: Bearer` header carries, or null. */
export function bearerToken(authorization: string | null): string | null {
  const match = /^Bearer (\S+)$/.exec(authorization ?? '');
  return match && TOKEN_TEXT.test(match[1]!) ? match[1]! : null;
}
