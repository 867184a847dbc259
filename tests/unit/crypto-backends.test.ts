import { createHash, hkdfSync, randomBytes as nodeRandomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  buildAad,
  linkCredentials,
  linkCredentialsAsync,
  newLeaseTokenAsync,
  openSecret,
  openSecretAsync,
  sealEnvelope,
  unlockSecret,
  type PasswordKdf,
  type UnlockedSecret,
} from '@/lib/crypto';
import { deriveContentKeys, deriveLinkKeys } from '@/lib/crypto/derive';
import { pad, unpad } from '@/lib/crypto/padding';
import { hkdfSha256Async, randomBytes, sha256Async, type CryptoBackend } from '@/lib/crypto/primitives';
import { deriveContentKeysAsync, deriveLinkKeysAsync, openEnvelopeAsync } from '@/lib/crypto/unlock';
import { decodeBase64url, encodeBase64url } from '@/lib/protocol/base64url';
import vectors from '@/tests/vectors/v1.json';

/*
 * The recipient's crypto runs on WebCrypto where the platform has it and on
 * @noble otherwise (lib/crypto/primitives.ts). v1 is frozen, so both backends
 * must give the vectors' bytes, and the same errors, as the sender's @noble
 * code does; node:crypto is the independent cross-check for HKDF and SHA-256.
 */

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
const unhex = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'hex'));
const kdfOf = (kdf: { salt: string } | null): PasswordKdf | null => kdf as PasswordKdf | null;
const BACKENDS = ['webcrypto', 'noble'] as const satisfies readonly CryptoBackend[];

