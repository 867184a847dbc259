import { gcm } from '@noble/ciphers/aes.js';
import { x25519 } from '@noble/curves/ed25519.js';
import { expand, extract } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { concatBytes, utf8ToBytes } from '@noble/hashes/utils.js';

/*
 * Hybrid Public Key Encryption (RFC 9180), the one suite family Handoff needs:
 *
 *   KEM  DHKEM(X25519, HKDF-SHA256)  0x0020   Nsecret = Nenc = Npk = Nsk = 32
 *   KDF  HKDF-SHA256                 0x0001   Nh = 32
 *   AEAD AES-128-GCM                 0x0001   Nk = 16, Nn = 12, Nt = 16
 *        AES-256-GCM                 0x0002   Nk = 32, Nn = 12, Nt = 16
 *
 * Modes base (0x00) and psk (0x01). X25519 is @noble/curves, HKDF and SHA-256
 * @noble/hashes, AES-GCM @noble/ciphers: this file only composes them, as
 * RFC 9180 §4–§7 write it, and is tested against Appendix A.1.
 *
 *   LabeledExtract(salt, label, ikm)       = Extract(salt, "HPKE-v1" || suite_id || label || ikm)
 *   LabeledExpand(prk, label, info, L)     = Expand(prk, I2OSP(L, 2) || "HPKE-v1" || suite_id || label || info, L)
 *   suite_id (KEM)  = "KEM"  || I2OSP(0x0020, 2)
 *   suite_id (HPKE) = "HPKE" || I2OSP(0x0020, 2) || I2OSP(0x0001, 2) || I2OSP(aead, 2)
 */

/** AEAD identifiers of RFC 9180 §7.3 that this layer implements. */
export const HPKE_AEAD_AES_128_GCM = 0x0001;
export const HPKE_AEAD_AES_256_GCM = 0x0002;
export type HpkeAead = typeof HPKE_AEAD_AES_128_GCM | typeof HPKE_AEAD_AES_256_GCM;

export const HPKE_KEM_X25519_SHA256 = 0x0020;
export const HPKE_KDF_HKDF_SHA256 = 0x0001;

/** Bytes of an X25519 public key, secret key, encapsulation and KEM shared secret. */
export const HPKE_X25519_BYTES = 32;
/** Bytes of an AEAD tag (Nt). */
export const HPKE_TAG_BYTES = 16;
const NONCE_BYTES = 12;
const HASH_BYTES = 32;

const MODE_BASE = 0x00;
const MODE_PSK = 0x01;

const VERSION_LABEL = utf8ToBytes('HPKE-v1');
const EMPTY = new Uint8Array(0);

function i2osp(value: number, bytes: number): Uint8Array {
  const out = new Uint8Array(bytes);
  let rest = value;
  for (let i = bytes - 1; i >= 0 && rest > 0; i--) {
    out[i] = rest % 256;
    rest = Math.floor(rest / 256);
  }
  return out;
}

const KEM_SUITE_ID = concatBytes(utf8ToBytes('KEM'), i2osp(HPKE_KEM_X25519_SHA256, 2));

function hpkeSuiteId(aead: HpkeAead): Uint8Array {
  return concatBytes(
    utf8ToBytes('HPKE'),
    i2osp(HPKE_KEM_X25519_SHA256, 2),
    i2osp(HPKE_KDF_HKDF_SHA256, 2),
    i2osp(aead, 2),
  );
}

function keyBytes(aead: HpkeAead): number {
  if (aead === HPKE_AEAD_AES_128_GCM) return 16;
  if (aead === HPKE_AEAD_AES_256_GCM) return 32;
  throw new Error(`hpke: unsupported AEAD ${aead as number}`);
}

function labeledExtract(suiteId: Uint8Array, salt: Uint8Array, label: string, ikm: Uint8Array): Uint8Array {
  const labeled = concatBytes(VERSION_LABEL, suiteId, utf8ToBytes(label), ikm);
  try {
    return extract(sha256, labeled, salt);
  } finally {
    labeled.fill(0);
  }
}

