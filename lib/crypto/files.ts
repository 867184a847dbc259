import { bundleStreamBytes, filesBytes, type SecretContent, type SecretFile } from './payload';
import { FileStream, type StreamBackend } from './stream';
import type { UnlockedSecret } from './unlock';

/*
 * Where each file lies in a bundle's file stream (docs/protocol.md §Bundle
 * payload): the files' bytes concatenated in manifest order, then zeros up to
 * the padded length. The sender composes parts from these slices; the
 * recipient splits opened parts back into files.
 */

/** A run of stream bytes: bytes `[start, end)` of file `file`, or `padding` zero bytes. */
export type StreamSlice = { file: number; start: number; end: number } | { padding: number };

/** The slices that make up stream bytes `[offset, offset + length)`. */
export function streamSlices(files: readonly SecretFile[], offset: number, length: number): StreamSlice[] {
  const slices: StreamSlice[] = [];
  let fileStart = 0;
  const end = offset + length;
  files.forEach((file, index) => {
    const from = Math.max(offset, fileStart);
    const to = Math.min(end, fileStart + file.size);
    if (from < to) slices.push({ file: index, start: from - fileStart, end: to - fileStart });
    fileStart += file.size;
  });
  const padFrom = Math.max(offset, fileStart);
  if (padFrom < end) slices.push({ padding: end - padFrom });
  return slices;
}

/**
 * Splits opened parts, fed in order, into each file's pieces, and checks the
 * padding is all zeros. Files are complete only once `finish` has returned:
 * the last part carries the final chunk, so nothing should be handed to the
 * user before that.
 */
export class FileAssembler {
  private next = 0;
  /** Pieces of each file, in order. */
  readonly pieces: Uint8Array[][];

  constructor(
    private readonly files: readonly SecretFile[],
    private readonly stream: FileStream,
  ) {
    this.pieces = files.map(() => []);
    if (stream.streamBytes < filesBytes(files)) throw new Error('stream: shorter than its files');
  }

  /** Opens part `index` (which must be the next one) and files its bytes. */
  async push(index: number, sealed: Uint8Array): Promise<void> {
    if (index !== this.next) throw new Error(`stream: part ${index} out of order, expected ${this.next}`);
    const plaintext = await this.stream.openPart(index, sealed);
    let at = 0;
    for (const slice of streamSlices(this.files, this.stream.partOffset(index), plaintext.length)) {
      if ('padding' in slice) {
        for (let i = at; i < at + slice.padding; i++) {
          if (plaintext[i] !== 0) throw new Error('stream: padding is not zero');
        }
        at += slice.padding;
      } else {
        const size = slice.end - slice.start;
        this.pieces[slice.file]!.push(plaintext.subarray(at, at + size));
        at += size;
      }
    }
    this.next++;
  }

  /** True once every part, the final chunk included, has verified. */
  get complete(): boolean {
    return this.next === this.stream.parts;
  }

  /** @throws `stream: truncated` unless every part was pushed */
  finish(): Uint8Array[][] {
    if (!this.complete) throw new Error('stream: truncated');
    return this.pieces;
  }
}

/**
 * The opener of a bundle's file stream. `streamBytes` comes from the opened
 * bundle (never from the server); the server's own figure must match it.
 * @throws `payload: ...` when the content is not a bundle
 */
export function openFileStream(
  unlocked: UnlockedSecret,
  content: SecretContent,
  backend?: StreamBackend,
): Promise<FileStream> {
  const streamBytes = bundleStreamBytes(content);
  if (streamBytes === null) throw new Error('payload: this secret has no files');
  return FileStream.create(unlocked.fileKey, streamBytes, backend);
}
