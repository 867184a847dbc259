/*
 * An independent implementation of secret requests (docs/protocol.md
 * §Requests) on node:crypto alone, written from the specification and RFC
 * 9180, sharing no code with lib/crypto: X25519 through PKCS#8/SPKI DER keys
 * and crypto.diffieHellman, HKDF through crypto.hkdfSync for the key tree,
 * and RFC 9180's LabeledExtract/LabeledExpand from HMAC-SHA256 directly
 * (hkdfSync fuses extract and expand, which the labelled forms cannot use),
 * AES-GCM through createCipheriv. generate-requests.ts and
 * tests/unit/crypto-request-vectors.test.ts hold lib/crypto to it.
 */
import {
  createCipheriv,
  createHash,
  createHmac,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  hkdfSync,
} from 'node:crypto';

const bytesOf = (buffer: Buffer | ArrayBuffer): Uint8Array => new Uint8Array(buffer);
const cat = (...parts: Uint8Array[]): Uint8Array => bytesOf(Buffer.concat(parts));
const text = (value: string): Uint8Array => bytesOf(Buffer.from(value, 'utf8'));
const u16 = (n: number): Uint8Array => Uint8Array.of(n >> 8, n & 0xff);

export const sha256 = (data: Uint8Array): Uint8Array => bytesOf(createHash('sha256').update(data).digest());

/** HKDF-SHA256 (RFC 5869) in one call: the key tree's derivations. */
export const hkdf = (ikm: Uint8Array, salt: Uint8Array, info: string, length: number): Uint8Array =>
  bytesOf(hkdfSync('sha256', ikm, salt, text(info), length));

const hmac = (key: Uint8Array, data: Uint8Array): Uint8Array =>
  bytesOf(createHmac('sha256', key).update(data).digest());

/** RFC 5869 §2.2; an empty salt is HashLen zeros. */
export const hkdfExtract = (salt: Uint8Array, ikm: Uint8Array): Uint8Array =>
  hmac(salt.length === 0 ? new Uint8Array(32) : salt, ikm);

/** RFC 5869 §2.3. */
export function hkdfExpand(prk: Uint8Array, info: Uint8Array, length: number): Uint8Array {
  const out: Uint8Array[] = [];
  let previous: Uint8Array = new Uint8Array(0);
  for (let i = 1; out.length * 32 < length; i++) {
    previous = hmac(prk, cat(previous, info, Uint8Array.of(i)));
    out.push(previous);
  }
  return cat(...out).slice(0, length);
}

// ---- X25519 through DER-wrapped raw keys (RFC 8410) ----

const PKCS8_X25519 = Buffer.from('302e020100300506032b656e04220420', 'hex');
const SPKI_X25519 = Buffer.from('302a300506032b656e032100', 'hex');

const privateKey = (sk: Uint8Array) =>
  createPrivateKey({ key: Buffer.concat([PKCS8_X25519, sk]), format: 'der', type: 'pkcs8' });
const publicKey = (pk: Uint8Array) =>
  createPublicKey({ key: Buffer.concat([SPKI_X25519, pk]), format: 'der', type: 'spki' });

export const x25519Public = (sk: Uint8Array): Uint8Array =>
  bytesOf(createPublicKey(privateKey(sk)).export({ format: 'der', type: 'spki' })).slice(SPKI_X25519.length);

const x25519 = (sk: Uint8Array, pk: Uint8Array): Uint8Array =>
  bytesOf(diffieHellman({ privateKey: privateKey(sk), publicKey: publicKey(pk) }));

// ---- RFC 9180 for kem 0x0020, kdf 0x0001, aead 0x0001 / 0x0002 ----

const KEM_SUITE = cat(text('KEM'), u16(0x0020));
const hpkeSuite = (aead: number): Uint8Array => cat(text('HPKE'), u16(0x0020), u16(0x0001), u16(aead));

const labeledExtract = (suite: Uint8Array, salt: Uint8Array, label: string, ikm: Uint8Array) =>
  hkdfExtract(salt, cat(text('HPKE-v1'), suite, text(label), ikm));
const labeledExpand = (suite: Uint8Array, prk: Uint8Array, label: string, info: Uint8Array, length: number) =>
  hkdfExpand(prk, cat(u16(length), text('HPKE-v1'), suite, text(label), info), length);

