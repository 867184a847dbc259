/*
 * Generates tests/vectors/requests.json: the known-answer vectors of secret
 * requests (docs/protocol.md §Requests). Every value is computed by
 * lib/crypto (@noble) and again by the independent node:crypto
 * implementation in requests-reference.ts; the file is written only when both
 * agree. Inputs are fixed, so the output is deterministic.
 *
 *   npx tsx tests/vectors/generate-requests.ts           write requests.json
 *   npx tsx tests/vectors/generate-requests.ts --check   fail if requests.json differs
 *
 * tests/unit/crypto-request-vectors.test.ts runs buildRequestVectors() too.
 */
import { deepStrictEqual, strictEqual } from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { FileStream, type SecretContent, type SecretFile } from '../../lib/crypto';
import {
  createRequestKeys,
  openAnswer,
  openRequestNote,
  ownerCredentials,
  parseOwnerFragment,
  parseRequestFragment,
  responderCredentials,
  sealAnswer,
  sealRequest,
} from '../../lib/crypto/requests';
import {
  deriveKeyPair,
  encap,
  HPKE_AEAD_AES_128_GCM,
  HPKE_AEAD_AES_256_GCM,
  setupSender,
  type HpkeAead,
} from '../../lib/crypto/hpke';
import { pad } from '../../lib/crypto/padding';
import { encodePayload } from '../../lib/crypto/payload';
import { answerInfo, noteAad, sealNote } from '../../lib/crypto/request';
import { requestVerifiers } from '../../lib/crypto/request-keys';
import { encodeBase64url } from '../../lib/protocol/base64url';
import * as ref from './requests-reference';

const OUT = new URL('./requests.json', import.meta.url);

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
const unhex = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'hex'));
const utf8 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf8'));

/** Same bytes from lib/crypto and the reference, as hex. */
function agree(lib: Uint8Array, reference: Uint8Array, what: string): string {
  strictEqual(hex(lib), hex(reference), `${what}: lib/crypto and node:crypto disagree`);
  return hex(lib);
}

// ---- fixed inputs ----

const SEEDS: { name: string; seed: string }[] = [
  { name: 'all-zero seed', seed: '00'.repeat(32) },
  { name: 'all-0xff seed', seed: 'ff'.repeat(32) },
  { name: 'counting seed 00..1f', seed: Buffer.from(Array.from({ length: 32 }, (_, i) => i)).toString('hex') },
  { name: 'random seed A', seed: '9f3c1b7d2e8a4f605c1d2e3f4a5b6c7d8e9fa0b1c2d3e4f5061728394a5b6c7d' },
  { name: 'random seed B', seed: '4d2a91c07be35f8e16a0d93c7b52e48f0a61bd27c39e85f4d0a2b7c6e1f30958' },
];

/** RFC 9180 A.1's inputs, run through the suite requests use (AES-256-GCM) in both modes. */
const HPKE_INPUTS = {
  info: '4f6465206f6e2061204772656369616e2055726e',
  base: {
    ikmE: '7268600d403fce431561aef583ee1613527cff655c1343f29812e66706df3234',
    ikmR: '6db9df30aa07dd42ee5e8181afdb977e538f5e1fec8a06223f33f7013e525037',
  },
  psk: {
    ikmE: '78628c354e46f3e169bd231be7b2ff1c77aa302460a26dbfa15515684c00130b',
    ikmR: 'd4a09d09f575fef425905d2ab396c1449141463f698f8efdb7accfaff8995098',
    psk: '0247fd33b913760fa1fa51e1892d9f307fbe65eb171e8132c2af18555a738b82',
    pskId: '456e6e796e20447572696e206172616e204d6f726961',
  },
  pt: '4265617574792069732074727574682c20747275746820626561757479',
};

