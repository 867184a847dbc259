import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatManageFragment, parseLinkFragment, parseManageFragment } from '@/lib/crypto';
import { formatLinkKey } from '@/lib/crypto/link';
import { isBucketSize, pad, paddedSize, unpad } from '@/lib/crypto/padding';
import { decodeBase64url, encodeBase64url } from '@/lib/protocol/base64url';
import { MAX_PADDED_BYTES } from '@/lib/protocol/v1';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const isKeyChar = (c: string): boolean => /^[A-Za-z0-9_-]$/.test(c);
/** The v1 buckets, written out independently of lib/protocol/v1. */
const BUCKETS = [256, 1024, 4096, 8192, 16384, 32768, 65536, 131072, 262144, 524288, 1048576];

const key32 = fc.uint8Array({ minLength: 32, maxLength: 32 });
/** One character (any code point, or typical chat punctuation) outside the base64url alphabet. */
const nonKeyChar = fc
  .oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), fc.constantFrom(' ', '\n', '%', ')', '>', '=', '.'))
  .filter((c) => !isKeyChar(c));

describe('base64url', () => {
  it('round-trips any bytes and agrees with Buffer', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = encodeBase64url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect(decodeBase64url(text)).toEqual(bytes);
        expect(decodeBase64url(text, bytes.length)).toEqual(bytes);
      }),
      { numRuns: 300 },
    );
  });

  it('decodes every canonical encoding exactly as Buffer does', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        const text = Buffer.from(bytes).toString('base64url');
        expect(Buffer.from(decodeBase64url(text))).toEqual(Buffer.from(text, 'base64url'));
      }),
    );
  });

  it('encodes the documented example', () => {
    expect(encodeBase64url(new Uint8Array([255, 254]))).toBe('__4');
    expect(decodeBase64url('__4')).toEqual(new Uint8Array([255, 254]));
    expect(decodeBase64url('')).toEqual(new Uint8Array(0));
  });

  it.each(['AA==', 'AAA=', '__4=', 'AA=A'])('rejects padding: %s', (text) => {
    expect(() => decodeBase64url(text)).toThrow(/^base64url: /);
  });

  it.each(['+/8', 'ab+c', 'ab/c', 'ab c', 'ab\nc', 'abé', 'ab\u0141c', 'ab.c'])(
    'rejects characters outside the alphabet: %j',
    (text) => {
      expect(() => decodeBase64url(text)).toThrow(/^base64url: invalid character at \d+$/);
    },
  );

  it.each(['A', 'AAAAA', 'AAAAAAAAA'])('rejects the impossible length of %s', (text) => {
    expect(() => decodeBase64url(text)).toThrow(`base64url: impossible length ${text.length}`);
  });

  it('rejects non-canonical trailing bits that Buffer would silently accept', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 1, maxLength: 64 }).filter((b) => b.length % 3 !== 0),
        fc.integer({ min: 1, max: 15 }),
        (bytes, delta) => {
          const text = encodeBase64url(bytes);
          const unusedBits = bytes.length % 3 === 1 ? 4 : 2;
          const last = ALPHABET.indexOf(text.at(-1)!);
          const twin = text.slice(0, -1) + ALPHABET[last + (delta % (1 << unusedBits) || 1)]!;
          expect(Buffer.from(twin, 'base64url')).toEqual(Buffer.from(bytes)); // the ambiguity strictness removes
          expect(() => decodeBase64url(twin)).toThrow('base64url: non-canonical trailing bits');
        },
      ),
    );
  });

  it('enforces an expected length', () => {
    expect(() => decodeBase64url(encodeBase64url(new Uint8Array(15)), 16)).toThrow(
      'base64url: expected 16 bytes, got 15',
    );
  });
});

