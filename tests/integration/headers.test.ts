import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { PAGE_BOOTSTRAP_HASH, PAGE_BOOTSTRAP_SCRIPT } from '@/lib/security/bootstrap';
import { API_CSP, COMMON_HEADERS } from '@/lib/security/headers';
import { newId, newProof } from '../support/secrets';
import { shareText } from '../support/client';

/*
 * The security headers of every kind of response of the built app: pages
 * (with their per-request CSP nonce), API routes, static assets and 404s.
 */

const base = inject('redisAppUrl');

const PAGES = ['/', '/s', '/m', '/history', '/cli', '/signin', '/_not-found', '/no-such-page', '/favicon.ico'] as const;

type Csp = Map<string, string[]>;

function parseCsp(header: string | null): Csp {
  expect(header, 'Content-Security-Policy header').toBeTruthy();
  const csp: Csp = new Map();
  for (const part of header!.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) csp.set(name.toLowerCase(), sources);
  }
  return csp;
}

function nonceOf(csp: Csp): string {
  const source = csp.get('script-src')?.find((s) => s.startsWith("'nonce-"));
  expect(source, 'script-src has a nonce').toBeDefined();
  return source!.slice("'nonce-".length, -1);
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const unescapeHtml = (text: string) =>
  text
    .replaceAll('&quot;', '"')
    .replaceAll('&#x27;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

function expectCommonHeaders(res: Response, what: string) {
  for (const [name, value] of Object.entries(COMMON_HEADERS)) {
    expect(res.headers.get(name), `${name} on ${what}`).toBe(value);
  }
  expect(res.headers.get('x-powered-by'), `X-Powered-By on ${what}`).toBeNull();
}

function cacheDirectives(res: Response): string[] {
  return (res.headers.get('cache-control') ?? '').split(',').map((d) => d.trim().toLowerCase());
}

function expectPageCsp(csp: Csp) {
  expect(csp.get('default-src')).toEqual(["'self'"]);
  const scripts = csp.get('script-src')!;
  expect(scripts).toContain("'strict-dynamic'");
  expect(scripts).toContain(PAGE_BOOTSTRAP_HASH);
  expect(scripts).not.toContain("'unsafe-inline'");
  expect(scripts).not.toContain("'unsafe-eval'");
  expect(Buffer.from(nonceOf(csp), 'base64').length).toBeGreaterThanOrEqual(16);
  for (const directive of ['style-src', 'style-src-elem', 'style-src-attr']) {
    expect(csp.get(directive), directive).not.toContain("'unsafe-inline'");
  }
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect(csp.get('base-uri')).toEqual(["'none'"]);
  expect(csp.get('form-action')).toEqual(["'none'"]);
  expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  expect(csp.get('connect-src')).toEqual(["'self'"]);
  expect(csp.get('img-src')).toEqual(["'self'"]);
  expect(csp.get('require-trusted-types-for')).toEqual(["'script'"]);
  expect(csp.get('trusted-types')).toEqual(['default']);
}

describe('security headers', () => {
  it.each(PAGES)('page %s: strict CSP with a nonce, the common headers, never stored', async (path) => {
    const res = await fetch(`${base}${path}`);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expectCommonHeaders(res, path);
    expectPageCsp(parseCsp(res.headers.get('content-security-policy')));
    // Next answers its own 404s with `private, no-cache, no-store, max-age=0, must-revalidate`.
    expect(cacheDirectives(res)).toContain('no-store');
    if (res.status === 200) expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('answers client-side navigation (RSC) requests with the same headers', async () => {
    const res = await fetch(`${base}/s`, { headers: { RSC: '1' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/x-component/);
    expectCommonHeaders(res, 'RSC /s');
    expectPageCsp(parseCsp(res.headers.get('content-security-policy')));
    expect(cacheDirectives(res)).toContain('no-store');
  });

  it('gives every page response a fresh nonce', async () => {
    const nonces = new Set<string>();
    for (let i = 0; i < 5; i++) {
      const res = await fetch(`${base}/s`);
      nonces.add(nonceOf(parseCsp(res.headers.get('content-security-policy'))));
    }
    expect(nonces.size).toBe(5);
  });

  it('adds upgrade-insecure-requests only to requests that came over https', async () => {
    const plain = parseCsp((await fetch(`${base}/`)).headers.get('content-security-policy'));
    expect(plain.has('upgrade-insecure-requests')).toBe(false);
    const proxied = await fetch(`${base}/`, { headers: { 'X-Forwarded-Proto': 'https' } });
    expect(parseCsp(proxied.headers.get('content-security-policy')).has('upgrade-insecure-requests')).toBe(true);
  });

  describe('API responses', () => {
    let shared: Awaited<ReturnType<typeof shareText>>;
    beforeAll(async () => {
      shared = await shareText(base, 'headers');
    });

    const calls: [string, () => Promise<Response>][] = [
      ['GET /api/health', () => fetch(`${base}/api/health`)],
      ['GET /api/openapi.json', () => fetch(`${base}/api/openapi.json`)],
      [
        'POST /api/secrets (invalid)',
        () =>
          fetch(`${base}/api/secrets`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }),
      ],
      [
        'GET /api/secrets/:id (found)',
        () => fetch(`${base}/api/secrets/${shared.id}`, { headers: { Authorization: `Bearer ${shared.linkProof}` } }),
      ],
      ['GET /api/secrets/:id (no proof)', () => fetch(`${base}/api/secrets/${newId()}`)],
      [
        'GET /api/secrets/:id/status',
        () => fetch(`${base}/api/secrets/${newId()}/status`, { headers: { Authorization: `Bearer ${newProof()}` } }),
      ],
      [
        'DELETE /api/secrets/:id',
        () =>
          fetch(`${base}/api/secrets/${newId()}`, {
            method: 'DELETE',
            headers: { Authorization: `Bearer ${newProof()}` },
          }),
      ],
      [
        'POST /api/secrets/:id/reveal (missing)',
        () =>
          fetch(`${base}/api/secrets/${newId()}/reveal`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ linkProof: newProof() }),
          }),
      ],
      ['PUT /api/secrets (method not allowed)', () => fetch(`${base}/api/secrets`, { method: 'PUT' })],
      ['GET /api/no-such-route', () => fetch(`${base}/api/no-such-route`)],
    ];

    it.each(calls)('%s: the API CSP, the common headers, never stored', async (name, call) => {
      const res = await call();
      expect(res.status, name).toBeLessThan(500);
      expectCommonHeaders(res, name);
      expect(res.headers.get('content-security-policy')).toBe(API_CSP);
      expect(cacheDirectives(res)).toContain('no-store');
    });

    it('POST /api/secrets (created) and the reveal that releases it carry the same headers', async () => {
      const created = await shareText(base, 'headers on the happy path');
      const res = await fetch(`${base}/api/secrets/${created.id}/reveal`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ linkProof: created.linkProof }),
      });
      expect(res.status).toBe(200);
      expectCommonHeaders(res, 'reveal');
      expect(res.headers.get('content-security-policy')).toBe(API_CSP);
      expect(res.headers.get('cache-control')).toBe('no-store');
    });
  });

  describe('static assets', () => {
    let assets: string[] = [];
    beforeAll(async () => {
      const html = await (await fetch(`${base}/`)).text();
      assets = [...new Set(html.match(/\/_next\/static\/[^"?]+\.(?:js|css)/g) ?? [])];
    });

    it('keep immutable caching (hashed names, no secret inside) and carry the common headers', async () => {
      expect(assets.some((a) => a.endsWith('.js'))).toBe(true);
      expect(assets.some((a) => a.endsWith('.css'))).toBe(true);
      for (const asset of assets) {
        const res = await fetch(`${base}${asset}`);
        expect(res.status, asset).toBe(200);
        expectCommonHeaders(res, asset);
        expect(res.headers.get('cache-control'), asset).toBe('public, max-age=31536000, immutable');
      }
    });

    it('a missing asset is a plain-text 404 with the common headers, never stored', async () => {
      const res = await fetch(`${base}/_next/static/chunks/no-such-chunk.js`);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
      expectCommonHeaders(res, 'missing asset');
      expect(cacheDirectives(res)).toContain('no-store');
    });
  });
});

describe('page HTML under its CSP', () => {
  async function page(path: string) {
    const res = await fetch(`${base}${path}`);
    const csp = parseCsp(res.headers.get('content-security-policy'));
    return { html: await res.text(), csp, nonce: nonceOf(csp) };
  }

  it.each(PAGES)('%s: the nonce appears only in nonce attributes and in Next’s own flight data', async (path) => {
    const { html, nonce } = await page(path);
    const attribute = `nonce="${nonce}"`;
    // Next passes the nonce as a prop of its <script>/<link> elements in the RSC payload it inlines.
    const flightProp = `\\"nonce\\":\\"${nonce}\\"`;
    const flightScripts = [...html.matchAll(/<script[^>]*>(self\.__next_f\.push[\s\S]*?)<\/script>/g)].map((m) => ({
      start: m.index + m[0].indexOf(m[1]!),
      end: m.index + m[0].indexOf(m[1]!) + m[1]!.length,
    }));
    let count = 0;
    for (let at = html.indexOf(nonce); at !== -1; at = html.indexOf(nonce, at + 1)) {
      count++;
      const inAttribute = html.startsWith(attribute, at - 'nonce="'.length);
      const inFlight =
        html.startsWith(flightProp, at - '\\"nonce\\":\\"'.length) &&
        flightScripts.some((s) => s.start <= at && at < s.end);
      expect(inAttribute || inFlight, `nonce at ${at}: …${html.slice(at - 40, at + 40)}…`).toBe(true);
    }
    expect(count).toBeGreaterThan(0);
  });

  it.each(PAGES)('%s: every script carries the nonce or is the bootstrap allowed by its hash', async (path) => {
    const { html, nonce } = await page(path);
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    let bootstraps = 0;
    for (const [, attributes, body] of scripts) {
      if (attributes!.includes(`nonce="${nonce}"`)) continue;
      expect(body, `script without nonce: ${attributes}`).toBe(PAGE_BOOTSTRAP_SCRIPT);
      expect(sha256(body!)).toBe(PAGE_BOOTSTRAP_HASH);
      bootstraps++;
    }
    expect(bootstraps).toBe(1);
    expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i); // no inline event handler in any tag
  });

  it.each(PAGES)('%s: every inline style is nonced or allowed by its exact hash', async (path) => {
    const { html, csp, nonce } = await page(path);
    for (const [, value] of html.matchAll(/\sstyle="([^"]*)"/g)) {
      expect(csp.get('style-src-attr'), `style="${value}"`).toContain(sha256(unescapeHtml(value!)));
    }
    for (const [, attributes, body] of html.matchAll(/<style([^>]*)>([\s\S]*?)<\/style>/g)) {
      if (attributes!.includes(`nonce="${nonce}"`)) continue;
      expect(csp.get('style-src-elem'), `<style>${body!.slice(0, 60)}`).toContain(sha256(body!));
    }
  });

  it('allows no inline style attribute at all, now that the 404 page is the app’s own', async () => {
    for (const path of PAGES) {
      const { csp } = await page(path);
      expect(csp.get('style-src-attr'), path).toEqual(["'none'"]);
      expect(csp.get('style-src-elem'), path).not.toContain("'unsafe-hashes'");
    }
  });

  it('the pages of the app itself use no inline style at all', async () => {
    for (const path of ['/', '/s', '/m', '/history', '/signin', '/no-such-page', '/_not-found']) {
      const { html } = await page(path);
      expect(html, path).not.toMatch(/\sstyle="/);
      expect(html.replace(/<style[^>]*nonce="[^"]*"[^>]*>/g, ''), path).not.toMatch(/<style[\s>]/);
    }
  });

  it('link previews of /s and /m name nothing but Handoff', async () => {
    for (const path of ['/s', '/m']) {
      const { html } = await page(path);
      expect(html).toMatch(/<meta property="og:title" content="Handoff"\/>/);
      expect(html).not.toMatch(/og:image|og:url/);
    }
  });
});
