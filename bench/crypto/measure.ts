import {
  buildAad,
  chunkNonce,
  FileStream,
  derivePasswordKey,
  newPasswordKdf,
  openEnvelope,
  openSecret,
  parseLinkFragment,
  sealEnvelope,
  sealSecret,
  unlockSecret,
} from '../../lib/crypto';
import { CHUNK_PLAINTEXT_BYTES } from '../../lib/protocol/v1';

/*
 * Crypto timings that run unchanged in Node and, bundled by esbuild, in
 * Chromium: lib/crypto's AES-256-GCM envelope layer (pure JS, text up to
 * 1 MiB) and its file stream (WebCrypto bulk, large payloads) against raw
 * WebCrypto AES-256-GCM on the same bytes, the whole seal/open path of a text
 * secret, and the password KDF. Each timing is the median of several samples.
 */

const MiB = 1024 * 1024;

export type Throughput = { sealMs: number; openMs: number; sealMiBps: number; openMiBps: number; bothMs: number };

export type CryptoReport = {
  /** By size in bytes: lib/crypto's sealEnvelope/openEnvelope, raw WebCrypto, and lib throughput ÷ WebCrypto's. */
  envelope: { bytes: number; lib: Throughput; webcrypto: Throughput; ratio: number }[];
  /**
   * The file stream (what the app uses for large payloads): FileStream seal of every part, then
   * open of every part, against one-shot raw WebCrypto on the same bytes.
   */
  files: { bytes: number; lib: Throughput; webcrypto: Throughput; ratio: number }[];
  /** Raw WebCrypto over 10 MiB in chunks of 16 KiB (C2SP's size) and 64 KiB (age's, chosen), key imported once. */
  chunkSizes: { chunkBytes: number; bothMs: number }[];
  /** sealSecret, then unlockSecret + openSecret (padding, HKDF, AES-GCM, base64url), by padded size. */
  secret: { paddedBytes: number; lib: Throughput }[];
  /** derivePasswordKey (scrypt N=2^17, r=8, p=1). */
  scrypt: { medianMs: number; runsMs: number[] };
};

export type CryptoOptions = { envelopeSizes: number[]; fileSizes: number[]; secretSizes: number[]; scryptRuns: number };

function randomBytes(n: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i += 65536) crypto.getRandomValues(out.subarray(i, Math.min(n, i + 65536)));
  return out;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Milliseconds per call of `op`: after a warm-up (20 ms, at least one call,
 * so the JIT has compiled it), the median of samples, each as many calls as
 * fill 5 ms (so a coarse clock does not matter), at least 3 samples and 100 ms.
 */
async function timeOp(op: () => unknown): Promise<number> {
  for (const warm = performance.now(); performance.now() - warm < 20;) await op();
  const samples: number[] = [];
  const started = performance.now();
  while (samples.length < 3 || (performance.now() - started < 100 && samples.length < 15)) {
    const t0 = performance.now();
    let calls = 0;
    let elapsed = 0;
    do {
      await op();
      calls++;
      elapsed = performance.now() - t0;
    } while (elapsed < 5);
    samples.push(elapsed / calls);
  }
  return median(samples);
}

function throughput(bytes: number, sealMs: number, openMs: number): Throughput {
  const round = (n: number) => Number(n.toFixed(n < 10 ? 3 : 1));
  return {
    sealMs: round(sealMs),
    openMs: round(openMs),
    sealMiBps: round(bytes / MiB / (sealMs / 1000)),
    openMiBps: round(bytes / MiB / (openMs / 1000)),
    bothMs: round(sealMs + openMs),
  };
}

