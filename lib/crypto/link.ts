import { randomBytes } from './primitives';
import { decodeBase64url, encodeBase64url } from '../protocol/base64url';
import { LINK_KEY_BYTES, LINK_KEY_CHARS } from './constants';

/** Why a link's fragment could not be used. */
export type LinkProblem = 'empty' | 'too-short' | 'too-long' | 'bad-characters';

export type ParsedLink = { ok: true; key: Uint8Array } | { ok: false; problem: LinkProblem };

const KEY_CHAR = /[A-Za-z0-9_-]/;

/** A fresh 32-byte link key K from the platform CSPRNG. */
export function newLinkKey(): Uint8Array {
  return randomBytes(LINK_KEY_BYTES);
}

/** The fragment (without `#`) that carries K. */
export function formatLinkKey(key: Uint8Array): string {
  if (key.length !== LINK_KEY_BYTES) throw new Error(`link: key must be ${LINK_KEY_BYTES} bytes`);
  return encodeBase64url(key);
}

/**
 * Parses a link fragment strictly (docs/protocol.md §Link).
 *
 * Exactly 43 base64url characters, canonical. Chat apps and mail clients
 * append punctuation or markup to links (`).`, `>`, `%20`, a newline): if
 * the 44th character is outside the base64url alphabet, it and everything
 * after it are dropped. A 44th base64url character means the key is too long
 * and is rejected, because no rule could tell which end is junk.
 * @param fragment - `location.hash`, with or without its leading `#`
 */
export function parseLinkFragment(fragment: string): ParsedLink {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (text.length === 0) return { ok: false, problem: 'empty' };
  let end = 0;
  while (end < text.length && KEY_CHAR.test(text[end]!)) end++;
  if (end > LINK_KEY_CHARS) return { ok: false, problem: 'too-long' };
  if (end < LINK_KEY_CHARS) return { ok: false, problem: end === text.length ? 'too-short' : 'bad-characters' };
  try {
    return { ok: true, key: decodeBase64url(text.slice(0, LINK_KEY_CHARS), LINK_KEY_BYTES) };
  } catch {
    return { ok: false, problem: 'bad-characters' };
  }
}
