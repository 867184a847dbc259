import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLinkFragment, type SecretContent } from '@/lib/crypto';
import {
  createRequestKeys,
  openAnswer,
  openRequestNote,
  ownerLinkFragment,
  parseOwnerFragment,
  parseRequestFragment,
  requestLinkFragment,
  sealAnswer,
  sealRequest,
  wipeRequestKeys,
  type SealedAnswer,
} from '@/lib/crypto/requests';
import { deriveKeyPair } from '@/lib/crypto/hpke';
import { pad } from '@/lib/crypto/padding';
import { encodePayload } from '@/lib/crypto/payload';
import {
  ANSWER_OVERHEAD_BYTES,
  openAnswerEnvelope,
  openNote,
  sealAnswerEnvelope,
  sealNote,
} from '@/lib/crypto/request';
import { newRequestSeed, requestLinkKeys } from '@/lib/crypto/request-keys';
import { OWNER_FRAGMENT_CHARS, REQUEST_FRAGMENT_CHARS } from '@/lib/crypto/request-link';
import { decodeBase64url, encodeBase64url } from '@/lib/protocol/base64url';

const seedOf = (byte: number): Uint8Array => new Uint8Array(32).fill(byte);

const A = createRequestKeys(seedOf(0xa1));
const B = createRequestKeys(seedOf(0xb2));
const linkOf = (keys: typeof A) => ({ publicKey: keys.publicKey, linkSecret: keys.linkSecret });
const TEXT: SecretContent = { kind: 'text', text: 'STRIPE_KEY=rk_live_51H...' };
const BUNDLE: SecretContent = {
  kind: 'bundle',
  text: 'the deploy key',
  files: [{ name: 'id_ed25519', type: '', size: 399 }],
};

function flip(bytes: Uint8Array, index: number): Uint8Array {
  const out = bytes.slice();
  out[index]! ^= 0x01;
  return out;
}

describe('request keys', () => {
  it('derive the same link keys from R as from the seed', () => {
    const link = requestLinkKeys(A.linkSecret);
    expect(link).toEqual({ id: A.id, psk: A.psk, pskId: A.pskId, submitProof: A.submitProof, noteKey: A.noteKey });
  });

  it('give every request its own id, key pair and proofs', () => {
    for (const field of ['id', 'publicKey', 'collectProof', 'manageProof', 'linkSecret', 'psk', 'noteKey'] as const) {
      expect(A[field]).not.toEqual(B[field]);
    }
    const distinct = new Set(
      [A.collectProof, A.manageProof, A.submitProof, A.psk, A.noteKey, A.linkSecret].map(String),
    );
    expect(distinct.size).toBe(6);
  });

  it('refuse seeds and link secrets that are not 32 bytes', () => {
    expect(() => createRequestKeys(new Uint8Array(31))).toThrow('request: seed must be 32 bytes, got 31');
    expect(() => requestLinkKeys(new Uint8Array(33))).toThrow('request: link secret must be 32 bytes, got 33');
  });

  it('wipe every secret but leave the public id and key', () => {
    const keys = createRequestKeys(newRequestSeed());
    const { id, publicKey } = { id: keys.id.slice(), publicKey: keys.publicKey.slice() };
    wipeRequestKeys(keys);
    for (const secret of [keys.seed, keys.secretKey, keys.collectProof, keys.manageProof, keys.linkSecret, keys.psk]) {
      expect(secret.every((b) => b === 0)).toBe(true);
    }
    expect([keys.submitProof, keys.noteKey].every((s) => s.every((b) => b === 0))).toBe(true);
    expect([keys.id, keys.publicKey]).toEqual([id, publicKey]);
  });

  it('upload no key and no public key when a request is created', () => {
    const seed = newRequestSeed();
    const { sealed, requestFragment, ownerFragment, manageToken } = sealRequest('note', seed);
    expect(Object.keys(sealed).sort()).toEqual(['collectVerifier', 'id', 'manageVerifier', 'note', 'submitVerifier']);
    const keys = createRequestKeys(seed);
    const body = JSON.stringify(sealed);
    for (const secret of [keys.publicKey, keys.secretKey, keys.seed, keys.linkSecret, keys.psk, keys.noteKey]) {
      expect(body).not.toContain(encodeBase64url(secret));
    }
    for (const proof of [keys.collectProof, keys.manageProof, keys.submitProof]) {
      expect(body).not.toContain(encodeBase64url(proof));
    }
    expect(body).not.toContain(requestFragment.slice(0, 43));
    expect(body).not.toContain(ownerFragment);
    expect(body).not.toContain(manageToken);
  });
});

