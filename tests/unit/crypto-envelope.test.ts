import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildAad,
  newPasswordKdf,
  openEnvelope,
  openSecret,
  parseLinkFragment,
  sealEnvelope,
  sealSecret,
  unlockSecret,
  type SealedSecret,
  type UnlockedSecret,
} from '@/lib/crypto';
import { deriveContentKeys, deriveLinkKeys } from '@/lib/crypto/derive';
import { decodeBase64url, encodeBase64url } from '@/lib/protocol/base64url';
import { ENVELOPE_OVERHEAD_BYTES, MAX_PADDED_BYTES } from '@/lib/protocol/v1';
import { ENVELOPE_CHAR_LENGTHS, MAX_ENVELOPE_CHARS } from '@/lib/protocol/v1';

const AUTH_FAILED = 'envelope: authentication failed';
const SCRYPT_TIMEOUT_MS = 30_000;

const bytes = (n: number): Uint8Array => new Uint8Array(randomBytes(n));

function keyOf(fragment: string): Uint8Array {
  const parsed = parseLinkFragment(fragment);
  if (!parsed.ok) throw new Error(`fragment rejected: ${parsed.problem}`);
  return parsed.key;
}

/** Seals `text` without a password and returns what a recipient needs to open it. */
async function sealText(text: string): Promise<{ sealed: SealedSecret; unlocked: UnlockedSecret }> {
  const { fragment, sealed } = await sealSecret({ kind: 'text', text });
  return { sealed, unlocked: await unlockSecret(keyOf(fragment), null) };
}

function openBytes(unlocked: UnlockedSecret, id: string, envelope: Uint8Array): string {
  const content = openSecret(unlocked, id, encodeBase64url(envelope));
  return content.text;
}

describe('AES-256-GCM layer agrees with node:crypto', () => {
  const inputs = fc.record({
    key: fc.uint8Array({ minLength: 32, maxLength: 32 }),
    nonce: fc.uint8Array({ minLength: 12, maxLength: 12 }),
    aad: fc.uint8Array({ maxLength: 80 }),
    plaintext: fc.uint8Array({ maxLength: 600 }),
  });

  it('decrypts what lib/crypto seals with node:crypto', () => {
    fc.assert(
      fc.property(inputs, ({ key, nonce, aad, plaintext }) => {
        const envelope = sealEnvelope(key, aad, plaintext, nonce);
        expect(envelope.length).toBe(plaintext.length + ENVELOPE_OVERHEAD_BYTES);
        expect(envelope[0]).toBe(1);
        expect(envelope.subarray(1, 13)).toEqual(nonce);
        const decipher = createDecipheriv('aes-256-gcm', key, nonce);
        decipher.setAAD(aad);
        decipher.setAuthTag(envelope.subarray(envelope.length - 16));
        const opened = Buffer.concat([decipher.update(envelope.subarray(13, envelope.length - 16)), decipher.final()]);
        expect(new Uint8Array(opened)).toEqual(plaintext);
      }),
      { numRuns: 60 },
    );
  });

  it('opens with lib/crypto what node:crypto seals', () => {
    fc.assert(
      fc.property(inputs, ({ key, nonce, aad, plaintext }) => {
        const cipher = createCipheriv('aes-256-gcm', key, nonce);
        cipher.setAAD(aad);
        const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
        const envelope = new Uint8Array(Buffer.concat([Buffer.from([1]), nonce, body, cipher.getAuthTag()]));
        expect(openEnvelope(key, aad, envelope)).toEqual(plaintext);
      }),
      { numRuns: 60 },
    );
  });

  it('uses a fresh nonce for every envelope', () => {
    const key = bytes(32);
    const nonces = new Set(
      Array.from({ length: 200 }, () => encodeBase64url(sealEnvelope(key, bytes(4), bytes(16)).subarray(1, 13))),
    );
    expect(nonces.size).toBe(200);
  });
});

