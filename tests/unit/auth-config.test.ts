import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '@/lib/config';
import { open, seal } from '@/lib/auth/seal';
import { bearerToken, hashToken, newToken } from '@/lib/auth/tokens';

const OIDC = {
  HANDOFF_AUTH: 'oidc',
  HANDOFF_PUBLIC_URL: 'https://handoff.example.com',
  HANDOFF_OIDC_ISSUER: 'https://login.example.com/realms/staff',
  HANDOFF_OIDC_CLIENT_ID: 'handoff',
  HANDOFF_OIDC_CLIENT_SECRET: 's3cret',
  HANDOFF_SESSION_SECRET: 'x'.repeat(32),
};

function problems(env: Record<string, string>): string[] {
  try {
    parseConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe('HANDOFF_AUTH configuration', () => {
  it('is off by default: anyone may create, as before', () => {
    expect(parseConfig({}).auth).toEqual({ mode: 'none' });
  });

  it('lists every missing oidc variable in one message', () => {
    const listed = problems({ HANDOFF_AUTH: 'oidc' }).join('\n');
    for (const name of [
      'HANDOFF_PUBLIC_URL',
      'HANDOFF_OIDC_ISSUER',
      'HANDOFF_OIDC_CLIENT_ID',
      'HANDOFF_OIDC_CLIENT_SECRET',
      'HANDOFF_SESSION_SECRET',
    ]) {
      expect(listed).toContain(name);
    }
  });

  it('lists auth problems together with every other bad variable', () => {
    const listed = problems({ HANDOFF_AUTH: 'proxy', PORT: 'x' }).join('\n');
    expect(listed).toContain('PORT');
    expect(listed).toContain('HANDOFF_AUTH_HEADER');
    expect(listed).toContain('HANDOFF_AUTH_PROXY_CIDRS');
  });

  it('accepts a complete oidc configuration, with a Secure cookie behind https', () => {
    const { auth } = parseConfig({ ...OIDC, HANDOFF_OIDC_ALLOWED_DOMAINS: 'Example.com, @corp.example' });
    expect(auth).toMatchObject({
      mode: 'oidc',
      origin: 'https://handoff.example.com',
      allowedDomains: ['example.com', 'corp.example'],
      secureCookie: true,
      sessionSeconds: 12 * 3600,
      groups: null,
    });
  });

  it('never accepts a plain-http issuer off loopback, and offers no variable to allow one', () => {
    expect(problems({ ...OIDC, HANDOFF_OIDC_ISSUER: 'http://login.example.com' }).join()).toContain(
      'HANDOFF_OIDC_ISSUER: must be an https URL',
    );
    expect(problems({ ...OIDC, HANDOFF_SESSION_SECRET: 'short' }).join()).toContain('HANDOFF_SESSION_SECRET');
  });

  it('refuses an identity header that already means something else, and bad proxy addresses', () => {
    const env = {
      HANDOFF_AUTH: 'proxy',
      HANDOFF_PUBLIC_URL: 'https://h.example',
      HANDOFF_AUTH_HEADER: 'Authorization',
      HANDOFF_AUTH_PROXY_CIDRS: '10.0.0.0/8,not-an-address',
    };
    const listed = problems(env).join('\n');
    expect(listed).toContain('authorization already means something else');
    expect(listed).toContain('"not-an-address"');
  });

  it('takes groups with their claim', () => {
    const { auth } = parseConfig({ ...OIDC, HANDOFF_OIDC_ALLOWED_GROUPS: 'staff,ops' });
    expect(auth).toMatchObject({ groups: { claim: 'groups', allowed: ['staff', 'ops'] } });
  });
});

describe('sealed cookie values', () => {
  const secret = 'k'.repeat(40);
  const soon = new Date(Date.now() + 60_000);

  it('open what they sealed, for the same purpose and key only', () => {
    const sealed = seal(secret, 'session', { sid: 'abc' }, soon);
    expect(open(secret, 'session', sealed)).toMatchObject({ sid: 'abc' });
    expect(open(secret, 'login', sealed)).toBeNull();
    expect(open('j'.repeat(40), 'session', sealed)).toBeNull();
  });

  it('refuse every single-byte change', () => {
    const sealed = seal(secret, 'session', { sid: 'abc' }, soon);
    const bytes = Buffer.from(sealed, 'base64url');
    for (let i = 0; i < bytes.length; i++) {
      const copy = Buffer.from(bytes);
      copy[i]! ^= 1;
      expect(open(secret, 'session', copy.toString('base64url')), `byte ${i}`).toBeNull();
    }
  });

  it('refuse an expired value', () => {
    const sealed = seal(secret, 'session', { sid: 'abc' }, soon);
    expect(open(secret, 'session', sealed, soon.getTime() + 1)).toBeNull();
  });
});

describe('personal tokens', () => {
  it('carry the hnd_pat_ prefix, are read only from a Bearer header, and are stored as SHA-256', () => {
    const { token, hash } = newToken();
    expect(token).toMatch(/^hnd_pat_[A-Za-z0-9_-]{43}$/);
    expect(hash).toBe(hashToken(token));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(bearerToken(`Bearer ${token}`)).toBe(token);
    expect(bearerToken(token)).toBeNull();
    expect(bearerToken('Bearer abc')).toBeNull();
  });
});
