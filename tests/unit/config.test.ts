import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '@/lib/config';

describe('config', () => {
  it('defaults to the embedded store with safe limits', () => {
    const config = parseConfig({});
    expect(config.store.kind).toBe('memory');
    expect(config.passwordAttempts).toBe(5);
    expect(config.maxBodyBytes).toBeGreaterThan(1_398_000);
  });

  it('selects Redis when REDIS_URL is set, including TLS', () => {
    expect(parseConfig({ REDIS_URL: 'redis://127.0.0.1:6379' }).store).toEqual({
      kind: 'redis',
      url: 'redis://127.0.0.1:6379',
      keyPrefix: 'handoff:',
    });
    expect(parseConfig({ REDIS_URL: 'rediss://user:pw@redis.example:6380/1' }).store.kind).toBe('redis');
    expect(parseConfig({ REDIS_URL: '' }).store.kind).toBe('memory');
  });

  it('lists every bad variable in one error', () => {
    let error: unknown;
    try {
      parseConfig({ REDIS_URL: 'http://x', HANDOFF_PASSWORD_ATTEMPTS: '0', REDIS_KEY_PREFIX: 'a{b}' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toContain('REDIS_URL');
    expect(problems).toContain('HANDOFF_PASSWORD_ATTEMPTS');
    expect(problems).toContain('REDIS_KEY_PREFIX');
    expect((error as ConfigError).message.split('\n').length).toBeGreaterThanOrEqual(4);
  });
});
