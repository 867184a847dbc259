import type { Recogniser } from './tally';

/*
 * JSON Web Tokens (RFC 7519, compact JWS of RFC 7515): three base64url parts
 * joined by dots. A JSON header starts with `{"`, which base64url-encodes to
 * `eyJ`; a candidate counts only if its header really decodes to a JSON
 * object with a string "alg". Part lengths are bounded to keep scanning linear.
 */

const CANDIDATE = /\beyJ[0-9A-Za-z_-]{8,2000}\.[0-9A-Za-z_-]{2,16000}\.[0-9A-Za-z_-]{0,2000}(?![0-9A-Za-z_-])/g;

/** Decodes base64url (RFC 4648 §5) as UTF-8; null when it is not. */
function decodeBase64Url(part: string): string | null {
  if (part.length % 4 === 1) return null;
  try {
    const binary = atob(
      part
        .replace(/-/g, '+')
        .replace(/_/g, '/')
        .padEnd(Math.ceil(part.length / 4) * 4, '='),
    );
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function hasJoseHeader(header: string): boolean {
  const json = decodeBase64Url(header);
  if (json === null) return false;
  try {
    const parsed: unknown = JSON.parse(json);
    return typeof parsed === 'object' && parsed !== null && typeof (parsed as { alg?: unknown }).alg === 'string';
  } catch {
    return false;
  }
}

export const recogniseJwts: Recogniser = (text, tally) => {
  for (const match of text.matchAll(CANDIDATE)) {
    const index = match.index ?? 0;
    if (index > 0 && text[index - 1] === '-') continue; // inside a longer base64url run
    const header = match[0].slice(0, match[0].indexOf('.'));
    if (hasJoseHeader(header)) tally.add('jwt', match[0]);
  }
};
