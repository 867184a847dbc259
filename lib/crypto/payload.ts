import {
  MAX_FILE_NAME_BYTES,
  MAX_FILE_TYPE_CHARS,
  MAX_FILES,
  MIN_FILES,
  PAYLOAD_KIND_BUNDLE,
  PAYLOAD_KIND_TEXT,
  streamPaddedLength,
} from './constants';
import { decodeUtf8 } from './utf8';

/*
 * Typed plaintext (frozen, docs/protocol.md §Payload and §Bundle payload):
 *
 *   payload = kind (1 byte) || body
 *   kind 0x01 text:   body = UTF-8 text (well-formed; decoding is fatal on errors)
 *   kind 0x02 bundle: body = textLen (4, BE) || text || count (1)
 *                            || count × (nameLen (2, BE) || name || typeLen (1) || type || size (8, BE))
 *
 * A bundle's files travel in the file stream, concatenated in manifest order.
 * New content types take a new kind byte, not a new envelope version.
 */

/** A file described by a bundle: metadata only, never its bytes. */
export type SecretFile = { name: string; type: string; size: number };

/** What a secret holds once opened. */
export type SecretContent = { kind: 'text'; text: string } | { kind: 'bundle'; text: string; files: SecretFile[] };

const utf8Encoder = new TextEncoder();

// C0 and C1 controls, DEL, path separators, and the bidi overrides and isolates that make
// "invoice\u202Efdp.exe" read as "invoiceexe.pdf".
const UNSAFE_NAME_CHARS = /[\u0000-\u001f\u007f-\u009f/\\\u202a-\u202e\u2066-\u2069]/u;
const UNSAFE_NAME_CHARS_GLOBAL = /[\u0000-\u001f\u007f-\u009f/\\\u202a-\u202e\u2066-\u2069]/gu;
const FILE_TYPE = /^[\x20-\x7e]*$/;

/**
 * A file name a bundle accepts, made from any name a platform gives us:
 * unsafe characters become `_`, and it is cut to 255 UTF-8 bytes on a
 * character boundary. Empty names become `file`.
 */
export function safeFileName(raw: string): string {
  let name = raw.replace(UNSAFE_NAME_CHARS_GLOBAL, '_').trim();
  while (utf8Encoder.encode(name).length > MAX_FILE_NAME_BYTES) name = Array.from(name).slice(0, -1).join('');
  return name === '' || name === '.' || name === '..' ? 'file' : name;
}

/** A MIME type a bundle accepts: the platform's if it is short printable ASCII, else empty. */
export function safeFileType(raw: string): string {
  return raw.length <= MAX_FILE_TYPE_CHARS && FILE_TYPE.test(raw) ? raw : '';
}

function checkFile(file: SecretFile): { name: Uint8Array; type: Uint8Array } {
  const name = utf8Encoder.encode(file.name);
  if (name.length === 0 || name.length > MAX_FILE_NAME_BYTES || UNSAFE_NAME_CHARS.test(file.name)) {
    throw new Error('payload: invalid file name');
  }
  if (file.name === '.' || file.name === '..') throw new Error('payload: invalid file name');
  if (file.type.length > MAX_FILE_TYPE_CHARS || !FILE_TYPE.test(file.type))
    throw new Error('payload: invalid file type');
  if (!Number.isSafeInteger(file.size) || file.size < 0) throw new Error('payload: invalid file size');
  return { name, type: utf8Encoder.encode(file.type) };
}

/** Total bytes of a bundle's files: the unpadded file stream. */
export function filesBytes(files: readonly SecretFile[]): number {
  return files.reduce((sum, file) => sum + file.size, 0);
}

/** Padded length of the file stream a bundle describes (0 files: none). */
export function bundleStreamBytes(content: SecretContent): number | null {
  return content.kind === 'bundle' ? streamPaddedLength(filesBytes(content.files)) : null;
}

/**
 * Serialises content to payload bytes.
 * @throws `payload: ...` for a bundle with no files, too many, or a name, type or size outside the format
 */
export function encodePayload(content: SecretContent): Uint8Array {
  const text = utf8Encoder.encode(content.text);
  if (content.kind === 'text') {
    const out = new Uint8Array(1 + text.length);
    out[0] = PAYLOAD_KIND_TEXT;
    out.set(text, 1);
    return out;
  }
  const files = content.files;
  if (files.length < MIN_FILES || files.length > MAX_FILES) {
    throw new Error(`payload: a bundle holds ${MIN_FILES} to ${MAX_FILES} files`);
  }
  const encoded = files.map(checkFile);
  const size = 1 + 4 + text.length + 1 + encoded.reduce((n, f) => n + 2 + f.name.length + 1 + f.type.length + 8, 0);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  out[0] = PAYLOAD_KIND_BUNDLE;
  view.setUint32(1, text.length);
  out.set(text, 5);
  let at = 5 + text.length;
  out[at++] = files.length;
  files.forEach((file, i) => {
    const { name, type } = encoded[i]!;
    view.setUint16(at, name.length);
    out.set(name, at + 2);
    at += 2 + name.length;
    out[at++] = type.length;
    out.set(type, at);
    at += type.length;
    view.setBigUint64(at, BigInt(file.size));
    at += 8;
  });
  return out;
}

/** Reads a bundle body strictly: every length inside the payload, nothing after the last entry. */
class Reader {
  private at = 1;
  private readonly view: DataView;

  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  private need(n: number): number {
    if (this.at + n > this.bytes.length) throw new Error('payload: truncated bundle');
    const start = this.at;
    this.at += n;
    return start;
  }

  u8 = (): number => this.bytes[this.need(1)]!;
  u16 = (): number => this.view.getUint16(this.need(2));
  u32 = (): number => this.view.getUint32(this.need(4));
  u64 = (): number => {
    const value = this.view.getBigUint64(this.need(8));
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new Error('payload: invalid file size');
    return Number(value);
  };
  take = (n: number): Uint8Array => this.bytes.subarray(this.need(n), this.at);
  end(): void {
    if (this.at !== this.bytes.length) throw new Error('payload: trailing bytes after the bundle');
  }
}

function decodeBundle(payload: Uint8Array): SecretContent {
  const r = new Reader(payload);
  const text = decodeUtf8(r.take(r.u32()), 'text');
  const count = r.u8();
  if (count < MIN_FILES || count > MAX_FILES)
    throw new Error(`payload: a bundle holds ${MIN_FILES} to ${MAX_FILES} files`);
  const files: SecretFile[] = [];
  for (let i = 0; i < count; i++) {
    const name = decodeUtf8(r.take(r.u16()), 'file name');
    const type = String.fromCharCode(...r.take(r.u8()));
    const file = { name, type, size: r.u64() };
    checkFile(file);
    files.push(file);
  }
  r.end();
  if (!Number.isSafeInteger(filesBytes(files))) throw new Error('payload: invalid file size');
  return { kind: 'bundle', text, files };
}

/**
 * Parses payload bytes.
 * @throws `payload: ...` for an unknown kind, malformed UTF-8 or a malformed bundle
 */
export function decodePayload(payload: Uint8Array): SecretContent {
  const kind = payload[0];
  if (kind === PAYLOAD_KIND_BUNDLE) return decodeBundle(payload);
  if (kind !== PAYLOAD_KIND_TEXT) throw new Error(`payload: unknown kind ${kind ?? 'none'}`);
  return { kind: 'text', text: decodeUtf8(payload.subarray(1), 'text') };
}