describe('padding', () => {
  /** Payloads of any size up to the maximum, ending in bytes that look like padding. */
  const payload = fc
    .tuple(
      fc.oneof(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: MAX_PADDED_BYTES - 1 })),
      fc.array(fc.constantFrom(0x00, 0x80, 0x01, 0xff), { maxLength: 4 }),
    )
    .map(([length, tail]) => {
      const out = new Uint8Array(length);
      for (let i = 0; i < length; i++) out[i] = (i * 131 + 7) & 0xff;
      out.set(tail.slice(0, length), length - Math.min(tail.length, length));
      return out;
    });

  it('round-trips any payload, including ones ending in 0x00 or 0x80', () => {
    fc.assert(
      fc.property(payload, (p) => {
        // Buffer#equals: toEqual walks large typed arrays element by element, far too slowly.
        expect(Buffer.from(unpad(pad(p))).equals(p)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('pads to the smallest bucket that holds the payload and its marker', () => {
    fc.assert(
      fc.property(payload, (p) => {
        const padded = pad(p);
        const smallest = BUCKETS.find((b) => b >= p.length + 1);
        expect(padded.length).toBe(smallest);
        expect(isBucketSize(padded.length)).toBe(true);
        expect(paddedSize(p.length)).toBe(padded.length);
        expect(padded[p.length]).toBe(0x80);
        expect(padded.subarray(p.length + 1).every((b) => b === 0)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('knows exactly the v1 buckets', () => {
    for (let n = 0; n <= MAX_PADDED_BYTES * 2; n += 128) expect(isBucketSize(n), `${n}`).toBe(BUCKETS.includes(n));
    expect(MAX_PADDED_BYTES).toBe(BUCKETS.at(-1));
  });

  it('refuses payloads larger than the largest bucket allows', () => {
    expect(paddedSize(MAX_PADDED_BYTES - 1)).toBe(MAX_PADDED_BYTES);
    expect(() => paddedSize(MAX_PADDED_BYTES)).toThrow(/^padding: payload of \d+ bytes exceeds/);
    expect(() => pad(new Uint8Array(MAX_PADDED_BYTES))).toThrow(/^padding: /);
  });

  it('unpad rejects sizes that are not buckets', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MAX_PADDED_BYTES * 2 }).filter((n) => !BUCKETS.includes(n)),
        (n) => {
          const bytes = new Uint8Array(n);
          if (n > 0) bytes[0] = 0x80;
          expect(() => unpad(bytes)).toThrow(`padding: ${n} is not a bucket size`);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('unpad rejects a missing 0x80 marker', () => {
    expect(() => unpad(new Uint8Array(256))).toThrow('padding: missing 0x80 marker');
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 255 }).filter((b) => b !== 0x80),
        fc.nat(255),
        (last, at) => {
          const bytes = new Uint8Array(256).fill(0x80, 0, at);
          bytes[at] = last;
          expect(() => unpad(bytes)).toThrow('padding: missing 0x80 marker');
        },
      ),
    );
  });
});

describe('parseLinkFragment', () => {
  const key = new Uint8Array(Array.from({ length: 32 }, (_, i) => i * 7));
  const fragment = formatLinkKey(key);

  it('accepts the 43-character key with or without #', () => {
    expect(fragment).toHaveLength(43);
    expect(parseLinkFragment(fragment)).toEqual({ ok: true, key });
    expect(parseLinkFragment(`#${fragment}`)).toEqual({ ok: true, key });
  });

  it.each([').', '>', '%20', '\n', ' ', '.', '"', ']', '#', '&utm_source=chat', '\u00a0', '\u{1F600}'])(
    'drops trailing junk %j that chat apps append',
    (junk) => {
      expect(parseLinkFragment(`#${fragment}${junk}`)).toEqual({ ok: true, key });
    },
  );

  it('rejects the empty fragment', () => {
    expect(parseLinkFragment('')).toEqual({ ok: false, problem: 'empty' });
    expect(parseLinkFragment('#')).toEqual({ ok: false, problem: 'empty' });
  });

  it('rejects 42 characters as too short', () => {
    expect(parseLinkFragment(fragment.slice(0, 42))).toEqual({ ok: false, problem: 'too-short' });
    expect(parseLinkFragment(`#${fragment.slice(0, 42)}`)).toEqual({ ok: false, problem: 'too-short' });
  });

  it('rejects a short key followed by junk as bad characters', () => {
    expect(parseLinkFragment(`${fragment.slice(0, 42)})`)).toEqual({ ok: false, problem: 'bad-characters' });
  });

  it('rejects 44 base64url characters as too long, whatever follows', () => {
    expect(parseLinkFragment(`${fragment}A`)).toEqual({ ok: false, problem: 'too-long' });
    expect(parseLinkFragment(`#${fragment}A).`)).toEqual({ ok: false, problem: 'too-long' });
    expect(parseLinkFragment(`${fragment}${fragment}`)).toEqual({ ok: false, problem: 'too-long' });
  });

  it.each(['+', '/', '=', '.', ' ', 'é'])('rejects %j inside the key', (bad) => {
    const broken = `${fragment.slice(0, 20)}${bad}${fragment.slice(21)}`;
    expect(parseLinkFragment(broken)).toEqual({ ok: false, problem: 'bad-characters' });
  });

  it('rejects a non-canonical last character', () => {
    // 43 characters carry 258 bits: the last 2 must be zero.
    const last = ALPHABET.indexOf(fragment.at(-1)!);
    for (const delta of [1, 2, 3]) {
      const twin = fragment.slice(0, 42) + ALPHABET[last + delta]!;
      expect(parseLinkFragment(twin)).toEqual({ ok: false, problem: 'bad-characters' });
    }
  });

  it('returns the same key for any key followed by junk that starts with a non-base64url character', () => {
    fc.assert(
      fc.property(
        key32,
        nonKeyChar,
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.boolean(),
        (k, first, rest, hash) => {
          const parsed = parseLinkFragment(`${hash ? '#' : ''}${formatLinkKey(k)}${first}${rest}`);
          expect(parsed).toEqual({ ok: true, key: k });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('rejects any key extended by a base64url character', () => {
    fc.assert(
      fc.property(key32, fc.constantFrom(...ALPHABET), fc.string({ maxLength: 10 }), (k, extra, rest) => {
        expect(parseLinkFragment(`${formatLinkKey(k)}${extra}${rest}`)).toEqual({ ok: false, problem: 'too-long' });
      }),
    );
  });
});

describe('parseManageFragment', () => {
  const id = encodeBase64url(new Uint8Array(16).fill(9));
  const token = encodeBase64url(new Uint8Array(32).fill(200));

  it('accepts id and token, with or without # and trailing junk', () => {
    const fragment = formatManageFragment(id, token);
    expect(fragment).toHaveLength(65);
    expect(parseManageFragment(fragment)).toEqual({ ok: true, id, token });
    expect(parseManageFragment(`#${fragment}).`)).toEqual({ ok: true, id, token });
  });

  it('rejects wrong lengths and non-canonical parts', () => {
    expect(parseManageFragment(`${id}${token}A`)).toEqual({ ok: false });
    expect(parseManageFragment(`${id}${token.slice(1)}`)).toEqual({ ok: false });
    const idLast = ALPHABET.indexOf(id.at(-1)!);
    expect(parseManageFragment(`${id.slice(0, 21)}${ALPHABET[idLast + 1]!}${token}`)).toEqual({ ok: false });
    const tokenLast = ALPHABET.indexOf(token.at(-1)!);
    expect(parseManageFragment(`${id}${token.slice(0, 42)}${ALPHABET[tokenLast + 1]!}`)).toEqual({ ok: false });
    expect(() => formatManageFragment(id.slice(1), token)).toThrow(/^manage: /);
  });
});