export function deriveKeyPair(ikm: Uint8Array): { sk: Uint8Array; pk: Uint8Array } {
  const prk = labeledExtract(KEM_SUITE, new Uint8Array(0), 'dkp_prk', ikm);
  const sk = labeledExpand(KEM_SUITE, prk, 'sk', new Uint8Array(0), 32);
  return { sk, pk: x25519Public(sk) };
}

function sharedSecretOf(dh: Uint8Array, enc: Uint8Array, pkR: Uint8Array): Uint8Array {
  const prk = labeledExtract(KEM_SUITE, new Uint8Array(0), 'eae_prk', dh);
  return labeledExpand(KEM_SUITE, prk, 'shared_secret', cat(enc, pkR), 32);
}

export type Schedule = {
  sharedSecret: Uint8Array;
  keyScheduleContext: Uint8Array;
  secret: Uint8Array;
  key: Uint8Array;
  baseNonce: Uint8Array;
  exporterSecret: Uint8Array;
};

export type Suite = { aead: 1 | 2; info: Uint8Array; psk?: Uint8Array; pskId?: Uint8Array };

function schedule(sharedSecret: Uint8Array, suite: Suite): Schedule {
  const id = hpkeSuite(suite.aead);
  const empty = new Uint8Array(0);
  const mode = suite.psk ? 0x01 : 0x00;
  const keyScheduleContext = cat(
    Uint8Array.of(mode),
    labeledExtract(id, empty, 'psk_id_hash', suite.pskId ?? empty),
    labeledExtract(id, empty, 'info_hash', suite.info),
  );
  const secret = labeledExtract(id, sharedSecret, 'secret', suite.psk ?? empty);
  return {
    sharedSecret,
    keyScheduleContext,
    secret,
    key: labeledExpand(id, secret, 'key', keyScheduleContext, suite.aead === 1 ? 16 : 32),
    baseNonce: labeledExpand(id, secret, 'base_nonce', keyScheduleContext, 12),
    exporterSecret: labeledExpand(id, secret, 'exp', keyScheduleContext, 32),
  };
}

/** SetupS with a given ephemeral secret key. */
export function senderSchedule(pkR: Uint8Array, skE: Uint8Array, suite: Suite): Schedule & { enc: Uint8Array } {
  const enc = x25519Public(skE);
  return { enc, ...schedule(sharedSecretOf(x25519(skE, pkR), enc, pkR), suite) };
}

/** SetupR. */
export function recipientSchedule(enc: Uint8Array, skR: Uint8Array, suite: Suite): Schedule {
  return schedule(sharedSecretOf(x25519(skR, enc), enc, x25519Public(skR)), suite);
}

export function aesGcmSeal(key: Uint8Array, nonce: Uint8Array, aad: Uint8Array, plaintext: Uint8Array): Uint8Array {
  const cipher = createCipheriv(key.length === 16 ? 'aes-128-gcm' : 'aes-256-gcm', key, nonce);
  cipher.setAAD(aad);
  return cat(cipher.update(plaintext), cipher.final(), cipher.getAuthTag());
}

/** ContextS.Seal at sequence number `seq`. */
export function hpkeSealAt(s: Schedule, seq: number, aad: Uint8Array, plaintext: Uint8Array): Uint8Array {
  const nonce = s.baseNonce.slice();
  for (let i = 11, rest = seq; i >= 0 && rest > 0; i--, rest = Math.floor(rest / 256)) nonce[i]! ^= rest % 256;
  return aesGcmSeal(s.key, nonce, aad, plaintext);
}

export const hpkeExport = (s: Schedule, aead: 1 | 2, context: Uint8Array, length: number): Uint8Array =>
  labeledExpand(hpkeSuite(aead), s.exporterSecret, 'sec', context, length);

// ---- Handoff requests ----