const NOTES: { name: string; seed: number; nonce: string; text: string }[] = [
  { name: 'empty note', seed: 3, nonce: '0c1d2e3f405162738495a6b7', text: '' },
  {
    name: 'ASCII note',
    seed: 3,
    nonce: 'a1b2c3d4e5f60718293a4b5c',
    text: 'Please send the staging DB password for project Falcon',
  },
  {
    name: 'unicode note',
    seed: 4,
    nonce: '5e6f708192a3b4c5d6e7f801',
    text: 'Cl\u00e9 SSH \u{1F511} f\u00fcr \u65e5\u672c',
  },
];

const FILES_SMALL: SecretFile[] = [
  { name: 'id_ed25519', type: 'application/octet-stream', size: 411 },
  { name: '.env', type: '', size: 208 },
];
const FILES_LARGE: SecretFile[] = [{ name: 'dump.sql.gz', type: 'application/gzip', size: 70000 }];

const ANSWERS: { name: string; seed: number; ikmE: string; content: SecretContent }[] = [
  {
    name: 'text answer',
    seed: 3,
    ikmE: '1f2e3d4c5b6a79889796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0',
    content: { kind: 'text', text: 'DATABASE_URL=postgres://app:s3cr3t@db.internal:5432/falcon' },
  },
  {
    name: 'bundle answer, two files in one chunk',
    seed: 4,
    ikmE: '0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9',
    content: { kind: 'bundle', text: 'keys for the staging box', files: FILES_SMALL },
  },
  {
    name: 'bundle answer, one file over two chunks',
    seed: 2,
    ikmE: 'f0e1d2c3b4a5968778695a4b3c2d1e0ff0e1d2c3b4a5968778695a4b3c2d1e0f',
    content: { kind: 'bundle', text: '', files: FILES_LARGE },
  },
];

/** Deterministic stream plaintext: file f's byte i is (i × (7 + 2f) + 3) mod 251, then zeros to the padded length. */
export function streamPlaintext(files: readonly SecretFile[], streamBytes: number): Uint8Array {
  const out = new Uint8Array(streamBytes);
  let at = 0;
  files.forEach((file, f) => {
    for (let i = 0; i < file.size; i++) out[at + i] = (i * (7 + 2 * f) + 3) % 251;
    at += file.size;
  });
  return out;
}

// ---- generation ----

function hpkeVectors() {
  const info = unhex(HPKE_INPUTS.info);
  const out = [];
  for (const [mode, inputs] of [
    ['base', HPKE_INPUTS.base],
    ['psk', HPKE_INPUTS.psk],
  ] as const) {
    for (const aead of [HPKE_AEAD_AES_128_GCM, HPKE_AEAD_AES_256_GCM] as HpkeAead[]) {
      const e = deriveKeyPair(unhex(inputs.ikmE));
      const r = deriveKeyPair(unhex(inputs.ikmR));
      const refE = ref.deriveKeyPair(unhex(inputs.ikmE));
      const refR = ref.deriveKeyPair(unhex(inputs.ikmR));
      const psk = 'psk' in inputs ? { psk: unhex(inputs.psk), pskId: unhex(inputs.pskId) } : undefined;
      const setup = { aead, info, ...(psk ? { psk } : {}) };
      const { enc, context } = setupSender(r.publicKey, setup, e.secretKey);
      const { sharedSecret } = encap(r.publicKey, e.secretKey);
      const refS = ref.senderSchedule(refR.pk, refE.sk, { aead, info, psk: psk?.psk, pskId: psk?.pskId });
      const encryptions = [0, 1, 2].map((seq) => {
        const aad = utf8(`Count-${seq}`);
        const ct = context.seal(aad, unhex(HPKE_INPUTS.pt));
        return { seq, aad: hex(aad), ct: agree(ct, ref.hpkeSealAt(refS, seq, aad, unhex(HPKE_INPUTS.pt)), 'ct') };
      });
      const exports = ['', '00', '54657374436f6e74657874'].map((c) => ({
        exporterContext: c,
        length: 32,
        value: agree(context.export(unhex(c), 32), ref.hpkeExport(refS, aead, unhex(c), 32), 'export'),
      }));
      out.push({
        name: `RFC 9180 A.1 inputs, ${mode} mode, aead ${aead}`,
        mode: mode === 'base' ? 0 : 1,
        kemId: 0x20,
        kdfId: 1,
        aeadId: aead,
        info: HPKE_INPUTS.info,
        ikmE: inputs.ikmE,
        skEm: agree(e.secretKey, refE.sk, 'skEm'),
        pkEm: agree(e.publicKey, refE.pk, 'pkEm'),
        ikmR: inputs.ikmR,
        skRm: agree(r.secretKey, refR.sk, 'skRm'),
        pkRm: agree(r.publicKey, refR.pk, 'pkRm'),
        ...('psk' in inputs ? { psk: inputs.psk, pskId: inputs.pskId } : {}),
        enc: agree(enc, refS.enc, 'enc'),
        sharedSecret: agree(sharedSecret, refS.sharedSecret, 'shared_secret'),
        keyScheduleContext: agree(context.keyScheduleContext, refS.keyScheduleContext, 'key_schedule_context'),
        secret: agree(context.secret, refS.secret, 'secret'),
        key: agree(context.key, refS.key, 'key'),
        baseNonce: agree(context.baseNonce, refS.baseNonce, 'base_nonce'),
        exporterSecret: agree(context.exporterSecret, refS.exporterSecret, 'exporter_secret'),
        pt: HPKE_INPUTS.pt,
        encryptions,
        exports,
      });
    }
  }
  return out;
}

