import { parseLinkFragment, parseManageFragment, type LinkProblem } from '../lib/crypto';

/*
 * Share links `<origin>/s#<K>` and manage links `<origin>/m#<id><M>`. The
 * fragment is parsed by lib/crypto with the browser's rules; the origin of
 * the link is the server the CLI talks to, so a link always opens where it
 * was made.
 */

export type ShareLink = { origin: string; key: Uint8Array };
/** A share link whose fragment the parser calls too long: the reveal flow may still recover it. */
export type LongShareLink = { origin: string; fragment: string };
export type ManageLink = { origin: string; id: string; token: string };
export type Parsed<T> = ({ ok: true } & T) | { ok: false; reason: string };

const PROBLEMS: Record<LinkProblem, string> = {
  empty: 'the link has no key after "#": copy the whole link',
  'too-short': 'the key after "#" is cut short: copy the whole link',
  'too-long': 'the key after "#" is too long: copy exactly the link you were sent',
  'bad-characters': 'the key after "#" has characters that cannot be in a key',
};

function parseUrl(text: string, path: '/s' | '/m'): Parsed<{ url: URL }> {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { ok: false, reason: 'not a URL: expected a link like https://handoff.example.com/s#...' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, reason: `not an http(s) link (${url.protocol})` };
  }
  const other = path === '/s' ? '/m' : '/s';
  if (url.pathname === other) {
    return {
      ok: false,
      reason:
        path === '/s'
          ? 'this is a manage link: use `handoff status` or `handoff revoke` with it'
          : 'this is a share link: `handoff open` opens it; status and revoke need the manage link',
    };
  }
  if (url.pathname !== path) {
    return {
      ok: false,
      reason: `not a Handoff ${path === '/s' ? 'share' : 'manage'} link (expected <server>${path}#...)`,
    };
  }
  return { ok: true, url };
}

/** Why a link's fragment is unusable, as the CLI says it. */
export function linkProblemReason(problem: LinkProblem): string {
  return PROBLEMS[problem];
}

/**
 * Parses a share link: the server's origin and the 32-byte link key; with `keepLong`, a
 * fragment that is only too long comes back whole for checkLinkFragment's recovery.
 */
export function parseShareLink(text: string): Parsed<ShareLink>;
export function parseShareLink(text: string, keepLong: true): Parsed<ShareLink> | ({ ok: true } & LongShareLink);
export function parseShareLink(text: string, keepLong = false): Parsed<ShareLink> | ({ ok: true } & LongShareLink) {
  const parsed = parseUrl(text, '/s');
  if (!parsed.ok) return parsed;
  const key = parseLinkFragment(parsed.url.hash);
  if (!key.ok && keepLong && key.problem === 'too-long') {
    return { ok: true, origin: parsed.url.origin, fragment: parsed.url.hash };
  }
  if (!key.ok) return { ok: false, reason: PROBLEMS[key.problem] };
  return { ok: true, origin: parsed.url.origin, key: key.key };
}

/** Parses a manage link: the server's origin, the secret's id and the manage token. */
export function parseManageLink(text: string): Parsed<ManageLink> {
  const parsed = parseUrl(text, '/m');
  if (!parsed.ok) return parsed;
  const manage = parseManageFragment(parsed.url.hash);
  if (!manage.ok) return { ok: false, reason: 'the part after "#" is not a valid manage token: copy the whole link' };
  return { ok: true, origin: parsed.url.origin, id: manage.id, token: manage.token };
}

/** `<origin>/s#<fragment>` */
export function formatShareLink(origin: string, fragment: string): string {
  return `${origin}/s#${fragment}`;
}

/** `<origin>/m#<id><token>` */
export function formatManageLink(origin: string, fragment: string): string {
  return `${origin}/m#${fragment}`;
}
