import { randomBytes } from '@noble/hashes/utils.js';
import { decodeBase64url, encodeBase64url } from '../protocol/base64url';
import { ID_CHARS, KEY_BYTES, KEY_CHARS } from './constants';
import { verifierOf } from './derive';

/*
 * Manage links (frozen, docs/protocol.md §Manage link):
 *
 *   <origin>/m#<id: 22 base64url chars><M: 43 base64url chars>
 *
 * M is 32 bytes from the CSPRNG, independent of the link key: it lets its
 * holder read the receipt and revoke the secret, and can never decrypt it.
 * The server stores only manageVerifier = SHA-256(M).
 */

export const MANAGE_FRAGMENT_CHARS = ID_CHARS + KEY_CHARS;

/** A fresh manage token M and its verifier, both base64url. */
export function newManageToken(): { token: string; verifier: string } {
  const token = randomBytes(KEY_BYTES);
  return { token: encodeBase64url(token), verifier: encodeBase64url(verifierOf(token)) };
}

/**
 * A fresh download lease token T and its verifier (docs/protocol.md §Parts):
 * sent with a reveal of a secret with files, it lets only this recipient
 * fetch the file stream's parts for a while afterwards.
 */
export function newLeaseToken(): { token: string; verifier: string } {
  return newManageToken();
}

/** The fragment of a manage link. */
export function formatManageFragment(id: string, token: string): string {
  if (id.length !== ID_CHARS || token.length !== KEY_CHARS) throw new Error('manage: bad id or token length');
  return `${id}${token}`;
}

export type ParsedManageLink = { ok: true; id: string; token: string } | { ok: false };

/**
 * Parses a manage-link fragment with the same rules as share links: exact
 * length and alphabet, canonical encodings, junk after a non-base64url
 * character dropped.
 */
export function parseManageFragment(fragment: string): ParsedManageLink {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  const match = /^[A-Za-z0-9_-]+/.exec(text);
  if (!match || match[0].length !== MANAGE_FRAGMENT_CHARS) return { ok: false };
  const id = match[0].slice(0, ID_CHARS);
  const token = match[0].slice(ID_CHARS);
  try {
    decodeBase64url(id, 16);
    decodeBase64url(token, KEY_BYTES);
  } catch {
    return { ok: false };
  }
  return { ok: true, id, token };
}
