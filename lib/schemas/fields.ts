import { z } from 'zod';
import { base64urlChars } from '../protocol/wire';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * True when `text` is the one canonical base64url encoding (no padding) of
 * some byte string: alphabet only, a possible length, and zero unused bits in
 * the last character, so no two accepted strings decode to the same bytes.
 */
export function isCanonicalBase64url(text: string): boolean {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return false;
  const unusedBits = (text.length * 6) % 8;
  if (unusedBits === 0 || text.length === 0) return true;
  return ALPHABET.indexOf(text[text.length - 1]!) % (1 << unusedBits) === 0;
}

/** Canonical base64url (no padding) of exactly `bytes` bytes. */
export function base64urlField(bytes: number) {
  return z
    .string()
    .length(base64urlChars(bytes))
    .refine(isCanonicalBase64url, 'must be canonical base64url without padding');
}

/** One of a closed list of numbers. */
export function choiceField<const T extends readonly number[]>(choices: T) {
  return z
    .number()
    .int()
    .refine((n): n is T[number] => choices.includes(n), { message: `must be one of ${choices.join(', ')}` });
}
