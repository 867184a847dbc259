import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT } from '@/cli/errors';
import { resolveCommand } from '@/cli/exec';
import { checkOutputPath, decodeText, mergeIntoEnvFile, writeSecretFile } from '@/cli/files';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'handoff-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const mode = (path: string) => statSync(path).mode & 0o777;
const bytes = (text: string) => new TextEncoder().encode(text);

describe('CLI output files', () => {
  it('creates a file readable by its owner only, whatever the umask', () => {
    const path = join(dir, 'secret.txt');
    const previous = process.umask(0);
    try {
      writeSecretFile(path, bytes('s3cret'), false);
    } finally {
      process.umask(previous);
    }
    expect(readFileSync(path, 'utf8')).toBe('s3cret');
    expect(mode(path)).toBe(0o600);
  });

  it('refuses to overwrite without force, before and at the moment of writing', () => {
    const path = join(dir, 'taken.txt');
    writeFileSync(path, 'mine');
    expect(() => checkOutputPath(path, false)).toThrow(/already exists: use --force/);
    expect(() => writeSecretFile(path, bytes('theirs'), false)).toThrow(/EEXIST/);
    expect(readFileSync(path, 'utf8')).toBe('mine');
  });

  it('replaces an existing file atomically with mode 0600 when forced', () => {
    const path = join(dir, 'taken.txt');
    writeFileSync(path, 'mine');
    chmodSync(path, 0o644);
    expect(() => checkOutputPath(path, true)).not.toThrow();
    writeSecretFile(path, bytes('new'), true);
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(mode(path)).toBe(0o600);
  });

  it('refuses a directory or a missing folder before anything is consumed', () => {
    expect(() => checkOutputPath(dir, true)).toThrow(/is a directory/);
    expect(() => checkOutputPath(join(dir, 'nope', 'x.txt'), false)).toThrow(/folder/);
  });

  it('merges into an env file through a symlink, leaving it 0600', () => {
    const target = join(dir, 'real.env');
    writeFileSync(target, '# keep\nA=old\n');
    chmodSync(target, 0o644);
    symlinkSync(target, join(dir, 'link.env'));
    mergeIntoEnvFile(join(dir, 'link.env'), [{ key: 'A', value: 'new', exported: false, firstLine: 0, lastLine: 0 }]);
    expect(readFileSync(target, 'utf8')).toBe('# keep\nA=new\n');
    expect(mode(target)).toBe(0o600);
  });
});

describe('CLI text input', () => {
  it('keeps a byte-order mark and refuses bytes that are not UTF-8', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toBe('\ufeffA');
    expect(() => decodeText(new Uint8Array([0xff, 0xfe]))).toThrow(/not UTF-8/);
  });
});

describe('CLI --exec command lookup', () => {
  it('finds commands on PATH or by path, as an absolute path, and fails with 127 otherwise', () => {
    expect(resolveCommand('node', process.env)).toMatch(/^\/.*\/node$/);
    expect(resolveCommand(process.execPath, {})).toBe(process.execPath);
    for (const missing of ['no-such-command-handoff', './no-such-file']) {
      expect(() => resolveCommand(missing, process.env)).toThrow(
        expect.objectContaining({ exitCode: EXIT.commandNotFound }),
      );
    }
    expect(() => resolveCommand('node', { PATH: dir })).toThrow(/command not found/);
  });
});
