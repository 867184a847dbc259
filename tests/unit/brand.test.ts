import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contrastRatio, parseHexColour } from '@/lib/brand/contrast';
import { sniffLogo, svgRefusal } from '@/lib/brand/logo';
import { parseBrand } from '@/lib/config/brand';
import { responseHeaders, routeKind } from '@/lib/security/headers';

/*
 * Branding (lib/config/brand.ts): a low-contrast accent stops the start with
 * one message naming the colour and the contrast it reached; a logo is what
 * its bytes say (PNG, WebP, a safe SVG) and nothing else; nothing is ever
 * loaded from another origin.
 */

const dir = mkdtempSync(join(tmpdir(), 'handoff-brand-'));
function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const WEBP = new TextEncoder().encode('RIFF\x10\x00\x00\x00WEBPVP8 ');
const SAFE_SVG =
  '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">' +
  '<defs><linearGradient id="g"/></defs><rect width="10" height="10" fill="url(#g)"/></svg>';

describe('the accent colour', () => {
  it('computes WCAG contrast: black on white is 21:1, #767676 on white just passes 4.5:1', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrastRatio(parseHexColour('#767676')!, [255, 255, 255])).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(parseHexColour('#777')!, [255, 255, 255])).toBeLessThan(4.5);
  });

  it('is symmetric and between 1 and 21 (property)', () => {
    const rgb = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255));
    fc.assert(
      fc.property(rgb, rgb, (a, b) => {
        const ratio = contrastRatio(a, b);
        expect(ratio).toBeCloseTo(contrastRatio(b, a), 10);
        expect(ratio).toBeGreaterThanOrEqual(1);
        expect(ratio).toBeLessThanOrEqual(21.0000001);
      }),
    );
  });

  it('refuses a low-contrast accent with one message naming the colour and the contrast reached', () => {
    const { brand, problems } = parseBrand({ HANDOFF_BRAND_ACCENT: '#7dd3fc' });
    expect(brand.accent).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^HANDOFF_BRAND_ACCENT: #7dd3fc gives white button text a contrast of 1\.\d\d:1, below/,
    );
  });

  it('accepts a dark accent, normalised to #rrggbb', () => {
    expect(parseBrand({ HANDOFF_BRAND_ACCENT: '#1D4ED8' })).toMatchObject({
      brand: { accent: '#1d4ed8' },
      problems: [],
    });
  });
});

describe('the logo', () => {
  it('is known by its bytes, never its name', () => {
    expect(sniffLogo(PNG)).toBe('image/png');
    expect(sniffLogo(WEBP)).toBe('image/webp');
    expect(sniffLogo(new TextEncoder().encode(SAFE_SVG))).toBe('image/svg+xml');
    expect(sniffLogo(new TextEncoder().encode('<html><script>alert(1)</script></html>'))).toBeNull();
    expect(sniffLogo(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBeNull(); // JPEG: not offered
  });

  it.each([
    ['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', /<script>/],
    ['<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', /event handler/],
    ['<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><p>x</p></foreignObject></svg>', /foreignObject/],
    ['<svg xmlns="http://www.w3.org/2000/svg"><image href="https://evil.example/x.png"/></svg>', /outside itself/],
    ['<svg xmlns="http://www.w3.org/2000/svg"><rect fill="url(https://evil.example/#g)"/></svg>', /outside itself/],
    [
      '<svg xmlns="http://www.w3.org/2000/svg"><a xlink:href="javascript:alert(1)">x</a></svg>',
      /outside itself|javascript/,
    ],
    ['<svg xmlns="http://www.w3.org/2000/svg"><style>@import "https://evil.example/x.css";</style></svg>', /imports/],
  ])('refuses a malicious SVG: %s', (svg, reason) => {
    expect(svgRefusal(new TextEncoder().encode(svg))).toMatch(reason);
    const { brand, problems } = parseBrand({ HANDOFF_BRAND_LOGO: file('evil.svg', svg) });
    expect(brand.logo).toBeNull();
    expect(problems[0]).toMatch(/^HANDOFF_BRAND_LOGO: this SVG is refused because/);
  });

  it('accepts a self-contained SVG, a PNG and a WebP, and refuses a file that is none of them', () => {
    expect(svgRefusal(new TextEncoder().encode(SAFE_SVG))).toBeNull();
    expect(parseBrand({ HANDOFF_BRAND_LOGO: file('ok.svg', SAFE_SVG) }).brand.logo).toBe('image/svg+xml');
    expect(parseBrand({ HANDOFF_BRAND_LOGO: file('logo.svg', PNG) }).brand.logo).toBe('image/png');
    expect(parseBrand({ HANDOFF_BRAND_LOGO: file('logo.webp', WEBP) }).brand.logo).toBe('image/webp');
    expect(parseBrand({ HANDOFF_BRAND_LOGO: file('page.png', '<html></html>') }).problems[0]).toMatch(
      /must be a PNG, WebP or SVG image/,
    );
    expect(parseBrand({ HANDOFF_BRAND_LOGO: join(dir, 'missing.png') }).problems[0]).toMatch(
      /cannot read the file \(ENOENT\)/,
    );
  });

  it('is served as a sandboxed document with no sources, never sniffed', () => {
    expect(routeKind('/brand/logo')).toBe('brand');
    expect(responseHeaders('brand')).toMatchObject({
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'X-Content-Type-Options': 'nosniff',
    });
  });
});

describe('the name, links and intro', () => {
  it('takes https links, paths on this site and an email address for support; refuses other schemes and markup', () => {
    const { brand, problems } = parseBrand({
      HANDOFF_BRAND_NAME: 'Acme Payroll',
      HANDOFF_BRAND_IMPRINT_URL: 'https://acme.example/imprint',
      HANDOFF_BRAND_PRIVACY_URL: '/privacy',
      HANDOFF_BRAND_SUPPORT: 'it@acme.example',
      HANDOFF_BRAND_INTRO_DE: 'Nur für Mitarbeitende der Acme.',
    });
    expect(problems).toEqual([]);
    expect(brand).toMatchObject({
      name: 'Acme Payroll',
      links: { imprint: 'https://acme.example/imprint', privacy: '/privacy', support: 'mailto:it@acme.example' },
      intro: { de: 'Nur für Mitarbeitende der Acme.' },
    });
    const bad = parseBrand({
      HANDOFF_BRAND_NAME: '<b>Acme</b>',
      HANDOFF_BRAND_IMPRINT_URL: 'javascript:alert(1)',
      HANDOFF_BRAND_PRIVACY_URL: '//evil.example/x',
      HANDOFF_BRAND_SUPPORT: 'http://acme.example',
    });
    expect(bad.problems.map((p) => p.split(':')[0])).toEqual([
      'HANDOFF_BRAND_NAME',
      'HANDOFF_BRAND_IMPRINT_URL',
      'HANDOFF_BRAND_PRIVACY_URL',
      'HANDOFF_BRAND_SUPPORT',
    ]);
  });
});
