import { PADDED_SIZES_BYTES, base64urlChars } from './v1';

/*
 * The byte layout of requests (docs/protocol.md § Requests (v1 addendum)) as
 * the server needs it: lengths only, so the API can validate a note or an
 * answer without importing lib/crypto. FROZEN like lib/protocol/v1.ts;
 * tests/unit/request-layout.test.ts checks these against lib/crypto.
 */

/** Version byte + nonce + tag around the padded note (a v1 envelope). */
export const NOTE_OVERHEAD_BYTES = 1 + 12 + 16;
/** Padded sizes a note may have: at most 4 094 UTF-8 bytes fit in 4 096. */
export const NOTE_PADDED_SIZES_BYTES = [256, 1024, 4096] as const;
/** Every valid note envelope length in base64url characters: 380, 1 404, 5 500. */
export const NOTE_CHAR_LENGTHS: ReadonlySet<number> = new Set(
  NOTE_PADDED_SIZES_BYTES.map((n) => base64urlChars(n + NOTE_OVERHEAD_BYTES)),
);
export const MAX_NOTE_CHARS = Math.max(...NOTE_CHAR_LENGTHS);

/** Version byte + HPKE enc (X25519, 32) + AES-256-GCM tag around the padded answer payload. */
export const ANSWER_OVERHEAD_BYTES = 1 + 32 + 16;
/** Every valid answer length in base64url characters (407 for 256 B … 1 398 167 for 1 MiB). */
export const ANSWER_CHAR_LENGTHS: ReadonlySet<number> = new Set(
  PADDED_SIZES_BYTES.map((n) => base64urlChars(n + ANSWER_OVERHEAD_BYTES)),
);
export const MAX_ANSWER_CHARS = Math.max(...ANSWER_CHAR_LENGTHS);
