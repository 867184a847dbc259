import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GENERATED_PASSWORD_BITS, generatePassword, passwordStrength } from '@/lib/client/passwords';

describe('generated passwords', () => {
  it('are four groups of four readable characters', () => {
    for (let i = 0; i < 200; i++) expect(generatePassword()).toMatch(/^[a-hjkmnp-z2-9]{4}(-[a-hjkmnp-z2-9]{4}){3}$/);
  });

  it('carry at least 75 bits and do not repeat', () => {
    expect(GENERATED_PASSWORD_BITS).toBeGreaterThanOrEqual(75);
    const seen = new Set(Array.from({ length: 1000 }, () => generatePassword()));
    expect(seen.size).toBe(1000);
  });

  it('use every character of the alphabet about equally (rejection sampling, no modulo bias)', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 2000; i++) {
      for (const c of generatePassword().replaceAll('-', '')) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    expect(counts.size).toBe(31);
    const expected = (2000 * 16) / 31;
    for (const n of counts.values()) expect(Math.abs(n - expected) / expected).toBeLessThan(0.2);
  });

  it('depend only on the random source they are given', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), (bytes) => {
        const source = (b: Uint8Array) => b.set(bytes.map((x) => x % 248));
        return generatePassword(source) === generatePassword(source);
      }),
    );
  });
});

describe('password strength hint', () => {
  it('calls common and short passwords weak and long mixed ones strong', () => {
    expect(passwordStrength('password')).toBe('weak');
    expect(passwordStrength('aaaaaaaaaaaaaaaaaaaa')).toBe('weak');
    expect(passwordStrength('hunter2')).toBe('weak');
    expect(passwordStrength('Summer2024')).toBe('fair');
    expect(passwordStrength(generatePassword())).toBe('strong');
  });
});
