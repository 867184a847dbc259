import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detect, DETECTION_KINDS, KINDS, MAX_SCAN_CHARS, type Finding } from '@/lib/detect';

/* detect() takes anything a person can paste: it never throws and always returns well-formed findings. */

function expectWellFormed(findings: Finding[]) {
  const kinds = findings.map((f) => f.kind);
  expect(new Set(kinds).size).toBe(kinds.length);
  for (const f of findings) {
    expect(DETECTION_KINDS).toContain(f.kind);
    expect(f.severity).toBe(KINDS[f.kind].severity);
    expect(f.advice).toBe(KINDS[f.kind].advice);
    expect(Number.isInteger(f.count) && f.count >= 1).toBe(true);
  }
}

// Fragments of every format, so random concatenations reach deep into each recogniser.
const FRAGMENTS = [
  'sk_',
  'live_',
  'test_',
  'rk_',
  'pk_',
  'whsec_',
  'AKIA',
  'ASIA',
  'gh',
  'p_',
  'github_',
  'pat_',
  'gl',
  'pat-',
  'xox',
  'b-',
  'hooks.slack.com/services/',
  'T',
  'B',
  'AC',
  'SK',
  'SG.',
  'sk-',
  'proj-',
  'ant-',
  'api03-',
  '-----BEGIN ',
  '-----END ',
  'PRIVATE KEY-----',
  'RSA ',
  'OPENSSH ',
  'PuTTY-User-Key-File-2: ',
  'Proc-Type: 4,ENCRYPTED',
  '"type": "service_account"',
  '"private_key": "',
  '"client_email": ',
  'eyJ',
  'eyJhbGciOiJIUzI1NiJ9',
  '.',
  'postgres://',
  'mongodb+srv://',
  'redis://',
  ':',
  '@',
  '/',
  '=',
  '"',
  "'",
  '\\',
  '\n',
  '\r\n',
  ' ',
  '#',
  'export ',
  'KEY',
  '_',
  '-',
  'a',
  'Z',
  '0',
  '7',
  'f',
  'aB3xY9',
  '0123456789abcdef',
  'ABCDEFGHIJKLMNOP',
  '${X}',
  '\u0000',
  '\uD800',
  '💥',
];

describe('detect() on arbitrary input', () => {
  it('never throws on any string, including lone surrogates and control characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (text) => {
        expectWellFormed(detect(text));
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on random mixtures of format fragments', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 200 }), (parts) => {
        expectWellFormed(detect(parts.join('')));
      }),
      { numRuns: 1000 },
    );
  });

  it('copes with 1 MB adversarial pastes', () => {
    const fill = (unit: string) => unit.repeat(Math.ceil(1_000_000 / unit.length));
    for (const unit of [
      'sk_' + 'live_',
      'a',
      '-----BEGIN ',
      'eyJ',
      'postgres://u:',
      'AKIA' + 'A'.repeat(16) + ' ',
      'K="\n',
    ]) {
      expectWellFormed(detect(fill(unit)));
    }
  });

  it('reads only the first MAX_SCAN_CHARS characters of a larger text', () => {
    const key = 'sk_' + 'live_' + 'k'.repeat(30);
    expect(detect(`${key} ${'.'.repeat(MAX_SCAN_CHARS)}`)).toHaveLength(1);
    expect(detect(`${'.'.repeat(MAX_SCAN_CHARS)} ${key}`)).toHaveLength(0);
  });
});

describe('lib/detect boundaries', () => {
  const dir = join(process.cwd(), 'lib', 'detect');
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));

  it.each(files)('%s is isomorphic: no directive, no server-only, only relative imports', (file) => {
    const source = readFileSync(join(dir, file), 'utf8');
    expect(source).not.toMatch(/^\s*['"]use (client|server)['"]/m);
    expect(source).not.toContain('server-only');
    const specifiers = [...source.matchAll(/from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]);
    for (const specifier of specifiers) expect(specifier).toMatch(/^\.\//);
    expect(source).not.toMatch(/\b(fetch|XMLHttpRequest|localStorage|sendBeacon|WebSocket)\b/);
  });
});
