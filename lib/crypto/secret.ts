import { decodeBase64url, encodeBase64url } from '../protocol/base64url';
import { ID_BYTES } from './constants';
import { deriveContentKeys, deriveLinkKeys, verifierOf } from './derive';
import { buildAad, openEnvelope, sealEnvelope } from './envelope';
import { derivePasswordKey, newPasswordKdf, type PasswordKdf } from './kdf';
import { formatLinkKey, newLinkKey } from './link';
import { newManageToken } from './manage';
import { pad, unpad } from './padding';
import { bundleStreamBytes, decodePayload, encodePayload, type SecretContent } from './payload';
import { FileStream, type StreamBackend } from './stream';
import type { UnlockedSecret } from './unlock';

/** What the sender's client uploads: ciphertext and verifiers, never a key. */
export type SealedSecret = {
  id: string;
  /** SHA-256 of the manage token; the token itself stays with the sender. */
  manageVerifier: string;
  envelope: string;
  linkVerifier: string;
  passwordVerifier: string | null;
  kdf: PasswordKdf | null;
  /** For a bundle: the padded length of its file stream. Absent for text. */
  files?: { streamBytes: number };
};

/** Options for `sealSecret`. */
export type SealOptions = {
  /** Optional password; mixed into the key with scrypt. */
  password?: string;
  /** Progress of the password derivation, 0..1. */
  onProgress?: (fraction: number) => void;
  /** AES-GCM implementation for the file stream; `auto` by default. */
  streamBackend?: StreamBackend;
};

/**
 * Encrypts content under a fresh link key.
 * @returns `fragment`: the link key for `/s#<fragment>` (stays on the client);
 *   `manageToken`: for the manage link `/m#<id><manageToken>` (stays with the sender);
 *   `sealed`: the fields to upload;
 *   `stream`: for a bundle, the sealer of its file stream (`sealed.files.streamBytes` long), else null
 * @throws `padding: ...` when the content is too large, `payload: ...` for an invalid bundle
 * @example
 * const { fragment, sealed } = await sealSecret({ kind: 'text', text: 'sk_live_...' });
 */
export async function sealSecret(
  content: SecretContent,
  options: SealOptions = {},
): Promise<{ fragment: string; manageToken: string; sealed: SealedSecret; stream: FileStream | null }> {
  const key = newLinkKey();
  const padded = pad(encodePayload(content));
  const { id, linkProof } = deriveLinkKeys(key);
  const kdf = options.password ? newPasswordKdf() : null;
  const passwordKey = kdf ? await derivePasswordKey(options.password!, kdf, options.onProgress) : null;
  const { encKey, passwordProof, fileKey } = deriveContentKeys(key, id, passwordKey);
  const envelope = sealEnvelope(encKey, buildAad(id, kdf), padded);
  const streamBytes = bundleStreamBytes(content);
  const stream = streamBytes === null ? null : await FileStream.create(fileKey, streamBytes, options.streamBackend);
  const manage = newManageToken();
  const sealed: SealedSecret = {
    id: encodeBase64url(id),
    manageVerifier: manage.verifier,
    envelope: encodeBase64url(envelope),
    linkVerifier: encodeBase64url(verifierOf(linkProof)),
    passwordVerifier: passwordProof ? encodeBase64url(verifierOf(passwordProof)) : null,
    kdf,
    ...(streamBytes === null ? {} : { files: { streamBytes } }),
  };
  const fragment = formatLinkKey(key);
  for (const secretBytes of [key, encKey, fileKey, linkProof, passwordProof, passwordKey, padded]) secretBytes?.fill(0);
  return { fragment, manageToken: manage.token, sealed, stream };
}

/** What a recipient holding the link can send before knowing the password. */
export function linkCredentials(key: Uint8Array): { id: string; linkProof: string } {
  const { id, linkProof } = deriveLinkKeys(key);
  return { id: encodeBase64url(id), linkProof: encodeBase64url(linkProof) };
}

/**
 * Decrypts an envelope released by the server.
 * @param id - the secret's id, base64url
 * @param envelope - base64url, as the API returns it
 * @throws `envelope: ...`, `padding: ...`, `payload: ...` on anything but an intact v1 secret
 */
export function openSecret(unlocked: UnlockedSecret, id: string, envelope: string): SecretContent {
  const aad = buildAad(decodeBase64url(id, ID_BYTES), unlocked.kdf);
  const padded = openEnvelope(unlocked.encKey, aad, decodeBase64url(envelope));
  return decodePayload(unpad(padded));
}
