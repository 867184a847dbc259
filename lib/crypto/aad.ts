import { AAD_LABEL, ID_BYTES, KDF_TAG_NONE, KDF_TAG_SCRYPT, PROTOCOL_VERSION } from './constants';
import { checkPasswordKdf, type PasswordKdf } from './kdf';
import { utf8Bytes } from './primitives';

/*
 * The envelope's AAD (frozen, docs/protocol.md §Envelope; drawn in ./envelope),
 * apart from the cipher so that the recipient's page builds it without
 * loading a JavaScript AES.
 */

/** Builds the additional authenticated data for `id` and its KDF metadata. */
export function buildAad(id: Uint8Array, kdf: PasswordKdf | null): Uint8Array {
  if (id.length !== ID_BYTES) throw new Error(`envelope: id must be ${ID_BYTES} bytes`);
  const label = utf8Bytes(AAD_LABEL);
  const head = new Uint8Array(label.length + 1 + ID_BYTES + 1);
  head.set(label);
  head[label.length] = PROTOCOL_VERSION;
  head.set(id, label.length + 1);
  if (!kdf) {
    head[head.length - 1] = KDF_TAG_NONE;
    return head;
  }
  head[head.length - 1] = KDF_TAG_SCRYPT;
  const salt = checkPasswordKdf(kdf);
  const tail = new Uint8Array(1 + 4 + 4 + salt.length);
  const view = new DataView(tail.buffer);
  view.setUint8(0, kdf.log2N);
  view.setUint32(1, kdf.r);
  view.setUint32(5, kdf.p);
  tail.set(salt, 9);
  const out = new Uint8Array(head.length + tail.length);
  out.set(head);
  out.set(tail, head.length);
  return out;
}
