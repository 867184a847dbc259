import 'server-only';
import { createHash } from 'node:crypto';

/**
 * The short reference a notification carries (issue 22): a few characters the
 * sender can match in My links, derived from the manage verifier, so it is
 * neither the link id nor anything that opens or manages the secret. Same
 * derivation as the browser's (lib/client/notify-reference.ts): the first 6
 * base64url characters of SHA-256("handoff notify reference:" + verifier).
 */
export function notifyReference(manageVerifier: string): string {
  return createHash('sha256').update(`handoff notify reference:${manageVerifier}`).digest('base64url').slice(0, 6);
}
