import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FileAssembler,
  FileStream,
  filesBytes,
  linkCredentials,
  openFileStream,
  openSecret,
  parseLinkFragment,
  safeFileName,
  safeFileType,
  sealSecret,
  streamSlices,
  unlockSecret,
  type SecretContent,
  type SecretFile,
} from '@/lib/crypto';
import { decodePayload, encodePayload } from '@/lib/crypto/payload';
import { type StreamBackend } from '@/lib/crypto/stream';
import { CHUNK_BYTES, CHUNK_PLAINTEXT_BYTES, CHUNKS_PER_PART, streamPaddedLength } from '@/lib/protocol/v1';

/*
 * Files (docs/protocol.md §Files): bundle payloads, the STREAM file
 * encryption, and the assembler that hands files out only after the final
 * chunk verified. Every tampering case must fail, on both backends.
 */

const BACKENDS: StreamBackend[] = ['noble', 'webcrypto'];
const key = (fill: number) => new Uint8Array(32).fill(fill);
const bytes = (length: number, seed = 1) => Uint8Array.from({ length }, (_, i) => (i * 31 + seed) % 256);
const equal = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

/** Seals a whole stream of `plaintext` (already padded), part by part. */
async function sealAll(stream: FileStream, plaintext: Uint8Array): Promise<Uint8Array[]> {
  const parts: Uint8Array[] = [];
  for (let p = 0; p < stream.parts; p++) {
    const offset = stream.partOffset(p);
    parts.push(await stream.sealPart(p, plaintext.subarray(offset, offset + stream.partPlaintextBytes(p))));
  }
  return parts;
}

/** Sender and recipient sides of one bundle, through sealSecret / openSecret like the app. */
async function roundTrip(files: { name: string; data: Uint8Array }[], backend: StreamBackend) {
  const manifest: SecretFile[] = files.map((f) => ({
    name: f.name,
    type: 'application/octet-stream',
    size: f.data.length,
  }));
  const content: SecretContent = { kind: 'bundle', text: 'note', files: manifest };
  const { fragment, sealed, stream } = await sealSecret(content, { streamBackend: backend });
  expect(stream).not.toBeNull();
  expect(sealed.files?.streamBytes).toBe(streamPaddedLength(filesBytes(manifest)));
  const plain = new Uint8Array(sealed.files!.streamBytes);
  let at = 0;
  for (const f of files) {
    plain.set(f.data, at);
    at += f.data.length;
  }
  const parts = await sealAll(stream!, plain);

  const parsed = parseLinkFragment(fragment);
  if (!parsed.ok) throw new Error('bad fragment');
  const unlocked = await unlockSecret(parsed.key, null);
  const opened = openSecret(unlocked, linkCredentials(parsed.key).id, sealed.envelope);
  expect(opened).toEqual(content);
  const assembler = new FileAssembler(manifest, await openFileStream(unlocked, opened, backend));
  for (const [i, part] of parts.entries()) await assembler.push(i, part);
  return { pieces: assembler.finish(), parts, manifest, unlocked, opened };
}

describe.each(BACKENDS)('file round trips (%s)', (backend) => {
  it.each([
    ['empty file', 0],
    ['1 byte', 1],
    ['exactly one chunk', CHUNK_PLAINTEXT_BYTES],
    ['one chunk plus one byte', CHUNK_PLAINTEXT_BYTES + 1],
    ['exactly one part', CHUNKS_PER_PART * CHUNK_PLAINTEXT_BYTES],
    ['one part plus one byte', CHUNKS_PER_PART * CHUNK_PLAINTEXT_BYTES + 1],
  ])('%s', async (_name, size) => {
    const data = bytes(size);
    const { pieces } = await roundTrip([{ name: 'a.bin', data }], backend);
    expect(equal(Buffer.concat(pieces[0]!), data)).toBe(true);
  });

  it('several files, one of them empty, split back exactly', async () => {
    const files = [
      { name: '.env', data: new TextEncoder().encode('A=1\nB=2\n') },
      { name: 'empty', data: new Uint8Array(0) },
      { name: 'big.bin', data: bytes(3 * CHUNK_PLAINTEXT_BYTES + 17, 9) },
    ];
    const { pieces } = await roundTrip(files, backend);
    files.forEach((f, i) => expect(equal(Buffer.concat(pieces[i]!), f.data)).toBe(true));
  });
});

describe('file round trip, 10 MiB (webcrypto)', () => {
  it('seals and opens 10 MiB byte-identical', async () => {
    const data = bytes(10 * 1024 * 1024, 5);
    const { pieces, parts } = await roundTrip([{ name: 'big.bin', data }], 'webcrypto');
    expect(parts.length).toBe(Math.ceil(160 / CHUNKS_PER_PART));
    expect(equal(Buffer.concat(pieces[0]!), data)).toBe(true);
  });
});

