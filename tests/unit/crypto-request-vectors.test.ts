import { sha256 } from '@noble/hashes/sha2.js';
import { describe, expect, it } from 'vitest';
import { type SecretContent } from '@/lib/crypto';
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
} from '@/lib/crypto/requests';
import {
  deriveKeyPair,
  encap,
  HPKE_AEAD_AES_256_GCM,
  setupRecipient,
  setupSender,
  type HpkeAead,
} from '@/lib/crypto/hpke';
import { answerInfo, noteAad, openNote, sealNote } from '@/lib/crypto/request';
import { requestVerifiers } from '@/lib/crypto/request-keys';
import { decodeBase64url } from '@/lib/protocol/base64url';
import { buildRequestVectors, streamPlaintext } from '@/tests/vectors/generate-requests';
import * as ref from '@/tests/vectors/requests-reference';
import vectors from '@/tests/vectors/requests.json';

/*
 * Reproduces tests/vectors/requests.json with lib/crypto, recomputes it with
 * the independent node:crypto implementation (tests/vectors/requests-reference.ts),
 * and reruns the generator, which refuses to produce anything where the two disagree.
 */

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
const unhex = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'hex'));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64url');

describe('request vectors: HPKE with the requests suite (AES-256-GCM) and AES-128-GCM, base and PSK', () => {
  it.each(vectors.hpke)('$name', (v) => {
    const psk = v.psk && v.pskId ? { psk: unhex(v.psk), pskId: unhex(v.pskId) } : undefined;
    const setup = { aead: v.aeadId as HpkeAead, info: unhex(v.info), ...(psk ? { psk } : {}) };
    expect(hex(deriveKeyPair(unhex(v.ikmE)).secretKey)).toBe(v.skEm);
    expect(hex(deriveKeyPair(unhex(v.ikmR)).publicKey)).toBe(v.pkRm);
    expect(hex(encap(unhex(v.pkRm), unhex(v.skEm)).sharedSecret)).toBe(v.sharedSecret);
    const { enc, context } = setupSender(unhex(v.pkRm), setup, unhex(v.skEm));
    expect(hex(enc)).toBe(v.enc);
    expect(hex(context.keyScheduleContext)).toBe(v.keyScheduleContext);
    expect(hex(context.secret)).toBe(v.secret);
    expect(hex(context.key)).toBe(v.key);
    expect(hex(context.baseNonce)).toBe(v.baseNonce);
    expect(hex(context.exporterSecret)).toBe(v.exporterSecret);
    const recipient = setupRecipient(enc, unhex(v.skRm), setup);
    for (const e of v.encryptions) {
      expect(hex(context.seal(unhex(e.aad), unhex(v.pt)))).toBe(e.ct);
      expect(hex(recipient.open(unhex(e.aad), unhex(e.ct)))).toBe(v.pt);
    }
    for (const e of v.exports) expect(hex(recipient.export(unhex(e.exporterContext), e.length))).toBe(e.value);
    // The node:crypto implementation lands on the same values.
    const s = ref.senderSchedule(unhex(v.pkRm), unhex(v.skEm), {
      aead: v.aeadId as 1 | 2,
      info: unhex(v.info),
      psk: psk?.psk,
      pskId: psk?.pskId,
    });
    expect([hex(s.sharedSecret), hex(s.key), hex(s.exporterSecret)]).toEqual([v.sharedSecret, v.key, v.exporterSecret]);
  });
});

describe('request vectors: key tree', () => {
  it.each(vectors.keyTree)('$name → every key, verifier and fragment', (v) => {
    const keys = createRequestKeys(unhex(v.seed));
    expect(deriveKeyPair(unhex(v.kemIkm))).toEqual({ secretKey: keys.secretKey, publicKey: keys.publicKey });
    expect(hex(keys.secretKey)).toBe(v.secretKey);
    expect(hex(keys.publicKey)).toBe(v.publicKey);
    expect(hex(keys.collectProof)).toBe(v.collectProof);
    expect(hex(keys.manageProof)).toBe(v.manageProof);
    expect(hex(keys.linkSecret)).toBe(v.linkSecret);
    expect(hex(keys.id)).toBe(v.id);
    expect(hex(keys.psk)).toBe(v.psk);
    expect(hex(keys.pskId)).toBe(v.pskId);
    expect(hex(keys.submitProof)).toBe(v.submitProof);
    expect(hex(keys.noteKey)).toBe(v.noteKey);
    expect(requestVerifiers(keys)).toEqual({
      id: v.idB64,
      collectVerifier: v.collectVerifierB64,
      manageVerifier: v.manageVerifierB64,
      submitVerifier: v.submitVerifierB64,
    });
    expect(b64(sha256(keys.submitProof))).toBe(v.submitVerifierB64);
    const created = sealRequest('', unhex(v.seed));
    expect([created.ownerFragment, created.requestFragment, created.manageToken]).toEqual([
      v.ownerFragment,
      v.requestFragment,
      v.manageTokenB64,
    ]);
    expect(ownerCredentials(unhex(v.seed))).toEqual({
      id: v.idB64,
      collectProof: b64(unhex(v.collectProof)),
      manageToken: v.manageTokenB64,
    });
    const parsed = parseRequestFragment(`#${v.requestFragment}`);
    if (!parsed.ok) throw new Error(parsed.problem);
    expect([hex(parsed.publicKey), hex(parsed.linkSecret)]).toEqual([v.publicKey, v.linkSecret]);
    expect(responderCredentials(parsed.linkSecret)).toEqual({ id: v.idB64, submitProof: b64(unhex(v.submitProof)) });
    const owner = parseOwnerFragment(v.ownerFragment);
    expect(owner.ok && hex(owner.seed)).toBe(v.seed);
    // Independent implementation.
    const r = ref.requestTree(unhex(v.seed));
    expect(Object.fromEntries(Object.entries(r).map(([k, bytes]) => [k, hex(bytes)]))).toEqual({
      secretKey: v.secretKey,
      publicKey: v.publicKey,
      collectProof: v.collectProof,
      manageProof: v.manageProof,
      linkSecret: v.linkSecret,
      id: v.id,
      psk: v.psk,
      submitProof: v.submitProof,
      noteKey: v.noteKey,
    });
  });
});

