import { appendFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { attachmentReader, closeAttachments, openAttachments } from '@/cli/attachments';
import { CliError, EXIT } from '@/cli/errors';
import { createFilesError, transferError } from '@/cli/failures';
import { main } from '@/cli/main';
import { formatBytes } from '@/cli/progress';
import { checkOutDir, diskNames } from '@/cli/receive';
import { fakeContext } from '../support/cli-context';
import { failureOf } from '@/lib/client/http';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'handoff-cli-attach-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function failure(run: () => unknown): Promise<CliError> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    return error as CliError;
  }
  throw new Error('expected a CliError');
}

function file(name: string, content: string | Buffer = 'x'): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('send --attach: opening the files', () => {
  it('describes each file by its base name, a safe name, no type and its size', async () => {
    const paths = [file('report.pdf', Buffer.alloc(3000)), file('notes\u202etxt.exe', 'hi')];
    const opened = await openAttachments(paths);
    try {
      expect(opened.map((a) => a.file)).toEqual([
        { name: 'report.pdf', type: '', size: 3000 },
        { name: 'notes_txt.exe', type: '', size: 2 },
      ]);
    } finally {
      await closeAttachments(opened);
    }
  });

  it('refuses more than 20 files before opening any', async () => {
    const path = file('a.txt');
    const error = await failure(() => openAttachments(Array.from({ length: 21 }, () => path)));
    expect(error.exitCode).toBe(EXIT.usage);
    expect(error.message).toBe('--attach: at most 20 files per secret (got 21); zip them into one');
  });

  it('refuses a folder, a missing file and a FIFO-like non-file, naming it', async () => {
    mkdirSync(join(dir, 'folder'));
    expect((await failure(() => openAttachments([join(dir, 'folder')]))).message).toContain('is not a regular file');
    expect((await failure(() => openAttachments([join(dir, 'gone')]))).message).toContain('(ENOENT)');
    expect((await failure(() => openAttachments(['/dev/null']))).message).toContain('is not a regular file');
  });

  it('follows a symlink to a regular file (it is the user who names it)', async () => {
    const target = file('target.txt', 'abc');
    symlinkSync(target, join(dir, 'link.txt'));
    const opened = await openAttachments([join(dir, 'link.txt')]);
    expect(opened[0]!.file).toEqual({ name: 'link.txt', type: '', size: 3 });
    await closeAttachments(opened);
  });

  it('refuses two files that would arrive under the same name, also differing only in case', async () => {
    mkdirSync(join(dir, 'sub'));
    const a = file('a.txt');
    const error = await failure(() => openAttachments([a, file('sub/a.txt')]));
    expect(error.message).toContain('would both arrive as "a.txt"; rename one');
    expect((await failure(() => openAttachments([a, file('A.TXT')]))).message).toContain('"A.TXT"');
  });
});

describe('send --attach: reading the files', () => {
  it('reads any slice at its offset', async () => {
    const bytes = Buffer.from(Array.from({ length: 5000 }, (_, i) => i % 251));
    const opened = await openAttachments([file('a.bin', bytes)]);
    const read = attachmentReader(opened);
    expect(Buffer.from(await read(0, 0, 5000)).equals(bytes)).toBe(true);
    expect(Buffer.from(await read(0, 4000, 4100)).equals(bytes.subarray(4000, 4100))).toBe(true);
    await closeAttachments(opened);
  });

  it('refuses a file that grew or shrank since it was opened', async () => {
    for (const change of [(p: string) => appendFileSync(p, 'more'), (p: string) => truncateSync(p, 1)]) {
      const path = file('changing.txt', 'original');
      const opened = await openAttachments([path]);
      change(path);
      const error = await failure(() => attachmentReader(opened)(0, 0, 8));
      expect(error.message).toBe(`--attach: ${path} changed while it was being sent; send it again once it is final`);
      await closeAttachments(opened);
    }
  });
});