describe('request link fragments', () => {
  const fragment = requestLinkFragment(A.publicKey, A.linkSecret);

  it('are 86 characters and parse back', () => {
    expect(fragment).toHaveLength(REQUEST_FRAGMENT_CHARS);
    expect(REQUEST_FRAGMENT_CHARS).toBe(86);
    expect(parseRequestFragment(`#${fragment}`)).toEqual({
      ok: true,
      publicKey: A.publicKey,
      linkSecret: A.linkSecret,
    });
  });

  it('drop the junk chat apps append after a non-base64url character', () => {
    for (const junk of [').', '>', '%20', ' and more', '\n', '"', '&utm=1', '\u00a0', '#again']) {
      expect(parseRequestFragment(`#${fragment}${junk}`)).toEqual({
        ok: true,
        publicKey: A.publicKey,
        linkSecret: A.linkSecret,
      });
    }
  });

  it('report what is wrong with a fragment that is not one', () => {
    expect(parseRequestFragment('')).toEqual({ ok: false, problem: 'empty' });
    expect(parseRequestFragment('#')).toEqual({ ok: false, problem: 'empty' });
    expect(parseRequestFragment(fragment.slice(0, 85))).toEqual({ ok: false, problem: 'too-short' });
    expect(parseRequestFragment(`${fragment.slice(0, 85)}.`)).toEqual({ ok: false, problem: 'bad-characters' });
    expect(parseRequestFragment(`${fragment}A`)).toEqual({ ok: false, problem: 'too-long' });
    expect(parseRequestFragment(`${fragment}A)`)).toEqual({ ok: false, problem: 'too-long' });
    expect(parseRequestFragment(`##${fragment}`)).toEqual({ ok: false, problem: 'bad-characters' });
    expect(parseRequestFragment(`${fragment.slice(0, 43)}=${fragment.slice(44)}`)).toEqual({
      ok: false,
      problem: 'bad-characters',
    });
    // The 86th character carries 2 bits; the 4 unused low bits must be zero.
    const last = fragment.at(-1)!;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const nonCanonical = alphabet[alphabet.indexOf(last) | 1]!;
    expect(parseRequestFragment(`${fragment.slice(0, 85)}${nonCanonical}`)).toEqual({
      ok: false,
      problem: 'bad-characters',
    });
    expect(() => requestLinkFragment(A.publicKey.subarray(1), A.linkSecret)).toThrow(/^request: /);
  });

  it('round-trip any key and secret, with or without junk (property)', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.constantFrom('', '#'),
        fc.oneof(
          fc.constant(''),
          fc.string().map((s) => `)${s}`),
          fc.string().map((s) => ` ${s}`),
        ),
        (publicKey, linkSecret, hash, junk) => {
          const parsed = parseRequestFragment(`${hash}${requestLinkFragment(publicKey, linkSecret)}${junk}`);
          expect(parsed).toEqual({ ok: true, publicKey, linkSecret });
        },
      ),
    );
  });

  it('never throw, and accept only what the share-link rules accept at 86 characters (property)', () => {
    const b64Char = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_');
    fc.assert(
      fc.property(fc.array(b64Char, { minLength: 80, maxLength: 90 }), fc.string({ maxLength: 4 }), (chars, tail) => {
        const text = chars.join('') + tail;
        const parsed = parseRequestFragment(text);
        if (parsed.ok) {
          expect(requestLinkFragment(parsed.publicKey, parsed.linkSecret)).toBe(text.slice(0, 86));
          expect(/^[A-Za-z0-9_-]$/.test(text[86] ?? '.')).toBe(false);
        }
      }),
    );
  });

  it('owner fragments are share-link keys, parsed by exactly the same rules (property)', () => {
    expect(ownerLinkFragment(A.seed)).toHaveLength(OWNER_FRAGMENT_CHARS);
    expect(parseOwnerFragment(`#${ownerLinkFragment(A.seed)}).`)).toEqual({ ok: true, seed: A.seed });
    expect(() => ownerLinkFragment(new Uint8Array(16))).toThrow(/^request: /);
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        const owner = parseOwnerFragment(text);
        const share = parseLinkFragment(text);
        expect(owner.ok ? { ok: true, key: owner.seed } : owner).toEqual(share);
      }),
    );
  });
});

