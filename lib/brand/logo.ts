/*
 * The brand logo's checks: what a file is by its bytes (never by its name),
 * and whether an SVG is safe to serve. An SVG is a document that can run
 * script; served from the origin that holds the keys, it must not. We refuse
 * rather than sanitise: an SVG with script, foreignObject, event handlers,
 * entity declarations, or any reference that is not to a fragment of itself
 * (href, xlink:href, url(), @import) is refused at start with the reason, so
 * the operator fixes the file once instead of us rewriting it on every start.
 * It is also served with `Content-Security-Policy: default-src 'none'; sandbox`.
 */

export type LogoType = 'image/png' | 'image/webp' | 'image/svg+xml';

/** The largest logo accepted. */
export const MAX_LOGO_BYTES = 256 * 1024;

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0) => magic.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** The type of an image by its magic bytes; null for anything but PNG, WebP and SVG text. */
export function sniffLogo(bytes: Uint8Array): LogoType | null {
  if (startsWith(bytes, PNG_MAGIC)) return 'image/png';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 1024)).replace(/^\uFEFF/, '');
  if (/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/i.test(head)) return 'image/svg+xml';
  return null;
}

/** What makes an SVG unsafe, each with the reason the start-up message gives. */
const SVG_REFUSALS: readonly [RegExp, string][] = [
  [/<script/i, 'it has a <script> element'],
  [/<foreignObject/i, 'it has a <foreignObject> element'],
  [/<!(DOCTYPE|ENTITY)/i, 'it declares a DOCTYPE or entities'],
  [/\son[a-z]+\s*=/i, 'it has an event handler attribute (on…=)'],
  [/\s(xlink:)?href\s*=\s*["']\s*(?!#)/i, 'it references something outside itself (href not starting with #)'],
  [/url\(\s*["']?\s*(?!#)/i, 'it references something outside itself (url() not starting with #)'],
  [/@import/i, 'it imports a stylesheet'],
  [/javascript:/i, 'it contains a javascript: URL'],
  [/<(iframe|embed|object|animate|set)\b/i, 'it has an <iframe>, <embed>, <object>, <animate> or <set> element'],
];

/** Why an SVG is refused, or null when it may be served. */
export function svgRefusal(bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return 'it is not UTF-8 text';
  }
  for (const [pattern, reason] of SVG_REFUSALS) if (pattern.test(text)) return reason;
  return null;
}
