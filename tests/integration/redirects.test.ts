import { describe, expect, inject, it } from 'vitest';
import { API_CSP, COMMON_HEADERS } from '@/lib/security/headers';
import { newId } from '../support/secrets';

/*
 * Security review F-14, against the built server: the answers Next gives
 * before proxy.ts would run (trailing-slash redirects) carry the security
 * headers, and the unused image optimizer fetches nothing.
 */

const base = inject('memoryAppUrl');
const get = (path: string) => fetch(`${base}${path}`, { redirect: 'manual' });

describe('F-14: redirects and the image optimizer', () => {
  it('F-14: answers trailing-slash paths with a same-origin 308 that carries every security header', async () => {
    const cases = [
      ['/s/', '/s'],
      ['/history/?tab=1', '/history?tab=1'],
    ] as const;
    for (const [path, location] of cases) {
      const res = await get(path);
      expect(res.status, path).toBe(308);
      expect(res.headers.get('location'), path).toBe(location);
      for (const [name, value] of Object.entries(COMMON_HEADERS))
        expect(res.headers.get(name), `${name} on ${path}`).toBe(value);
      expect(res.headers.get('cache-control'), path).toBe('no-store');
      expect(res.headers.get('content-security-policy'), path).toBe(API_CSP);
    }
  });

  it('F-14: an API path with a trailing slash is answered by the API itself (404 with the API headers), never redirected', async () => {
    const res = await get('/api/health/');
    expect(res.status).toBe(404);
    expect(res.headers.get('location')).toBeNull();
    expect(res.headers.get('content-security-policy')).toBe(API_CSP);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toMatchObject({ error: 'not_found' });
  });

  it("F-14 (documented): repeated slashes get Next's own 308, before proxy.ts, without the headers", async () => {
    // Next collapses `//` in a path before any proxy runs (docs/threat-model.md, residual risks).
    const res = await get('/m//');
    expect(res.status).toBe(308);
    expect(res.headers.get('location')).toBe('/m/');
    expect(res.headers.get('content-security-policy')).toBeNull();
  });

  it('F-14: never redirects off the origin, whatever the path', async () => {
    for (const path of ['//evil.example/', '/\\evil.example/', '/%2F%2Fevil.example/']) {
      const res = await get(path);
      const location = res.headers.get('location') ?? '';
      expect(location, path).toMatch(/^\/(?![/\\])/);
      expect(new URL(location, base).origin, path).toBe(base);
    }
  });

  it('F-14: turns the image optimizer off: /_next/image answers 404 and fetches nothing', async () => {
    for (const url of [`/api/secrets/${newId()}`, '/api/health', '/icon.svg', 'https://example.com/a.png']) {
      const res = await get(`/_next/image?url=${encodeURIComponent(url)}&w=64&q=75`);
      expect(res.status, url).toBe(404);
      expect(await res.text(), url).not.toMatch(/internal response|"url" parameter/);
    }
  });
});
