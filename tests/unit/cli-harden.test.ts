import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deliverToEnvFile, deliverToExec, deliverToFile } from '@/cli/deliver';
import { allowedEnvNames, isRefusedEnvName, refusedEnvNames } from '@/cli/env-policy';
import { EXIT } from '@/cli/errors';
import { FileSink, streamToSink } from '@/cli/file-sink';
import { FileAssembler, FileStream, streamSlices } from '@/lib/crypto';
import { streamPaddedLength } from '@/lib/protocol/v1';
import { checkOutputPath, writeSecretFile } from '@/cli/files';
import { readLink } from '@/cli/link-input';
import { main } from '@/cli/main';
import { diskNames, unlistedNames, visibleName } from '@/cli/receive';
import { fakeContext } from '../support/cli-context';

/*
 * Issue 17 (security review F-03, F-08, F-09, F-12, F-16, F-19), in process:
 * each regression test is named after its finding.
 */

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'handoff-cli-harden-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const mode = (path: string) => statSync(path).mode & 0o777;
const rescued = (folder: string) => readdirSync(folder).filter((n) => n.startsWith('handoff-rescued-'));

describe('F-03: variables that control loading or execution', () => {
  it('refuses each listed kind, ignoring case, and lets plain settings through', () => {
    const refused = [
      'NODE_OPTIONS',
      'NODE_PATH',
      'NODE_EXTRA_CA_CERTS',
      'NODE_TLS_REJECT_UNAUTHORIZED',
      'LD_PRELOAD',
      'LD_LIBRARY_PATH',
      'DYLD_INSERT_LIBRARIES',
      'BASH_ENV',
      'ENV',
      'PATH',
      'path',
      'PYTHONPATH',
      'PYTHONSTARTUP',
      'PERL5OPT',
      'PERL5LIB',
      'RUBYOPT',
      'GIT_SSH_COMMAND',
      'GIT_CONFIG_COUNT',
      'SHELLOPTS',
      'BASHOPTS',
      'PS4',
      'IFS',
      'PROMPT_COMMAND',
      'ZDOTDIR',
      'JAVA_TOOL_OPTIONS',
      '_JAVA_OPTIONS',
      'LUA_INIT',
      'TCLLIBPATH',
      'npm_config_script_shell',
      'NPM_CONFIG_NODE_OPTIONS',
      'YARN_YARN_PATH',
      'GOFLAGS',
      'CARGO_BUILD_RUSTC_WRAPPER',
      'EDITOR',
      'PAGER',
      'LESSOPEN',
      'HOME',
      'SSL_CERT_FILE',
      'DOTNET_STARTUP_HOOKS',
    ];
    for (const name of refused) expect(isRefusedEnvName(name), name).toBe(true);
    const passed = [
      'DATABASE_URL',
      'API_KEY',
      'NODE_ENV',
      'GITHUB_TOKEN',
      'GOOGLE_APPLICATION_CREDENTIALS',
      'HTTP_PROXY',
      'REDIS_URL',
      'PORT',
      'AWS_SECRET_ACCESS_KEY',
    ];
    for (const name of passed) expect(isRefusedEnvName(name), name).toBe(false);
  });

  it('passes a refused name only when --allow-env names it exactly', () => {
    expect(refusedEnvNames(['A', 'PATH', 'NODE_OPTIONS'], allowedEnvNames(['PATH']))).toEqual(['NODE_OPTIONS']);
    expect(refusedEnvNames(['path'], allowedEnvNames(['PATH']))).toEqual(['path']);
    expect(() => allowedEnvNames(['BAD NAME'])).toThrow(/--allow-env needs a variable name/);
  });

  it('runs nothing and saves the secret (0600) when a variable is refused', async () => {
    const marker = join(dir, 'PWNED');
    const text = `API_KEY=k\nNODE_OPTIONS=--require=${marker}\n`;
    const t = fakeContext({ env: { PATH: process.env.PATH } });
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const plan = { command: 'touch', path: '/usr/bin/touch', args: [marker] };
      const code = await deliverToExec(plan, { text }, new Set(), t.ctx);
      expect(code).toBe(EXIT.usage);
    } finally {
      process.chdir(cwd);
    }
    expect(existsSync(marker)).toBe(false);
    expect(t.stderr()).toContain('--exec: the secret sets NODE_OPTIONS');
    expect(t.stderr()).not.toContain('--require');
    const [saved] = rescued(dir);
    expect(readFileSync(join(dir, saved!), 'utf8')).toBe(text);
    expect(mode(join(dir, saved!))).toBe(0o600);
  });

  it('names the variables it passes (never their values), and the command it runs', async () => {
    const t = fakeContext({ env: { PATH: process.env.PATH, API_KEY: 'mine' } });
    const plan = { command: 'true', path: '/bin/true', args: [] };
    const text = 'API_KEY=v4lue-1\nDB=v4lue-2\n';
    expect(await deliverToExec(plan, { text }, new Set(), t.ctx)).toBe(0);
    expect(t.stderr()).toBe('handoff: --exec: running /bin/true with API_KEY (replaces yours), DB from the secret\n');
  });

  it('refuses the same names in --env-file, leaving the file untouched', async () => {
    const target = join(dir, '.env');
    writeFileSync(target, 'KEEP=1\n');
    const t = fakeContext();
    const text = 'PATH=/tmp/evil\nA=1\n';
    expect(await deliverToEnvFile(target, { text }, new Set(), t.ctx)).toBe(EXIT.usage);
    expect(readFileSync(target, 'utf8')).toBe('KEEP=1\n');
    expect(t.stderr()).toContain('--env-file: the secret sets PATH');
    expect(readFileSync(join(dir, rescued(dir)[0]!), 'utf8')).toBe(text);
    expect(await deliverToEnvFile(target, { text: 'PATH=/x\n' }, new Set(['PATH']), t.ctx)).toBe(0);
    expect(readFileSync(target, 'utf8')).toBe('KEEP=1\nPATH=/x\n');
  });

  it('checks --allow-env and --replace before anything else', async () => {
    const link = `http://127.0.0.1:9/s#${'A'.repeat(43)}`;
    const cases: [string[], string][] = [
      [['open', link, '--exec', '--allow-env', 'A=B', '--', 'true'], '--allow-env needs a variable name'],
      [['open', link, '--replace', '.bashrc'], '--replace NAME goes with --out-dir DIR --force'],
    ];
    for (const [argv, message] of cases) {
      const t = fakeContext();
      expect(await main(argv, t.ctx), argv.join(' ')).toBe(EXIT.usage);
      expect(t.stderr()).toContain(message);
    }
  });
});

