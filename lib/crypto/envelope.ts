import { gcm } from '@noble/ciphers/aes.js';
import { randomBytes } from './primitives';
import { ENVELOPE_OVERHEAD_BYTES, KEY_BYTES, NONCE_BYTES, PROTOCOL_VERSION } from './constants';

export { buildAad } from './aad';

/*
 * Envelope v1 (frozen, docs/protocol.md §Envelope):
 *
 *   +---------+------------+---------------------------+-----------+
 *   | version | nonce      | AES-256-GCM ciphertext    | tag       |
 *   | 1 byte  | 12 bytes   | len(padded plaintext)     | 16 bytes  |
 *   | 0x01    | random     |                           |           |
 *   +---------+------------+---------------------------+-----------+
 *
 * AAD (NIST SP 800-38D "A"), binding everything the recipient relies on:
 *
 *   "handoff/v1/aad" || version (1) || id (16) || kdf tag (1)
 *     kdf tag 0x00: no password, nothing follows
 *     kdf tag 0x01: scrypt, followed by log2N (1) || r (4, BE) || p (4, BE) || salt (16)
 *
 * A fresh random 96-bit nonce per envelope; each encKey is used for exactly
 * one envelope, so nonce reuse under one key cannot happen even by accident.
 */

/**
 * Encrypts an already padded plaintext into a v1 envelope.
 * @param encKey - the 32-byte AES-256-GCM key
 * @param aad - from `buildAad`
 * @param padded - padded payload
 * @param nonce - only for known-answer tests; a fresh random nonce otherwise
 * @returns the envelope bytes
 */
export function sealEnvelope(
  encKey: Uint8Array,
  aad: Uint8Array,
  padded: Uint8Array,
  nonce: Uint8Array = randomBytes(NONCE_BYTES),
): Uint8Array {
  if (encKey.length !== KEY_BYTES) throw new Error(`envelope: key must be ${KEY_BYTES} bytes`);
  if (nonce.length !== NONCE_BYTES) throw new Error(`envelope: nonce must be ${NONCE_BYTES} bytes`);
  const sealed = gcm(encKey, nonce, aad).encrypt(padded);
  const out = new Uint8Array(1 + NONCE_BYTES + sealed.length);
  out[0] = PROTOCOL_VERSION;
  out.set(nonce, 1);
  out.set(sealed, 1 + NONCE_BYTES);
  return out;
}

/**
 * Authenticates and decrypts a v1 envelope. There is no other version and no
 * fallback path: anything that is not a valid v1 envelope throws.
 * @returns the padded plaintext
 * @throws `envelope: unknown version N`, `envelope: too short`, `envelope: authentication failed`
 */
export function openEnvelope(encKey: Uint8Array, aad: Uint8Array, envelope: Uint8Array): Uint8Array {
  if (envelope.length < ENVELOPE_OVERHEAD_BYTES) throw new Error('envelope: too short');
  if (envelope[0] !== PROTOCOL_VERSION) throw new Error(`envelope: unknown version ${envelope[0]}`);
  const nonce = envelope.subarray(1, 1 + NONCE_BYTES);
  try {
    return gcm(encKey, nonce, aad).decrypt(envelope.subarray(1 + NONCE_BYTES));
  } catch {
    throw new Error('envelope: authentication failed');
  }
}