describe.each(BACKENDS)('recipient crypto on %s', (backend) => {
  it.each(vectors.link)('derives the link vector $name', async (v) => {
    const key = unhex(v.key);
    const { id, linkProof } = await deriveLinkKeysAsync(key, backend);
    expect(hex(id)).toBe(v.id);
    expect(hex(linkProof)).toBe(v.linkProof);
    expect(hex(await sha256Async(linkProof, backend))).toBe(v.linkVerifier);
    expect(await linkCredentialsAsync(key, backend)).toEqual(linkCredentials(key));
  });

  it.each(vectors.contentKeys)('derives the content keys of $name', async (v) => {
    const key = unhex(v.key);
    const passwordKey = v.passwordKey === null ? null : unhex(v.passwordKey);
    const { encKey, passwordProof, fileKey } = await deriveContentKeysAsync(key, unhex(v.id), passwordKey, backend);
    expect(hex(encKey)).toBe(v.encKey);
    expect(passwordProof && hex(passwordProof)).toBe(v.passwordProof);
    expect(passwordProof && hex(await sha256Async(passwordProof, backend))).toBe(v.passwordVerifier);
    expect(hex(fileKey)).toBe(hex(deriveContentKeys(key, unhex(v.id), passwordKey).fileKey));
  });

  it.each(vectors.fileKeys)('derives the file key of $name', async (v) => {
    const key = unhex(v.key);
    const { id } = await deriveLinkKeysAsync(key, backend);
    const passwordKey = v.passwordKey === null ? null : unhex(v.passwordKey);
    expect(hex((await deriveContentKeysAsync(key, id, passwordKey, backend)).fileKey)).toBe(v.fileKey);
  });

  it.each(vectors.envelope)('opens the envelope vector $name', async (v) => {
    const key = unhex(v.key);
    let unlocked: UnlockedSecret;
    if (v.password === null) {
      unlocked = await unlockSecret(key, null, undefined, undefined, backend);
    } else {
      // scrypt is pinned by crypto-vectors.test.ts; reuse the vector's P.
      const { id } = await deriveLinkKeysAsync(key, backend);
      const keys = await deriveContentKeysAsync(key, id, unhex(v.passwordKey!), backend);
      unlocked = {
        ...keys,
        passwordProof: keys.passwordProof && encodeBase64url(keys.passwordProof),
        kdf: kdfOf(v.kdf),
      };
    }
    expect(hex(unlocked.encKey)).toBe(v.encKey);
    expect(unlocked.passwordProof).toBe(v.passwordProofB64);
    const aad = buildAad(decodeBase64url(v.idB64, 16), kdfOf(v.kdf));
    expect(hex(unpad(await openEnvelopeAsync(unlocked.encKey, aad, unhex(v.envelope), backend)))).toBe(v.payload);
    expect(await openSecretAsync(unlocked, v.idB64, v.envelopeB64, backend)).toEqual({ kind: 'text', text: v.text });
  });

  it.each(vectors.bundle)('opens a sealed bundle payload $name like openSecret', async (v) => {
    const key = unhex(vectors.link[0]!.key);
    const unlocked = await unlockSecret(key, null, undefined, undefined, backend);
    const { id } = deriveLinkKeys(key);
    const envelope = sealEnvelope(unlocked.encKey, buildAad(id, null), pad(unhex(v.payload)));
    const idB64 = encodeBase64url(id);
    const opened = await openSecretAsync(unlocked, idB64, encodeBase64url(envelope), backend);
    expect(opened).toEqual({ kind: 'bundle', text: v.text, files: v.files });
    expect(opened).toEqual(openSecret(unlocked, idB64, encodeBase64url(envelope)));
  });

  it('rejects an envelope with any byte changed, with the same errors as openEnvelope', async () => {
    const v = vectors.envelope[0]!;
    const aad = buildAad(decodeBase64url(v.idB64, 16), kdfOf(v.kdf));
    const envelope = unhex(v.envelope);
    for (let i = 0; i < envelope.length; i++) {
      const tampered = envelope.slice();
      tampered[i]! ^= 0x01;
      const expected = i === 0 ? 'envelope: unknown version 0' : 'envelope: authentication failed';
      await expect(openEnvelopeAsync(unhex(v.encKey), aad, tampered, backend)).rejects.toThrow(expected);
    }
    await expect(openEnvelopeAsync(unhex(v.encKey), aad, envelope.subarray(0, 28), backend)).rejects.toThrow(
      'envelope: too short',
    );
    const otherAad = aad.slice();
    otherAad[aad.length - 2]! ^= 0x01;
    await expect(openEnvelopeAsync(unhex(v.encKey), otherAad, envelope, backend)).rejects.toThrow(
      'envelope: authentication failed',
    );
  });

  it('rejects a text payload that is not UTF-8 like decodePayload', async () => {
    const key = unhex(vectors.link[1]!.key);
    const unlocked = await unlockSecret(key, null, undefined, undefined, backend);
    const { id } = deriveLinkKeys(key);
    const envelope = sealEnvelope(unlocked.encKey, buildAad(id, null), pad(Uint8Array.of(0x01, 0xff)));
    await expect(openSecretAsync(unlocked, encodeBase64url(id), encodeBase64url(envelope), backend)).rejects.toThrow(
      'payload: text is not valid UTF-8',
    );
  });

  it('agrees with node:crypto on HKDF-SHA256 and SHA-256 for random inputs', async () => {
    for (let round = 0; round < 20; round++) {
      const ikm = nodeRandomBytes(1 + round * 3);
      const salt = round % 4 === 0 ? new Uint8Array(0) : nodeRandomBytes(round);
      const info = `handoff/test/${round}`;
      const bytes = 1 + round * 5;
      const expected = new Uint8Array(hkdfSync('sha256', ikm, salt, info, bytes));
      expect(hex(await hkdfSha256Async(ikm, salt, info, bytes, backend))).toBe(hex(expected));
      expect(hex(await sha256Async(ikm, backend))).toBe(createHash('sha256').update(ikm).digest('hex'));
    }
  });

  it('makes a lease token whose verifier is its SHA-256', async () => {
    const lease = await newLeaseTokenAsync(backend);
    const token = decodeBase64url(lease.token, 32);
    expect(lease.verifier).toBe(createHash('sha256').update(token).digest('base64url'));
  });
});

describe('randomBytes', () => {
  it('draws fresh bytes of the asked length from the platform CSPRNG', () => {
    const a = randomBytes(32);
    expect(a).toHaveLength(32);
    expect(hex(a)).not.toBe(hex(randomBytes(32)));
  });
});
