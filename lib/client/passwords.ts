/*
 * Passwords a person can read aloud over the phone, and a rough strength hint.
 * Generation uses the platform CSPRNG with rejection sampling, so every
 * character is uniform.
 */

/** Lowercase letters and digits without look-alikes (0/o, 1/l/i) or hard-to-say ones. */
const READABLE = 'abcdefghjkmnpqrstuvwxyz23456789';
const GROUPS = 4;
const GROUP_CHARS = 4;

/** Bits of entropy of a generated password: 16 characters from 31, about 79 bits. */
export const GENERATED_PASSWORD_BITS = Math.floor(GROUPS * GROUP_CHARS * Math.log2(READABLE.length));

/**
 * A random password like `k7mq-x3rt-9bfw-h2pn`.
 * @param random - fills a byte array; the platform CSPRNG by default
 */
export function generatePassword(random: (bytes: Uint8Array) => void = (b) => crypto.getRandomValues(b)): string {
  const limit = 256 - (256 % READABLE.length); // reject bytes that would bias the modulo
  const chars: string[] = [];
  const buffer = new Uint8Array(32);
  while (chars.length < GROUPS * GROUP_CHARS) {
    random(buffer);
    for (const byte of buffer) {
      if (byte < limit && chars.length < GROUPS * GROUP_CHARS) chars.push(READABLE[byte % READABLE.length]!);
    }
  }
  const groups: string[] = [];
  for (let i = 0; i < GROUPS; i++) groups.push(chars.slice(i * GROUP_CHARS, (i + 1) * GROUP_CHARS).join(''));
  return groups.join('-');
}

export type PasswordStrength = 'weak' | 'fair' | 'strong';

const COMMON = new Set([
  'password',
  'password1',
  '123456',
  '12345678',
  '123456789',
  'qwerty',
  'letmein',
  'welcome',
  'admin',
  'iloveyou',
  'monkey',
  'dragon',
  'abc123',
  'secret',
  'changeme',
  'passw0rd',
]);

/**
 * A rough hint, not a guarantee: estimated bits from length and character
 * classes, with very common passwords and repeats marked weak. Online guessing
 * is capped per secret, so "fair" is already hard to guess in 5 attempts; the
 * hint guards against a leaked link plus a guessable password.
 */
export function passwordStrength(password: string): PasswordStrength {
  if (COMMON.has(password.toLowerCase()) || /^(.)\1*$/.test(password)) return 'weak';
  let pool = 0;
  if (/[a-z]/.test(password)) pool += 26;
  if (/[A-Z]/.test(password)) pool += 26;
  if (/[0-9]/.test(password)) pool += 10;
  if (/[^A-Za-z0-9]/.test(password)) pool += 33;
  const bits = [...password].length * Math.log2(Math.max(pool, 2));
  return bits < 40 ? 'weak' : bits < 64 ? 'fair' : 'strong';
}
