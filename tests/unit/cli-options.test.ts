import { describe, expect, it } from 'vitest';
import { CliError, EXIT } from '@/cli/errors';
import {
  DEFAULT_EXPIRY,
  EXPIRY_CHOICES,
  expiryText,
  followsPasswordFlag,
  isLoopback,
  parseCommandArgs,
  parseExpiry,
  parseViews,
  resolveServer,
} from '@/cli/options';
import { passwordSource, stripOneNewline } from '@/cli/password';
import { DEFAULT_TTL_SECONDS, TTL_CHOICES_SECONDS, VIEW_CHOICES } from '@/lib/policy';
import { createSecretRequestSchema } from '@/lib/schemas/secrets';

function usageFailure(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(EXIT.usage);
    return (error as CliError).message;
  }
  throw new Error('expected a usage error');
}

describe('CLI --expires', () => {
  it('offers exactly the lifetimes the API accepts, in order', () => {
    expect(Object.values(EXPIRY_CHOICES)).toEqual([...TTL_CHOICES_SECONDS]);
    for (const [text, seconds] of Object.entries(EXPIRY_CHOICES)) {
      expect(parseExpiry(text)).toBe(seconds);
      expect(createSecretRequestSchema.shape.ttlSeconds.safeParse(seconds).success, text).toBe(true);
    }
    expect(DEFAULT_EXPIRY).toBe(expiryText(DEFAULT_TTL_SECONDS));
  });

  it('spells a lifetime in the largest unit that divides it', () => {
    expect(expiryText(300)).toBe('5m');
    expect(expiryText(3600)).toBe('1h');
    expect(expiryText(86400)).toBe('1d');
    expect(expiryText(604800)).toBe('7d');
    expect(expiryText(30 * 86400)).toBe('30d');
    expect(expiryText(90 * 60)).toBe('90m');
    expect(expiryText(45)).toBe('45s');
  });

  it('rejects anything else, naming the choices', () => {
    const choices = Object.keys(EXPIRY_CHOICES).join(', ');
    for (const bad of ['2h', '1D', '', '300', ' 1h', 'toString', '__proto__']) {
      expect(usageFailure(() => parseExpiry(bad))).toContain(choices);
    }
  });
});

describe('CLI --views', () => {
  it('accepts exactly the counts the server accepts', () => {
    const counts: readonly number[] = VIEW_CHOICES;
    for (let n = 0; n <= 999; n++) {
      if (counts.includes(n)) expect(parseViews(String(n))).toBe(n);
      else
        expect(
          usageFailure(() => parseViews(String(n))),
          String(n),
        ).toContain(`must be one of ${counts.join(', ')}`);
    }
    for (const bad of ['-1', '1.5', 'one', '', '1e1', '0x2', '0010', '1000']) {
      expect(usageFailure(() => parseViews(bad))).toContain(`must be one of ${counts.join(', ')}`);
    }
  });
});

describe('CLI --server', () => {
  it('prefers the flag, falls back to HANDOFF_SERVER and keeps only the origin', () => {
    expect(resolveServer('https://a.example/x?y#z', { HANDOFF_SERVER: 'https://b.example' })).toBe('https://a.example');
    expect(resolveServer(undefined, { HANDOFF_SERVER: 'http://127.0.0.1:3000/' })).toBe('http://127.0.0.1:3000');
  });

  it('is a usage error when missing, not a URL, or not http(s)', () => {
    expect(usageFailure(() => resolveServer(undefined, {}))).toContain('HANDOFF_SERVER');
    expect(usageFailure(() => resolveServer(undefined, { HANDOFF_SERVER: '' }))).toContain('HANDOFF_SERVER');
    expect(usageFailure(() => resolveServer('handoff.example', {}))).toContain('not a URL');
    expect(usageFailure(() => resolveServer('ftp://handoff.example', {}))).toContain('http(s)');
  });

  it('knows loopback hosts, where plain http draws no warning', () => {
    expect(isLoopback('http://127.0.0.1:3000')).toBe(true);
    expect(isLoopback('http://localhost')).toBe(true);
    expect(isLoopback('http://[::1]:8080')).toBe(true);
    expect(isLoopback('http://10.0.0.1')).toBe(false);
    expect(isLoopback('https://handoff.example')).toBe(false);
  });
});

describe('CLI argument parsing', () => {
  const config = {
    allowPositionals: true,
    options: { password: { type: 'boolean' }, views: { type: 'string' } },
  } as const;

  it('turns parse errors into usage errors that never echo a value', () => {
    expect(usageFailure(() => parseCommandArgs({ ...config, args: ['--password=hunter2'] }))).not.toContain('hunter2');
    expect(usageFailure(() => parseCommandArgs({ ...config, args: ['--bogus'] }))).toContain(
      "Unknown option '--bogus'",
    );
    expect(usageFailure(() => parseCommandArgs({ ...config, args: ['--views'] }))).toContain('argument missing');
  });

  it('spots a positional typed right after --password', () => {
    const { tokens } = parseCommandArgs({ ...config, args: ['--password', 'hunter2'] });
    expect(followsPasswordFlag(tokens, 1)).toBe(true);
    const other = parseCommandArgs({ ...config, args: ['file.txt', '--password'] }).tokens;
    expect(followsPasswordFlag(other, 0)).toBe(false);
  });
});

describe('CLI password sources', () => {
  it('takes one of --password, --password-fd and --password-env', () => {
    expect(passwordSource({})).toBeNull();
    expect(passwordSource({ password: true })).toEqual({ kind: 'prompt' });
    expect(passwordSource({ 'password-fd': '3' })).toEqual({ kind: 'fd', fd: 3 });
    expect(passwordSource({ 'password-fd': '0' })).toEqual({ kind: 'fd', fd: 0 });
    expect(passwordSource({ 'password-env': 'PW' })).toEqual({ kind: 'env', name: 'PW' });
    expect(usageFailure(() => passwordSource({ password: true, 'password-env': 'PW' }))).toContain('only one');
    for (const fd of ['1', '2', '-1', 'x', '3.5', '']) {
      expect(usageFailure(() => passwordSource({ 'password-fd': fd }))).toContain('--password-fd');
    }
    expect(usageFailure(() => passwordSource({ 'password-env': 'A-B' }))).toContain('variable name');
  });

  it('drops exactly one trailing newline from a password read from a descriptor', () => {
    expect(stripOneNewline('pw\n')).toBe('pw');
    expect(stripOneNewline('pw\r\n')).toBe('pw');
    expect(stripOneNewline('pw\n\n')).toBe('pw\n');
    expect(stripOneNewline(' pw ')).toBe(' pw ');
  });
});
