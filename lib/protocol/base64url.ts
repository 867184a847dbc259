/**
 * Strict base64url without padding (RFC 4648 §5): the one codec of Handoff,
 * shared by lib/crypto (which encodes and decodes every key, proof and
 * envelope), the server's zod schemas and the browser's response validators.
 * Decoding rejects padding, characters outside the alphabet, impossible
 * lengths and non-canonical trailing bits, so every byte string has exactly
 * one accepted encoding. Pure: no I/O, no globals.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP: Int16Array = (() => {
  const table = new Int16Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) table[ALPHABET.charCodeAt(i)] = i;
  return table;
})();

/**
 * Encodes bytes as base64url without padding.
 * @param bytes - any bytes
 * @returns the encoding
 * @example
 * encodeBase64url(new Uint8Array([255, 254])); // '__4'
 */
export function encodeBase64url(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]!;
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]!;
  }
  return out;
}

/**
 * Decodes strict base64url without padding.
 * @param text - the encoding
 * @param expectedBytes - if given, the exact decoded length required
 * @returns the bytes
 * @throws `base64url: ...` on any deviation from the canonical form
 * @example
 * decodeBase64url('__4'); // Uint8Array [255, 254]
 */
export function decodeBase64url(text: string, expectedBytes?: number): Uint8Array {
  if (text.length % 4 === 1) throw new Error(`base64url: impossible length ${text.length}`);
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const v = code < 128 ? LOOKUP[code]! : -1;
    if (v < 0) throw new Error(`base64url: invalid character at ${i}`);
    acc = ((acc & 0x3f) << 6) | v; // at most 6 pending bits survive a byte
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  if ((acc & ((1 << bits) - 1)) !== 0) throw new Error('base64url: non-canonical trailing bits');
  if (expectedBytes !== undefined && out.length !== expectedBytes) {
    throw new Error(`base64url: expected ${expectedBytes} bytes, got ${out.length}`);
  }
  return out;
}

/**
 * True when `text` is the one canonical base64url encoding (no padding) of
 * some byte string: alphabet only, a possible length, and zero unused bits in
 * the last character, so no two accepted strings decode to the same bytes.
 * Exactly the strings decodeBase64url accepts, without decoding them.
 */
export function isCanonicalBase64url(text: string): boolean {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return false;
  const unusedBits = (text.length * 6) % 8;
  if (unusedBits === 0 || text.length === 0) return true;
  return LOOKUP[text.charCodeAt(text.length - 1)]! % (1 << unusedBits) === 0;
}