function same(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

async function envelopeTimings(bytes: number) {
  const data = randomBytes(bytes);
  const key = randomBytes(32);
  const aad = buildAad(randomBytes(16), null) as Uint8Array<ArrayBuffer>;
  const sealed = sealEnvelope(key, aad, data) as Uint8Array<ArrayBuffer>;
  const iv = sealed.slice(1, 13);
  // Same bytes, same format: WebCrypto must open what lib/crypto sealed.
  const webKey = await crypto.subtle.importKey('raw', key, 'AES-GCM', false, ['encrypt', 'decrypt']);
  const params = { name: 'AES-GCM', iv, additionalData: aad, tagLength: 128 };
  const opened = new Uint8Array(await crypto.subtle.decrypt(params, webKey, sealed.subarray(13)));
  if (!same(opened, data) || !same(openEnvelope(key, aad, sealed), data)) {
    throw new Error(`crypto bench: round trip of ${bytes} bytes failed`);
  }
  const lib = throughput(
    bytes,
    await timeOp(() => sealEnvelope(key, aad, data)),
    await timeOp(() => openEnvelope(key, aad, sealed)),
  );
  // WebCrypto imports its key per call, as lib/crypto expands its key per call.
  const webSeal = async () => {
    const k = await crypto.subtle.importKey('raw', key, 'AES-GCM', false, ['encrypt']);
    return crypto.subtle.encrypt(params, k, data);
  };
  const ciphertext = new Uint8Array(await webSeal());
  const webOpen = async () => {
    const k = await crypto.subtle.importKey('raw', key, 'AES-GCM', false, ['decrypt']);
    return crypto.subtle.decrypt(params, k, ciphertext);
  };
  const webcrypto = throughput(bytes, await timeOp(webSeal), await timeOp(webOpen));
  const ratio = Number((webcrypto.bothMs / lib.bothMs).toFixed(3));
  return { bytes, lib, webcrypto, ratio };
}

async function fileTimings(bytes: number) {
  const data = randomBytes(bytes);
  const key = randomBytes(32);
  const seal = async () => {
    const stream = await FileStream.create(key, bytes);
    const parts: Uint8Array[] = [];
    for (let p = 0; p < stream.parts; p++) {
      const offset = stream.partOffset(p);
      parts.push(await stream.sealPart(p, data.subarray(offset, offset + stream.partPlaintextBytes(p))));
    }
    return parts;
  };
  const sealed = await seal();
  const open = async () => {
    const stream = await FileStream.create(key, bytes);
    const out = new Uint8Array(bytes);
    for (let p = 0; p < stream.parts; p++) out.set(await stream.openPart(p, sealed[p]!), stream.partOffset(p));
    return out;
  };
  if (!same(await open(), data)) throw new Error(`crypto bench: file stream of ${bytes} bytes did not open`);
  const lib = throughput(bytes, await timeOp(seal), await timeOp(open));
  const iv = randomBytes(12);
  const webSeal = async () => {
    const k = await crypto.subtle.importKey('raw', key, 'AES-GCM', false, ['encrypt']);
    return crypto.subtle.encrypt({ name: 'AES-GCM', iv }, k, data);
  };
  const ciphertext = new Uint8Array(await webSeal());
  const webOpen = async () => {
    const k = await crypto.subtle.importKey('raw', key, 'AES-GCM', false, ['decrypt']);
    return crypto.subtle.decrypt({ name: 'AES-GCM', iv }, k, ciphertext);
  };
  const webcrypto = throughput(bytes, await timeOp(webSeal), await timeOp(webOpen));
  return { bytes, lib, webcrypto, ratio: Number((webcrypto.bothMs / lib.bothMs).toFixed(3)) };
}

async function chunkSizeTimings(bytes: number) {
  const data = randomBytes(bytes);
  const key = await crypto.subtle.importKey('raw', randomBytes(32), 'AES-GCM', false, ['encrypt', 'decrypt']);
  const out = [];
  for (const chunkBytes of [16 * 1024, CHUNK_PLAINTEXT_BYTES]) {
    const chunks = Math.ceil(bytes / chunkBytes);
    const nonce = (i: number) => chunkNonce(i, i === chunks - 1) as Uint8Array<ArrayBuffer>;
    const sealAll = async () => {
      const sealed: ArrayBuffer[] = [];
      for (let i = 0; i < chunks; i++) {
        const chunk = data.subarray(i * chunkBytes, (i + 1) * chunkBytes);
        sealed.push(await crypto.subtle.encrypt({ name: 'AES-GCM', iv: nonce(i) }, key, chunk));
      }
      return sealed;
    };
    const sealed = await sealAll();
    const openAll = async () => {
      for (let i = 0; i < chunks; i++) await crypto.subtle.decrypt({ name: 'AES-GCM', iv: nonce(i) }, key, sealed[i]!);
    };
    const bothMs = (await timeOp(sealAll)) + (await timeOp(openAll));
    out.push({ chunkBytes, bothMs: Number(bothMs.toFixed(1)) });
  }
  return out;
}

async function secretTimings(paddedBytes: number) {
  // The largest text that fits the bucket: kind byte + text + 0x80 marker.
  const text = 'x'.repeat(paddedBytes - 2);
  let last = await sealSecret({ kind: 'text', text });
  const open = async () => {
    const link = parseLinkFragment(last.fragment);
    if (!link.ok) throw new Error('crypto bench: bad fragment');
    const unlocked = await unlockSecret(link.key, null);
    return openSecret(unlocked, last.sealed.id, last.sealed.envelope);
  };
  if ((await open()).text !== text) throw new Error(`crypto bench: secret of ${paddedBytes} bytes did not open`);
  const sealMs = await timeOp(async () => (last = await sealSecret({ kind: 'text', text })));
  return { paddedBytes, lib: throughput(paddedBytes, sealMs, await timeOp(open)) };
}

async function scryptTimings(runs: number) {
  const runsMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await derivePasswordKey('correct horse battery staple', newPasswordKdf());
    runsMs.push(Math.round(performance.now() - t0));
  }
  return { medianMs: median(runsMs), runsMs };
}

/** Runs every crypto timing in this JavaScript environment. */
export async function runCryptoBench(o: CryptoOptions): Promise<CryptoReport> {
  const envelope = [];
  for (const bytes of o.envelopeSizes) envelope.push(await envelopeTimings(bytes));
  const files = [];
  for (const bytes of o.fileSizes) files.push(await fileTimings(bytes));
  const chunkSizes = await chunkSizeTimings(Math.max(...o.fileSizes));
  const secret = [];
  for (const bytes of o.secretSizes) secret.push(await secretTimings(bytes));
  return { envelope, files, chunkSizes, secret, scrypt: await scryptTimings(o.scryptRuns) };
}
