import { concatBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { decodeBase64url, encodeBase64url } from '../protocol/base64url';
import { ID_BYTES, KEY_BYTES, PAYLOAD_KIND_BUNDLE, PAYLOAD_KIND_TEXT, PROTOCOL_VERSION } from './constants';
import { openEnvelope, sealEnvelope } from './envelope';
import {
  HPKE_AEAD_AES_256_GCM,
  HPKE_TAG_BYTES,
  HPKE_X25519_BYTES,
  setupRecipient,
  setupSender,
  type HpkeContext,
  type HpkeSetup,
} from './hpke';
import { pad, unpad } from './padding';
import { bundleStreamBytes, decodePayload, encodePayload, type SecretContent } from './payload';
import { REQUEST_INFO_NOTE, requestLinkKeys, type RequestKeys, type RequestLinkKeys } from './request-keys';
import { FileStream, type StreamBackend } from './stream';

/*
 * Notes and answers of secret requests (docs/protocol.md §Requests).
 *
 * Note: a v1 envelope (version 0x01 || nonce || AES-256-GCM || tag) of the
 * padded text payload, under noteKey, with
 *   aad = "handoff/v1/req-note" || id (16)
 *
 * Answer: HPKE (RFC 9180) PSK mode, DHKEM(X25519, HKDF-SHA256) / HKDF-SHA256 /
 * AES-256-GCM, to pkR with psk = psk, psk_id = id, and
 *   info = aad = "handoff/v1/req-answer" || id (16) || kind (1: 0x01 text, 0x02 bundle)
 * sealing the padded payload (text or bundle, §Payload) at sequence 0:
 *
 *   +---------+-----------+-----------------------------------+----------+
 *   | version | enc       | AES-256-GCM ciphertext            | tag      |
 *   | 1: 0x01 | 32        | len(padded payload)               | 16       |
 *   +---------+-----------+-----------------------------------+----------+
 *
 * A bundle's files travel in the v1 file stream (§File stream) under
 *   fileKey = Export("handoff/v1/req-files", 32)
 * and both sides may show a confirmation code, the first 4 bytes of
 * Export("handoff/v1/req-confirm", 4) as a big-endian integer mod 10^6.
 */

export const REQUEST_NOTE_AAD_LABEL = REQUEST_INFO_NOTE;
export const REQUEST_ANSWER_LABEL = 'handoff/v1/req-answer';
export const REQUEST_EXPORT_FILES = 'handoff/v1/req-files';
export const REQUEST_EXPORT_CONFIRM = 'handoff/v1/req-confirm';
/** Answer envelope: version byte, enc, GCM tag around the padded payload. */
export const ANSWER_OVERHEAD_BYTES = 1 + HPKE_X25519_BYTES + HPKE_TAG_BYTES;
/** Largest padded note: the note is a short message, so the server only ever sees 256, 1024 or 4096 bytes. */
export const MAX_NOTE_PADDED_BYTES = 4096;

/** What an answer holds: text alone, or a bundle whose files follow in the file stream. */
export type AnswerKind = SecretContent['kind'];

function checkId(id: Uint8Array): void {
  if (id.length !== ID_BYTES) throw new Error(`request: id must be ${ID_BYTES} bytes`);
}

/** The note's additional authenticated data. */
export function noteAad(id: Uint8Array): Uint8Array {
  checkId(id);
  return concatBytes(utf8ToBytes(REQUEST_NOTE_AAD_LABEL), id);
}

/**
 * Encrypts the requester's note to whoever holds the request link.
 * @param nonce - only for known-answer tests; random otherwise
 * @returns the note envelope
 * @throws `request: the note is too long` past 4094 UTF-8 bytes
 * @example
 * const envelope = sealNote(keys.noteKey, keys.id, 'Please send the staging DB password');
 */
export function sealNote(noteKey: Uint8Array, id: Uint8Array, text: string, nonce?: Uint8Array): Uint8Array {
  const payload = encodePayload({ kind: 'text', text });
  if (payload.length + 1 > MAX_NOTE_PADDED_BYTES) throw new Error('request: the note is too long');
  const padded = pad(payload);
  try {
    return sealEnvelope(noteKey, noteAad(id), padded, nonce);
  } finally {
    padded.fill(0);
  }
}

/**
 * Decrypts a note.
 * @throws `request: the note failed authentication` (wrong key or id, or a changed byte), `request: ...` for anything but a padded text note
 */
export function openNote(noteKey: Uint8Array, id: Uint8Array, envelope: Uint8Array): string {
  if (envelope.length > MAX_NOTE_PADDED_BYTES + 29) throw new Error('request: the note is too long');
  let padded: Uint8Array;
  try {
    padded = openEnvelope(noteKey, noteAad(id), envelope);
  } catch (error) {
    if (error instanceof Error && error.message === 'envelope: authentication failed') {
      throw new Error('request: the note failed authentication');
    }
    throw error;
  }
  const content = decodePayload(unpad(padded));
  if (content.kind !== 'text') throw new Error('request: the note is not text');
  return content.text;
}

/** HPKE `info` (and AES-GCM aad) of an answer to request `id` of kind `kind`. */
export function answerInfo(id: Uint8Array, kind: AnswerKind): Uint8Array {
  checkId(id);
  const kindByte = kind === 'bundle' ? PAYLOAD_KIND_BUNDLE : PAYLOAD_KIND_TEXT;
  return concatBytes(utf8ToBytes(REQUEST_ANSWER_LABEL), id, Uint8Array.of(kindByte));
}

function answerSetup(link: RequestLinkKeys, kind: AnswerKind): HpkeSetup {
  return { aead: HPKE_AEAD_AES_256_GCM, info: answerInfo(link.id, kind), psk: { psk: link.psk, pskId: link.pskId } };
}

/** The file stream key of an answer: Export("handoff/v1/req-files", 32). */
export function answerFileKey(context: HpkeContext): Uint8Array {
  return context.export(utf8ToBytes(REQUEST_EXPORT_FILES), KEY_BYTES);
}

/** A six-digit code both sides can read out to each other: Export("handoff/v1/req-confirm", 4) mod 10^6. */
export function answerConfirmationCode(context: HpkeContext): string {
  const bytes = context.export(utf8ToBytes(REQUEST_EXPORT_CONFIRM), 4);
  const value = new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0) % 1_000_000;
  const digits = value.toString().padStart(6, '0');
  return `${digits.slice(0, 3)} ${digits.slice(3)}`;
}

