import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trailingSlashHeaders, trailingSlashTarget } from '@/lib/security/trailing-slash';
import { API_CSP, COMMON_HEADERS } from '@/lib/security/headers';

describe('trailing-slash redirect (F-14)', () => {
  it('drops trailing slashes and keeps the query', () => {
    expect(trailingSlashTarget('/s/', '')).toBe('/s');
    expect(trailingSlashTarget('/api/health//', '?a=1')).toBe('/api/health?a=1');
    expect(trailingSlashTarget('/', '')).toBeNull();
    expect(trailingSlashTarget('/s', '')).toBeNull();
  });

  it('always targets a path on this origin, never a scheme-relative URL', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('/', '\\', '\t', '\n', 'e', '.', ':') }), (tail) => {
        const target = trailingSlashTarget(`/${tail}/`, '');
        if (target === null) return;
        expect(target).toMatch(/^\/(?![/\\])/);
        expect(new URL(target, 'https://h.example').origin).toBe('https://h.example');
      }),
    );
  });

  it('carries the common security headers, no-store and a CSP that allows nothing', () => {
    const headers = trailingSlashHeaders('/s');
    expect(headers).toMatchObject({
      ...COMMON_HEADERS,
      'Cache-Control': 'no-store',
      'Content-Security-Policy': API_CSP,
    });
    expect(headers.Location).toBe('/s');
  });
});