function keyTreeVectors() {
  return SEEDS.map((v) => {
    const seed = unhex(v.seed);
    const keys = createRequestKeys(seed);
    const r = ref.requestTree(seed);
    const kemIkm = ref.hkdf(seed, new Uint8Array(0), 'handoff/v1/req-kem', 32);
    deepStrictEqual(deriveKeyPair(kemIkm), { secretKey: keys.secretKey, publicKey: keys.publicKey });
    const verifiers = requestVerifiers(keys);
    const sealed = sealRequest('', seed);
    deepStrictEqual(
      { id: sealed.sealed.id, c: sealed.sealed.collectVerifier, m: sealed.sealed.manageVerifier },
      { id: verifiers.id, c: verifiers.collectVerifier, m: verifiers.manageVerifier },
    );
    const requestFragment = Buffer.concat([r.publicKey, r.linkSecret]).toString('base64url');
    strictEqual(sealed.requestFragment, requestFragment);
    strictEqual(sealed.ownerFragment, Buffer.from(seed).toString('base64url'));
    const parsed = parseRequestFragment(`#${requestFragment}`);
    strictEqual(parsed.ok && hex(parsed.publicKey) + hex(parsed.linkSecret), hex(r.publicKey) + hex(r.linkSecret));
    const owner = parseOwnerFragment(sealed.ownerFragment);
    strictEqual(owner.ok && hex(owner.seed), v.seed);
    deepStrictEqual(ownerCredentials(seed), {
      id: encodeBase64url(r.id),
      collectProof: encodeBase64url(r.collectProof),
      manageToken: encodeBase64url(r.manageProof),
    });
    deepStrictEqual(responderCredentials(r.linkSecret), {
      id: encodeBase64url(r.id),
      submitProof: encodeBase64url(r.submitProof),
    });
    const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
    strictEqual(verifiers.submitVerifier, b64(ref.sha256(r.submitProof)));
    return {
      name: v.name,
      seed: v.seed,
      kemIkm: hex(kemIkm),
      secretKey: agree(keys.secretKey, r.secretKey, 'skR'),
      publicKey: agree(keys.publicKey, r.publicKey, 'pkR'),
      collectProof: agree(keys.collectProof, r.collectProof, 'collectProof'),
      manageProof: agree(keys.manageProof, r.manageProof, 'manageProof'),
      linkSecret: agree(keys.linkSecret, r.linkSecret, 'R'),
      id: agree(keys.id, r.id, 'id'),
      psk: agree(keys.psk, r.psk, 'psk'),
      pskId: agree(keys.pskId, r.id, 'psk_id'),
      submitProof: agree(keys.submitProof, r.submitProof, 'submitProof'),
      noteKey: agree(keys.noteKey, r.noteKey, 'noteKey'),
      idB64: verifiers.id,
      collectVerifierB64: b64(ref.sha256(r.collectProof)),
      manageVerifierB64: b64(ref.sha256(r.manageProof)),
      submitVerifierB64: verifiers.submitVerifier,
      manageTokenB64: sealed.manageToken,
      requestFragment,
      ownerFragment: sealed.ownerFragment,
    };
  });
}