/** The low-level result of sealing or opening an answer envelope. */
export type AnswerSecrets = { fileKey: Uint8Array; confirmation: string };

/**
 * Seals a padded payload to the requester (sequence 0 of a PSK-mode context).
 * @param ephemeralSecretKey - only for known-answer tests; random otherwise
 * @throws `request: the request link's public key is invalid` for a low-order key
 */
export function sealAnswerEnvelope(
  publicKey: Uint8Array,
  link: RequestLinkKeys,
  kind: AnswerKind,
  padded: Uint8Array,
  ephemeralSecretKey?: Uint8Array,
): AnswerSecrets & { envelope: Uint8Array } {
  const setup = answerSetup(link, kind);
  let sender: { enc: Uint8Array; context: HpkeContext };
  try {
    sender = setupSender(publicKey, setup, ephemeralSecretKey);
  } catch {
    throw new Error("request: the request link's public key is invalid");
  }
  const { enc, context } = sender;
  const ciphertext = context.seal(setup.info, padded);
  const envelope = concatBytes(Uint8Array.of(PROTOCOL_VERSION), enc, ciphertext);
  const secrets = { fileKey: answerFileKey(context), confirmation: answerConfirmationCode(context) };
  context.wipe();
  return { envelope, ...secrets };
}

/**
 * Opens an answer envelope with the requester's keys.
 * @returns the padded payload and the answer's secrets
 * @throws `request: unknown answer version N`, `request: answer too short`, `request: the answer failed authentication`
 */
export function openAnswerEnvelope(
  keys: RequestKeys,
  kind: AnswerKind,
  envelope: Uint8Array,
): AnswerSecrets & { padded: Uint8Array } {
  if (envelope.length < ANSWER_OVERHEAD_BYTES) throw new Error('request: answer too short');
  if (envelope[0] !== PROTOCOL_VERSION) throw new Error(`request: unknown answer version ${envelope[0]}`);
  const setup = answerSetup(keys, kind);
  let context: HpkeContext;
  let padded: Uint8Array;
  try {
    context = setupRecipient(envelope.subarray(1, 1 + HPKE_X25519_BYTES), keys.secretKey, setup);
    padded = context.open(setup.info, envelope.subarray(1 + HPKE_X25519_BYTES));
  } catch {
    throw new Error('request: the answer failed authentication');
  }
  const secrets = { fileKey: answerFileKey(context), confirmation: answerConfirmationCode(context) };
  context.wipe();
  return { padded, ...secrets };
}

