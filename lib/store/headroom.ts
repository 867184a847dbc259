import { ENVELOPE_OVERHEAD_BYTES, base64urlChars } from '../protocol/v1';

/*
 * Room kept for small secrets when a store is nearly full (security review
 * F-02). Past LARGE_ENVELOPE_MEMORY_RATIO of the store's memory, an envelope
 * longer than LARGE_ENVELOPE_CHARS is refused as if the store were full, so
 * the last tenth stays for ordinary secrets (a password, a key, a short note:
 * at most 64 KiB padded). File uploads stop earlier still, at
 * HANDOFF_UPLOAD_MEMORY_RATIO (0.8 by default). Both stores apply the same
 * numbers: the memory store in putSecret, Redis inside the PUT script,
 * atomically with the write.
 */

/** Envelopes longer than one of 64 KiB padded plaintext (87,420 base64url characters) are "large". */
export const LARGE_ENVELOPE_CHARS = base64urlChars(64 * 1024 + ENVELOPE_OVERHEAD_BYTES);

/** Share of the store's memory beyond which large envelopes are refused. */
export const LARGE_ENVELOPE_MEMORY_RATIO = 0.9;

/** Whether an envelope of `chars` characters must leave the headroom alone. */
export function isLargeEnvelope(chars: number): boolean {
  return chars > LARGE_ENVELOPE_CHARS;
}