describe('F-08: links from standard input, a file descriptor or the environment', () => {
  const LINK = `https://h.example/s#${'A'.repeat(43)}`;

  it('reads `-` from standard input and HANDOFF_LINK from the environment, then removes it', async () => {
    const fromStdin = fakeContext({ stdin: `${LINK}\n` });
    expect(await readLink(['-'], undefined, 'share', fromStdin.ctx, 'usage')).toBe(LINK);
    const fromEnv = fakeContext({ env: { HANDOFF_LINK: LINK } });
    expect(await readLink([], undefined, 'share', fromEnv.ctx, 'usage')).toBe(LINK);
    expect(fromEnv.ctx.env.HANDOFF_LINK).toBeUndefined();
    const manage = fakeContext({ env: { HANDOFF_MANAGE_LINK: 'm', HANDOFF_LINK: LINK } });
    expect(await readLink([], undefined, 'manage', manage.ctx, 'usage')).toBe('m');
  });

  it('reads --link-fd from a file, and refuses two sources, none, or more than a link', async () => {
    const file = join(dir, 'link.txt');
    writeFileSync(file, `${LINK}\n`);
    const { openSync, closeSync } = await import('node:fs');
    const fd = openSync(file, 'r');
    try {
      expect(await readLink([], String(fd), 'share', fakeContext().ctx, 'usage')).toBe(LINK);
    } finally {
      closeSync(fd);
    }
    await expect(readLink([LINK], '3', 'share', fakeContext().ctx, 'one LINK')).rejects.toThrow('one LINK');
    await expect(readLink([], undefined, 'share', fakeContext().ctx, 'one LINK')).rejects.toThrow('one LINK');
    await expect(readLink(['-'], undefined, 'share', fakeContext({ stdin: 'a b' }).ctx, 'u')).rejects.toThrow(
      'must hold the link alone',
    );
    await expect(readLink([], '1', 'share', fakeContext().ctx, 'u')).rejects.toThrow('--link-fd needs');
  });

  it('takes the manage link from standard input for status and revoke', async () => {
    for (const command of ['status', 'revoke']) {
      const t = fakeContext({ stdin: 'https://h.example/m#short\n' });
      expect(await main([command, '-'], t.ctx)).toBe(EXIT.invalidLink);
      expect(t.stderr()).toContain('invalid manage link');
    }
  });
});