describe('tampered envelopes', () => {
  let sealed: SealedSecret;
  let unlocked: UnlockedSecret;
  let envelope: Uint8Array;
  beforeAll(async () => {
    ({ sealed, unlocked } = await sealText('x'));
    envelope = decodeBase64url(sealed.envelope);
  });

  it('opens the untouched envelope', () => {
    expect(envelope.length).toBe(256 + ENVELOPE_OVERHEAD_BYTES);
    expect(openBytes(unlocked, sealed.id, envelope)).toBe('x');
  });

  it('rejects every single flipped byte and every single flipped bit', () => {
    for (let i = 0; i < envelope.length; i++) {
      for (const mask of [0xff, 1 << (i % 8)]) {
        const tampered = envelope.slice();
        tampered[i]! ^= mask;
        const expected = i === 0 ? /^envelope: unknown version \d+$/ : AUTH_FAILED;
        expect(() => openBytes(unlocked, sealed.id, tampered), `byte ${i} ^ ${mask}`).toThrow(expected);
      }
    }
  });

  it('rejects the envelope truncated at every length, and extended by a byte', () => {
    for (let n = 0; n < envelope.length; n++) {
      const expected = n < ENVELOPE_OVERHEAD_BYTES ? 'envelope: too short' : AUTH_FAILED;
      expect(() => openBytes(unlocked, sealed.id, envelope.subarray(0, n)), `length ${n}`).toThrow(expected);
    }
    const longer = new Uint8Array(envelope.length + 1);
    longer.set(envelope);
    expect(() => openBytes(unlocked, sealed.id, longer)).toThrow(AUTH_FAILED);
  });

  it.each([0x00, 0x02, 0x7f, 0xff])('rejects version byte %i as unknown, with no fallback', (version) => {
    const other = envelope.slice();
    other[0] = version;
    expect(() => openBytes(unlocked, sealed.id, other)).toThrow(`envelope: unknown version ${version}`);
    expect(() => openEnvelope(unlocked.encKey, buildAad(decodeBase64url(sealed.id), null), other)).toThrow(
      `envelope: unknown version ${version}`,
    );
  });

  it('rejects an envelope moved to another id', async () => {
    const other = await sealText('x');
    expect(() => openSecret(unlocked, other.sealed.id, sealed.envelope)).toThrow(AUTH_FAILED);
    expect(() => openSecret(other.unlocked, other.sealed.id, sealed.envelope)).toThrow(AUTH_FAILED);
    expect(() => openSecret(unlocked, other.sealed.id, other.sealed.envelope)).toThrow(AUTH_FAILED);
    expect(openSecret(other.unlocked, other.sealed.id, other.sealed.envelope).text).toBe('x');
  });

  it('rejects every single flipped byte of the AAD', () => {
    const aad = buildAad(decodeBase64url(sealed.id), null);
    expect(openEnvelope(unlocked.encKey, aad, envelope).length).toBe(256);
    for (let i = 0; i < aad.length; i++) {
      const tampered = aad.slice();
      tampered[i]! ^= 1;
      expect(() => openEnvelope(unlocked.encKey, tampered, envelope), `aad byte ${i}`).toThrow(AUTH_FAILED);
    }
  });
});

describe('KDF metadata is bound into the AAD', () => {
  it(
    'fails authentication when the salt changes or the password flag is dropped or added',
    async () => {
      const { fragment, sealed } = await sealSecret({ kind: 'text', text: 'bound' }, { password: 'pw' });
      const kdf = sealed.kdf!;
      const unlocked = await unlockSecret(keyOf(fragment), kdf, 'pw');
      expect(openSecret(unlocked, sealed.id, sealed.envelope).text).toBe('bound');

      // Same decryption key, lying metadata: only the AAD differs.
      const otherSalt = { ...unlocked, kdf: newPasswordKdf(bytes(16)) };
      expect(() => openSecret(otherSalt, sealed.id, sealed.envelope)).toThrow(AUTH_FAILED);
      const noPassword = { ...unlocked, kdf: null };
      expect(() => openSecret(noPassword, sealed.id, sealed.envelope)).toThrow(AUTH_FAILED);

      const plain = await sealText('plain');
      const addedPassword = { ...plain.unlocked, kdf };
      expect(() => openSecret(addedPassword, plain.sealed.id, plain.sealed.envelope)).toThrow(AUTH_FAILED);
      expect(openSecret(plain.unlocked, plain.sealed.id, plain.sealed.envelope).text).toBe('plain');
    },
    SCRYPT_TIMEOUT_MS,
  );
});