export function requestTree(seed: Uint8Array) {
  const none = new Uint8Array(0);
  const { sk, pk } = deriveKeyPair(hkdf(seed, none, 'handoff/v1/req-kem', 32));
  const linkSecret = hkdf(seed, none, 'handoff/v1/req-link', 32);
  const id = hkdf(linkSecret, none, 'handoff/v1/req-id', 16);
  return {
    secretKey: sk,
    publicKey: pk,
    collectProof: hkdf(seed, none, 'handoff/v1/req-collect', 32),
    manageProof: hkdf(seed, none, 'handoff/v1/req-manage', 32),
    linkSecret,
    id,
    psk: hkdf(linkSecret, id, 'handoff/v1/req-psk', 32),
    submitProof: hkdf(linkSecret, id, 'handoff/v1/req-submit', 32),
    noteKey: hkdf(linkSecret, id, 'handoff/v1/req-note', 32),
  };
}

const BUCKETS = [256, 1024, 4096, ...Array.from({ length: 8 }, (_, i) => 8192 * 2 ** i)];

export function padded(payload: Uint8Array): Uint8Array {
  const out = new Uint8Array(BUCKETS.find((b) => b > payload.length)!);
  out.set(payload);
  out[payload.length] = 0x80;
  return out;
}

export const textPayload = (value: string): Uint8Array => cat(Uint8Array.of(0x01), text(value));

export function bundlePayload(note: string, files: { name: string; type: string; size: number }[]): Uint8Array {
  const body = text(note);
  const head = Buffer.alloc(5);
  head[0] = 0x02;
  head.writeUInt32BE(body.length, 1);
  const entries = files.map((f) => {
    const name = Buffer.from(f.name, 'utf8');
    const size = Buffer.alloc(8);
    size.writeBigUInt64BE(BigInt(f.size));
    return Buffer.concat([u16(name.length), name, Uint8Array.of(f.type.length), Buffer.from(f.type, 'ascii'), size]);
  });
  return cat(head, body, Uint8Array.of(files.length), ...entries);
}

/** The note envelope: 0x01 || nonce || AES-256-GCM(noteKey, aad = "handoff/v1/req-note" || id). */
export function noteEnvelope(noteKey: Uint8Array, id: Uint8Array, nonce: Uint8Array, note: string): Uint8Array {
  const aad = cat(text('handoff/v1/req-note'), id);
  return cat(Uint8Array.of(0x01), nonce, aesGcmSeal(noteKey, nonce, aad, padded(textPayload(note))));
}

export const answerInfo = (id: Uint8Array, kind: 1 | 2): Uint8Array =>
  cat(text('handoff/v1/req-answer'), id, Uint8Array.of(kind));

/** An answer sealed to the request of `seed`, with ephemeral key `skE`. */
export function answer(seed: Uint8Array, skE: Uint8Array, kind: 1 | 2, payload: Uint8Array) {
  const tree = requestTree(seed);
  const info = answerInfo(tree.id, kind);
  const suite: Suite = { aead: 2, info, psk: tree.psk, pskId: tree.id };
  const s = senderSchedule(tree.publicKey, skE, suite);
  const r = recipientSchedule(s.enc, tree.secretKey, suite);
  if (Buffer.compare(s.key, r.key) !== 0) throw new Error('reference: sender and recipient disagree');
  const confirm = hpkeExport(s, 2, text('handoff/v1/req-confirm'), 4);
  const code = (Buffer.from(confirm).readUInt32BE(0) % 1_000_000).toString().padStart(6, '0');
  return {
    info,
    schedule: s,
    envelope: cat(Uint8Array.of(0x01), s.enc, hpkeSealAt(s, 0, info, padded(payload))),
    fileKey: hpkeExport(s, 2, text('handoff/v1/req-files'), 32),
    confirmation: `${code.slice(0, 3)} ${code.slice(3)}`,
  };
}

/** The v1 file stream (age STREAM, AES-256-GCM, 64 KiB chunks). */
export function fileStream(key: Uint8Array, plaintext: Uint8Array): Uint8Array {
  const chunks = Math.max(1, Math.ceil(plaintext.length / 65536));
  const out: Uint8Array[] = [];
  for (let i = 0; i < chunks; i++) {
    const nonce = Buffer.alloc(12);
    nonce.writeUIntBE(i, 5, 6);
    nonce[11] = i === chunks - 1 ? 1 : 0;
    out.push(aesGcmSeal(key, nonce, new Uint8Array(0), plaintext.subarray(i * 65536, (i + 1) * 65536)));
  }
  return cat(...out);
}
