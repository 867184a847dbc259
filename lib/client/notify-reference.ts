import { sha256 } from '@noble/hashes/sha2.js';
import { decodeBase64url, encodeBase64url } from '../protocol/base64url';

/**
 * The short reference a notification about this link carries (lib/notify/reference.ts derives the
 * same on the server from the manage verifier): the first 6 base64url characters of
 * SHA-256("handoff notify reference:" + base64url(SHA-256(manage token))).
 */
export function notifyReferenceOf(manageToken: string): string {
  const verifier = encodeBase64url(sha256(decodeBase64url(manageToken)));
  return encodeBase64url(sha256(new TextEncoder().encode(`handoff notify reference:${verifier}`))).slice(0, 6);
}
