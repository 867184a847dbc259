import { describe, expect, it } from 'vitest';
import { formatBytes } from '@/components/ui/format';

describe('formatBytes', () => {
  it('writes sizes in human units, never raw digits', () => {
    expect(formatBytes(1_100_000, 'en')).toBe('1.05 MB');
    expect(formatBytes(25 * 1024 * 1024, 'en')).toBe('25 MB');
    expect(formatBytes(1536, 'en')).toBe('1.5 kB');
    expect(formatBytes(512, 'en')).toBe('512 bytes');
    expect(formatBytes(1, 'en')).toBe('1 byte');
  });

  it('steps up a unit before a value reaches four digits', () => {
    expect(formatBytes(1_048_574, 'en')).toBe('1 MB');
    expect(formatBytes(1000, 'en')).toBe('0.98 kB');
    expect(formatBytes(64 * 1024 ** 3, 'en')).toBe('64 GB');
  });

  it('follows the locale', () => {
    expect(formatBytes(1_100_000, 'de')).toBe('1,05 MB');
    expect(formatBytes(512, 'de')).toBe('512 Byte');
  });
});