function labeledExpand(suiteId: Uint8Array, prk: Uint8Array, label: string, info: Uint8Array, length: number) {
  const labeled = concatBytes(i2osp(length, 2), VERSION_LABEL, suiteId, utf8ToBytes(label), info);
  return expand(sha256, prk, labeled, length);
}

function checkBytes(bytes: Uint8Array, length: number, what: string): void {
  if (bytes.length !== length) throw new Error(`hpke: ${what} must be ${length} bytes, got ${bytes.length}`);
}

/** An X25519 key pair, serialised as RFC 9180 §7.1.1–7.1.2 (32 raw bytes each). */
export type HpkeKeyPair = { secretKey: Uint8Array; publicKey: Uint8Array };

/**
 * DeriveKeyPair(ikm) for DHKEM(X25519, HKDF-SHA256), RFC 9180 §7.1.3:
 * `sk = LabeledExpand(LabeledExtract("", "dkp_prk", ikm), "sk", "", 32)`.
 * @param ikm - at least 32 bytes of entropy, never used for anything else (§9.2.3)
 * @returns the key pair
 * @throws `hpke: ...` for an ikm shorter than 32 bytes
 * @example
 * const { publicKey } = deriveKeyPair(new Uint8Array(32).fill(7)); // 32 bytes
 */
export function deriveKeyPair(ikm: Uint8Array): HpkeKeyPair {
  if (ikm.length < HPKE_X25519_BYTES) throw new Error(`hpke: ikm must be at least ${HPKE_X25519_BYTES} bytes`);
  const prk = labeledExtract(KEM_SUITE_ID, EMPTY, 'dkp_prk', ikm);
  const secretKey = labeledExpand(KEM_SUITE_ID, prk, 'sk', EMPTY, HPKE_X25519_BYTES);
  prk.fill(0);
  return { secretKey, publicKey: x25519.getPublicKey(secretKey) };
}

/** pk(skX) of an X25519 secret key. */
export function publicKeyOf(secretKey: Uint8Array): Uint8Array {
  checkBytes(secretKey, HPKE_X25519_BYTES, 'secret key');
  return x25519.getPublicKey(secretKey);
}

/** DH(sk, pk) with the all-zero output rejected (RFC 9180 §7.1.4). */
function dh(secretKey: Uint8Array, publicKey: Uint8Array): Uint8Array {
  checkBytes(secretKey, HPKE_X25519_BYTES, 'secret key');
  checkBytes(publicKey, HPKE_X25519_BYTES, 'public key');
  let shared: Uint8Array;
  try {
    shared = x25519.getSharedSecret(secretKey, publicKey);
  } catch {
    throw new Error('hpke: invalid public key');
  }
  if (shared.every((b) => b === 0)) throw new Error('hpke: invalid public key');
  return shared;
}

function extractAndExpand(dhOutput: Uint8Array, kemContext: Uint8Array): Uint8Array {
  const prk = labeledExtract(KEM_SUITE_ID, EMPTY, 'eae_prk', dhOutput);
  const sharedSecret = labeledExpand(KEM_SUITE_ID, prk, 'shared_secret', kemContext, HPKE_X25519_BYTES);
  prk.fill(0);
  return sharedSecret;
}

/**
 * Encap(pkR), RFC 9180 §4.1.
 * @param publicKey - the recipient's public key pkR
 * @param ephemeralSecretKey - only for known-answer tests; a fresh random key otherwise
 * @returns `{ sharedSecret, enc }`
 */
export function encap(
  publicKey: Uint8Array,
  ephemeralSecretKey: Uint8Array = x25519.utils.randomSecretKey(),
): { sharedSecret: Uint8Array; enc: Uint8Array } {
  const dhOutput = dh(ephemeralSecretKey, publicKey);
  const enc = publicKeyOf(ephemeralSecretKey);
  const sharedSecret = extractAndExpand(dhOutput, concatBytes(enc, publicKey));
  dhOutput.fill(0);
  return { sharedSecret, enc };
}