describe('F-09: a dangling symlink at --out, and a failed write', () => {
  it('refuses a dangling symlink before the view is used', () => {
    const path = join(dir, 'key.pem');
    symlinkSync('./does-not-exist', path);
    expect(() => checkOutputPath(path, false)).toThrow(/already exists \(a symlink\): use --force/);
    expect(() => checkOutputPath(path, true)).not.toThrow();
  });

  it('saves the text to a new 0600 file beside the target when the write fails', async () => {
    const path = join(dir, 'key.pem');
    writeFileSync(path, 'appeared meanwhile');
    const t = fakeContext();
    expect(await deliverToFile(path, 'the secret', false, t.ctx)).toBe(EXIT.usage);
    expect(readFileSync(path, 'utf8')).toBe('appeared meanwhile');
    const [saved] = rescued(dir);
    expect(readFileSync(join(dir, saved!), 'utf8')).toBe('the secret');
    expect(mode(join(dir, saved!))).toBe(0o600);
    expect(t.stderr()).toContain(`saved to ${join(dir, saved!)}`);
  });

  it('prints the text on standard output, with a warning, when nothing can be written', async () => {
    const t = fakeContext();
    expect(await deliverToFile(join(dir, 'no', 'such', 'dir'), 'the secret', false, t.ctx)).toBe(EXIT.usage);
    expect(t.stdout()).toBe('the secret');
    expect(t.stderr()).toContain('the secret follows on standard output');
  });
});

describe('F-12: --force with a long name', () => {
  it('replaces a file whose name has 255 bytes', () => {
    const path = join(dir, `${'b'.repeat(251)}.txt`);
    writeFileSync(path, 'old');
    writeSecretFile(path, new TextEncoder().encode('new'), true);
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual([`${'b'.repeat(251)}.txt`]);
  });
});

