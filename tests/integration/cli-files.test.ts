import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { peekSecretOnServer, revealSecretOnServer } from '@/lib/client/api';
import { downloadFiles } from '@/lib/client/files';
import {
  linkCredentials,
  newLeaseToken,
  openFileStream,
  openSecret,
  parseLinkFragment,
  unlockSecret,
} from '@/lib/crypto';
import { buildCli, runCli } from '../support/cli-run';
import { startApp, type Started } from '../support/processes';

/*
 * `handoff send --attach` and `handoff open --out-dir`, as child processes,
 * against the production build on real Redis and on the embedded store.
 * Every refusal that can come before the reveal must leave the view unused.
 */

const stores = { redis: inject('redisAppUrl'), memory: inject('memoryAppUrl') };
let dir: string;
let big: string;
let small: string;

beforeAll(() => {
  buildCli();
  dir = mkdtempSync(join(tmpdir(), 'handoff-cli-files-'));
  big = join(dir, 'random.bin');
  small = join(dir, 'notes.txt');
  writeFileSync(big, randomBytes(2 * 1024 * 1024 + 12345)); // three parts
  writeFileSync(small, 'a small file\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const mode = (path: string) => statSync(path).mode & 0o777;

function freshDir(name: string): string {
  const path = join(dir, `${name}-${randomBytes(4).toString('hex')}`);
  mkdirSync(path);
  return path;
}

async function sendFiles(base: string, text: string | null, extra: string[] = []) {
  const args = ['send', '--server', base, '--json', '--attach', big, '--attach', small, ...extra];
  const run = await runCli(text === null ? args : [...args, '-'], { input: text ?? '' });
  expect(run.code, run.err).toBe(0);
  return JSON.parse(run.out) as { link: string; manageLink?: string; files: { name: string; size: number }[] };
}

for (const [store, base] of Object.entries(stores)) {
  describe(`handoff files (${store} store)`, () => {
    it('sends two files and a text; open --out-dir writes byte-identical 0600 files and prints the text', async () => {
      const sent = await sendFiles(base, 'the text part\n');
      expect(sent.files).toEqual([
        { name: 'random.bin', size: statSync(big).size },
        { name: 'notes.txt', size: 13 },
      ]);
      expect(sent.manageLink).toBeUndefined(); // the manage token authorised the upload, but is printed only with --manage
      const out = freshDir('out');
      const opened = await runCli(['open', sent.link, '--out-dir', out]);
      expect(opened.code, opened.err).toBe(0);
      expect(opened.out).toBe('the text part\n');
      expect(readdirSync(out).sort()).toEqual(['notes.txt', 'random.bin']);
      expect(readFileSync(join(out, 'random.bin')).equals(readFileSync(big))).toBe(true);
      expect(readFileSync(join(out, 'notes.txt')).equals(readFileSync(small))).toBe(true);
      expect(mode(join(out, 'random.bin'))).toBe(0o600);
      expect(mode(join(out, 'notes.txt'))).toBe(0o600);
      expect(opened.err).toContain(`handoff: wrote ${join(out, 'random.bin')} (2.0 MiB, mode 0600)`);
      expect(opened.err).toContain(`handoff: wrote ${join(out, 'notes.txt')} (13 B, mode 0600)`);
      expect((await runCli(['open', sent.link, '--out-dir', freshDir('again')])).code).toBe(3);
    });

    it('refuses to open a secret with files without --out-dir, before using the view', async () => {
      const sent = await sendFiles(base, null);
      const refused = await runCli(['open', sent.link]);
      expect(refused.code).toBe(1);
      expect(refused.err).toMatch(/this secret has files \(about 2\.\d MiB\): add --out-dir DIR to save them/);
      expect(refused.err).toContain('nothing was used up');
      expect(refused.out).toBe('');

      const out = freshDir('second');
      const opened = await runCli(['open', sent.link, '--out-dir', out, '--json']);
      expect(opened.code, opened.err).toBe(0);
      const result = JSON.parse(opened.out) as { text: string; viewsLeft: number; files: unknown[] };
      expect(result).toEqual({
        text: '',
        viewsLeft: 0,
        files: [
          { name: 'random.bin', size: statSync(big).size, path: join(out, 'random.bin') },
          { name: 'notes.txt', size: 13, path: join(out, 'notes.txt') },
        ],
      });
      expect(readFileSync(join(out, 'random.bin')).equals(readFileSync(big))).toBe(true);
    });

    it('refuses a folder that holds a file without --force, before revealing; --force --replace NAME replaces it', async () => {
      const sent = await sendFiles(base, 'with text');
      const out = freshDir('busy');
      writeFileSync(join(out, 'notes.txt'), 'keep me', { mode: 0o644 });
      const refused = await runCli(['open', sent.link, '--out-dir', out]);
      expect(refused.code).toBe(1);
      expect(refused.err).toContain('is not empty');
      expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('keep me');
      const { id, linkProof } = linkCredentials(keyOf(sent.link));
      expect((await peekSecretOnServer(base, id, linkProof)).kind).toBe('found'); // the view is still there

      const forced = await runCli(['open', sent.link, '--out-dir', out, '--force', '--replace', 'notes.txt']);
      expect(forced.code, forced.err).toBe(0);
      expect(forced.out).toBe('with text');
      expect(readFileSync(join(out, 'notes.txt')).equals(readFileSync(small))).toBe(true);
      expect(mode(join(out, 'notes.txt'))).toBe(0o600);
    });
  });
}

function keyOf(link: string): Uint8Array {
  const parsed = parseLinkFragment(new URL(link).hash);
  if (!parsed.ok) throw new Error('bad link');
  return parsed.key;
}

describe('handoff and the browser code read each other’s files', () => {
  it('makes a secret with files that lib/client downloads and lib/crypto opens', async () => {
    const base = stores.redis;
    const sent = await sendFiles(base, 'from a terminal ✓');
    const key = keyOf(sent.link);
    const { id, linkProof } = linkCredentials(key);
    const lease = newLeaseToken();
    const outcome = await revealSecretOnServer(base, id, linkProof, null, lease.verifier);
    if (outcome.kind !== 'released') throw new Error(`reveal: ${outcome.kind}`);
    const unlocked = await unlockSecret(key, null);
    const content = openSecret(unlocked, id, outcome.envelope);
    if (content.kind !== 'bundle') throw new Error('expected a bundle');
    expect(content.text).toBe('from a terminal ✓');
    expect(content.files.map((f) => f.name)).toEqual(['random.bin', 'notes.txt']);
    const stream = await openFileStream(unlocked, content);
    expect(outcome.files?.streamBytes).toBe(stream.streamBytes);
    const got = await downloadFiles(base, id, lease.token, stream, content.files);
    if (got.kind !== 'downloaded') throw new Error(`download: ${got.code}`);
    expect(Buffer.concat(got.pieces[0]!).equals(readFileSync(big))).toBe(true);
    expect(Buffer.concat(got.pieces[1]!).equals(readFileSync(small))).toBe(true);
  });
});

describe('handoff send --attach: what a failed upload leaves behind', () => {
  let limited: Started;
  beforeAll(async () => {
    limited = await startApp({ HANDOFF_MAX_FILE_BYTES: String(1024 * 1024) });
  });
  afterAll(() => limited.stop());

  it("explains the server's limit on the files' total, before uploading anything", async () => {
    const run = await runCli(['send', '--server', limited.url, '--attach', big]);
    expect(run.code).toBe(2);
    expect(run.out).toBe('');
    expect(run.err).toContain('refused the files: they total 2.0 MiB, more than it accepts');
  });

  it('revokes the pending secret on Ctrl-C during the upload and exits 130', async () => {
    const target = stores.redis;
    // A proxy that passes everything on but holds the upload of part 1, so Ctrl-C comes mid-upload.
    let held: (info: { id: string; token: string }) => void = () => undefined;
    const holding = new Promise<{ id: string; token: string }>((resolve) => (held = resolve));
    const deletes: number[] = [];
    const proxy: Server = createServer((req, res) => {
      void (async () => {
        const body = await readBody(req);
        const part = /^\/api\/secrets\/([^/]+)\/parts\/1$/.exec(req.url ?? '');
        if (req.method === 'PUT' && part) {
          held({ id: part[1]!, token: (req.headers.authorization ?? '').replace('Bearer ', '') });
          return; // never answered
        }
        const headers: Record<string, string> = {};
        for (const name of ['authorization', 'content-type']) {
          const value = req.headers[name];
          if (typeof value === 'string') headers[name] = value;
        }
        const answer = await fetch(new URL(req.url ?? '/', target), {
          method: req.method,
          headers,
          body: body.length ? new Uint8Array(body) : undefined,
        });
        if (req.method === 'DELETE') deletes.push(answer.status);
        res.writeHead(answer.status, { 'Content-Type': answer.headers.get('content-type') ?? 'text/plain' });
        res.end(Buffer.from(await answer.arrayBuffer()));
      })();
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const { port } = proxy.address() as { port: number };
    try {
      const child = spawn(
        process.execPath,
        ['bin/handoff.mjs', 'send', '--server', `http://127.0.0.1:${port}`, '--attach', big],
        {
          env: { PATH: process.env.PATH ?? '' } as Record<string, string> as NodeJS.ProcessEnv,
          stdio: ['ignore', 'pipe', 'pipe'],
          detached: true,
        },
      );
      let out = '';
      let err = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
      const { id, token } = await holding;
      child.kill('SIGINT');
      expect(await exited).toBe(130);
      expect(out).toBe('');
      expect(err).toContain('interrupted: the upload was stopped and deleted; nothing was shared');
      expect(deletes).toEqual([204]);
      const receipt = await fetch(`${target}/api/secrets/${id}/status`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      const state = receipt.status === 200 ? ((await receipt.json()) as { state: string }).state : receipt.status;
      expect(['revoked', 404]).toContain(state);
    } finally {
      proxy.closeAllConnections();
      proxy.close();
    }
  });
});

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
