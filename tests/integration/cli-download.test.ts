import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { shareText } from '../support/client';
import { buildCli } from '../support/cli-run';

/*
 * Issue 25, "the CLI for people who are not developers of Handoff": a
 * recipient downloads the CLI from the running instance (production build,
 * server.mjs, real Redis), checks it against the SHA-256 that the Command line
 * page shows, and opens a link with it in a folder far from any clone.
 */

const base = inject('redisAppUrl');
const repo = fileURLToPath(new URL('../..', import.meta.url));
let dir: string;

type Run = { code: number | null; out: string; err: string };

/** Runs `command args` in `cwd` with PATH only, in its own session (no terminal, so no prompt can wait). */
function run(command: string, args: string[], cwd: string): Promise<Run> {
  const child = spawn(command, args, {
    cwd,
    env: { PATH: process.env.PATH ?? '' } as Record<string, string> as NodeJS.ProcessEnv,
    detached: true,
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  child.stdin.end();
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out, err });
    });
  });
}

/** The hash the Command line page shows, read from its HTML as a browser receives it. */
async function pageHash(): Promise<{ sha256: string; html: string }> {
  const page = await fetch(`${base}/cli`);
  expect(page.status).toBe(200);
  const html = await page.text();
  const match = /data-testid="cli-sha256"[^>]*>([0-9a-f]{64})<\/code>/.exec(html);
  expect(match, 'the page shows a SHA-256').not.toBeNull();
  return { sha256: match![1]!, html };
}

const unescapeHtml = (text: string) =>
  text.replaceAll('&amp;', '&').replaceAll('&#x27;', "'").replaceAll('&quot;', '"');

beforeAll(() => {
  // The served bundle is the one built from the current source (as in the other CLI tests).
  buildCli();
  dir = realpathSync(mkdtempSync(join(tmpdir(), 'handoff-recipient-')));
  expect(relative(repo, dir).startsWith('..'), `${dir} lies outside the repository`).toBe(true);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the CLI served by the instance', () => {
  it('is an attachment no browser runs, cached by the ETag of its hash', async () => {
    const res = await fetch(`${base}/cli/handoff.mjs`);
    expect(res.status).toBe(200);
    const bytes = Buffer.from(await res.arrayBuffer());
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    expect(res.headers.get('content-type')).toBe('application/octet-stream');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="handoff.mjs"');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox; frame-ancestors 'none'");
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('etag')).toBe(`"${sha256}"`);
    expect(res.headers.get('x-powered-by')).toBeNull();
    const again = await fetch(`${base}/cli/handoff.mjs`, { headers: { 'If-None-Match': `"${sha256}"` } });
    expect(again.status).toBe(304);
    expect((await fetch(`${base}/cli/handoff.mjs`, { method: 'POST' })).status).toBe(405);
    // The build wrote the same hash, in `sha256sum` format, for operators to publish.
    expect(readFileSync(join(repo, 'dist-cli/handoff.mjs.sha256'), 'utf8')).toBe(`${sha256}  handoff.mjs\n`);
  });

  it('matches the hash on the Command line page, and opens a link outside the repository', async () => {
    const { sha256, html } = await pageHash();
    const res = await fetch(`${base}/cli/handoff.mjs`);
    const bytes = Buffer.from(await res.arrayBuffer());
    writeFileSync(join(dir, 'handoff.mjs'), bytes);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(sha256);
    // The page's own check command accepts the download.
    const check = await run('sh', ['-c', `echo '${sha256}  handoff.mjs' | sha256sum -c`], dir);
    expect(check.out).toBe('handoff.mjs: OK\n');
    expect(unescapeHtml(html)).toContain(`echo '${sha256}  handoff.mjs' | sha256sum -c`);

    const plaintext = 'DATABASE_URL=postgres://app:downloaded@db/app';
    const { fragment } = await shareText(base, plaintext);
    const opened = await run(process.execPath, ['handoff.mjs', 'open', `${base}/s#${fragment}`], dir);
    expect(opened.err).toBe('');
    expect(opened.code).toBe(0);
    expect(opened.out).toBe(plaintext);
  });

  it('works exactly as the page tells a recipient to run it: curl, then node', async () => {
    const { html } = await pageHash();
    const command = /curl -fsSLO (\S+)\/cli\/handoff\.mjs &amp;&amp; node handoff\.mjs open LINK/.exec(html);
    expect(command, 'the page shows the curl command with this origin').not.toBeNull();
    expect(command![1]).toBe(base);
    const fresh = mkdtempSync(join(dir, 'curl-'));
    const plaintext = 'fetched with curl';
    const { fragment } = await shareText(base, plaintext);
    const line = unescapeHtml(command![0]).replace('LINK', `'${base}/s#${fragment}'`);
    const opened = await run('sh', ['-c', line], fresh);
    expect(opened.err).toBe('');
    expect(opened.code).toBe(0);
    expect(opened.out).toBe(plaintext);
  });
});