describe('F-16: names and replacements with --out-dir', () => {
  it('collapses whitespace runs and names invisible-only names `file`', () => {
    expect(visibleName(`invoice.pdf${' '.repeat(120)}.exe`)).toBe('invoice.pdf .exe');
    expect(visibleName('\u200b')).toBe('file');
    expect(visibleName('\u2060\u200b\u3164')).toBe('file');
    expect(visibleName('a\u00a0\u00a0b')).toBe('a b');
    const files = ['\u200b', '\u200c', `a${' '.repeat(9)}b`].map((name) => ({ name, type: '', size: 1 }));
    expect(diskNames(files)).toEqual(['file', 'file (2)', 'a b']);
  });

  it('with --force, lets the secret write a dotfile or an existing name only when listed with --replace', () => {
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    const names = ['.bashrc', 'notes.txt', 'new.txt'];
    expect(unlistedNames(dir, names, { force: true, replace: new Set() })).toEqual(['.bashrc', 'notes.txt']);
    expect(unlistedNames(dir, names, { force: true, replace: new Set(['.bashrc', 'notes.txt']) })).toEqual([]);
    expect(unlistedNames(dir, names, { force: false, replace: new Set() })).toEqual([]);
  });

  it('streams into 0600 temporary files that take their names only on commit', () => {
    const targets = [join(dir, 'a.txt'), join(dir, `${'c'.repeat(255)}`)];
    const sink = FileSink.create(targets);
    sink.write(0, new TextEncoder().encode('part one, '));
    sink.write(0, new TextEncoder().encode('part two'));
    const temps = readdirSync(dir);
    expect(temps).toHaveLength(2);
    for (const name of temps) {
      expect(name).toMatch(/^\.handoff-[0-9a-f]{16}\.tmp$/);
      expect(mode(join(dir, name))).toBe(0o600);
    }
    const placed = sink.commit(() => false);
    expect(placed.map((p) => p.path)).toEqual(targets);
    expect(readFileSync(targets[0]!, 'utf8')).toBe('part one, part two');
    expect(readFileSync(targets[1]!, 'utf8')).toBe('');
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'c'.repeat(255)]);
  });

  it('never replaces without leave, and keeps a file that cannot take its name under a new one', () => {
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'taken.txt'), 'mine');
    const sink = FileSink.create([join(dir, 'sub', 'taken.txt')]);
    sink.write(0, new TextEncoder().encode('theirs'));
    const [placed] = sink.commit(() => false);
    expect(placed!.code).toBe('EEXIST');
    expect(readFileSync(join(dir, 'sub', 'taken.txt'), 'utf8')).toBe('mine');
    expect(readFileSync(placed!.path, 'utf8')).toBe('theirs');
  });

  it('writes each part to disk as it verifies, and hands the download only zeros to keep', async () => {
    const files = [
      { name: 'a.bin', type: '', size: 1_500_000 },
      { name: 'b.bin', type: '', size: 700_000 },
    ];
    const content = new Uint8Array(2_200_000).map((_, i) => (i * 7 + 1) % 251);
    const fileKey = new Uint8Array(32).fill(9);
    const streamBytes = streamPaddedLength(content.length);
    const sender = await FileStream.create(fileKey, streamBytes);
    const sealed: Uint8Array[] = [];
    for (let p = 0; p < sender.parts; p++) {
      const plaintext = new Uint8Array(sender.partPlaintextBytes(p));
      const offset = sender.partOffset(p);
      plaintext.set(content.subarray(offset, Math.min(offset + plaintext.length, content.length)));
      sealed.push(await sender.sealPart(p, plaintext));
    }
    expect(sealed.length).toBeGreaterThan(1);
    const targets = files.map((f) => join(dir, f.name));
    const sink = FileSink.create(targets);
    const recipient = await FileStream.create(fileKey, streamBytes);
    const assembler = new FileAssembler(files, streamToSink(recipient, files, sink));
    await assembler.push(0, sealed[0]!);
    const [first] = streamSlices(files, 0, recipient.partPlaintextBytes(0));
    const temps = readdirSync(dir).map((n) => join(dir, n));
    expect(temps.reduce((sum, t) => sum + statSync(t).size, 0)).toBe(recipient.partPlaintextBytes(0));
    expect(first).toEqual({ file: 0, start: 0, end: recipient.partPlaintextBytes(0) });
    for (let p = 1; p < sealed.length; p++) await assembler.push(p, sealed[p]!);
    for (const pieces of assembler.finish()) for (const piece of pieces) expect(piece.every((b) => b === 0)).toBe(true);
    sink.commit(() => false);
    expect(readFileSync(targets[0]!).equals(content.subarray(0, 1_500_000))).toBe(true);
    expect(readFileSync(targets[1]!).equals(content.subarray(1_500_000))).toBe(true);
  });

  it('removes every temporary file on abort', () => {
    const sink = FileSink.create([join(dir, 'a'), join(dir, 'b')]);
    sink.abort();
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('F-19: a plain-http warning for open, status and revoke', () => {
  it('warns for a remote http server, not for loopback', async () => {
    const cases: [string[], string][] = [
      [['open', `http://handoff.invalid/s#${'A'.repeat(43)}`], 'the link proof'],
      [['status', `http://handoff.invalid/m#${'A'.repeat(65)}`], 'the manage token'],
      [['revoke', `http://handoff.invalid/m#${'A'.repeat(65)}`], 'the manage token'],
    ];
    for (const [argv, exposed] of cases) {
      const t = fakeContext();
      await main(argv, t.ctx);
      expect(t.stderr(), argv[0]).toContain(`handoff: warning: plain http; anyone on the network can see ${exposed}`);
      const local = fakeContext();
      await main([argv[0]!, argv[1]!.replace('handoff.invalid', '127.0.0.1:9')], local.ctx);
      expect(local.stderr()).not.toContain('plain http');
    }
  });
});