describe('authenticated but malformed plaintexts', () => {
  const key = bytes(32);
  const { id } = deriveLinkKeys(key);
  const { encKey, fileKey } = deriveContentKeys(key, id, null);
  const unlocked: UnlockedSecret = { encKey, fileKey, passwordProof: null, kdf: null };
  const open = (padded: Uint8Array) =>
    openSecret(unlocked, encodeBase64url(id), encodeBase64url(sealEnvelope(encKey, buildAad(id, null), padded)));
  const padded = (...head: number[]) => {
    const out = new Uint8Array(256);
    out.set(head);
    return out;
  };

  it('opens a well-formed one', () => {
    expect(open(padded(0x01, 0x68, 0x69, 0x80))).toEqual({ kind: 'text', text: 'hi' });
  });

  it('rejects a padded size that is not a bucket', () => {
    expect(() => open(new Uint8Array([0x01, 0x80]))).toThrow('padding: 2 is not a bucket size');
  });

  it('rejects padding without the 0x80 marker', () => {
    expect(() => open(padded())).toThrow('padding: missing 0x80 marker');
    expect(() => open(padded(0x01, 0x68, 0x01))).toThrow('padding: missing 0x80 marker');
  });

  it('rejects an unknown or missing payload kind', () => {
    expect(() => open(padded(0x03, 0x68, 0x80))).toThrow('payload: unknown kind 3');
    expect(() => open(padded(0x02, 0x68, 0x80))).toThrow('payload: truncated bundle');
    expect(() => open(padded(0x80))).toThrow('payload: unknown kind none');
  });

  it('rejects text that is not UTF-8', () => {
    expect(() => open(padded(0x01, 0xc3, 0x80))).toThrow('payload: text is not valid UTF-8');
    expect(() => open(padded(0x01, 0xed, 0xa0, 0x80, 0x80))).toThrow('payload: text is not valid UTF-8');
  });
});

describe('sealSecret / openSecret round trips', () => {
  async function roundTrip(text: string): Promise<void> {
    const { sealed, unlocked } = await sealText(text);
    expect(ENVELOPE_CHAR_LENGTHS.has(sealed.envelope.length)).toBe(true);
    expect(openSecret(unlocked, sealed.id, sealed.envelope)).toEqual({ kind: 'text', text });
  }

  it('round-trips the empty text', async () => {
    await roundTrip('');
  });

  it('round-trips any well-formed Unicode text, graphemes or raw code points', async () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 300 }),
    );
    await fc.assert(fc.asyncProperty(text, roundTrip), { numRuns: 100 });
  });

  it('round-trips large texts up to 200 KB', async () => {
    // A short random unit repeated: fast to generate, still crosses many buckets.
    const text = fc
      .tuple(fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 200_000 }))
      .map(([unit, bytes]) => unit.repeat(Math.floor(bytes / Buffer.byteLength(unit))));
    const examples: [string][] = [['\u{1F984}'.repeat(50_000)], ['\u00e9'.repeat(100_000)]];
    await fc.assert(fc.asyncProperty(text, roundTrip), { numRuns: 12, examples });
  });

  it('seals the largest text that fits and rejects one byte more', async () => {
    const largest = 'a'.repeat(MAX_PADDED_BYTES - 2); // + kind byte + 0x80 marker = MAX_PADDED_BYTES
    const { sealed, unlocked } = await sealText(largest);
    expect(sealed.envelope.length).toBe(MAX_ENVELOPE_CHARS);
    expect(openSecret(unlocked, sealed.id, sealed.envelope).text).toBe(largest);
    await expect(sealSecret({ kind: 'text', text: `${largest}a` })).rejects.toThrow(/^padding: /);
    // Multi-byte characters count in UTF-8 bytes, not UTF-16 units.
    await expect(sealSecret({ kind: 'text', text: `${'a'.repeat(MAX_PADDED_BYTES - 3)}é` })).rejects.toThrow(
      /^padding: /,
    );
  });
});
