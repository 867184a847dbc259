import { MAX_PADDED_BYTES, PADDED_SIZES_BYTES } from '../protocol/v1';

/*
 * Length-hiding padding (frozen, docs/protocol.md §Padding):
 *
 *   padded = payload || 0x80 || 0x00 * k      (ISO/IEC 7816-4 style)
 *
 * with the smallest k >= 0 that makes len(padded) a bucket size: 256, 1024,
 * 4096, then 8192, 16384, ... up to MAX_PADDED_BYTES. Unpadding strips the
 * zeros and requires the 0x80 marker, so it is unambiguous for any payload.
 */

/**
 * The bucket a payload of `payloadBytes` bytes is padded to.
 * @throws `padding: ...` when the payload does not fit the largest bucket
 */
export function paddedSize(payloadBytes: number): number {
  const size = PADDED_SIZES_BYTES.find((bucket) => payloadBytes + 1 <= bucket);
  if (size === undefined) {
    throw new Error(`padding: payload of ${payloadBytes} bytes exceeds ${MAX_PADDED_BYTES - 1} bytes`);
  }
  return size;
}

/** True when `n` is a size that `pad` can produce. */
export function isBucketSize(n: number): boolean {
  return PADDED_SIZES_BYTES.includes(n);
}

/** Pads `payload` to its bucket. */
export function pad(payload: Uint8Array): Uint8Array {
  const out = new Uint8Array(paddedSize(payload.length));
  out.set(payload);
  out[payload.length] = 0x80;
  return out;
}

/**
 * Removes the padding added by `pad`.
 * @throws `padding: ...` when the size is not a bucket or the marker is missing
 */
export function unpad(padded: Uint8Array): Uint8Array {
  if (!isBucketSize(padded.length)) throw new Error(`padding: ${padded.length} is not a bucket size`);
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end--;
  if (end < 0 || padded[end] !== 0x80) throw new Error('padding: missing 0x80 marker');
  return padded.subarray(0, end);
}