describe('request notes', () => {
  const envelope = sealNote(A.noteKey, A.id, 'Please send the staging DB password');

  it('open with the request link and with the owner link alike', () => {
    expect(openRequestNote(A.linkSecret, encodeBase64url(envelope))).toBe('Please send the staging DB password');
    expect(openNote(A.noteKey, A.id, envelope)).toBe('Please send the staging DB password');
  });

  it('hide their length in the padding buckets', () => {
    expect(sealNote(A.noteKey, A.id, '')).toHaveLength(256 + 29);
    expect(sealNote(A.noteKey, A.id, 'x'.repeat(254))).toHaveLength(256 + 29);
    expect(sealNote(A.noteKey, A.id, 'x'.repeat(255))).toHaveLength(1024 + 29);
    expect(sealNote(A.noteKey, A.id, 'x'.repeat(4094))).toHaveLength(4096 + 29);
    expect(() => sealNote(A.noteKey, A.id, 'x'.repeat(4095))).toThrow('request: the note is too long');
  });

  it('fail authentication when any byte changes', () => {
    for (let i = 1; i < envelope.length; i++) {
      expect(() => openNote(A.noteKey, A.id, flip(envelope, i))).toThrow('request: the note failed authentication');
    }
    expect(() => openNote(A.noteKey, A.id, flip(envelope, 0))).toThrow('envelope: unknown version 0');
  });

  it("do not open under another request's id or key", () => {
    expect(() => openNote(A.noteKey, B.id, envelope)).toThrow('request: the note failed authentication');
    expect(() => openNote(B.noteKey, A.id, envelope)).toThrow('request: the note failed authentication');
    expect(() => openRequestNote(B.linkSecret, encodeBase64url(envelope))).toThrow(
      'request: the note failed authentication',
    );
  });

  it('refuse truncation, oversize and non-text notes', () => {
    expect(() => openNote(A.noteKey, A.id, envelope.subarray(0, 28))).toThrow('envelope: too short');
    expect(() => openNote(A.noteKey, A.id, envelope.subarray(0, envelope.length - 1))).toThrow(
      'request: the note failed authentication',
    );
    expect(() => openNote(A.noteKey, A.id, new Uint8Array(4096 + 30))).toThrow('request: the note is too long');
  });
});