describe('open --out-dir: the folder and the names', () => {
  it('needs an existing, writable folder; an empty one unless --force, when the secret has files', async () => {
    expect((await failure(() => checkOutDir(join(dir, 'none'), false, true))).message).toContain('does not exist');
    const plain = file('plain.txt');
    expect((await failure(() => checkOutDir(plain, false, true))).message).toContain('is not a folder');
    const out = join(dir, 'out');
    mkdirSync(out);
    expect(() => checkOutDir(out, false, true)).not.toThrow();
    file('out/taken.txt');
    const busy = await failure(() => checkOutDir(out, false, true));
    expect(busy.exitCode).toBe(EXIT.usage);
    expect(busy.message).toContain('is not empty');
    expect(() => checkOutDir(out, true, true)).not.toThrow();
    expect(() => checkOutDir(out, false, false)).not.toThrow(); // a text secret writes nothing there
  });

  it('keeps plain names and makes names distinct ignoring case', () => {
    const files = ['a.txt', 'A.txt', 'a.TXT', 'README', 'readme', '.env'].map((name) => ({ name, type: '', size: 1 }));
    expect(diskNames(files)).toEqual(['a.txt', 'A (2).txt', 'a (3).TXT', 'README', 'readme (2)', '.env']);
  });

  it('refuses any name that is not a plain file name', async () => {
    for (const name of ['..', '.', '', '../x', '/etc/passwd', 'a/b', 'a\\b', 'nul\0', 'x\u202etxt']) {
      const error = await failure(() => diskNames([{ name, type: '', size: 1 }]));
      expect(error.exitCode, name).toBe(EXIT.service);
      expect(error.message).toContain('not a plain file name');
    }
  });
});

describe('file failures as messages', () => {
  it('says that the files are over the server limit, or that uploads are paused', () => {
    const big = createFilesError({ kind: 'error', code: 'invalid_request', status: 400 }, 'https://h.example', 30e6);
    expect(big.exitCode).toBe(EXIT.service);
    expect(big.message).toContain('refused the files: they total 28.6 MiB, more than it accepts');
    expect(big.message).toContain('HANDOFF_MAX_FILE_BYTES, 25 MiB');
    const paused = createFilesError({ kind: 'error', code: 'uploads_paused', status: 507 }, 'https://h.example', 1);
    expect(paused.message).toContain('takes no files for now (text secrets still work)');
    const part = transferError({ kind: 'error', code: 'uploads_paused', status: 507 }, 'https://h.example', 'deleted');
    expect(part.message).toMatch(/takes no files for now .*; deleted$/);
    // An error code outside the API's closed table is not the Handoff API: the transport says so.
    const teapot = failureOf(418, { error: 'teapot', message: 'I am a teapot.' });
    const odd = transferError(teapot, 'https://h.example', 'deleted');
    expect(odd.message).toBe('https://h.example answered HTTP 418 with something that is not the Handoff API; deleted');
  });

  it('formats sizes for people', () => {
    expect([0, 1023, 1024, 1536, 2.5 * 1024 * 1024].map(formatBytes)).toEqual([
      '0 B',
      '1023 B',
      '1.0 KiB',
      '1.5 KiB',
      '2.5 MiB',
    ]);
  });
});

describe('file options (in process, no server needed)', () => {
  const server = { HANDOFF_SERVER: 'http://127.0.0.1:9' };

  it('checks the attachments before reading input or asking the server', async () => {
    const t = fakeContext({ env: server, stdin: 'never read' });
    expect(await main(['send', '--attach', join(dir, 'missing.bin')], t.ctx)).toBe(EXIT.usage);
    expect(t.stderr()).toContain('--attach: cannot read');
  });

  it('pairs --force with --out or --out-dir, and --json with the text on standard output', async () => {
    const link = `http://127.0.0.1:9/s#${'A'.repeat(43)}`;
    const cases: [string[], string][] = [
      [['open', link, '--force'], '--force goes with --out or --out-dir'],
      [['open', link, '--json', '--out', join(dir, 'x')], '--json prints the text itself'],
      [['open', link, '--out-dir', join(dir, 'none')], 'does not exist: create it first'],
    ];
    for (const [argv, message] of cases) {
      const t = fakeContext();
      expect(await main(argv, t.ctx), argv.join(' ')).toBe(EXIT.usage);
      expect(t.stderr()).toContain(message);
    }
  });
});
