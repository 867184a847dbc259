import { decodeBase64url, encodeBase64url } from '../protocol/base64url';
import { buildAad } from './aad';
import {
  ENVELOPE_OVERHEAD_BYTES,
  ID_BYTES,
  INFO_ENC,
  INFO_FILES,
  INFO_ID,
  INFO_LINK,
  INFO_PASSWORD,
  KEY_BYTES,
  LINK_KEY_BYTES,
  NONCE_BYTES,
  PAYLOAD_KIND_TEXT,
  PROTOCOL_VERSION,
} from './constants';
import { derivePasswordKey, type PasswordKdf } from './kdf';
import { unpad } from './padding';
import type { SecretContent } from './payload';
import { aesGcmOpenAsync, hkdfSha256Async, randomBytes, sha256Async, type CryptoBackend } from './primitives';
import { decodeUtf8 } from './utf8';

/*
 * The recipient's side of protocol v1 on ./primitives: WebCrypto where the
 * platform has it, @noble fetched on demand otherwise. The key schedule and
 * the envelope are the frozen ones drawn in ./derive and ./envelope (which the
 * sender and the vector generator use, on @noble); tests/unit/crypto-backends
 * checks that both give the same bytes on every vector.
 */

const EMPTY = new Uint8Array(0);

function checkLinkKey(key: Uint8Array): void {
  if (key.length !== LINK_KEY_BYTES)
    throw new Error(`derive: link key must be ${LINK_KEY_BYTES} bytes, got ${key.length}`);
}

/**
 * `deriveLinkKeys` (./derive) on ./primitives: the id and the link proof, from K alone.
 * @throws `derive: ...` when K is not 32 bytes
 */
export async function deriveLinkKeysAsync(
  key: Uint8Array,
  backend: CryptoBackend = 'auto',
): Promise<{ id: Uint8Array; linkProof: Uint8Array }> {
  checkLinkKey(key);
  const id = await hkdfSha256Async(key, EMPTY, INFO_ID, ID_BYTES, backend);
  return { id, linkProof: await hkdfSha256Async(key, id, INFO_LINK, KEY_BYTES, backend) };
}

/** `deriveContentKeys` (./derive) on ./primitives. */
export async function deriveContentKeysAsync(
  key: Uint8Array,
  id: Uint8Array,
  passwordKey: Uint8Array | null,
  backend: CryptoBackend = 'auto',
): Promise<{ encKey: Uint8Array; passwordProof: Uint8Array | null; fileKey: Uint8Array }> {
  checkLinkKey(key);
  if (id.length !== ID_BYTES) throw new Error(`derive: id must be ${ID_BYTES} bytes, got ${id.length}`);
  const ikm = new Uint8Array(key.length + (passwordKey?.length ?? 0));
  ikm.set(key);
  if (passwordKey) ikm.set(passwordKey, key.length);
  try {
    const encKey = await hkdfSha256Async(ikm, id, INFO_ENC, KEY_BYTES, backend);
    const passwordProof = passwordKey ? await hkdfSha256Async(ikm, id, INFO_PASSWORD, KEY_BYTES, backend) : null;
    const fileKey = await hkdfSha256Async(ikm, id, INFO_FILES, KEY_BYTES, backend);
    return { encKey, passwordProof, fileKey };
  } finally {
    ikm.fill(0);
  }
}

/**
 * What a recipient holding the link can send before knowing the password: `linkCredentials` (./secret), async.
 * @returns the id and link proof, base64url
 */
export async function linkCredentialsAsync(
  key: Uint8Array,
  backend: CryptoBackend = 'auto',
): Promise<{ id: string; linkProof: string }> {
  const { id, linkProof } = await deriveLinkKeysAsync(key, backend);
  return { id: encodeBase64url(id), linkProof: encodeBase64url(linkProof) };
}

/** Keys that open one secret: the decryption keys and, with a password, its proof. */
export type UnlockedSecret = {
  encKey: Uint8Array;
  fileKey: Uint8Array;
  passwordProof: string | null;
  kdf: PasswordKdf | null;
};

/**
 * Derives what reveal and decryption need. Runs scrypt when `kdf` is set.
 * @throws `kdf: ...` when a password is needed but missing, or parameters are not v1's
 */
export async function unlockSecret(
  key: Uint8Array,
  kdf: PasswordKdf | null,
  password?: string,
  onProgress?: (fraction: number) => void,
  backend: CryptoBackend = 'auto',
): Promise<UnlockedSecret> {
  const { id } = await deriveLinkKeysAsync(key, backend);
  const passwordKey = kdf ? await derivePasswordKey(password ?? '', kdf, onProgress) : null;
  const { encKey, passwordProof, fileKey } = await deriveContentKeysAsync(key, id, passwordKey, backend);
  passwordKey?.fill(0);
  return { encKey, fileKey, passwordProof: passwordProof ? encodeBase64url(passwordProof) : null, kdf };
}

/**
 * `openEnvelope` (./envelope) on ./primitives, with the same checks and errors.
 * @returns the padded plaintext
 * @throws `envelope: unknown version N`, `envelope: too short`, `envelope: authentication failed`
 */
export async function openEnvelopeAsync(
  encKey: Uint8Array,
  aad: Uint8Array,
  envelope: Uint8Array,
  backend: CryptoBackend = 'auto',
): Promise<Uint8Array> {
  if (envelope.length < ENVELOPE_OVERHEAD_BYTES) throw new Error('envelope: too short');
  if (envelope[0] !== PROTOCOL_VERSION) throw new Error(`envelope: unknown version ${envelope[0]}`);
  const nonce = envelope.subarray(1, 1 + NONCE_BYTES);
  try {
    return await aesGcmOpenAsync(encKey, nonce, aad, envelope.subarray(1 + NONCE_BYTES), backend);
  } catch {
    throw new Error('envelope: authentication failed');
  }
}

/**
 * The bundle codec (./payload), fetched the first time a bundle is opened: a
 * text secret needs only the text branch below. Call early when the peek
 * reports files.
 */
export function loadBundleCodec() {
  return import('./payload');
}

/**
 * `openSecret` (./secret), async: decrypts an envelope released by the server.
 * @param id - the secret's id, base64url
 * @param envelope - base64url, as the API returns it
 * @throws `envelope: ...`, `padding: ...`, `payload: ...` on anything but an intact v1 secret
 */
export async function openSecretAsync(
  unlocked: UnlockedSecret,
  id: string,
  envelope: string,
  backend: CryptoBackend = 'auto',
): Promise<SecretContent> {
  const aad = buildAad(decodeBase64url(id, ID_BYTES), unlocked.kdf);
  const payload = unpad(await openEnvelopeAsync(unlocked.encKey, aad, decodeBase64url(envelope), backend));
  // The text branch of decodePayload; bundles and unknown kinds go to the codec itself.
  if (payload[0] === PAYLOAD_KIND_TEXT) return { kind: 'text', text: decodeUtf8(payload.subarray(1), 'text') };
  const { decodePayload } = await loadBundleCodec();
  return decodePayload(payload);
}

/**
 * A fresh download lease token T and its verifier SHA-256(T), both base64url
 * (docs/protocol.md §Parts): `newLeaseToken` (./manage), async.
 */
export async function newLeaseTokenAsync(
  backend: CryptoBackend = 'auto',
): Promise<{ token: string; verifier: string }> {
  const token = randomBytes(KEY_BYTES);
  return { token: encodeBase64url(token), verifier: encodeBase64url(await sha256Async(token, backend)) };
}