/**
 * Decap(enc, skR), RFC 9180 §4.1.
 * @returns the KEM shared secret
 * @throws `hpke: ...` for a malformed or low-order `enc`
 */
export function decap(enc: Uint8Array, secretKey: Uint8Array): Uint8Array {
  checkBytes(enc, HPKE_X25519_BYTES, 'enc');
  const dhOutput = dh(secretKey, enc);
  const sharedSecret = extractAndExpand(dhOutput, concatBytes(enc, publicKeyOf(secretKey)));
  dhOutput.fill(0);
  return sharedSecret;
}

/** A pre-shared key and its identifier (RFC 9180 §5.1.2); the PSK must hold at least 32 bytes of entropy. */
export type HpkePsk = { psk: Uint8Array; pskId: Uint8Array };

/** What both sides agree on besides the keys. */
export type HpkeSetup = {
  aead: HpkeAead;
  info: Uint8Array;
  /** PSK mode when given; base mode otherwise. */
  psk?: HpkePsk;
};

/**
 * An encryption context (RFC 9180 §5.2–5.3). One side seals and the other
 * opens, in the same order; the sequence number advances with each message.
 * `wipe()` zeroes its key material once it is no longer needed.
 */
export class HpkeContext {
  private seq = 0;

  /** Intermediate and output values of the key schedule, readable for known-answer tests. */
  constructor(
    readonly aead: HpkeAead,
    readonly keyScheduleContext: Uint8Array,
    readonly secret: Uint8Array,
    readonly key: Uint8Array,
    readonly baseNonce: Uint8Array,
    readonly exporterSecret: Uint8Array,
  ) {}

  /** The next sequence number. */
  get sequence(): number {
    return this.seq;
  }

  private nextNonce(): Uint8Array {
    // Sequence numbers stay far below 2^53; RFC 9180's limit is 2^96 - 1.
    if (this.seq >= Number.MAX_SAFE_INTEGER) throw new Error('hpke: message limit reached');
    const nonce = i2osp(this.seq, NONCE_BYTES);
    for (let i = 0; i < NONCE_BYTES; i++) nonce[i]! ^= this.baseNonce[i]!;
    return nonce;
  }

  /** ContextS.Seal(aad, pt). */
  seal(aad: Uint8Array, plaintext: Uint8Array): Uint8Array {
    const sealed = gcm(this.key, this.nextNonce(), aad).encrypt(plaintext);
    this.seq++;
    return sealed;
  }

  /**
   * ContextR.Open(aad, ct).
   * @throws `hpke: authentication failed`; the sequence number does not advance then
   */
  open(aad: Uint8Array, ciphertext: Uint8Array): Uint8Array {
    let plaintext: Uint8Array;
    try {
      plaintext = gcm(this.key, this.nextNonce(), aad).decrypt(ciphertext);
    } catch {
      throw new Error('hpke: authentication failed');
    }
    this.seq++;
    return plaintext;
  }

  /** Context.Export(exporter_context, L) = LabeledExpand(exporter_secret, "sec", exporter_context, L). */
  export(exporterContext: Uint8Array, length: number): Uint8Array {
    if (!Number.isInteger(length) || length < 1 || length > 255 * HASH_BYTES) {
      throw new Error(`hpke: invalid export length ${length}`);
    }
    return labeledExpand(hpkeSuiteId(this.aead), this.exporterSecret, 'sec', exporterContext, length);
  }

  /** Zeroes the key, nonce and secrets; the context is unusable afterwards. */
  wipe(): void {
    for (const bytes of [this.secret, this.key, this.baseNonce, this.exporterSecret]) bytes.fill(0);
  }
}

/**
 * KeySchedule(mode, shared_secret, info, psk, psk_id), RFC 9180 §5.1, for
 * base mode (no PSK) or PSK mode.
 * @throws `hpke: ...` for an empty PSK or PSK id in PSK mode
 */
