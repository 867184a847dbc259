import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildAad,
  derivePasswordKey,
  newPasswordKdf,
  openSecret,
  parseLinkFragment,
  sealSecret,
  unlockSecret,
  type PasswordKdf,
} from '@/lib/crypto';
import { deriveContentKeys, deriveLinkKeys, verifierOf } from '@/lib/crypto/derive';
import { checkPasswordKdf } from '@/lib/crypto/kdf';
import { decodeBase64url, encodeBase64url } from '@/lib/protocol/base64url';

/*
 * scrypt at N=2^17 costs about a second here: this file runs it 7 times.
 * Everything that does not need a real password key uses fixed bytes for P.
 */

const SCRYPT_TIMEOUT_MS = 30_000;
const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
const bytes = (n: number): Uint8Array => new Uint8Array(randomBytes(n));

function keyOf(fragment: string): Uint8Array {
  const parsed = parseLinkFragment(fragment);
  if (!parsed.ok) throw new Error(`fragment rejected: ${parsed.problem}`);
  return parsed.key;
}

describe('derivePasswordKey', () => {
  const kdf = newPasswordKdf(new Uint8Array(16).fill(1));
  let decomposed: Uint8Array;

  beforeAll(async () => {
    decomposed = await derivePasswordKey('e\u0301', kdf);
  }, SCRYPT_TIMEOUT_MS);

  it(
    'normalises to NFC: composed and decomposed forms give the same key',
    async () => {
      expect('e\u0301').not.toBe('\u00e9');
      expect(decomposed).toHaveLength(32);
      expect(hex(await derivePasswordKey('\u00e9', kdf))).toBe(hex(decomposed));
    },
    SCRYPT_TIMEOUT_MS,
  );

  it(
    'gives a different key for a different password',
    async () => {
      expect(hex(await derivePasswordKey('\u00e8', kdf))).not.toBe(hex(decomposed));
    },
    SCRYPT_TIMEOUT_MS,
  );

  it(
    'gives a different key for a different salt',
    async () => {
      const otherSalt = newPasswordKdf(new Uint8Array(16).fill(2));
      expect(hex(await derivePasswordKey('e\u0301', otherSalt))).not.toBe(hex(decomposed));
    },
    SCRYPT_TIMEOUT_MS,
  );

  it('refuses an empty password', async () => {
    await expect(derivePasswordKey('', kdf)).rejects.toThrow('kdf: empty password');
  });
});

describe('password proofs', () => {
  const keyA = bytes(32);
  const keyB = bytes(32);
  const idA = deriveLinkKeys(keyA).id;
  const idB = deriveLinkKeys(keyB).id;
  const p1 = bytes(32);
  const p2 = bytes(32);
  const proof = (key: Uint8Array, id: Uint8Array, p: Uint8Array) => hex(deriveContentKeys(key, id, p).passwordProof!);

  it('differ for different passwords, links and ids', () => {
    const reference = proof(keyA, idA, p1);
    expect(proof(keyA, idA, p1)).toBe(reference);
    expect(proof(keyA, idA, p2)).not.toBe(reference);
    expect(proof(keyB, idB, p1)).not.toBe(reference);
    expect(proof(keyA, idB, p1)).not.toBe(reference);
    expect(proof(keyB, idA, p1)).not.toBe(reference);
  });

  it('are separated from the encryption key and the link proof', () => {
    const { encKey, passwordProof } = deriveContentKeys(keyA, idA, p1);
    const { linkProof } = deriveLinkKeys(keyA);
    const noPassword = deriveContentKeys(keyA, idA, null);
    expect(noPassword.passwordProof).toBeNull();
    const all = [encKey, passwordProof!, linkProof, noPassword.encKey].map(hex);
    expect(new Set(all).size).toBe(4);
  });

  it('reject a link key or id of the wrong size', () => {
    expect(() => deriveContentKeys(bytes(31), idA, p1)).toThrow(/^derive: link key must be 32 bytes/);
    expect(() => deriveContentKeys(keyA, bytes(15), p1)).toThrow(/^derive: id must be 16 bytes/);
    expect(() => deriveLinkKeys(bytes(33))).toThrow(/^derive: link key must be 32 bytes/);
  });
});

