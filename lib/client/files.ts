import { FileAssembler, streamSlices, type FileStream, type SecretFile } from '../crypto/streams';
import { partLength } from '../protocol/v1';
import { asFailure, FailureError, transfer, type ApiFailure, type RetryOptions, type ServerLike } from './http';

/*
 * Moving a file stream (docs/protocol.md §Parts) for the browser and the CLI:
 * one part of about 1 MiB at a time, so memory stays bounded by a few parts
 * whatever the files weigh. Parts are encrypted just before they are sent and
 * opened as they arrive; transient failures (network, 503, 429) are retried a
 * few times (./http `transfer`), since every call here is idempotent.
 */

export type TransferProgress = (doneBytes: number, totalBytes: number) => void;

/** Reads bytes `[start, end)` of file `index` (a browser File slice, a file on disk). */
export type SliceReader = (index: number, start: number, end: number) => Promise<Uint8Array>;

export type TransferOptions = RetryOptions & { onProgress?: TransferProgress };

const noBody = async () => undefined;

/** The plaintext of part `index`: the files' bytes in order, zeros for the padding. */
async function partPlaintext(
  stream: FileStream,
  files: readonly SecretFile[],
  index: number,
  read: SliceReader,
): Promise<Uint8Array> {
  const length = stream.partPlaintextBytes(index);
  const slices = streamSlices(files, stream.partOffset(index), length);
  const only = slices.length === 1 ? slices[0]! : null;
  if (only && !('padding' in only)) {
    // The whole part lies in one file (the usual case): use the bytes read, without another copy.
    const bytes = await read(only.file, only.start, only.end);
    if (bytes.length !== length) throw new Error('files: a file changed while it was read');
    return bytes;
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (const slice of slices) {
    if ('padding' in slice) {
      at += slice.padding; // already zero
      continue;
    }
    const bytes = await read(slice.file, slice.start, slice.end);
    if (bytes.length !== slice.end - slice.start) throw new Error('files: a file changed while it was read');
    out.set(bytes, at);
    at += bytes.length;
  }
  return out;
}

/**
 * Encrypts and uploads every part of a pending secret's file stream, then
 * commits it, which makes the secret visible.
 * @returns `{ kind: 'committed', expiresAt }`, or the API failure that stopped it
 * @throws the signal's reason when cancelled
 */
export async function uploadFiles(
  server: ServerLike,
  id: string,
  manageToken: string,
  stream: FileStream,
  files: readonly SecretFile[],
  read: SliceReader,
  options: TransferOptions = {},
  base = `/api/secrets/${encodeURIComponent(id)}`,
): Promise<{ kind: 'committed'; expiresAt: string } | ApiFailure> {
  return asFailure(async () => {
    const auth = { Authorization: `Bearer ${manageToken}` };
    let done = 0;
    options.onProgress?.(0, stream.streamBytes);
    for (let p = 0; p < stream.parts; p++) {
      const sealed = await stream.sealPart(p, await partPlaintext(stream, files, p, read));
      await transfer(
        server,
        `${base}/parts/${p}`,
        { method: 'PUT', headers: { ...auth, 'Content-Type': 'application/octet-stream' }, body: sealed as BodyInit },
        204,
        options,
        noBody,
      );
      done += stream.partPlaintextBytes(p);
      options.onProgress?.(done, stream.streamBytes);
    }
    const commit = `${base}/commit`;
    const body = (await transfer(server, commit, { method: 'POST', headers: auth }, 200, options, (response) =>
      response.json(),
    )) as { expiresAt?: unknown } | null;
    if (typeof body?.expiresAt !== 'string') {
      throw new FailureError({ kind: 'error', code: 'bad_response', status: 200 });
    }
    return { kind: 'committed' as const, expiresAt: body.expiresAt };
  });
}

/**
 * Downloads, authenticates and splits a revealed secret's file stream.
 * Files come back only after the final chunk verified.
 * @returns each file's bytes as pieces (for a Blob or a file on disk), or the API failure
 * @throws `stream: ...` when the server's bytes do not authenticate
 */
export async function downloadFiles(
  server: ServerLike,
  id: string,
  leaseToken: string,
  stream: FileStream,
  files: readonly SecretFile[],
  options: TransferOptions = {},
): Promise<{ kind: 'downloaded'; pieces: Uint8Array[][] } | ApiFailure> {
  return asFailure(async () => {
    const assembler = new FileAssembler(files, stream);
    let done = 0;
    options.onProgress?.(0, stream.streamBytes);
    for (let p = 0; p < stream.parts; p++) {
      const expected = partLength(stream.streamBytes, p);
      const sealed = await transfer(
        server,
        `/api/secrets/${encodeURIComponent(id)}/parts/${p}`,
        { headers: { Authorization: `Bearer ${leaseToken}` } },
        200,
        options,
        async (r) => {
          const bytes = new Uint8Array(await r.arrayBuffer());
          if (bytes.length !== expected) throw new Error('files: part cut short');
          return bytes;
        },
      );
      // Only authentication and padding failures get past here: the bytes arrived whole.
      await assembler.push(p, sealed);
      done += stream.partPlaintextBytes(p);
      options.onProgress?.(done, stream.streamBytes);
    }
    return { kind: 'downloaded' as const, pieces: assembler.finish() };
  });
}
