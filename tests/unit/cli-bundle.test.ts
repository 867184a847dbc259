import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_BUNDLE_CSP, cliBundle, matchesEtag, serveCliBundle } from '@/lib/api/cli-bundle';
import { COMMON_HEADERS } from '@/lib/security/headers';

/*
 * The CLI download as server.mjs serves it (lib/api/cli-bundle.ts), on a real
 * node:http server over loopback, from a project folder of the test's own.
 */

let root: string;
let server: Server;
let base: string;

const hex = (bytes: string | Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Installs `text` as the bundle the way cli/build.mjs does: a new file renamed into place. */
function build(text: string): void {
  mkdirSync(join(root, 'dist-cli'), { recursive: true });
  const temporary = join(root, 'dist-cli', `handoff.mjs.${Math.random()}.tmp`);
  writeFileSync(temporary, text);
  renameSync(temporary, join(root, 'dist-cli', 'handoff.mjs'));
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'handoff-cli-bundle-'));
  server = createServer((req, res) => {
    void serveCliBundle(req, res, root).then((answered) => {
      if (!answered) res.writeHead(418).end('not mine');
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.close();
  rmSync(root, { recursive: true, force: true });
});

describe('the CLI download', () => {
  it('answers 404 while no bundle is built, and leaves every other path alone', async () => {
    const missing = await fetch(`${base}/cli/handoff.mjs`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await missing.text()).toContain('not available');
    expect(await cliBundle(root)).toBeNull();
    for (const path of ['/cli', '/cli/handoff.mjs/', '/cli/handoff.js', '/x/cli/handoff.mjs']) {
      expect((await fetch(`${base}${path}`)).status, path).toBe(418);
    }
  });

  it('serves the bytes as an attachment no browser runs, with the hash of those bytes as ETag and digest', async () => {
    build('console.log("v1");\n');
    const res = await fetch(`${base}/cli/handoff.mjs?anything`);
    expect(res.status).toBe(200);
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.toString()).toBe('console.log("v1");\n');
    expect(res.headers.get('content-type')).toBe('application/octet-stream');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="handoff.mjs"');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toBe(CLI_BUNDLE_CSP);
    expect(CLI_BUNDLE_CSP.split('; ')).toEqual(expect.arrayContaining(["default-src 'none'", 'sandbox']));
    for (const [name, value] of Object.entries(COMMON_HEADERS)) expect(res.headers.get(name), name).toBe(value);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('etag')).toBe(`"${hex(body)}"`);
    expect(res.headers.get('repr-digest')).toBe(`sha-256=:${createHash('sha256').update(body).digest('base64')}:`);
    expect(res.headers.get('content-length')).toBe(String(body.length));
    expect((await cliBundle(root))?.sha256).toBe(hex(body));
  });

  it('answers a matching If-None-Match with 304, HEAD without a body, and other methods with 405', async () => {
    build('console.log("v1");\n');
    const etag = `"${hex('console.log("v1");\n')}"`;
    const revalidated = await fetch(`${base}/cli/handoff.mjs`, { headers: { 'If-None-Match': `"other", W/${etag}` } });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get('etag')).toBe(etag);
    expect((await fetch(`${base}/cli/handoff.mjs`, { headers: { 'If-None-Match': '"other"' } })).status).toBe(200);
    const head = await fetch(`${base}/cli/handoff.mjs`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String('console.log("v1");\n'.length));
    expect(await head.text()).toBe('');
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
      const refused = await fetch(`${base}/cli/handoff.mjs`, { method });
      expect(refused.status, method).toBe(405);
      expect(refused.headers.get('allow')).toBe('GET, HEAD');
    }
  });

  it('serves a rebuilt bundle, with its new hash, as soon as it is in place', async () => {
    build('console.log("v1");\n');
    const first = await fetch(`${base}/cli/handoff.mjs`);
    await first.arrayBuffer();
    build('console.log("version two");\n');
    const second = await fetch(`${base}/cli/handoff.mjs`, { headers: { 'If-None-Match': first.headers.get('etag')! } });
    expect(second.status).toBe(200);
    expect(await second.text()).toBe('console.log("version two");\n');
    expect(second.headers.get('etag')).toBe(`"${hex('console.log("version two");\n')}"`);
  });
});

describe('matchesEtag', () => {
  it('compares entity tags weakly and honours *, and never matches without the header', () => {
    expect(matchesEtag('"abc"', '"abc"')).toBe(true);
    expect(matchesEtag('W/"abc"', '"abc"')).toBe(true);
    expect(matchesEtag(' "x" , "abc" ', '"abc"')).toBe(true);
    expect(matchesEtag('*', '"abc"')).toBe(true);
    expect(matchesEtag('"abcd"', '"abc"')).toBe(false);
    expect(matchesEtag('abc', '"abc"')).toBe(false);
    expect(matchesEtag(undefined, '"abc"')).toBe(false);
    expect(matchesEtag('', '"abc"')).toBe(false);
  });
});