function noteVectors() {
  return NOTES.map((v) => {
    const seed = unhex(SEEDS[v.seed]!.seed);
    const keys = createRequestKeys(seed);
    const envelope = sealNote(keys.noteKey, keys.id, v.text, unhex(v.nonce));
    const reference = ref.noteEnvelope(keys.noteKey, keys.id, unhex(v.nonce), v.text);
    strictEqual(openRequestNote(keys.linkSecret, encodeBase64url(envelope)), v.text);
    return {
      name: v.name,
      seed: SEEDS[v.seed]!.seed,
      nonce: v.nonce,
      text: v.text,
      aad: hex(noteAad(keys.id)),
      payload: hex(encodePayload({ kind: 'text', text: v.text })),
      paddedBytes: pad(encodePayload({ kind: 'text', text: v.text })).length,
      envelope: agree(envelope, reference, `note ${v.name}`),
      envelopeB64: encodeBase64url(envelope),
    };
  });
}

async function answerVectors() {
  const out = [];
  for (const v of ANSWERS) {
    const seed = unhex(SEEDS[v.seed]!.seed);
    const keys = createRequestKeys(seed);
    const skE = deriveKeyPair(unhex(v.ikmE)).secretKey;
    agree(skE, ref.deriveKeyPair(unhex(v.ikmE)).sk, 'skE');
    const payload = encodePayload(v.content);
    const kindByte = v.content.kind === 'text' ? 1 : 2;
    const reference = ref.answer(seed, skE, kindByte, payload);
    const sealedBy = await sealAnswer(keys, v.content, { ephemeralSecretKey: skE, streamBackend: 'noble' });
    const envelope = Buffer.from(sealedBy.sealed.answer, 'base64url');
    const opened = await openAnswer(keys, sealedBy.sealed, 'noble');
    deepStrictEqual(opened.content, v.content);
    strictEqual(opened.confirmation, sealedBy.confirmation);
    strictEqual(sealedBy.confirmation, reference.confirmation, 'confirmation code');
    strictEqual(sealedBy.id, encodeBase64url(keys.id));
    strictEqual(sealedBy.submitProof, encodeBase64url(keys.submitProof));
    // The context behind the envelope, for its intermediate values.
    const { context } = setupSender(
      keys.publicKey,
      {
        aead: HPKE_AEAD_AES_256_GCM,
        info: answerInfo(keys.id, v.content.kind),
        psk: { psk: keys.psk, pskId: keys.id },
      },
      skE,
    );
    const s = reference.schedule;
    let stream: object | undefined;
    if (v.content.kind === 'bundle') {
      const streamBytes = sealedBy.sealed.files!.streamBytes;
      const plaintext = streamPlaintext(v.content.files, streamBytes);
      const expected = ref.fileStream(reference.fileKey, plaintext);
      for (const backend of ['noble', 'webcrypto'] as const) {
        const sealer = await FileStream.create(reference.fileKey, streamBytes, backend);
        const parts: Uint8Array[] = [];
        for (let p = 0; p < sealer.parts; p++) {
          const offset = sealer.partOffset(p);
          parts.push(await sealer.sealPart(p, plaintext.subarray(offset, offset + sealer.partPlaintextBytes(p))));
        }
        agree(Buffer.concat(parts), expected, `stream ${v.name} (${backend})`);
        // The stream lib/crypto hands the sender and the recipient use the same key.
        const fromSeal = await sealedBy.stream!.sealPart(
          0,
          plaintext.subarray(0, sealedBy.stream!.partPlaintextBytes(0)),
        );
        agree(fromSeal, parts[0]!, 'sealAnswer stream');
        agree(
          await opened.stream!.openPart(0, parts[0]!),
          plaintext.subarray(0, sealer.partPlaintextBytes(0)),
          'openAnswer stream',
        );
      }
      stream = {
        streamBytes,
        plaintext: "file f's byte i is (i * (7 + 2f) + 3) mod 251, files in order, then zeros",
        chunks: Math.max(1, Math.ceil(streamBytes / 65536)),
        ...(expected.length <= 2048 ? { stream: hex(expected) } : {}),
        streamSha256: hex(ref.sha256(expected)),
        lastTag: hex(expected.subarray(expected.length - 16)),
      };
    }
    out.push({
      name: v.name,
      seed: SEEDS[v.seed]!.seed,
      requestFragment: Buffer.concat([keys.publicKey, keys.linkSecret]).toString('base64url'),
      content: v.content,
      ikmE: v.ikmE,
      skE: hex(skE),
      info: agree(answerInfo(keys.id, v.content.kind), reference.info, 'info'),
      enc: agree(envelope.subarray(1, 33), s.enc, 'enc'),
      sharedSecret: hex(s.sharedSecret),
      keyScheduleContext: agree(context.keyScheduleContext, s.keyScheduleContext, 'key_schedule_context'),
      secret: agree(context.secret, s.secret, 'secret'),
      key: agree(context.key, s.key, 'key'),
      baseNonce: agree(context.baseNonce, s.baseNonce, 'base_nonce'),
      exporterSecret: agree(context.exporterSecret, s.exporterSecret, 'exporter_secret'),
      payload: hex(payload),
      paddedBytes: pad(payload).length,
      envelope: agree(envelope, reference.envelope, `answer ${v.name}`),
      sealed: sealedBy.sealed,
      idB64: sealedBy.id,
      submitProofB64: sealedBy.submitProof,
      fileKey: agree(context.export(utf8('handoff/v1/req-files'), 32), reference.fileKey, 'fileKey'),
      confirmation: reference.confirmation,
      ...(stream ? { stream } : {}),
    });
  }
  return out;
}

