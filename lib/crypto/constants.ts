/**
 * Frozen constants of Handoff protocol v1 (docs/protocol.md). Changing any of
 * them breaks every link and envelope already issued: add a new version instead.
 */

export {
  CHUNK_BYTES,
  CHUNK_PLAINTEXT_BYTES,
  CHUNKS_PER_PART,
  ENVELOPE_OVERHEAD_BYTES,
  isStreamPaddedLength,
  MAX_FILES,
  MIN_FILES,
  PART_BYTES,
  partLength,
  streamChunks,
  streamCipherBytes,
  streamPaddedLength,
  streamParts,
  ID_BYTES,
  ID_CHARS,
  KEY_BYTES,
  KEY_CHARS,
  LINK_KEY_BYTES,
  LINK_KEY_CHARS,
  MAX_PADDED_BYTES,
  NONCE_BYTES,
  PAD_FIRST_POWER_BUCKET_BYTES,
  PAD_SMALL_BUCKETS_BYTES,
  PASSWORD_SALT_BYTES,
  PASSWORD_SALT_CHARS,
  PROTOCOL_VERSION,
  SCRYPT_LOG2_N,
  SCRYPT_P,
  SCRYPT_R,
  TAG_BYTES,
} from '../protocol/v1';

/** HKDF `info` labels (RFC 5869 §3.2), UTF-8. */
export const INFO_ID = 'handoff/v1/id';
export const INFO_ENC = 'handoff/v1/enc';
export const INFO_LINK = 'handoff/v1/link';
export const INFO_PASSWORD = 'handoff/v1/password';
export const INFO_FILES = 'handoff/v1/files';

/** Prefix of the additional authenticated data, UTF-8. */
export const AAD_LABEL = 'handoff/v1/aad';

/** Payload kind bytes: UTF-8 text; text with a file manifest (the files travel in the file stream). */
export const PAYLOAD_KIND_TEXT = 0x01;
export const PAYLOAD_KIND_BUNDLE = 0x02;

/** Limits of the bundle manifest (docs/protocol.md §Bundle payload). */
export const MAX_FILE_NAME_BYTES = 255;
export const MAX_FILE_TYPE_CHARS = 100;

/** KDF identifier bytes in the AAD. */
export const KDF_TAG_NONE = 0x00;
export const KDF_TAG_SCRYPT = 0x01;