describe('request answers', () => {
  it('open for the requester, text and bundles, with the same confirmation code on both sides', async () => {
    for (const content of [TEXT, BUNDLE]) {
      const sealed = await sealAnswer(linkOf(A), content);
      const opened = await openAnswer(A, sealed.sealed);
      expect(opened.content).toEqual(content);
      expect(opened.confirmation).toBe(sealed.confirmation);
      expect(opened.confirmation).toMatch(/^\d{3} \d{3}$/);
      expect(sealed.id).toBe(encodeBase64url(A.id));
      expect(sealed.submitProof).toBe(encodeBase64url(A.submitProof));
      expect((opened.stream === null) === (content.kind === 'text')).toBe(true);
    }
  });

  it('carry files in a stream only the requester can open', async () => {
    const sealed = await sealAnswer(linkOf(A), BUNDLE, { streamBackend: 'noble' });
    const stream = sealed.stream!;
    const plaintext = new Uint8Array(stream.partPlaintextBytes(0)).fill(7, 0, 399);
    const part = await stream.sealPart(0, plaintext);
    const opened = await openAnswer(A, sealed.sealed, 'noble');
    expect(await opened.stream!.openPart(0, part)).toEqual(plaintext);
    // A second answer to the same request gets another stream key.
    const again = await openAnswer(A, (await sealAnswer(linkOf(A), BUNDLE)).sealed, 'noble');
    await expect(again.stream!.openPart(0, part)).rejects.toThrow('stream: chunk 0 failed authentication');
  });

  it('leave the parsed link intact, so the responder can retry', async () => {
    const link = { publicKey: A.publicKey.slice(), linkSecret: A.linkSecret.slice() };
    await sealAnswer(link, TEXT);
    expect(link).toEqual(linkOf(A));
  });

  it('fail authentication when any byte of the answer changes', async () => {
    const { sealed } = await sealAnswer(linkOf(A), TEXT);
    const envelope = decodeBase64url(sealed.answer);
    expect(envelope).toHaveLength(ANSWER_OVERHEAD_BYTES + 256);
    await expect(openAnswer(A, { answer: encodeBase64url(flip(envelope, 0)) })).rejects.toThrow(
      'request: unknown answer version 0',
    );
    for (let i = 1; i < envelope.length; i++) {
      expect(() => openAnswerEnvelope(A, 'text', flip(envelope, i))).toThrow(
        'request: the answer failed authentication',
      );
    }
  });

  it('refuse truncated and extended answers', async () => {
    const { sealed } = await sealAnswer(linkOf(A), TEXT);
    const envelope = decodeBase64url(sealed.answer);
    expect(() => openAnswerEnvelope(A, 'text', envelope.subarray(0, ANSWER_OVERHEAD_BYTES - 1))).toThrow(
      'request: answer too short',
    );
    for (const cut of [envelope.subarray(0, envelope.length - 1), envelope.subarray(0, 33 + 16)]) {
      expect(() => openAnswerEnvelope(A, 'text', cut)).toThrow('request: the answer failed authentication');
    }
    const longer = new Uint8Array([...envelope, 0]);
    expect(() => openAnswerEnvelope(A, 'text', longer)).toThrow('request: the answer failed authentication');
  });

  it("cannot be opened by another request's owner, nor moved to another request", async () => {
    const forA = await sealAnswer(linkOf(A), TEXT);
    await expect(openAnswer(B, forA.sealed)).rejects.toThrow('request: the answer failed authentication');
    // B's owner holding A's seal still fails even with A's public key in hand: the id, PSK and key all differ.
    const forB = await sealAnswer(linkOf(B), TEXT);
    await expect(openAnswer(A, forB.sealed)).rejects.toThrow('request: the answer failed authentication');
  });

  it("with another request's R (so its PSK and id) cannot be opened, even to the right public key", async () => {
    const wrongPsk = await sealAnswer({ publicKey: A.publicKey, linkSecret: B.linkSecret }, TEXT);
    await expect(openAnswer(A, wrongPsk.sealed)).rejects.toThrow('request: the answer failed authentication');
    await expect(openAnswer(B, wrongPsk.sealed)).rejects.toThrow('request: the answer failed authentication');
    // Same id, wrong PSK: only the PSK differs.
    const padded = pad(encodePayload(TEXT));
    const forged = sealAnswerEnvelope(A.publicKey, { ...requestLinkKeys(A.linkSecret), psk: B.psk }, 'text', padded);
    expect(() => openAnswerEnvelope(A, 'text', forged.envelope)).toThrow('request: the answer failed authentication');
  });

  it('without R cannot be made to decrypt, whoever holds the public key', async () => {
    // The public key alone (a server that learnt it, a link with R cut off) plus any guess at R.
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 32, maxLength: 32 }), async (guess) => {
        const sealed = await sealAnswer({ publicKey: A.publicKey, linkSecret: guess }, TEXT);
        await expect(openAnswer(A, sealed.sealed)).rejects.toThrow('request: the answer failed authentication');
      }),
      { numRuns: 20 },
    );
  });

  it('sealed to a swapped public key cannot be opened by the requester', async () => {
    const attacker = deriveKeyPair(new Uint8Array(32).fill(0x66));
    const swapped = await sealAnswer({ publicKey: attacker.publicKey, linkSecret: A.linkSecret }, TEXT);
    await expect(openAnswer(A, swapped.sealed)).rejects.toThrow('request: the answer failed authentication');
  });

  it('refuse a low-order public key in the link', async () => {
    await expect(sealAnswer({ publicKey: new Uint8Array(32), linkSecret: A.linkSecret }, TEXT)).rejects.toThrow(
      "request: the request link's public key is invalid",
    );
  });

  it('bind the kind: a server that adds or drops the files flag makes opening fail', async () => {
    const text = await sealAnswer(linkOf(A), TEXT);
    const asBundle: SealedAnswer = { answer: text.sealed.answer, files: { streamBytes: 256 } };
    await expect(openAnswer(A, asBundle)).rejects.toThrow('request: the answer failed authentication');
    const bundle = await sealAnswer(linkOf(A), BUNDLE);
    await expect(openAnswer(A, { answer: bundle.sealed.answer })).rejects.toThrow(
      'request: the answer failed authentication',
    );
  });

  it("refuse a server's stream length that differs from the answer's own", async () => {
    const bundle = await sealAnswer(linkOf(A), BUNDLE);
    expect(bundle.sealed.files).toEqual({ streamBytes: 1024 });
    await expect(openAnswer(A, { answer: bundle.sealed.answer, files: { streamBytes: 4096 } })).rejects.toThrow(
      'request: the file stream length does not match the answer',
    );
  });

  it('refuse a payload whose kind differs from the kind bound in info', () => {
    const padded = pad(encodePayload(TEXT));
    const { envelope } = sealAnswerEnvelope(A.publicKey, requestLinkKeys(A.linkSecret), 'bundle', padded);
    return expect(openAnswer(A, { answer: encodeBase64url(envelope), files: { streamBytes: 256 } })).rejects.toThrow(
      'request: the answer does not match its kind',
    );
  });

  it('give every answer a fresh ephemeral key', async () => {
    const one = decodeBase64url((await sealAnswer(linkOf(A), TEXT)).sealed.answer);
    const two = decodeBase64url((await sealAnswer(linkOf(A), TEXT)).sealed.answer);
    expect(one.subarray(1, 33)).not.toEqual(two.subarray(1, 33));
  });

  it('round-trip any text or bundle (property)', async () => {
    const file = fc.record({
      name: fc.constantFrom('a.txt', '.env', 'r\u00e9sum\u00e9.pdf', 'id_ed25519'),
      type: fc.constantFrom('', 'text/plain', 'application/octet-stream'),
      size: fc.nat({ max: 5000 }),
    });
    const content: fc.Arbitrary<SecretContent> = fc.oneof(
      fc.record({ kind: fc.constant('text' as const), text: fc.string({ unit: 'grapheme', maxLength: 300 }) }),
      fc.record({
        kind: fc.constant('bundle' as const),
        text: fc.string({ maxLength: 100 }),
        files: fc.array(file, { minLength: 1, maxLength: 3 }),
      }),
    );
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 32, maxLength: 32 }), content, async (seed, value) => {
        const keys = createRequestKeys(seed);
        const sealed = await sealAnswer(linkOf(keys), value, { streamBackend: 'noble' });
        const opened = await openAnswer(keys, sealed.sealed, 'noble');
        expect(opened.content).toEqual(value);
        expect(opened.confirmation).toBe(sealed.confirmation);
      }),
      { numRuns: 30 },
    );
  });

  it('round-trip notes of any text up to the limit (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.string({ maxLength: 1000 }), (seed, note) => {
        const created = sealRequest(note, seed);
        const parsed = parseRequestFragment(created.requestFragment);
        if (!parsed.ok) throw new Error(parsed.problem);
        expect(openRequestNote(parsed.linkSecret, created.sealed.note)).toBe(note);
      }),
      { numRuns: 50 },
    );
  });
});
