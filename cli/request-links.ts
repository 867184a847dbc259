import { type LinkProblem } from '../lib/crypto';
import { parseOwnerFragment, parseRequestFragment } from '../lib/crypto/requests';

/*
 * Request links `<origin>/r#<pkR ‖ R>` (86 characters, for the responder) and
 * owner links `<origin>/o#<S>` (43, kept by the requester): docs/api.md
 * § Requests. The fragment is checked by lib/crypto with the browser's
 * rules (chat-app junk after it is dropped); the flows take it as text.
 */

export type RequestLinkKind = 'request' | 'owner';
export type ParsedRequestLink = { ok: true; origin: string; fragment: string } | { ok: false; reason: string };

const PATHS: Record<RequestLinkKind, string> = { request: '/r', owner: '/o' };

const PROBLEMS: Record<LinkProblem, string> = {
  empty: 'the link has no key after "#": copy the whole link',
  'too-short': 'the key after "#" is cut short: copy the whole link',
  'too-long': 'the key after "#" is too long: copy exactly the link you were given',
  'bad-characters': 'the key after "#" has characters that cannot be in a key',
};

/** The path of a link, or null when the text is not an http(s) URL. */
export function linkPath(text: string): string | null {
  try {
    const url = new URL(text.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.pathname : null;
  } catch {
    return null;
  }
}

/** Parses a request link or an owner link: its server's origin and its canonical fragment. */
export function parseRequestLink(text: string, kind: RequestLinkKind): ParsedRequestLink {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { ok: false, reason: `not a URL: expected a link like https://handoff.example.com${PATHS[kind]}#...` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, reason: `not an http(s) link (${url.protocol})` };
  }
  if (kind === 'request' && url.pathname === '/o') {
    return { ok: false, reason: 'this is an owner link: keep it; `handoff open` reads the answer with it' };
  }
  if (kind === 'owner' && url.pathname === '/r') {
    return { ok: false, reason: 'this is a request link: it answers a request (`handoff answer`), it reads nothing' };
  }
  if (url.pathname !== PATHS[kind]) {
    return { ok: false, reason: `not a Handoff ${kind} link (expected <server>${PATHS[kind]}#...)` };
  }
  const parsed = kind === 'request' ? parseRequestFragment(url.hash) : parseOwnerFragment(url.hash);
  if (!parsed.ok) return { ok: false, reason: PROBLEMS[parsed.problem] };
  const fragment = url.hash.slice(1, 1 + (kind === 'request' ? 86 : 43));
  return { ok: true, origin: url.origin, fragment };
}

/** `<origin>/r#<fragment>` */
export function formatRequestLink(origin: string, fragment: string): string {
  return `${origin}/r#${fragment}`;
}

/** `<origin>/o#<fragment>` */
export function formatOwnerLink(origin: string, fragment: string): string {
  return `${origin}/o#${fragment}`;
}
