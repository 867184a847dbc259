import 'server-only';
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/*
 * Sealed cookie values: AES-256-GCM under a key derived (HKDF-SHA-256, RFC
 * 5869) from HANDOFF_SESSION_SECRET and the cookie's purpose, so a value
 * sealed for one cookie never opens as another. The purpose is also the AAD.
 *
 *   base64url( nonce (12 bytes) ‖ ciphertext ‖ tag (16 bytes) )
 *
 * The plaintext is JSON with an `exp` (ms since the epoch) that open() checks:
 * the lifetime is bounded even if a browser keeps the cookie longer.
 */

const NONCE_BYTES = 12;
const TAG_BYTES = 16;

export type SealPurpose = 'session' | 'login';

function key(secret: string, purpose: SealPurpose): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'handoff', `handoff cookie v1 ${purpose}`, 32));
}

/** Seals `value` (with its expiry) for the cookie of `purpose`. */
export function seal(secret: string, purpose: SealPurpose, value: Record<string, unknown>, expiresAt: Date): string {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key(secret, purpose), nonce);
  cipher.setAAD(Buffer.from(purpose));
  const body = Buffer.from(JSON.stringify({ ...value, exp: expiresAt.getTime() }));
  return Buffer.concat([nonce, cipher.update(body), cipher.final(), cipher.getAuthTag()]).toString('base64url');
}

/**
 * Opens a value sealed for `purpose`.
 * @returns the value, or null when it was tampered with, sealed under another key or purpose, or expired
 */
export function open(
  secret: string,
  purpose: SealPurpose,
  text: string,
  now = Date.now(),
): Record<string, unknown> | null {
  if (text.length > 4096 || !/^[A-Za-z0-9_-]+$/.test(text)) return null;
  const bytes = Buffer.from(text, 'base64url');
  if (bytes.length < NONCE_BYTES + TAG_BYTES + 2) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key(secret, purpose), bytes.subarray(0, NONCE_BYTES));
    decipher.setAAD(Buffer.from(purpose));
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
    const plain = Buffer.concat([
      decipher.update(bytes.subarray(NONCE_BYTES, bytes.length - TAG_BYTES)),
      decipher.final(),
    ]);
    const value: unknown = JSON.parse(plain.toString('utf8'));
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
    const record = value as Record<string, unknown>;
    return typeof record.exp === 'number' && record.exp > now ? record : null;
  } catch {
    return null;
  }
}
