const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * True when `text` is the one canonical base64url encoding (no padding) of
 * some byte string: alphabet only, a possible length, and zero unused bits in
 * the last character, so no two accepted strings decode to the same bytes.
 * Shared by the server's zod schemas and the browser's response validators.
 */
export function isCanonicalBase64url(text: string): boolean {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return false;
  const unusedBits = (text.length * 6) % 8;
  if (unusedBits === 0 || text.length === 0) return true;
  return ALPHABET.indexOf(text[text.length - 1]!) % (1 << unusedBits) === 0;
}
