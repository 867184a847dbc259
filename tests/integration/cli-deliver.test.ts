import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { peekSecretOnServer, revealSecretOnServer } from '@/lib/client/api';
import { linkCredentials, openSecret, parseLinkFragment, unlockSecret } from '@/lib/crypto';
import { shareText } from '../support/client';
import { buildCli, runCli, sendWithCli } from '../support/cli-run';

/*
 * Where `handoff open` puts a secret (a 0600 file, an env file, a child's
 * environment), and that the CLI and the browser's code read each other's
 * secrets. Against the production build on real Redis.
 */

const base = inject('redisAppUrl');
const ENV_SECRET = 'API_TOKEN=tok_7f3a9c\nexport DATABASE_URL="postgres://app:pa ss@db/app"\n';
let dir: string;

beforeAll(() => {
  buildCli();
  dir = mkdtempSync(join(tmpdir(), 'handoff-cli-it-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const mode = (path: string) => statSync(path).mode & 0o777;

describe('handoff open --out', () => {
  it('writes the secret readable by its owner only (0600)', async () => {
    const sent = await sendWithCli(base, 'to a file');
    const path = join(dir, 'secret.txt');
    const run = await runCli(['open', sent.link, '--out', path]);
    expect(run.code, run.err).toBe(0);
    expect(run.out).toBe('');
    expect(readFileSync(path, 'utf8')).toBe('to a file');
    expect(mode(path)).toBe(0o600);
  });

  it('refuses to overwrite without --force, before using up a view; --force replaces the file', async () => {
    const sent = await sendWithCli(base, 'new content');
    const path = join(dir, 'existing.txt');
    writeFileSync(path, 'keep me', { mode: 0o644 });
    const refused = await runCli(['open', sent.link, '--out', path]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('already exists: use --force');
    expect(readFileSync(path, 'utf8')).toBe('keep me');

    const forced = await runCli(['open', sent.link, '--out', path, '--force']);
    expect(forced.code, forced.err).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe('new content');
    expect(mode(path)).toBe(0o600);
  });
});

describe('handoff open --exec', () => {
  it("runs the command with the secret's variables and without the password, naming only the variables", async () => {
    const sent = await sendWithCli(base, ENV_SECRET, ['--password-env', 'PW'], { PW: 'pw-for-exec' });
    const script = [
      "const ok = process.env.API_TOKEN === 'tok_7f3a9c' && process.env.DATABASE_URL === 'postgres://app:pa ss@db/app';",
      "process.stdout.write(ok ? 'vars-ok' : 'vars-missing');",
      "process.stdout.write(process.env.PW === undefined ? ' pw-absent' : ' pw-leaked');",
      'process.exit(7);',
    ].join('\n');
    const run = await runCli(['open', sent.link, '--password-env', 'PW', '--exec', '--', 'node', '-e', script], {
      env: { PW: 'pw-for-exec' },
    });
    expect(run.code).toBe(7); // the command's own exit code
    expect(run.out).toBe('vars-ok pw-absent');
    expect(run.err).toMatch(/^handoff: --exec: running \/\S+\/node with API_TOKEN, DATABASE_URL from the secret\n$/);
    for (const value of ['tok_7f3a9c', 'postgres://', 'pw-for-exec']) {
      expect(run.out).not.toContain(value);
      expect(run.err).not.toContain(value);
    }
  });

  it('exits 127 for a command that does not exist, and the secret can still be opened', async () => {
    const sent = await sendWithCli(base, ENV_SECRET);
    const missing = await runCli(['open', sent.link, '--exec', '--', 'handoff-no-such-command']);
    expect(missing.code).toBe(127);
    const opened = await runCli(['open', sent.link]);
    expect(opened.out).toBe(ENV_SECRET);
  });

  it('refuses a secret that is not a .env text, without printing it, and keeps it in a 0600 file', async () => {
    const sent = await sendWithCli(base, 'just a sentence with secret-words');
    const cwd = mkdtempSync(join(dir, 'not-env-'));
    const run = await runCli(['open', sent.link, '--exec', '--', 'node', '-e', ''], { cwd });
    expect(run.code).toBe(1);
    expect(run.err).toContain('not a .env text (line 1');
    expect(run.err + run.out).not.toContain('secret-words');
    const [saved] = readdirSync(cwd);
    expect(readFileSync(join(cwd, saved!), 'utf8')).toBe('just a sentence with secret-words');
    expect(mode(join(cwd, saved!))).toBe(0o600);
  });
});

describe('handoff open --env-file', () => {
  it('merges the variables into an existing file, keeping its other lines', async () => {
    const sent = await sendWithCli(base, ENV_SECRET);
    const path = join(dir, 'app.env');
    writeFileSync(path, '# local settings\nAPI_TOKEN=old\nPORT=3000\n');
    const run = await runCli(['open', sent.link, '--env-file', path]);
    expect(run.code, run.err).toBe(0);
    expect(run.out).toBe('');
    expect(readFileSync(path, 'utf8')).toBe(
      "# local settings\nAPI_TOKEN=tok_7f3a9c\nPORT=3000\nDATABASE_URL='postgres://app:pa ss@db/app'\n",
    );
    expect(mode(path)).toBe(0o600);
  });
});

describe('handoff and the browser read each other', () => {
  it('opens a secret made by the browser code (lib/crypto), with its password', async () => {
    const shared = await shareText(base, 'made in a browser ✓', { password: 'tab-pw' });
    const run = await runCli(['open', `${base}/s#${shared.fragment}`, '--password-env', 'PW'], {
      env: { PW: 'tab-pw' },
    });
    expect(run.code, run.err).toBe(0);
    expect(run.out).toBe('made in a browser ✓');
  });

  it('makes secrets that the browser code opens', async () => {
    const sent = await sendWithCli(base, 'made in a terminal ✓', ['--views', '3']);
    const parsed = parseLinkFragment(new URL(sent.link).hash);
    if (!parsed.ok) throw new Error(parsed.problem);
    const { id, linkProof } = linkCredentials(parsed.key);
    expect(id).toBe(sent.id);
    const peek = await peekSecretOnServer(base, id, linkProof);
    expect(peek).toMatchObject({ kind: 'found', viewsLeft: 3, kdf: null });
    const revealed = await revealSecretOnServer(base, id, linkProof, null);
    if (revealed.kind !== 'released') throw new Error(revealed.kind);
    expect(openSecret(await unlockSecret(parsed.key, null), id, revealed.envelope).text).toBe('made in a terminal ✓');
  });
});