/** Every vector, computed by both implementations (throws where they disagree). */
export async function buildRequestVectors() {
  return {
    construction: 'requests',
    description:
      'Known-answer vectors of Handoff secret requests (docs/protocol.md §Requests), a construction beside protocol v1. Bytes are hex; fields ending in B64 and the fragments are base64url without padding, as on the wire. Generated by tests/vectors/generate-requests.ts and cross-checked against the node:crypto implementation in tests/vectors/requests-reference.ts.',
    labels: {
      kem: 'handoff/v1/req-kem',
      collect: 'handoff/v1/req-collect',
      manage: 'handoff/v1/req-manage',
      link: 'handoff/v1/req-link',
      id: 'handoff/v1/req-id',
      psk: 'handoff/v1/req-psk',
      submit: 'handoff/v1/req-submit',
      note: 'handoff/v1/req-note',
      answer: 'handoff/v1/req-answer',
      exportFiles: 'handoff/v1/req-files',
      exportConfirm: 'handoff/v1/req-confirm',
    },
    hpke: hpkeVectors(),
    keyTree: keyTreeVectors(),
    notes: noteVectors(),
    answers: await answerVectors(),
  };
}

async function main(): Promise<void> {
  const vectors = JSON.parse(JSON.stringify(await buildRequestVectors()));
  if (process.argv.includes('--check')) {
    deepStrictEqual(JSON.parse(readFileSync(OUT, 'utf8')), vectors, 'requests.json is stale');
    console.log('requests.json matches');
    return;
  }
  writeFileSync(OUT, `${JSON.stringify(vectors, null, 2)}\n`);
  console.log(`wrote ${OUT.pathname}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
