import { FileAssembler, partLength, streamSlices, type FileStream, type SecretFile } from '../crypto';

/*
 * Moving a file stream (docs/protocol.md §Parts) for the browser and the CLI:
 * one part of about 1 MiB at a time, so memory stays bounded by a few parts
 * whatever the files weigh. Parts are encrypted just before they are sent and
 * opened as they arrive; transient failures (network, 503, 429) are retried a
 * few times, since every call here is idempotent.
 */

export type TransferFailure = { kind: 'error'; code: string; status: number };
export type TransferProgress = (doneBytes: number, totalBytes: number) => void;

/** Reads bytes `[start, end)` of file `index` (a browser File slice, a file on disk). */
export type SliceReader = (index: number, start: number, end: number) => Promise<Uint8Array>;

type Options = { signal?: AbortSignal; onProgress?: TransferProgress; retries?: number };

const RETRY_STATUSES = new Set([0, 429, 502, 503, 504]);

class TransferError extends Error {
  constructor(readonly failure: TransferFailure) {
    super(failure.code);
  }
}

async function errorCode(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as { error?: unknown } | null;
  return typeof body?.error === 'string' ? body.error : 'bad_response';
}

function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

/**
 * One idempotent call, retried on transient failures: a network error, a
 * retryable status, or a body that `read` could not take whole (a connection
 * dropped mid-body, a body cut short). Returns what `read` made of the body.
 */
async function attempt<T>(
  url: URL,
  init: RequestInit,
  ok: number,
  options: Options,
  read: (response: Response) => Promise<T>,
): Promise<T> {
  const retries = options.retries ?? 4;
  for (let tries = 0; ; tries++) {
    options.signal?.throwIfAborted();
    let response: Response | null = null;
    try {
      response = await fetch(url, {
        ...init,
        signal: options.signal,
        cache: 'no-store',
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
      });
    } catch (error) {
      if (options.signal?.aborted) throw error;
    }
    let status = response?.status ?? 0;
    if (response && status === ok) {
      try {
        return await read(response);
      } catch (error) {
        if (options.signal?.aborted || error instanceof TransferError) throw error;
        status = 0; // the body did not arrive whole: as retryable as a network error
      }
    }
    if (!RETRY_STATUSES.has(status) || tries >= retries) {
      const code = response && status !== 0 ? await errorCode(response) : 'network';
      throw new TransferError({ kind: 'error', code, status });
    }
    const retryAfter = Number(response?.headers.get('Retry-After'));
    await wait(Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : 250 * 2 ** tries, options.signal);
  }
}

const noBody = async () => undefined;

async function asFailure<T>(work: () => Promise<T>): Promise<T | TransferFailure> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof TransferError) return error.failure;
    throw error;
  }
}

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
  base: string,
  id: string,
  manageToken: string,
  stream: FileStream,
  files: readonly SecretFile[],
  read: SliceReader,
  options: Options = {},
): Promise<{ kind: 'committed'; expiresAt: string } | TransferFailure> {
  return asFailure(async () => {
    const auth = { Authorization: `Bearer ${manageToken}` };
    let done = 0;
    options.onProgress?.(0, stream.streamBytes);
    for (let p = 0; p < stream.parts; p++) {
      const sealed = await stream.sealPart(p, await partPlaintext(stream, files, p, read));
      const url = new URL(`/api/secrets/${encodeURIComponent(id)}/parts/${p}`, base);
      await attempt(
        url,
        { method: 'PUT', headers: { ...auth, 'Content-Type': 'application/octet-stream' }, body: sealed as BodyInit },
        204,
        options,
        noBody,
      );
      done += stream.partPlaintextBytes(p);
      options.onProgress?.(done, stream.streamBytes);
    }
    const commit = new URL(`/api/secrets/${encodeURIComponent(id)}/commit`, base);
    const body = (await attempt(commit, { method: 'POST', headers: auth }, 200, options, (response) =>
      response.json(),
    )) as { expiresAt?: unknown } | null;
    if (typeof body?.expiresAt !== 'string')
      throw new TransferError({ kind: 'error', code: 'bad_response', status: 200 });
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
  base: string,
  id: string,
  leaseToken: string,
  stream: FileStream,
  files: readonly SecretFile[],
  options: Options = {},
): Promise<{ kind: 'downloaded'; pieces: Uint8Array[][] } | TransferFailure> {
  return asFailure(async () => {
    const assembler = new FileAssembler(files, stream);
    let done = 0;
    options.onProgress?.(0, stream.streamBytes);
    for (let p = 0; p < stream.parts; p++) {
      const url = new URL(`/api/secrets/${encodeURIComponent(id)}/parts/${p}`, base);
      const expected = partLength(stream.streamBytes, p);
      const sealed = await attempt(
        url,
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