describe('password-protected secrets', () => {
  const decomposed = 'A\u030angstro\u0308m'; // "Ångström", NFD as some keyboards type it
  const composed = '\u00c5ngstr\u00f6m';
  let fragment: string;
  let sealed: Awaited<ReturnType<typeof sealSecret>>['sealed'];
  const progress: number[] = [];

  beforeAll(async () => {
    ({ fragment, sealed } = await sealSecret(
      { kind: 'text', text: 'db password' },
      { password: decomposed, onProgress: (f) => progress.push(f) },
    ));
  }, SCRYPT_TIMEOUT_MS);

  it('publish only v1 scrypt metadata and verifiers', () => {
    expect(sealed.kdf).toMatchObject({ name: 'scrypt', log2N: 17, r: 8, p: 1 });
    expect(decodeBase64url(sealed.kdf!.salt, 16)).toHaveLength(16);
    expect(decodeBase64url(sealed.passwordVerifier!, 32)).toHaveLength(32);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toBe(1);
    expect(progress.every((f, i) => i === 0 || f >= progress[i - 1]!)).toBe(true);
  });

  it(
    'open with the same password typed in another Unicode form',
    async () => {
      const unlocked = await unlockSecret(keyOf(fragment), sealed.kdf, composed);
      expect(encodeBase64url(verifierOf(decodeBase64url(unlocked.passwordProof!)))).toBe(sealed.passwordVerifier);
      expect(openSecret(unlocked, sealed.id, sealed.envelope)).toEqual({ kind: 'text', text: 'db password' });
    },
    SCRYPT_TIMEOUT_MS,
  );

  it(
    'fail authentication with a wrong password, whose proof the server would refuse',
    async () => {
      const unlocked = await unlockSecret(keyOf(fragment), sealed.kdf, 'Angstrom');
      expect(encodeBase64url(verifierOf(decodeBase64url(unlocked.passwordProof!)))).not.toBe(sealed.passwordVerifier);
      expect(() => openSecret(unlocked, sealed.id, sealed.envelope)).toThrow('envelope: authentication failed');
    },
    SCRYPT_TIMEOUT_MS,
  );

  it('refuse to unlock without a password, before running scrypt', async () => {
    await expect(unlockSecret(keyOf(fragment), sealed.kdf)).rejects.toThrow('kdf: empty password');
  });
});

describe('secrets without a password', () => {
  it('ignore any password given to unlockSecret', async () => {
    const { fragment, sealed } = await sealSecret({ kind: 'text', text: 'open' });
    expect(sealed.kdf).toBeNull();
    expect(sealed.passwordVerifier).toBeNull();
    const key = keyOf(fragment);
    const withPassword = await unlockSecret(key, null, 'irrelevant');
    const without = await unlockSecret(key, null);
    expect(withPassword.passwordProof).toBeNull();
    expect(hex(withPassword.encKey)).toBe(hex(without.encKey));
    expect(openSecret(withPassword, sealed.id, sealed.envelope).text).toBe('open');
  });

  it('treat an empty password as no password', async () => {
    const { sealed } = await sealSecret({ kind: 'text', text: 'x' }, { password: '' });
    expect(sealed.kdf).toBeNull();
    expect(sealed.passwordVerifier).toBeNull();
  });
});

describe('KDF parameters', () => {
  const good = newPasswordKdf(new Uint8Array(16).fill(7));
  /** What a lying or buggy server might send; JSON knows no literal types. */
  const variant = (change: Record<string, unknown>) => ({ ...good, ...change }) as unknown as PasswordKdf;

  it('accepts exactly the v1 set and returns its salt', () => {
    expect(good).toEqual({ name: 'scrypt', log2N: 17, r: 8, p: 1, salt: 'BwcHBwcHBwcHBwcHBwcHBw' });
    expect(checkPasswordKdf(good)).toEqual(new Uint8Array(16).fill(7));
  });

  it.each([
    { name: 'argon2id' },
    { log2N: 20 },
    { log2N: 16 },
    { log2N: 30 },
    { log2N: '17' },
    { r: 16 },
    { r: 1 },
    { p: 2 },
    { p: 0 },
  ])('rejects %j', async (change) => {
    const kdf = variant(change);
    expect(() => checkPasswordKdf(kdf)).toThrow('kdf: unsupported parameters');
    expect(() => buildAad(new Uint8Array(16), kdf)).toThrow('kdf: unsupported parameters');
    // Refused before scrypt runs: N=2^30 would need 128 GiB.
    await expect(derivePasswordKey('pw', kdf)).rejects.toThrow('kdf: unsupported parameters');
    await expect(unlockSecret(bytes(32), kdf, 'pw')).rejects.toThrow('kdf: unsupported parameters');
  });

  it.each([
    ['15 bytes', encodeBase64url(new Uint8Array(15))],
    ['17 bytes', encodeBase64url(new Uint8Array(17))],
    ['padding', `${good.salt}==`],
    ['non-canonical', `${good.salt.slice(0, 21)}x`],
    ['standard base64', '+/+/+/+/+/+/+/+/+/+/+w'],
  ])('rejects a salt of %s', (_, salt) => {
    expect(() => checkPasswordKdf(variant({ salt }))).toThrow(/^base64url: /);
  });

  it('makes fresh 16-byte salts and refuses others', () => {
    expect(newPasswordKdf().salt).not.toBe(newPasswordKdf().salt);
    expect(() => newPasswordKdf(new Uint8Array(8))).toThrow('kdf: salt must be 16 bytes');
  });
});
