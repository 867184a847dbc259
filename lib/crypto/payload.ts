import { PAYLOAD_KIND_TEXT } from './constants';

/*
 * Typed plaintext (frozen, docs/protocol.md §Payload):
 *
 *   payload = kind (1 byte) || body
 *   kind 0x01 text: body = UTF-8 text (well-formed; decoding is fatal on errors)
 *
 * New content types take a new kind byte, not a new envelope version.
 */

/** What a secret holds once opened. */
export type SecretContent = { kind: 'text'; text: string };

const utf8Decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Serialises content to payload bytes. */
export function encodePayload(content: SecretContent): Uint8Array {
  const body = new TextEncoder().encode(content.text);
  const out = new Uint8Array(1 + body.length);
  out[0] = PAYLOAD_KIND_TEXT;
  out.set(body, 1);
  return out;
}

/**
 * Parses payload bytes.
 * @throws `payload: ...` for an unknown kind or malformed UTF-8
 */
export function decodePayload(payload: Uint8Array): SecretContent {
  const kind = payload[0];
  if (kind !== PAYLOAD_KIND_TEXT) throw new Error(`payload: unknown kind ${kind ?? 'none'}`);
  try {
    return { kind: 'text', text: utf8Decoder.decode(payload.subarray(1)) };
  } catch {
    throw new Error('payload: text is not valid UTF-8');
  }
}
