import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildCli, runCli } from '../support/cli-run';

/*
 * `handoff request`, `answer`, `open` (owner link, --wait, --exec), `status`
 * and `revoke` against the production build, on both stores.
 */

beforeAll(() => buildCli());

const REQUEST_LINK = /^http:\/\/127\.0\.0\.1:\d+\/r#[A-Za-z0-9_-]{86}$/;
const OWNER_LINK = /^http:\/\/127\.0\.0\.1:\d+\/o#[A-Za-z0-9_-]{43}$/;

describe.each([
  ['redis', inject('redisAppUrl')],
  ['memory', inject('memoryAppUrl')],
] as const)('handoff request on the %s store', (_name, base) => {
  async function request(extra: string[] = []) {
    const dir = mkdtempSync(join(tmpdir(), 'handoff-req-'));
    const ownerFile = join(dir, 'owner.link');
    const run = await runCli([
      'request',
      '--server',
      base,
      '--note',
      'send the key',
      '--owner-link-file',
      ownerFile,
      ...extra,
    ]);
    expect(run.code, run.err).toBe(0);
    const requestLink = run.out.trim();
    expect(requestLink).toMatch(REQUEST_LINK);
    const ownerLink = readFileSync(ownerFile, 'utf8').trim();
    expect(ownerLink).toMatch(OWNER_LINK);
    expect(statSync(ownerFile).mode & 0o777).toBe(0o600);
    expect(run.out).not.toContain(ownerLink.split('#')[1]);
    expect(run.err).not.toContain(ownerLink.split('#')[1]);
    return { requestLink, ownerLink, dir };
  }

  it('round trip: request → answer (link on a file descriptor) → open --exec (owner link in the environment)', async () => {
    const { requestLink, ownerLink } = await request();
    const dir = mkdtempSync(join(tmpdir(), 'handoff-ans-'));
    const file = join(dir, 'answer.env');
    writeFileSync(file, 'DB_PASSWORD=s3cret\n');
    const ok = await runCli(['answer', '--link-fd', '3', file], { fd3: requestLink });
    expect(ok.code, ok.err).toBe(0);
    expect(ok.err).toContain('send the key');
    const code = /Confirmation code: (\d{3} \d{3})/.exec(ok.out)?.[1];
    expect(code).toBeDefined();
    const again = await runCli(['answer', requestLink, file]);
    expect(again.code).toBe(3);
    const opened = await runCli(['open', '--exec', '--', 'sh', '-c', 'printf %s "$DB_PASSWORD"'], {
      env: { HANDOFF_LINK: ownerLink },
    });
    expect(opened.code, opened.err).toBe(0);
    expect(opened.out).toBe('s3cret');
    expect(opened.err).toContain(code!);
    const twice = await runCli(['open', '-'], { input: ownerLink });
    expect(twice.code).toBe(3);
  });

  it('open --wait waits for the answer; status and revoke take the owner link', async () => {
    const { requestLink, ownerLink } = await request(['--views', '2']);
    const early = await runCli(['open', '-'], { input: ownerLink });
    expect(early.code).toBe(3);
    const status = await runCli(['status', '-', '--json'], { input: ownerLink });
    expect(status.code, status.err).toBe(0);
    expect(JSON.parse(status.out)).toMatchObject({ request: { state: 'open' }, answer: null });
    const waiting = runCli(['open', '-', '--wait', '--timeout', '1m'], { input: ownerLink, timeoutMs: 60_000 });
    await new Promise((r) => setTimeout(r, 1500));
    const answered = await runCli(['answer', requestLink, '-'], { input: 'late but here' });
    expect(answered.code, answered.err).toBe(0);
    const opened = await waiting;
    expect(opened.code, opened.err).toBe(0);
    expect(opened.out.trim()).toBe('late but here');
    const revoked = await runCli(['revoke', '-'], { input: ownerLink });
    expect(revoked.code, revoked.err).toBe(0);
    const after = await runCli(['open', '-'], { input: ownerLink });
    expect(after.code).toBe(3);
  });

  it('answers with --attach; open refuses without --out-dir (nothing used up), then saves the files', async () => {
    const { requestLink, ownerLink } = await request();
    const dir = mkdtempSync(join(tmpdir(), 'handoff-att-'));
    const attached = join(dir, 'key.pem');
    writeFileSync(attached, 'BEGIN KEY\n'.repeat(1000));
    const answered = await runCli(['answer', requestLink, '--attach', attached]);
    expect(answered.code, answered.err).toBe(0);
    const noDir = await runCli(['open', '-'], { input: ownerLink });
    expect(noDir.code).toBe(1);
    expect(noDir.err).toContain('--out-dir');
    const out = mkdtempSync(join(tmpdir(), 'handoff-out-'));
    const opened = await runCli(['open', '-', '--out-dir', out], { input: ownerLink });
    expect(opened.code, opened.err).toBe(0);
    expect(readFileSync(join(out, 'key.pem'), 'utf8')).toBe(readFileSync(attached, 'utf8'));
    expect(statSync(join(out, 'key.pem')).mode & 0o777).toBe(0o600);
  });

  it('sends --notify with the request: a server that sends no notifications refuses it, nothing is kept', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'handoff-req-'));
    const ownerFile = join(dir, 'owner.link');
    const args = ['request', '--server', base, '--owner-link-file', ownerFile, '--notify', 'me@example.com'];
    const run = await runCli(args);
    expect(run.code).not.toBe(0);
    expect(run.err).toContain('HTTP 400 (invalid_request)');
    expect(run.out).toBe('');
    expect(existsSync(ownerFile)).toBe(false);
  });

  it('open --wait gives up after --timeout while nobody answers', async () => {
    const { ownerLink } = await request();
    const started = Date.now();
    const run = await runCli(['open', '-', '--wait', '--timeout', '3s'], { input: ownerLink });
    expect(run.code).toBe(2);
    expect(run.err).toContain('--timeout');
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});
