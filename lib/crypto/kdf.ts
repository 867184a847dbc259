import { randomBytes } from './primitives';
import { decodeBase64url, encodeBase64url } from '../protocol/base64url';
import { KEY_BYTES, PASSWORD_SALT_BYTES, SCRYPT_LOG2_N, SCRYPT_P, SCRYPT_R } from './constants';

/**
 * Public password-KDF metadata of a secret, as it travels on the wire and
 * into the AAD. v1 accepts exactly one parameter set, so a server that lies
 * about it can neither make a recipient's browser burn a gigabyte of memory
 * nor weaken the derivation: decryption simply fails.
 */
export type PasswordKdf = {
  name: 'scrypt';
  log2N: typeof SCRYPT_LOG2_N;
  r: typeof SCRYPT_R;
  p: typeof SCRYPT_P;
  /** 16 random bytes, base64url. */
  salt: string;
};

/** Fresh KDF metadata with a random salt, for a new password-protected secret. */
export function newPasswordKdf(salt: Uint8Array = randomBytes(PASSWORD_SALT_BYTES)): PasswordKdf {
  if (salt.length !== PASSWORD_SALT_BYTES) throw new Error(`kdf: salt must be ${PASSWORD_SALT_BYTES} bytes`);
  return { name: 'scrypt', log2N: SCRYPT_LOG2_N, r: SCRYPT_R, p: SCRYPT_P, salt: encodeBase64url(salt) };
}

/** Checks that metadata from the network is exactly the v1 parameter set. */
export function checkPasswordKdf(kdf: PasswordKdf): Uint8Array {
  if (kdf.name !== 'scrypt' || kdf.log2N !== SCRYPT_LOG2_N || kdf.r !== SCRYPT_R || kdf.p !== SCRYPT_P) {
    throw new Error('kdf: unsupported parameters');
  }
  return decodeBase64url(kdf.salt, PASSWORD_SALT_BYTES);
}

/**
 * The scrypt module, fetched the first time it is needed: a browser opening a
 * link without a password never downloads it. Call early (when a password
 * field appears) so that the derivation does not wait for it.
 */
export function loadScrypt() {
  return import('@noble/hashes/scrypt.js');
}

/**
 * P = scrypt(NFC(password) as UTF-8, salt, N=2^17, r=8, p=1, 32 bytes) (RFC 7914).
 * Yields to the event loop while it runs, so a page stays responsive.
 * @param password - the password as typed; normalised to NFC first
 * @param kdf - the secret's KDF metadata
 * @param onProgress - called with 0..1
 * @returns the 32-byte password key P
 * @throws `kdf: ...` for an empty password or unsupported parameters
 * @example
 * const P = await derivePasswordKey('correct horse', newPasswordKdf());
 */
export async function derivePasswordKey(
  password: string,
  kdf: PasswordKdf,
  onProgress?: (fraction: number) => void,
): Promise<Uint8Array> {
  if (password.length === 0) throw new Error('kdf: empty password');
  const salt = checkPasswordKdf(kdf);
  const input = new TextEncoder().encode(password.normalize('NFC'));
  try {
    const { scryptAsync } = await loadScrypt();
    return await scryptAsync(input, salt, {
      N: 2 ** kdf.log2N,
      r: kdf.r,
      p: kdf.p,
      dkLen: KEY_BYTES,
      asyncTick: 10,
      onProgress,
    });
  } finally {
    input.fill(0);
  }
}
