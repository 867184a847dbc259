import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { revealSecretOnServer } from '@/lib/client/api';
import { revokeSecretOnServer } from '@/lib/client/sender-api';
import { linkCredentials, parseLinkFragment } from '@/lib/crypto';
import { encodeBase64url } from '@/lib/protocol/base64url';
import { secretKey } from '@/lib/redis/keys';
import { shareText } from '../support/client';
import { buildCli, runCli, sendWithCli } from '../support/cli-run';
import { freePort } from '../support/processes';

/*
 * The real `handoff` command, as a child process, against the production
 * build on real Redis (and once on the embedded store). Exit codes are the
 * documented ones: 3 gone, 4 wrong password, 5 destroyed, 6 invalid link.
 */

const base = inject('redisAppUrl');
const LINK = /^http:\/\/127\.0\.0\.1:\d+\/s#[A-Za-z0-9_-]{43}$/;
let dir: string;

beforeAll(() => {
  buildCli();
  dir = mkdtempSync(join(tmpdir(), 'handoff-cli-it-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('handoff send and open', () => {
  it('sends standard input and opens exactly the same bytes, once; a second open exits 3', async () => {
    const input = Buffer.from('\ufeffline one\r\nüñí €😀\n\ttab\n\nno newline at the end', 'utf8');
    const sent = await runCli(['send', '--server', base], { input });
    expect(sent.code, sent.err).toBe(0);
    expect(sent.out).toMatch(new RegExp(`${LINK.source.slice(0, -1)}\\n$`));
    const link = sent.out.trim();

    const opened = await runCli(['open', link]);
    expect(opened.code, opened.err).toBe(0);
    expect(opened.stdout.equals(input)).toBe(true);
    expect(opened.err).toBe('');

    const again = await runCli(['open', link]);
    expect(again.code).toBe(3);
    expect(again.out).toBe('');
    expect(again.err).toContain('already opened, has expired or was revoked, or never existed');
  });

  it('takes the server from HANDOFF_SERVER, honours --views, and works on the embedded store too', async () => {
    const memory = inject('memoryAppUrl');
    const sent = await runCli(['send', '--views', '2', '--expires', '5m', '-'], {
      input: 'twice',
      env: { HANDOFF_SERVER: memory },
    });
    expect(sent.code, sent.err).toBe(0);
    const link = sent.out.trim();
    expect(link.startsWith(`${memory}/s#`)).toBe(true);
    expect((await runCli(['open', link])).out).toBe('twice');
    expect((await runCli(['open', link])).out).toBe('twice');
    expect((await runCli(['open', link])).code).toBe(3);
  });

  it('is a usage error (1) without a server, and a service error (2) when the server does not answer', async () => {
    const none = await runCli(['send'], { input: 'x' });
    expect(none.code).toBe(1);
    expect(none.err).toContain('--server URL or set HANDOFF_SERVER');
    const closed = `http://127.0.0.1:${await freePort()}`;
    const down = await runCli(['send', '--server', closed], { input: 'x' });
    expect(down.code).toBe(2);
    expect(down.err).toContain(`cannot reach ${closed}`);
    const shared = await shareText(base, 'x');
    const unreachable = await runCli(['open', `${closed}/s#${shared.fragment}`]);
    expect(unreachable.code).toBe(2);
  });

  it('exits 6 for an invalid link, without asking any server', async () => {
    const cases = [
      'https://handoff.invalid/s#tooShort',
      'handoff.invalid/s#AAAA',
      `https://handoff.invalid/m#${'A'.repeat(65)}`,
      `https://handoff.invalid/x#${'A'.repeat(43)}`,
    ];
    for (const link of cases) {
      const run = await runCli(['open', link]);
      expect(run.code, link).toBe(6);
      expect(run.err).toMatch(/^handoff: invalid link: /);
    }
  });

  it('exits 3 for an expired link', async () => {
    const sent = await sendWithCli(base, 'short-lived', ['--expires', '5m']);
    // Expiry is Redis deleting the key when its TTL runs out; do now what the TTL would do later.
    const { Redis } = await import('ioredis');
    const redis = new Redis(inject('redisUrl'));
    try {
      expect(await redis.pexpire(secretKey(inject('keyPrefix'), sent.id, 'secret'), 1)).toBe(1);
      await new Promise((r) => setTimeout(r, 20));
    } finally {
      redis.disconnect();
    }
    const run = await runCli(['open', sent.link]);
    expect(run.code).toBe(3);
  });
});

describe('handoff passwords', () => {
  it('opens with a wrong password (exit 4, attempts left shown, nothing used up), then the right one', async () => {
    const sent = await sendWithCli(base, 'behind a password', ['--password-env', 'SEND_PW'], {
      SEND_PW: 'correct horse',
    });
    expect(sent.hasPassword).toBe(true);

    const wrong = await runCli(['open', sent.link, '--password-env', 'PW'], { env: { PW: 'battery staple' } });
    expect(wrong.code).toBe(4);
    expect(wrong.err).toContain('wrong password: 4 attempts left');
    expect(wrong.out).toBe('');

    const none = await runCli(['open', sent.link]);
    expect(none.code).toBe(4);
    expect(none.err).toContain('needs a password');

    const right = await runCli(['open', sent.link, '--password-fd', '3'], { fd3: 'correct horse\n' });
    expect(right.code, right.err).toBe(0);
    expect(right.out).toBe('behind a password');
  });

  it('reads the password from a file given as a descriptor, and never from an argument', async () => {
    const file = join(dir, 'pw.txt');
    writeFileSync(file, 'from a file\n');
    const typed = await runCli(['send', '--server', base, '--password=hunter2'], { input: 'x' });
    expect(typed.code).toBe(1);
    expect(typed.err).not.toContain('hunter2');
    const viaFile = await runCli(['send', '--server', base, '--password-fd', '3', '--json'], {
      input: 'file pw',
      fd3File: file,
    });
    expect(viaFile.code, viaFile.err).toBe(0);
    const { link } = JSON.parse(viaFile.out) as { link: string };
    const opened = await runCli(['open', link, '--password-env', 'PW'], { env: { PW: 'from a file' } });
    expect(opened.out).toBe('file pw');
  });

  it('exits 5 when the last attempt fails, and the secret is gone afterwards', async () => {
    const sent = await sendWithCli(base, 'x', ['--password-env', 'PW'], { PW: 'right' });
    // Use up all attempts but one straight through the API (no scrypt needed for a wrong proof)...
    const parsed = parseLinkFragment(new URL(sent.link).hash);
    if (!parsed.ok) throw new Error(parsed.problem);
    const { id, linkProof } = linkCredentials(parsed.key);
    const left: number[] = [];
    for (let i = 0; i < 4; i++) {
      const outcome = await revealSecretOnServer(base, id, linkProof, encodeBase64url(randomBytes(32)));
      if (outcome.kind === 'wrong_password') left.push(outcome.attemptsLeft);
    }
    expect(left).toEqual([4, 3, 2, 1]);
    // ...then the CLI's wrong password is the last one.
    const last = await runCli(['open', sent.link, '--password-env', 'PW'], { env: { PW: 'wrong' } });
    expect(last.code).toBe(5);
    expect(last.err).toContain('destroyed');
    const after = await runCli(['open', sent.link, '--password-env', 'PW'], { env: { PW: 'right' } });
    expect(after.code).toBe(3);
  });
});

describe('handoff open: endings and links a chat app lengthened (issue 24)', () => {
  it('says how a link with a receipt ended: every view used, or revoked by the sender', async () => {
    const viewed = await shareText(base, 'seen once');
    const link = `${base}/s#${viewed.fragment}`;
    expect((await runCli(['open', link])).code).toBe(0);
    const again = await runCli(['open', link]);
    expect(again.code).toBe(3);
    expect(again.err).toContain('this secret was already opened: every permitted view was used');
    expect(again.err).toContain('If you did not open it yourself, tell the sender');

    const revoked = await shareText(base, 'withdrawn');
    expect(await revokeSecretOnServer(base, revoked.id, revoked.manageToken)).toEqual({ kind: 'revoked' });
    const run = await runCli(['open', `${base}/s#${revoked.fragment}`]);
    expect(run.code).toBe(3);
    expect(run.err).toContain('the sender withdrew this secret');
  });

  it('opens a link with `_`, `-` or a word glued after the key, and refuses a long key nobody shared', async () => {
    for (const junk of ['_', '-', 'please']) {
      const shared = await shareText(base, `glued ${junk}`);
      const run = await runCli(['open', `${base}/s#${shared.fragment}${junk}`]);
      expect(run.code, `${junk}: ${run.err}`).toBe(0);
      expect(run.out).toBe(`glued ${junk}`);
      expect(run.err).toContain('the characters after the key were dropped');
    }
    const unknown = await runCli(['open', `${base}/s#${encodeBase64url(randomBytes(32))}_`]);
    expect(unknown.code).toBe(6);
    expect(unknown.err).toContain('the key after "#" is too long');
  });
});