describe('request vectors: notes', () => {
  it.each(vectors.notes)('$name: seals to the vector and opens again', (v) => {
    const keys = createRequestKeys(unhex(v.seed));
    expect(hex(noteAad(keys.id))).toBe(v.aad);
    expect(hex(sealNote(keys.noteKey, keys.id, v.text, unhex(v.nonce)))).toBe(v.envelope);
    expect(openNote(keys.noteKey, keys.id, unhex(v.envelope))).toBe(v.text);
    expect(openRequestNote(keys.linkSecret, v.envelopeB64)).toBe(v.text);
    expect(hex(ref.noteEnvelope(keys.noteKey, keys.id, unhex(v.nonce), v.text))).toBe(v.envelope);
  });
});

describe('request vectors: answers', () => {
  it.each(vectors.answers)('$name: seals to the vector and the requester opens it', async (v) => {
    const content = v.content as SecretContent;
    const parsed = parseRequestFragment(v.requestFragment);
    if (!parsed.ok) throw new Error(parsed.problem);
    const skE = deriveKeyPair(unhex(v.ikmE)).secretKey;
    expect(hex(skE)).toBe(v.skE);
    const sealed = await sealAnswer(parsed, content, { ephemeralSecretKey: skE, streamBackend: 'noble' });
    expect(sealed.sealed).toEqual(v.sealed);
    expect(hex(decodeBase64url(sealed.sealed.answer))).toBe(v.envelope);
    expect([sealed.id, sealed.submitProof, sealed.confirmation]).toEqual([v.idB64, v.submitProofB64, v.confirmation]);

    const keys = createRequestKeys(unhex(v.seed));
    expect(hex(answerInfo(keys.id, content.kind))).toBe(v.info);
    const context = setupRecipient(unhex(v.enc), keys.secretKey, {
      aead: HPKE_AEAD_AES_256_GCM,
      info: unhex(v.info),
      psk: { psk: keys.psk, pskId: keys.pskId },
    });
    expect(hex(context.keyScheduleContext)).toBe(v.keyScheduleContext);
    expect(hex(context.secret)).toBe(v.secret);
    expect(hex(context.key)).toBe(v.key);
    expect(hex(context.baseNonce)).toBe(v.baseNonce);
    expect(hex(context.exporterSecret)).toBe(v.exporterSecret);
    expect(hex(context.export(utf8('handoff/v1/req-files'), 32))).toBe(v.fileKey);

    const opened = await openAnswer(keys, v.sealed, 'noble');
    expect(opened.content).toEqual(content);
    expect(opened.confirmation).toBe(v.confirmation);
    if (v.stream && content.kind === 'bundle') {
      const stream = opened.stream!;
      expect([stream.streamBytes, stream.chunks]).toEqual([v.stream.streamBytes, v.stream.chunks]);
      const plaintext = streamPlaintext(content.files, v.stream.streamBytes);
      const parts: Uint8Array[] = [];
      for (let p = 0; p < stream.parts; p++) {
        const offset = stream.partOffset(p);
        parts.push(await stream.sealPart(p, plaintext.subarray(offset, offset + stream.partPlaintextBytes(p))));
      }
      const whole = Buffer.concat(parts);
      expect(hex(sha256(whole))).toBe(v.stream.streamSha256);
      expect(hex(whole.subarray(whole.length - 16))).toBe(v.stream.lastTag);
      if (v.stream.stream) expect(hex(whole)).toBe(v.stream.stream);
      expect(await sealed.stream!.openPart(0, parts[0]!)).toEqual(plaintext.subarray(0, stream.partPlaintextBytes(0)));
    } else {
      expect(opened.stream).toBeNull();
      expect(sealed.stream).toBeNull();
    }
    // Independent implementation.
    const reference = ref.answer(unhex(v.seed), skE, content.kind === 'text' ? 1 : 2, unhex(v.payload));
    expect([hex(reference.envelope), hex(reference.fileKey), reference.confirmation]).toEqual([
      v.envelope,
      v.fileKey,
      v.confirmation,
    ]);
    expect(hex(reference.schedule.sharedSecret)).toBe(v.sharedSecret);
  });
});

describe('request vectors: the generator', () => {
  it('recomputes requests.json, both implementations agreeing on every value', async () => {
    expect(JSON.parse(JSON.stringify(await buildRequestVectors()))).toEqual(vectors);
  }, 30_000);
});