export function keySchedule(sharedSecret: Uint8Array, setup: HpkeSetup): HpkeContext {
  const suiteId = hpkeSuiteId(setup.aead);
  const psk = setup.psk?.psk ?? EMPTY;
  const pskId = setup.psk?.pskId ?? EMPTY;
  // VerifyPSKInputs: PSK mode needs both; base mode has neither (absent, not empty).
  if (setup.psk && (psk.length === 0 || pskId.length === 0)) throw new Error('hpke: PSK mode needs a PSK and an id');
  if (setup.psk && psk.length < 32) throw new Error('hpke: a PSK must be at least 32 bytes');
  const mode = setup.psk ? MODE_PSK : MODE_BASE;
  const pskIdHash = labeledExtract(suiteId, EMPTY, 'psk_id_hash', pskId);
  const infoHash = labeledExtract(suiteId, EMPTY, 'info_hash', setup.info);
  const context = concatBytes(Uint8Array.of(mode), pskIdHash, infoHash);
  const secret = labeledExtract(suiteId, sharedSecret, 'secret', psk);
  return new HpkeContext(
    setup.aead,
    context,
    secret,
    labeledExpand(suiteId, secret, 'key', context, keyBytes(setup.aead)),
    labeledExpand(suiteId, secret, 'base_nonce', context, NONCE_BYTES),
    labeledExpand(suiteId, secret, 'exp', context, HASH_BYTES),
  );
}

/**
 * SetupBaseS / SetupPSKS (RFC 9180 §5.1.1–5.1.2): a sender context for `publicKey`.
 * @param ephemeralSecretKey - only for known-answer tests; a fresh random key otherwise
 * @returns `enc` to send along, and the context
 * @example
 * const { enc, context } = setupSender(pkR, { aead: HPKE_AEAD_AES_256_GCM, info });
 * const ct = context.seal(aad, plaintext);
 */
export function setupSender(
  publicKey: Uint8Array,
  setup: HpkeSetup,
  ephemeralSecretKey?: Uint8Array,
): { enc: Uint8Array; context: HpkeContext } {
  const { sharedSecret, enc } = encap(publicKey, ephemeralSecretKey);
  const context = keySchedule(sharedSecret, setup);
  sharedSecret.fill(0);
  return { enc, context };
}

/**
 * SetupBaseR / SetupPSKR (RFC 9180 §5.1.1–5.1.2): the recipient's context for `enc`.
 * @throws `hpke: ...` for a malformed `enc`
 */
export function setupRecipient(enc: Uint8Array, secretKey: Uint8Array, setup: HpkeSetup): HpkeContext {
  const sharedSecret = decap(enc, secretKey);
  const context = keySchedule(sharedSecret, setup);
  sharedSecret.fill(0);
  return context;
}

/**
 * Single-shot Seal (RFC 9180 §6.1): one message to `publicKey`.
 * @returns `{ enc, ciphertext }`
 * @example
 * const { enc, ciphertext } = hpkeSeal(pkR, { aead: HPKE_AEAD_AES_256_GCM, info }, aad, plaintext);
 * hpkeOpen(enc, skR, { aead: HPKE_AEAD_AES_256_GCM, info }, aad, ciphertext); // plaintext
 */
export function hpkeSeal(
  publicKey: Uint8Array,
  setup: HpkeSetup,
  aad: Uint8Array,
  plaintext: Uint8Array,
  ephemeralSecretKey?: Uint8Array,
): { enc: Uint8Array; ciphertext: Uint8Array } {
  const { enc, context } = setupSender(publicKey, setup, ephemeralSecretKey);
  const ciphertext = context.seal(aad, plaintext);
  context.wipe();
  return { enc, ciphertext };
}

/**
 * Single-shot Open (RFC 9180 §6.1).
 * @throws `hpke: authentication failed`, `hpke: invalid public key`
 */
export function hpkeOpen(
  enc: Uint8Array,
  secretKey: Uint8Array,
  setup: HpkeSetup,
  aad: Uint8Array,
  ciphertext: Uint8Array,
): Uint8Array {
  const context = setupRecipient(enc, secretKey, setup);
  try {
    return context.open(aad, ciphertext);
  } finally {
    context.wipe();
  }
}