/** What the responder's client uploads: ciphertext only. */
export type SealedAnswer = {
  /** The answer envelope, base64url. */
  answer: string;
  /** For a bundle: the padded length of its file stream. Absent for text. */
  files?: { streamBytes: number };
};

/** Options for `sealAnswer`. */
export type SealAnswerOptions = {
  /** AES-GCM implementation for the file stream; `auto` by default. */
  streamBackend?: StreamBackend;
  /** Only for known-answer tests. */
  ephemeralSecretKey?: Uint8Array;
};

/**
 * Encrypts an answer for the request a parsed request link names.
 * @param link - `parseRequestFragment(...)` when ok: the requester's public key and R
 * @returns `id` and `submitProof` (base64url) for the submit call; `sealed` to upload;
 *   `stream`: for a bundle, the sealer of its file stream, else null; `confirmation`: the code to show
 * @throws `padding: ...`, `payload: ...` for content out of bounds; `request: ...` for a bad link
 * @example
 * const parsed = parseRequestFragment(location.hash);
 * if (parsed.ok) {
 *   const { id, submitProof, sealed } = await sealAnswer(parsed, { kind: 'text', text: 'hunter2' });
 * }
 */
export async function sealAnswer(
  link: { publicKey: Uint8Array; linkSecret: Uint8Array },
  content: SecretContent,
  options: SealAnswerOptions = {},
): Promise<{ id: string; submitProof: string; sealed: SealedAnswer; stream: FileStream | null; confirmation: string }> {
  const keys = requestLinkKeys(link.linkSecret);
  const padded = pad(encodePayload(content));
  try {
    const { envelope, fileKey, confirmation } = sealAnswerEnvelope(
      link.publicKey,
      keys,
      content.kind,
      padded,
      options.ephemeralSecretKey,
    );
    const streamBytes = bundleStreamBytes(content);
    const stream = streamBytes === null ? null : await FileStream.create(fileKey, streamBytes, options.streamBackend);
    fileKey.fill(0);
    return {
      id: encodeBase64url(keys.id),
      submitProof: encodeBase64url(keys.submitProof),
      sealed: { answer: encodeBase64url(envelope), ...(streamBytes === null ? {} : { files: { streamBytes } }) },
      stream,
      confirmation,
    };
  } finally {
    for (const secret of [padded, keys.psk, keys.submitProof, keys.noteKey]) secret.fill(0);
  }
}

/**
 * Decrypts an answer released by the server. The kind comes from whether the
 * server says it has files; it is bound into `info`, so a server that flips
 * it only makes decryption fail, and a bundle's stream length must equal the
 * server's figure.
 * @returns the content; for a bundle, the opener of its file stream; the confirmation code
 * @throws `request: ...`, `padding: ...`, `payload: ...` on anything but an intact answer to this request
 */
export async function openAnswer(
  keys: RequestKeys,
  sealed: SealedAnswer,
  backend?: StreamBackend,
): Promise<{ content: SecretContent; stream: FileStream | null; confirmation: string }> {
  const kind: AnswerKind = sealed.files ? 'bundle' : 'text';
  const { padded, fileKey, confirmation } = openAnswerEnvelope(keys, kind, decodeBase64url(sealed.answer));
  try {
    const content = decodePayload(unpad(padded));
    if (content.kind !== kind) throw new Error('request: the answer does not match its kind');
    const streamBytes = bundleStreamBytes(content);
    if (streamBytes !== (sealed.files?.streamBytes ?? null)) {
      throw new Error('request: the file stream length does not match the answer');
    }
    const stream = streamBytes === null ? null : await FileStream.create(fileKey, streamBytes, backend);
    return { content, stream, confirmation };
  } finally {
    padded.fill(0);
    fileKey.fill(0);
  }
}
