/*
 * The primitives a recipient needs to open a secret, on the platform's
 * WebCrypto where it has one (every browser in a secure context, Node 20+),
 * and on @noble/* otherwise, which is then fetched on first use: a page that
 * opens a link never downloads a JavaScript AES or SHA-256. Both backends
 * produce the same bytes (tests/unit/crypto-backends.test.ts runs the v1
 * vectors through each).
 */

/** Which implementation runs the primitives. `auto`: WebCrypto when present, else @noble. */
export type CryptoBackend = 'auto' | 'webcrypto' | 'noble';

const GCM_TAG_BITS = 128;

function subtleFor(backend: CryptoBackend): SubtleCrypto | null {
  if (backend === 'noble') return null;
  const subtle = (globalThis as { crypto?: Crypto }).crypto?.subtle ?? null;
  if (!subtle && backend === 'webcrypto') throw new Error('primitives: WebCrypto is not available');
  return subtle;
}

/**
 * `bytes` bytes from the platform CSPRNG (`crypto.getRandomValues`, as @noble's randomBytes uses).
 * @throws `primitives: ...` when the platform has no CSPRNG
 */
export function randomBytes(bytes: number): Uint8Array {
  const source = (globalThis as { crypto?: Crypto }).crypto;
  if (typeof source?.getRandomValues !== 'function') throw new Error('primitives: no crypto.getRandomValues');
  return source.getRandomValues(new Uint8Array(bytes));
}

/** UTF-8 bytes of `text`. */
export function utf8Bytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/**
 * SHA-256 (FIPS 180-4).
 * @example
 * await sha256Async(new Uint8Array(0)); // e3b0c442…
 */
export async function sha256Async(data: Uint8Array, backend: CryptoBackend = 'auto'): Promise<Uint8Array> {
  const subtle = subtleFor(backend);
  if (subtle) return new Uint8Array(await subtle.digest('SHA-256', data as BufferSource));
  const { sha256 } = await import('@noble/hashes/sha2.js');
  return sha256(data);
}

/**
 * HKDF-SHA256 (RFC 5869): extract with `salt`, expand with `info` to `bytes` bytes.
 * An empty salt is HashLen zero bytes in both backends (RFC 5869 §2.2).
 * @throws `primitives: ...` for a length outside 1..8160 bytes
 */
export async function hkdfSha256Async(
  ikm: Uint8Array,
  salt: Uint8Array,
  info: string,
  bytes: number,
  backend: CryptoBackend = 'auto',
): Promise<Uint8Array> {
  if (!Number.isInteger(bytes) || bytes < 1 || bytes > 255 * 32) throw new Error('primitives: bad HKDF length');
  const subtle = subtleFor(backend);
  if (!subtle) {
    const [{ hkdf }, { sha256 }] = await Promise.all([
      import('@noble/hashes/hkdf.js'),
      import('@noble/hashes/sha2.js'),
    ]);
    return hkdf(sha256, ikm, salt, utf8Bytes(info), bytes);
  }
  const key = await subtle.importKey('raw', ikm as BufferSource, 'HKDF', false, ['deriveBits']);
  const params: HkdfParams = {
    name: 'HKDF',
    hash: 'SHA-256',
    salt: salt as BufferSource,
    info: utf8Bytes(info) as BufferSource,
  };
  return new Uint8Array(await subtle.deriveBits(params, key, bytes * 8));
}

/**
 * AES-256-GCM decryption with a 128-bit tag (NIST SP 800-38D).
 * @param sealed - ciphertext || tag
 * @returns the plaintext
 * @throws when the ciphertext does not authenticate (the message differs per backend: callers replace it)
 */
export async function aesGcmOpenAsync(
  key: Uint8Array,
  nonce: Uint8Array,
  aad: Uint8Array,
  sealed: Uint8Array,
  backend: CryptoBackend = 'auto',
): Promise<Uint8Array> {
  const subtle = subtleFor(backend);
  if (!subtle) {
    const { gcm } = await import('@noble/ciphers/aes.js');
    return gcm(key, nonce, aad).decrypt(sealed);
  }
  const cryptoKey = await subtle.importKey('raw', key as BufferSource, 'AES-GCM', false, ['decrypt']);
  const params: AesGcmParams = {
    name: 'AES-GCM',
    iv: nonce as BufferSource,
    additionalData: aad as BufferSource,
    tagLength: GCM_TAG_BITS,
  };
  return new Uint8Array(await subtle.decrypt(params, cryptoKey, sealed as BufferSource));
}