describe('noble and WebCrypto produce identical streams', () => {
  it('for random lengths and keys', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 3 * CHUNK_PLAINTEXT_BYTES }),
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        async (length, k) => {
          const plain = bytes(length, 3);
          const [a, b] = await Promise.all(
            (['noble', 'webcrypto'] as const).map(async (backend) =>
              sealAll(await FileStream.create(k, length, backend), plain),
            ),
          );
          expect(a!.length).toBe(b!.length);
          a!.forEach((part, i) => expect(equal(part, b![i]!)).toBe(true));
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe.each(BACKENDS)('tampering with a file stream is detected (%s)', (backend) => {
  // 2 parts: a full part, then one full chunk and a short final one.
  const streamBytes = (CHUNKS_PER_PART + 1) * CHUNK_PLAINTEXT_BYTES + 100;
  const plain = bytes(streamBytes, 7);
  const setup = async () => {
    const stream = await FileStream.create(key(1), streamBytes, backend);
    return { stream, parts: await sealAll(stream, plain) };
  };

  it('a flipped bit in any chunk', async () => {
    const { stream, parts } = await setup();
    for (const offset of [0, 12, CHUNK_BYTES - 1, CHUNK_BYTES, 5 * CHUNK_BYTES + 77, parts[0]!.length - 1]) {
      const bad = parts[0]!.slice();
      bad[offset]! ^= 0x01;
      await expect(stream.openPart(0, bad)).rejects.toThrow(/^stream: chunk \d+ failed authentication$/);
    }
    const bad = parts[1]!.slice();
    bad[3]! ^= 0x80;
    await expect(stream.openPart(1, bad)).rejects.toThrow(/failed authentication/);
  });

  it('two chunks swapped within a part', async () => {
    const { stream, parts } = await setup();
    const bad = parts[0]!.slice();
    bad.set(parts[0]!.subarray(CHUNK_BYTES, 2 * CHUNK_BYTES), 0);
    bad.set(parts[0]!.subarray(0, CHUNK_BYTES), CHUNK_BYTES);
    await expect(stream.openPart(0, bad)).rejects.toThrow(/chunk 0 failed/);
  });

  it('a chunk duplicated in place of the next', async () => {
    const { stream, parts } = await setup();
    const bad = parts[0]!.slice();
    bad.set(parts[0]!.subarray(0, CHUNK_BYTES), CHUNK_BYTES);
    await expect(stream.openPart(0, bad)).rejects.toThrow(/chunk 1 failed/);
  });

  it('parts swapped or served out of order', async () => {
    const { stream, parts } = await setup();
    const assembler = new FileAssembler([{ name: 'x', type: '', size: streamBytes }], stream);
    await expect(assembler.push(1, parts[1]!)).rejects.toThrow(/out of order/);
    await expect(stream.openPart(1, parts[0]!)).rejects.toThrow(/wrong length/);
  });

  it('truncation: the last part withheld, or a stream cut to fewer chunks', async () => {
    const { stream, parts } = await setup();
    const assembler = new FileAssembler([{ name: 'x', type: '', size: streamBytes }], stream);
    await assembler.push(0, parts[0]!);
    expect(assembler.complete).toBe(false);
    expect(() => assembler.finish()).toThrow('stream: truncated');
    // A recipient told the stream is only one part long: its last chunk was sealed as non-final.
    const shorter = await FileStream.create(key(1), CHUNKS_PER_PART * CHUNK_PLAINTEXT_BYTES, backend);
    await expect(shorter.openPart(0, parts[0]!)).rejects.toThrow(`chunk ${CHUNKS_PER_PART - 1} failed`);
  });

  it('extension: bytes after the final chunk', async () => {
    const { stream, parts } = await setup();
    const longer = new Uint8Array(parts[1]!.length + CHUNK_BYTES);
    longer.set(parts[1]!);
    await expect(stream.openPart(1, longer)).rejects.toThrow(/wrong length/);
    // Claimed longer stream: the real final chunk now sits at a non-final position.
    const claimed = await FileStream.create(key(1), streamBytes + CHUNK_PLAINTEXT_BYTES, backend);
    await expect(claimed.openPart(0, parts[0]!)).resolves.toBeDefined();
    const spliced = new Uint8Array(parts[1]!.length + CHUNK_BYTES);
    spliced.set(parts[1]!);
    spliced.set(parts[0]!.subarray(0, CHUNK_BYTES), parts[1]!.length);
    await expect(claimed.openPart(1, spliced)).rejects.toThrow(/failed authentication/);
  });

  it('splicing: a part from another secret of the same size', async () => {
    const { stream } = await setup();
    const other = await FileStream.create(key(2), streamBytes, backend);
    const foreign = await sealAll(other, plain);
    await expect(stream.openPart(0, foreign[0]!)).rejects.toThrow(/failed authentication/);
    await expect(stream.openPart(1, foreign[1]!)).rejects.toThrow(/failed authentication/);
  });

  it('non-zero padding after the files', async () => {
    const stream = await FileStream.create(key(3), 256, backend);
    const padded = new Uint8Array(256);
    padded.set(bytes(10));
    padded[200] = 1;
    const [part] = await sealAll(stream, padded);
    const assembler = new FileAssembler([{ name: 'x', type: '', size: 10 }], stream);
    await expect(assembler.push(0, part!)).rejects.toThrow('stream: padding is not zero');
  });

  it('wrong key: another link or password opens nothing', async () => {
    const { parts } = await setup();
    const wrong = await FileStream.create(key(9), streamBytes, backend);
    await expect(wrong.openPart(0, parts[0]!)).rejects.toThrow(/failed authentication/);
  });
});

describe('stream layout', () => {
  it('slices cover every byte once, files then padding', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 0, max: 40_000 }),
        fc.integer({ min: 0, max: 40_000 }),
        (sizes, offset, length) => {
          const files = sizes.map((size, i) => ({ name: `f${i}`, type: '', size }));
          const slices = streamSlices(files, offset, length);
          const covered = slices.reduce((n, s) => n + ('padding' in s ? s.padding : s.end - s.start), 0);
          expect(covered).toBe(length);
          for (const s of slices) if (!('padding' in s)) expect(s.end).toBeLessThanOrEqual(files[s.file]!.size);
        },
      ),
    );
  });
});

