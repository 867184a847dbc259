import { z } from 'zod';
import { isCanonicalBase64url } from '../protocol/base64url';
import { base64urlChars } from '../protocol/v1';

export { isCanonicalBase64url };

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
