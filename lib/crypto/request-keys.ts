import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { randomBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { encodeBase64url } from '../protocol/base64url';
import { ID_BYTES, KEY_BYTES } from './constants';
import { deriveKeyPair } from './hpke';

/*
 * Key tree of secret requests (docs/protocol.md §Requests), a construction
 * beside v1 with its own labels; v1 is untouched. HKDF-SHA256 (RFC 5869),
 * `salt = id` meaning the 16 raw id bytes:
 *
 *   S   32 random bytes: the requester's seed, the owner link's fragment
 *   kemIkm       = HKDF(S, "", "handoff/v1/req-kem",     32)
 *   (skR, pkR)   = DeriveKeyPair(kemIkm)                       RFC 9180 §7.1.3, DHKEM(X25519, HKDF-SHA256)
 *   collectProof = HKDF(S, "", "handoff/v1/req-collect", 32)   reads the answer
 *   manageProof  = HKDF(S, "", "handoff/v1/req-manage",  32)   state and revoke (the manage token)
 *   R            = HKDF(S, "", "handoff/v1/req-link",    32)   the request link's secret
 *
 *   id           = HKDF(R, "", "handoff/v1/req-id",     16)
 *   psk          = HKDF(R, id, "handoff/v1/req-psk",    32)    HPKE PSK; psk_id = id
 *   submitProof  = HKDF(R, id, "handoff/v1/req-submit", 32)    peeks and answers
 *   noteKey      = HKDF(R, id, "handoff/v1/req-note",   32)    AES-256-GCM key of the note
 *
 * The key pair goes through DeriveKeyPair rather than taking an HKDF output
 * as the scalar: it is the RFC's own procedure (checked against A.1), its
 * KEM-labelled extract keeps the scalar apart from every other use of S, and
 * §9.2.3 asks that DeriveKeyPair's ikm be used for nothing else, which the
 * dedicated "req-kem" output guarantees. The server receives the id and the
 * SHA-256 of the three proofs; never S, R, pkR or a key.
 */

export const REQUEST_INFO_KEM = 'handoff/v1/req-kem';
export const REQUEST_INFO_COLLECT = 'handoff/v1/req-collect';
export const REQUEST_INFO_MANAGE = 'handoff/v1/req-manage';
export const REQUEST_INFO_LINK = 'handoff/v1/req-link';
export const REQUEST_INFO_ID = 'handoff/v1/req-id';
export const REQUEST_INFO_PSK = 'handoff/v1/req-psk';
export const REQUEST_INFO_SUBMIT = 'handoff/v1/req-submit';
export const REQUEST_INFO_NOTE = 'handoff/v1/req-note';

/** Bytes of the seed S and of the request-link secret R. */
export const REQUEST_SEED_BYTES = 32;
export const REQUEST_LINK_SECRET_BYTES = 32;

const EMPTY = new Uint8Array(0);

function derive(ikm: Uint8Array, salt: Uint8Array, info: string, bytes: number): Uint8Array {
  return hkdf(sha256, ikm, salt, utf8ToBytes(info), bytes);
}

/** What the request-link secret R yields: everything a responder needs besides pkR. */
export type RequestLinkKeys = {
  /** 16 bytes; public, it names the request on the server. */
  id: Uint8Array;
  psk: Uint8Array;
  /** The HPKE psk_id: the request id. */
  pskId: Uint8Array;
  submitProof: Uint8Array;
  noteKey: Uint8Array;
};

/** The whole tree, for the requester who holds S. */
export type RequestKeys = RequestLinkKeys & {
  seed: Uint8Array;
  secretKey: Uint8Array;
  publicKey: Uint8Array;
  collectProof: Uint8Array;
  manageProof: Uint8Array;
  linkSecret: Uint8Array;
};

/** A fresh 32-byte seed S from the platform CSPRNG. */
export function newRequestSeed(): Uint8Array {
  return randomBytes(REQUEST_SEED_BYTES);
}

/**
 * The keys a request-link secret R yields.
 * @param linkSecret - R, 32 bytes
 * @throws `request: ...` when R is not 32 bytes
 * @example
 * const { id, submitProof } = requestLinkKeys(parsed.linkSecret);
 */
export function requestLinkKeys(linkSecret: Uint8Array): RequestLinkKeys {
  if (linkSecret.length !== REQUEST_LINK_SECRET_BYTES) {
    throw new Error(`request: link secret must be ${REQUEST_LINK_SECRET_BYTES} bytes, got ${linkSecret.length}`);
  }
  const id = derive(linkSecret, EMPTY, REQUEST_INFO_ID, ID_BYTES);
  return {
    id,
    psk: derive(linkSecret, id, REQUEST_INFO_PSK, KEY_BYTES),
    pskId: id.slice(),
    submitProof: derive(linkSecret, id, REQUEST_INFO_SUBMIT, KEY_BYTES),
    noteKey: derive(linkSecret, id, REQUEST_INFO_NOTE, KEY_BYTES),
  };
}

/**
 * The requester's whole key tree from the seed S.
 * @param seed - S, 32 bytes
 * @returns every key of the request; the caller wipes them with `wipeRequestKeys` when done
 * @throws `request: ...` when S is not 32 bytes
 * @example
 * const keys = createRequestKeys(newRequestSeed());
 * keys.publicKey; // 32 bytes, travels only in the request link
 */
export function createRequestKeys(seed: Uint8Array): RequestKeys {
  if (seed.length !== REQUEST_SEED_BYTES) {
    throw new Error(`request: seed must be ${REQUEST_SEED_BYTES} bytes, got ${seed.length}`);
  }
  const kemIkm = derive(seed, EMPTY, REQUEST_INFO_KEM, KEY_BYTES);
  const { secretKey, publicKey } = deriveKeyPair(kemIkm);
  kemIkm.fill(0);
  const linkSecret = derive(seed, EMPTY, REQUEST_INFO_LINK, REQUEST_LINK_SECRET_BYTES);
  return {
    seed: seed.slice(),
    secretKey,
    publicKey,
    collectProof: derive(seed, EMPTY, REQUEST_INFO_COLLECT, KEY_BYTES),
    manageProof: derive(seed, EMPTY, REQUEST_INFO_MANAGE, KEY_BYTES),
    linkSecret,
    ...requestLinkKeys(linkSecret),
  };
}

/** Zeroes every secret of a key tree (the id and public key are public and stay). */
export function wipeRequestKeys(keys: Partial<RequestKeys>): void {
  const secrets = [keys.seed, keys.secretKey, keys.collectProof, keys.manageProof, keys.linkSecret];
  for (const bytes of [...secrets, keys.psk, keys.submitProof, keys.noteKey]) bytes?.fill(0);
}

/** What the server stores in place of the proofs, base64url: SHA-256 of each. */
export type RequestVerifiers = {
  id: string;
  collectVerifier: string;
  manageVerifier: string;
  submitVerifier: string;
};

/**
 * The id and verifiers a create call uploads. No key, no public key.
 * @example
 * const { id, collectVerifier } = requestVerifiers(createRequestKeys(seed));
 */
export function requestVerifiers(keys: RequestKeys): RequestVerifiers {
  return {
    id: encodeBase64url(keys.id),
    collectVerifier: encodeBase64url(sha256(keys.collectProof)),
    manageVerifier: encodeBase64url(sha256(keys.manageProof)),
    submitVerifier: encodeBase64url(sha256(keys.submitProof)),
  };
}
