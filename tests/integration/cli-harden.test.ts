import { spawn, type StdioOptions } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
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
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildCli, runCli, sendWithCli } from '../support/cli-run';

/*
 * Issue 17 against the production build on real Redis: the security
 * review's reproductions (F-03, F-08, F-09, F-12, F-16), run with the real
 * `handoff` command as a child process. Code a sender could smuggle in
 * writes a marker file, which must never appear.
 */

const base = inject('redisAppUrl');
let dir: string;

beforeAll(() => {
  buildCli();
  dir = mkdtempSync(join(tmpdir(), 'handoff-cli-harden-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function freshDir(name: string): string {
  const path = join(dir, `${name}-${randomBytes(4).toString('hex')}`);
  mkdirSync(path);
  return path;
}

const mode = (path: string) => statSync(path).mode & 0o777;
const rescued = (folder: string) => readdirSync(folder).filter((n) => n.startsWith('handoff-rescued-'));

describe('F-03: open --exec runs none of the sender’s code', () => {
  it('refuses NODE_OPTIONS=--import=data:… before running anything, and keeps the secret in a 0600 file', async () => {
    const cwd = freshDir('node-options');
    const code = "import fs from 'node:fs';fs.writeFileSync('PWNED','sender-code-ran')";
    const secret = `DATABASE_URL=postgres://app:pw@db/app\nNODE_OPTIONS="--import=data:text/javascript,${encodeURIComponent(code)}"\n`;
    const sent = await sendWithCli(base, secret);
    const run = await runCli(['open', sent.link, '--exec', '--', 'node', '-e', 'console.log("migrate ran")'], { cwd });
    expect(existsSync(join(cwd, 'PWNED'))).toBe(false);
    expect(run.code).toBe(1);
    expect(run.out).toBe('');
    expect(run.err).toContain('--exec: the secret sets NODE_OPTIONS, which can make programs load or run code');
    const [saved] = rescued(cwd);
    expect(readFileSync(join(cwd, saved!), 'utf8')).toBe(secret);
    expect(mode(join(cwd, saved!))).toBe(0o600);
    expect(run.err).not.toContain('import');
  });

  it("refuses BASH_ENV='$(…)'", async () => {
    const cwd = freshDir('bash-env');
    const sent = await sendWithCli(base, "API_KEY=abc\nBASH_ENV='$(id -un > PWNED2)'\n");
    const run = await runCli(['open', sent.link, '--exec', '--', 'bash', '-c', 'echo "deploy sees $API_KEY"'], {
      cwd,
    });
    expect(existsSync(join(cwd, 'PWNED2'))).toBe(false);
    expect(run.code).toBe(1);
    expect(run.out).toBe('');
    expect(run.err).toContain('--exec: the secret sets BASH_ENV');
  });

  it('refuses PATH, and with --allow-env PATH still runs the command found with its own PATH', async () => {
    const cwd = freshDir('path');
    const evil = join(cwd, 'evilbin');
    mkdirSync(evil);
    writeFileSync(join(evil, 'node'), `#!/bin/sh\ntouch ${join(cwd, 'PWNED3')}\necho "this is NOT the real $0"\n`);
    chmodSync(join(evil, 'node'), 0o755);
    const secret = `PATH=${evil}\nAPI_KEY=k\n`;
    const script = 'process.stdout.write("real node, API_KEY=" + process.env.API_KEY)';

    const refused = await runCli(
      ['open', (await sendWithCli(base, secret)).link, '--exec', '--', 'node', '-e', script],
      {
        cwd,
      },
    );
    expect(existsSync(join(cwd, 'PWNED3'))).toBe(false);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('--exec: the secret sets PATH');

    const allowed = await runCli(
      ['open', (await sendWithCli(base, secret)).link, '--allow-env', 'PATH', '--exec', '--', 'node', '-e', script],
      { cwd },
    );
    expect(allowed.code, allowed.err).toBe(0);
    expect(allowed.out).toBe('real node, API_KEY=k');
    expect(existsSync(join(cwd, 'PWNED3'))).toBe(false);
    expect(allowed.err).toMatch(
      /^handoff: --exec: running \/\S+\/node with PATH \(replaces yours\), API_KEY from the secret\n$/,
    );
  });

  it('refuses the same names with --env-file, leaving the file as it was', async () => {
    const cwd = freshDir('env-file');
    const path = join(cwd, 'app.env');
    writeFileSync(path, 'PORT=3000\n');
    const sent = await sendWithCli(base, 'A=1\nLD_PRELOAD=/tmp/x.so\n');
    const run = await runCli(['open', sent.link, '--env-file', path]);
    expect(run.code).toBe(1);
    expect(run.err).toContain('--env-file: the secret sets LD_PRELOAD');
    expect(readFileSync(path, 'utf8')).toBe('PORT=3000\n');
    expect(rescued(cwd)).toHaveLength(1);
  });
});

describe('F-08: the link need not be an argument', () => {
  it('hides the arguments in /proc/PID/cmdline while open waits for a password', async () => {
    const sent = await sendWithCli(base, 'behind a password', ['--password-env', 'PW'], { PW: 'pw-f08' });
    const key = sent.link.split('#')[1]!;
    const child = spawn(process.execPath, ['bin/handoff.mjs', 'open', sent.link, '--password-fd', '3'], {
      env: { PATH: process.env.PATH ?? '' } as Record<string, string> as NodeJS.ProcessEnv,
      stdio: ['pipe', 'pipe', 'pipe', 'pipe'] as StdioOptions,
      detached: true,
    });
    let out = '';
    child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    try {
      let cmdline = '';
      for (let i = 0; i < 100 && !cmdline.startsWith('handoff'); i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        cmdline = readFileSync(`/proc/${child.pid}/cmdline`, 'utf8');
      }
      expect(cmdline).not.toContain(key.slice(0, 10));
      expect(cmdline.startsWith('handoff')).toBe(true);
    } finally {
      (child.stdio[3] as NodeJS.WritableStream).end('pw-f08\n');
      child.stdin!.end();
    }
    expect(await closed).toBe(0);
    expect(out).toBe('behind a password');
  });

  it('reads the link from standard input, from --link-fd, and from HANDOFF_LINK', async () => {
    const fromStdin = await sendWithCli(base, 'via stdin');
    expect((await runCli(['open', '-'], { input: `${fromStdin.link}\n` })).out).toBe('via stdin');
    const fromFd = await sendWithCli(base, 'via fd');
    expect((await runCli(['open', '--link-fd', '3'], { fd3: fromFd.link })).out).toBe('via fd');
    const fromEnv = await sendWithCli(base, 'via env');
    expect((await runCli(['open'], { env: { HANDOFF_LINK: fromEnv.link } })).out).toBe('via env');
  });

  it('takes HANDOFF_LINK out of the environment a command run with --exec gets', async () => {
    const sent = await sendWithCli(base, 'A=1\n');
    const script = 'process.stdout.write(String(process.env.HANDOFF_LINK) + " " + process.env.A)';
    const run = await runCli(['open', '--exec', '--', 'node', '-e', script], { env: { HANDOFF_LINK: sent.link } });
    expect(run.code, run.err).toBe(0);
    expect(run.out).toBe('undefined 1');
  });

  it('reads a manage link from standard input for status and revoke', async () => {
    const sent = await sendWithCli(base, 'managed', ['--manage']);
    const status = await runCli(['status', '-'], { input: sent.manageLink! });
    expect(status.code, status.err).toBe(0);
    expect(status.out).toContain('State:');
    const revoked = await runCli(['revoke', '--link-fd', '3'], { fd3: sent.manageLink! });
    expect(revoked.code, revoked.err).toBe(0);
    expect((await runCli(['open', sent.link])).code).toBe(3);
  });
});

describe('F-09: a dangling symlink at --out', () => {
  it('is refused before the view is used, so the secret still opens', async () => {
    const out = freshDir('symlink');
    const sent = await sendWithCli(base, 'only-once', ['--manage']);
    const target = join(out, 'key.pem');
    symlinkSync('./does-not-exist', target);
    const run = await runCli(['open', sent.link, '--out', target]);
    expect(run.code).toBe(1);
    expect(run.err).toContain('already exists (a symlink): use --force');
    const status = await runCli(['status', sent.manageLink!]);
    expect(status.out).toContain('0 of 1 used');
    expect((await runCli(['open', sent.link])).out).toBe('only-once');
  });
});

async function sendAttachments(names: Record<string, string>): Promise<string> {
  const from = freshDir('attach');
  const args = ['send', '--server', base, '--json'];
  for (const [name, content] of Object.entries(names)) {
    writeFileSync(join(from, name), content);
    args.push('--attach', join(from, name));
  }
  const run = await runCli(args);
  expect(run.code, run.err).toBe(0);
  return (JSON.parse(run.out) as { link: string }).link;
}

describe('F-12: --out-dir --force with a long file name', () => {
  it('writes a 255-byte name into a folder that holds files', async () => {
    const name = `${'b'.repeat(251)}.txt`;
    const link = await sendAttachments({ [name]: 'long' });
    const out = freshDir('long');
    writeFileSync(join(out, 'other.txt'), 'x');
    const run = await runCli(['open', link, '--out-dir', out, '--force']);
    expect(run.code, run.err).toBe(0);
    expect(readFileSync(join(out, name), 'utf8')).toBe('long');
  });
});

describe('F-16: the sender does not choose what --out-dir --force replaces', () => {
  it('puts the files in a new subfolder when one is a dotfile or an existing name not listed with --replace', async () => {
    const link = await sendAttachments({ '.bashrc': 'echo sender', 'notes.txt': 'new notes' });
    const home = freshDir('home');
    writeFileSync(join(home, '.bashrc'), 'mine');
    const run = await runCli(['open', link, '--out-dir', home, '--force']);
    expect(run.code, run.err).toBe(0);
    expect(readFileSync(join(home, '.bashrc'), 'utf8')).toBe('mine');
    expect(run.err).toContain('not listed with --replace NAME');
    const [sub] = rescued(home);
    expect(readdirSync(join(home, sub!)).sort()).toEqual(['.bashrc', 'notes.txt']);
    expect(readFileSync(join(home, sub!, 'notes.txt'), 'utf8')).toBe('new notes');
    expect(mode(join(home, sub!, '.bashrc'))).toBe(0o600);
  });

  it('replaces exactly the names listed with --replace', async () => {
    const link = await sendAttachments({ '.env': 'A=new', 'notes.txt': 'new notes' });
    const out = freshDir('listed');
    writeFileSync(join(out, '.env'), 'A=old');
    const run = await runCli(['open', link, '--out-dir', out, '--force', '--replace', '.env']);
    expect(run.code, run.err).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['.env', 'notes.txt']);
    expect(readFileSync(join(out, '.env'), 'utf8')).toBe('A=new');
  });

  it('saves a name made of whitespace runs collapsed', async () => {
    const link = await sendAttachments({ [`invoice.pdf${' '.repeat(40)}.exe`]: 'x' });
    const out = freshDir('spaces');
    const run = await runCli(['open', link, '--out-dir', out]);
    expect(run.code, run.err).toBe(0);
    expect(readdirSync(out)).toEqual(['invoice.pdf .exe']);
  });
});
