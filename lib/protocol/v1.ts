/**
 * The byte layout of protocol v1 (docs/protocol.md, tests/vectors/v1.json):
 * sizes, padding buckets, scrypt parameters, chunk and part sizes, the file
 * count of a bundle. Pure values and arithmetic only; both sides need them,
 * and the server reads them without touching lib/crypto.
 *
 * FROZEN. Every value here is part of links, envelopes and file streams
 * already issued: changing one breaks them. A change is a new protocol
 * version with its own module, never an edit here.
 *
 * What a sender may choose (lifetimes, view counts, how many files a client
 * offers) is product policy, not layout: it lives in lib/policy.
 */

export const PROTOCOL_VERSION = 1;

export const LINK_KEY_BYTES = 32;
export const ID_BYTES = 16;
export const KEY_BYTES = 32;
export const NONCE_BYTES = 12;
export const TAG_BYTES = 16;
export const PASSWORD_SALT_BYTES = 16;
/** Version byte + nonce before the ciphertext, tag after it. */
export const ENVELOPE_OVERHEAD_BYTES = 1 + NONCE_BYTES + TAG_BYTES;

/** Characters of base64url without padding for `bytes` bytes. */
export function base64urlChars(bytes: number): number {
  return Math.ceil((bytes * 4) / 3);
}

export const LINK_KEY_CHARS = base64urlChars(LINK_KEY_BYTES); // 43
export const ID_CHARS = base64urlChars(ID_BYTES); // 22
export const KEY_CHARS = base64urlChars(KEY_BYTES); // 43
export const PASSWORD_SALT_CHARS = base64urlChars(PASSWORD_SALT_BYTES); // 22

/** Padding buckets: 256 B, 1 KiB, 4 KiB, then powers of two up to the maximum. */
export const PAD_SMALL_BUCKETS_BYTES = [256, 1024, 4096] as const;
export const PAD_FIRST_POWER_BUCKET_BYTES = 8192;
/** Largest padded plaintext in v1 (text secrets): 1 MiB. */
export const MAX_PADDED_BYTES = 1024 * 1024;

/** Every padded size v1 can produce, ascending. */
export const PADDED_SIZES_BYTES: readonly number[] = (() => {
  const sizes: number[] = [...PAD_SMALL_BUCKETS_BYTES];
  for (let n = PAD_FIRST_POWER_BUCKET_BYTES; n <= MAX_PADDED_BYTES; n *= 2) sizes.push(n);
  return sizes;
})();

/** Every valid envelope length in base64url characters. */
export const ENVELOPE_CHAR_LENGTHS: ReadonlySet<number> = new Set(
  PADDED_SIZES_BYTES.map((n) => base64urlChars(n + ENVELOPE_OVERHEAD_BYTES)),
);
export const MAX_ENVELOPE_CHARS = base64urlChars(MAX_PADDED_BYTES + ENVELOPE_OVERHEAD_BYTES);

/** scrypt parameters of v1 (RFC 7914; OWASP's minimum for scrypt). */
export const SCRYPT_LOG2_N = 17;
export const SCRYPT_R = 8;
export const SCRYPT_P = 1;

/* Files (docs/protocol.md §Files). */

/** Plaintext bytes per STREAM chunk (age's chunk size). */
export const CHUNK_PLAINTEXT_BYTES = 65536;
/** Ciphertext bytes of a full chunk: plaintext + GCM tag. */
export const CHUNK_BYTES = CHUNK_PLAINTEXT_BYTES + TAG_BYTES;
/**
 * Chunks per stored part; a part is the unit of upload and download. 15 keeps
 * a part (983,280 bytes) under 1 MiB, so Redis's allocator (jemalloc) stores
 * it in its 1 MiB size class: 16 chunks would land in the 1.25 MiB class and
 * waste a fifth of the memory (measured: `npm run bench -- --only memory`).
 */
export const CHUNKS_PER_PART = 15;
/** Bytes of every part but the last. */
export const PART_BYTES = CHUNK_BYTES * CHUNKS_PER_PART;
/**
 * Files one bundle holds: 1 to MAX_FILES (docs/protocol.md §Bundle payload).
 * Frozen by the layout; lib/policy may offer fewer, never more.
 */
export const MIN_FILES = 1;
export const MAX_FILES = 20;

/** Padmé (PETS 2019): rounds `n` up so that only O(log log n) bits of it remain. */
export function padme(n: number): number {
  if (n < 2) return n;
  const e = Math.floor(Math.log2(n));
  const s = Math.floor(Math.log2(e)) + 1;
  const unit = 2 ** (e - s);
  return Math.ceil(n / unit) * unit;
}

/** The padded length of a file stream carrying `n` bytes of files. */
export function streamPaddedLength(n: number): number {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`padding: invalid stream length ${n}`);
  if (n <= MAX_PADDED_BYTES) return PADDED_SIZES_BYTES.find((bucket) => n <= bucket)!;
  return padme(n);
}

/** True when `n` is a length `streamPaddedLength` can produce. */
export function isStreamPaddedLength(n: number): boolean {
  if (!Number.isSafeInteger(n) || n <= 0) return false;
  return n <= MAX_PADDED_BYTES ? PADDED_SIZES_BYTES.includes(n) : padme(n) === n;
}

/** Chunks in a stream whose padded plaintext is `streamBytes` long. */
export function streamChunks(streamBytes: number): number {
  return Math.max(1, Math.ceil(streamBytes / CHUNK_PLAINTEXT_BYTES));
}

/** Ciphertext bytes of a whole stream. */
export function streamCipherBytes(streamBytes: number): number {
  return streamBytes + streamChunks(streamBytes) * TAG_BYTES;
}

/** Parts a stream is stored in. */
export function streamParts(streamBytes: number): number {
  return Math.ceil(streamChunks(streamBytes) / CHUNKS_PER_PART);
}

/** Exact byte length of part `index` of a stream. */
export function partLength(streamBytes: number, index: number): number {
  const total = streamCipherBytes(streamBytes);
  const parts = streamParts(streamBytes);
  if (!Number.isInteger(index) || index < 0 || index >= parts) throw new RangeError(`part ${index} out of range`);
  return index < parts - 1 ? PART_BYTES : total - PART_BYTES * (parts - 1);
}
