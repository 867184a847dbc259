import { decodeBase64url, encodeBase64url } from '../protocol/base64url';
import { base64urlChars } from '../protocol/v1';
import { HPKE_X25519_BYTES } from './hpke';
import { parseLinkFragment, type LinkProblem } from './link';
import { REQUEST_LINK_SECRET_BYTES, REQUEST_SEED_BYTES } from './request-keys';

/*
 * Request links (docs/protocol.md §Requests):
 *
 *   request link fragment = b64u(pkR (32) || R (32))    64 bytes, 86 characters   to the responder
 *   owner link fragment   = b64u(S (32))                32 bytes, 43 characters   kept by the requester
 *
 * Both are parsed with the rules of the share link (§Parsing a share
 * fragment): one leading `#` dropped; the longest prefix of base64url
 * characters must be exactly the fragment's length (longer: `too-long`;
 * shorter: `too-short`, or `bad-characters` when something else follows);
 * anything after it is dropped as chat-app junk; the prefix must decode
 * canonically. The owner fragment is literally a share-link key, so it is
 * parsed by `parseLinkFragment` itself.
 */

export const REQUEST_LINK_BYTES = HPKE_X25519_BYTES + REQUEST_LINK_SECRET_BYTES;
export const REQUEST_FRAGMENT_CHARS = base64urlChars(REQUEST_LINK_BYTES); // 86
export const OWNER_FRAGMENT_CHARS = base64urlChars(REQUEST_SEED_BYTES); // 43

const FRAGMENT_CHAR = /[A-Za-z0-9_-]/;

export type ParsedRequestLink =
  { ok: true; publicKey: Uint8Array; linkSecret: Uint8Array } | { ok: false; problem: LinkProblem };

export type ParsedOwnerLink = { ok: true; seed: Uint8Array } | { ok: false; problem: LinkProblem };

/**
 * The request link's fragment (without `#`).
 * @throws `request: ...` when a part has the wrong size
 * @example
 * requestLinkFragment(keys.publicKey, keys.linkSecret); // 86 characters
 */
export function requestLinkFragment(publicKey: Uint8Array, linkSecret: Uint8Array): string {
  if (publicKey.length !== HPKE_X25519_BYTES || linkSecret.length !== REQUEST_LINK_SECRET_BYTES) {
    throw new Error('request: bad public key or link secret length');
  }
  const bytes = new Uint8Array(REQUEST_LINK_BYTES);
  bytes.set(publicKey);
  bytes.set(linkSecret, HPKE_X25519_BYTES);
  const fragment = encodeBase64url(bytes);
  bytes.fill(0);
  return fragment;
}

/**
 * Parses a request link's fragment by the share link's rules, at 86 characters.
 * @param fragment - `location.hash` or the text after `#`
 * @example
 * const parsed = parseRequestFragment(location.hash);
 * if (parsed.ok) sealAnswer(parsed, content);
 */
export function parseRequestFragment(fragment: string): ParsedRequestLink {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (text.length === 0) return { ok: false, problem: 'empty' };
  let end = 0;
  while (end < text.length && FRAGMENT_CHAR.test(text[end]!)) end++;
  if (end > REQUEST_FRAGMENT_CHARS) return { ok: false, problem: 'too-long' };
  if (end < REQUEST_FRAGMENT_CHARS) {
    return { ok: false, problem: end === text.length ? 'too-short' : 'bad-characters' };
  }
  let bytes: Uint8Array;
  try {
    bytes = decodeBase64url(text.slice(0, REQUEST_FRAGMENT_CHARS), REQUEST_LINK_BYTES);
  } catch {
    return { ok: false, problem: 'bad-characters' };
  }
  return { ok: true, publicKey: bytes.slice(0, HPKE_X25519_BYTES), linkSecret: bytes.slice(HPKE_X25519_BYTES) };
}

/**
 * The owner link's fragment (without `#`): the seed S.
 * @throws `request: ...` when S is not 32 bytes
 */
export function ownerLinkFragment(seed: Uint8Array): string {
  if (seed.length !== REQUEST_SEED_BYTES) throw new Error(`request: seed must be ${REQUEST_SEED_BYTES} bytes`);
  return encodeBase64url(seed);
}

/** Parses an owner link's fragment: exactly `parseLinkFragment`, 43 characters. */
export function parseOwnerFragment(fragment: string): ParsedOwnerLink {
  const parsed = parseLinkFragment(fragment);
  return parsed.ok ? { ok: true, seed: parsed.key } : parsed;
}