describe('bundle payload', () => {
  const fileArb = fc.record({
    name: fc.string({ minLength: 1, maxLength: 80, unit: 'grapheme' }).map(safeFileName),
    type: fc.string({ maxLength: 40 }).map(safeFileType),
    size: fc.integer({ min: 0, max: 2 ** 48 }),
  });

  it('round-trips any bundle made from any names a platform gives', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.array(fileArb, { minLength: 1, maxLength: 20 }), (text, files) => {
        const content: SecretContent = { kind: 'bundle', text: text.toWellFormed(), files };
        expect(decodePayload(encodePayload(content))).toEqual(content);
      }),
    );
  });

  it('safeFileName output is always accepted, and drops separators, controls and bidi overrides', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400, unit: 'binary' }), (raw) => {
        const name = safeFileName(raw.toWellFormed());
        expect(() => encodePayload({ kind: 'bundle', text: '', files: [{ name, type: '', size: 0 }] })).not.toThrow();
      }),
    );
    expect(safeFileName('../../etc/passwd')).toBe('.._.._etc_passwd');
    expect(safeFileName('invoice\u202Efdp.exe')).toBe('invoice_fdp.exe');
    expect(safeFileName('a\u0000b\nc')).toBe('a_b_c');
    expect(safeFileName('..')).toBe('file');
    expect(new TextEncoder().encode(safeFileName('é'.repeat(300))).length).toBeLessThanOrEqual(255);
  });

  it('keeps a hostile-looking name as plain text', () => {
    const name = '<img src=x onerror=alert(1)>.svg';
    const content: SecretContent = { kind: 'bundle', text: '', files: [{ name, type: 'image/svg+xml', size: 5 }] };
    expect(decodePayload(encodePayload(content))).toEqual(content);
  });

  it('rejects malformed bundles', () => {
    const good = encodePayload({ kind: 'bundle', text: 'hi', files: [{ name: 'a', type: 't', size: 3 }] });
    expect(() => decodePayload(good.subarray(0, good.length - 1))).toThrow('payload: truncated bundle');
    expect(() => decodePayload(Uint8Array.from([...good, 0]))).toThrow('payload: trailing bytes after the bundle');
    const zeroFiles = Uint8Array.from([0x02, 0, 0, 0, 0, 0]);
    expect(() => decodePayload(zeroFiles)).toThrow(/1 to 20 files/);
    const withName = (name: number[]) =>
      Uint8Array.from([0x02, 0, 0, 0, 0, 1, 0, name.length, ...name, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(decodePayload(withName([0x61])).kind).toBe('bundle');
    expect(() => decodePayload(withName([]))).toThrow('payload: invalid file name');
    expect(() => decodePayload(withName([0x61, 0x2f, 0x62]))).toThrow('payload: invalid file name');
    expect(() => decodePayload(withName([0x61, 0x0a]))).toThrow('payload: invalid file name');
    expect(() => decodePayload(withName([0xe2, 0x80, 0xae]))).toThrow('payload: invalid file name');
    expect(() => decodePayload(withName([0xff]))).toThrow('payload: file name is not valid UTF-8');
    const huge = withName([0x61]);
    huge.fill(0xff, huge.length - 8);
    expect(() => decodePayload(huge)).toThrow('payload: invalid file size');
    const files = Array.from({ length: 21 }, () => ({ name: 'a', type: '', size: 0 }));
    expect(() => encodePayload({ kind: 'bundle', text: '', files })).toThrow(/1 to 20 files/);
  });

  it('never throws anything but a payload error on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (body) => {
        try {
          decodePayload(Uint8Array.from([0x02, ...body]));
        } catch (error) {
          expect((error as Error).message).toMatch(/^payload: /);
        }
      }),
    );
  });
});
