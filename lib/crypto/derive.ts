import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import {
  ID_BYTES,
  INFO_ENC,
  INFO_FILES,
  INFO_ID,
  INFO_LINK,
  INFO_PASSWORD,
  KEY_BYTES,
  LINK_KEY_BYTES,
} from './constants';

/*
 * Key schedule of protocol v1 (HKDF-SHA256, RFC 5869), frozen:
 *
 *   id            = HKDF(ikm=K,      salt="",  info="handoff/v1/id",       16)
 *   IKM           = K || P           (P = scrypt output, or empty without a password)
 *   encKey        = HKDF(ikm=IKM,    salt=id,  info="handoff/v1/enc",      32)
 *   linkProof     = HKDF(ikm=K,      salt=id,  info="handoff/v1/link",     32)
 *   passwordProof = HKDF(ikm=IKM,    salt=id,  info="handoff/v1/password", 32)
 *   fileKey       = HKDF(ikm=IKM,    salt=id,  info="handoff/v1/files",    32)   (file stream)
 *
 * The id and the link proof depend on K alone, so a recipient can find and
 * peek at a secret before typing its password; everything that decrypts or
 * proves the password also depends on P.
 */

const EMPTY = new Uint8Array(0);

function derive(ikm: Uint8Array, salt: Uint8Array, info: string, bytes: number): Uint8Array {
  return hkdf(sha256, ikm, salt, utf8ToBytes(info), bytes);
}

function checkLinkKey(key: Uint8Array): void {
  if (key.length !== LINK_KEY_BYTES)
    throw new Error(`derive: link key must be ${LINK_KEY_BYTES} bytes, got ${key.length}`);
}

/**
 * The secret's id and link proof, from the link key alone.
 * @param key - the 32-byte link key K
 * @returns `{ id, linkProof }`: 16 and 32 bytes
 * @throws `derive: ...` when K is not 32 bytes
 */
export function deriveLinkKeys(key: Uint8Array): { id: Uint8Array; linkProof: Uint8Array } {
  checkLinkKey(key);
  const id = derive(key, EMPTY, INFO_ID, ID_BYTES);
  return { id, linkProof: derive(key, id, INFO_LINK, KEY_BYTES) };
}

/**
 * The AES-256-GCM keys (envelope and file stream) and, for password-protected secrets, the password proof.
 * @param key - the 32-byte link key K
 * @param id - the 16-byte id derived from K
 * @param passwordKey - scrypt output P, or null without a password
 * @returns `{ encKey, passwordProof, fileKey }`; `passwordProof` is null without a password
 */
export function deriveContentKeys(
  key: Uint8Array,
  id: Uint8Array,
  passwordKey: Uint8Array | null,
): { encKey: Uint8Array; passwordProof: Uint8Array | null; fileKey: Uint8Array } {
  checkLinkKey(key);
  if (id.length !== ID_BYTES) throw new Error(`derive: id must be ${ID_BYTES} bytes, got ${id.length}`);
  const ikm = new Uint8Array(key.length + (passwordKey?.length ?? 0));
  ikm.set(key);
  if (passwordKey) ikm.set(passwordKey, key.length);
  const encKey = derive(ikm, id, INFO_ENC, KEY_BYTES);
  const passwordProof = passwordKey ? derive(ikm, id, INFO_PASSWORD, KEY_BYTES) : null;
  const fileKey = derive(ikm, id, INFO_FILES, KEY_BYTES);
  ikm.fill(0);
  return { encKey, passwordProof, fileKey };
}

/**
 * What the server stores in place of a proof: SHA-256(proof).
 * @example
 * verifierOf(linkProof); // 32 bytes
 */
export function verifierOf(proof: Uint8Array): Uint8Array {
  return sha256(proof);
}
