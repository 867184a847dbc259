import { closeSync, fchmodSync, linkSync, openSync, renameSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { streamSlices, type FileStream, type SecretFile } from '../lib/crypto';
import { SECRET_FILE_MODE, temporaryPath } from './files';
import { rescueFileName } from './rescue';

/*
 * A secret's files written to disk as their parts verify (security review
 * F-16), instead of held in memory until the last part: each file goes to a
 * 0600 temporary file in the target folder, and only once the whole stream
 * has authenticated (its final chunk included) is each one renamed to its
 * name. Until then no file of the secret is visible under its name, and a
 * failure removes every temporary file.
 */

/** The disk refused a write (ENOSPC, EIO...): not the server's fault, unlike a part that does not verify. */
export class SinkWriteError extends Error {
  constructor(readonly code: string) {
    super(`sink: write failed (${code})`);
    this.name = 'SinkWriteError';
  }
}

type Slot = { fd: number | null; temp: string; target: string };

/** What `commit` did with each file: placed under its name, or rescued under another. */
export type Placed = { path: string; rescuedFrom: string | null; code: string | null };

export class FileSink {
  private constructor(private readonly slots: Slot[]) {}

  /** Creates one empty 0600 temporary file per target path (`O_EXCL`: never an existing one). */
  static create(targets: readonly string[]): FileSink {
    const slots: Slot[] = [];
    try {
      for (const target of targets) {
        const temp = temporaryPath(target);
        const fd = openSync(temp, 'wx', SECRET_FILE_MODE);
        slots.push({ fd, temp, target });
        fchmodSync(fd, SECRET_FILE_MODE); // whatever the umask, owner-only
      }
    } catch (error) {
      new FileSink(slots).abort();
      throw error;
    }
    return new FileSink(slots);
  }

  /** Appends verified bytes to file `index`. */
  write(index: number, bytes: Uint8Array): void {
    const fd = this.slots[index]?.fd;
    if (fd === null || fd === undefined) throw new Error('sink: no such open file');
    try {
      for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at);
    } catch (error) {
      throw new SinkWriteError((error as NodeJS.ErrnoException).code ?? 'error');
    }
  }

  private closeAll(): void {
    for (const slot of this.slots) {
      if (slot.fd !== null) closeSync(slot.fd);
      slot.fd = null;
    }
  }

  /** Closes and removes every temporary file. */
  abort(): void {
    this.closeAll();
    for (const slot of this.slots) rmSync(slot.temp, { force: true });
  }

  /**
   * Gives each file its name: replacing what is there when `replace(i)`,
   * else only if nothing is (a hard link, which fails on an existing name).
   * A file that cannot take its name keeps a short new one in the same
   * folder instead (the view is used: it is never dropped).
   */
  commit(replace: (index: number) => boolean): Placed[] {
    this.closeAll();
    return this.slots.map((slot, index) => {
      try {
        if (replace(index)) {
          renameSync(slot.temp, slot.target);
        } else {
          linkSync(slot.temp, slot.target);
          unlinkSync(slot.temp);
        }
        return { path: slot.target, rescuedFrom: null, code: null };
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? 'error';
        const rescued = join(dirname(slot.temp), rescueFileName());
        renameSync(slot.temp, rescued);
        return { path: rescued, rescuedFrom: slot.target, code };
      }
    });
  }
}

/**
 * The view of `stream` that lib/client's download uses: each part it opens
 * is written to `sink` (after the padding is checked) and handed on as zeros
 * of the same length, so what the download keeps until the end holds no
 * plaintext and costs one shared buffer per part length.
 * (lib/client/files.ts collects every opened piece; a per-part callback
 * there would make this view unnecessary.)
 */
export function streamToSink(stream: FileStream, files: readonly SecretFile[], sink: FileSink): FileStream {
  const zeros = new Map<number, Uint8Array>();
  const view = Object.create(stream) as FileStream;
  view.openPart = async (index: number, sealed: Uint8Array): Promise<Uint8Array> => {
    const plaintext = await stream.openPart(index, sealed);
    let at = 0;
    for (const slice of streamSlices(files, stream.partOffset(index), plaintext.length)) {
      if ('padding' in slice) {
        if (plaintext.subarray(at, at + slice.padding).some((b) => b !== 0)) {
          throw new Error('stream: padding is not zero');
        }
        at += slice.padding;
      } else {
        sink.write(slice.file, plaintext.subarray(at, at + slice.end - slice.start));
        at += slice.end - slice.start;
      }
    }
    plaintext.fill(0);
    let empty = zeros.get(plaintext.length);
    if (!empty) zeros.set(plaintext.length, (empty = new Uint8Array(plaintext.length)));
    return empty;
  };
  return view;
}
