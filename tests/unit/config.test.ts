import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '@/lib/config';

describe('config', () => {
  it('defaults to the embedded store with safe limits', () => {
    const config = parseConfig({});
    expect(config.store.kind).toBe('memory');
    expect(config.passwordAttempts).toBe(5);
    expect(config.maxBodyBytes).toBeGreaterThan(1_398_000);
  });

  it('caps the file limit where part indices still fit the API (64 GiB)', () => {
    expect(parseConfig({}).files.maxFileBytes).toBe(25 * 1024 * 1024);
    expect(parseConfig({ HANDOFF_MAX_FILE_BYTES: String(2 ** 36) }).files.maxFileBytes).toBe(2 ** 36);
    expect(() => parseConfig({ HANDOFF_MAX_FILE_BYTES: String(2 ** 36 + 1) })).toThrow(ConfigError);
  });

  it('selects Redis when REDIS_URL is set, including TLS', () => {
    expect(parseConfig({ REDIS_URL: 'redis://127.0.0.1:6379' }).store).toEqual({
      kind: 'redis',
      target: { mode: 'single', url: 'redis://127.0.0.1:6379' },
      keyPrefix: 'handoff:',
      allowEviction: false,
      recheckSeconds: 30,
      maxInFlight: 512,
      replicaAck: null,
    });
    expect(parseConfig({ REDIS_URL: 'rediss://user:pw@redis.example:6380/1' }).store.kind).toBe('redis');
    expect(parseConfig({ REDIS_URL: '' }).store.kind).toBe('memory');
  });

  it('selects Redis Cluster or Sentinel from their variables', () => {
    const cluster = parseConfig({ REDIS_CLUSTER_NODES: '10.0.0.1:7000, 10.0.0.2:7001', REDIS_PASSWORD: 'pw' }).store;
    expect(cluster).toMatchObject({
      kind: 'redis',
      target: {
        mode: 'cluster',
        nodes: [
          { host: '10.0.0.1', port: 7000 },
          { host: '10.0.0.2', port: 7001 },
        ],
        password: 'pw',
      },
    });
    const sentinel = parseConfig({ REDIS_SENTINELS: 's1:26379,[::1]:26380', REDIS_SENTINEL_MASTER: 'handoff' }).store;
    expect(sentinel).toMatchObject({
      target: {
        mode: 'sentinel',
        masterName: 'handoff',
        sentinels: [
          { host: 's1', port: 26379 },
          { host: '::1', port: 26380 },
        ],
      },
    });
  });

  it('refuses two Redis deployments at once, a Sentinel without a master name, and bad host:port lists', () => {
    const problems = (env: Record<string, string>) => {
      try {
        parseConfig(env);
        return '';
      } catch (e) {
        return (e as ConfigError).problems.join('\n');
      }
    };
    expect(problems({ REDIS_URL: 'redis://a:1', REDIS_CLUSTER_NODES: 'b:2' })).toContain('set only one of');
    expect(problems({ REDIS_SENTINELS: 'a:1' })).toContain('REDIS_SENTINEL_MASTER');
    expect(problems({ REDIS_CLUSTER_NODES: 'a:1,b' })).toContain('"b" is not host:port');
    expect(problems({ REDIS_CLUSTER_NODES: 'a:99999' })).toContain('not host:port');
  });

  it('reads the policy re-check interval, the in-flight bound and replica acknowledgement (issue 18)', () => {
    const store = parseConfig({
      REDIS_URL: 'redis://r:6379',
      HANDOFF_REDIS_CHECK_SECONDS: '5',
      HANDOFF_STORE_MAX_IN_FLIGHT: '64',
      HANDOFF_REDIS_MIN_REPLICAS_ACK: '1',
      HANDOFF_REDIS_ACK_TIMEOUT_MS: '250',
    }).store;
    expect(store).toMatchObject({ recheckSeconds: 5, maxInFlight: 64, replicaAck: { replicas: 1, timeoutMs: 250 } });
    const problems = (env: Record<string, string>) => {
      try {
        parseConfig(env);
        return '';
      } catch (e) {
        return (e as ConfigError).problems.join('\n');
      }
    };
    expect(problems({ REDIS_CLUSTER_NODES: 'a:1', HANDOFF_REDIS_MIN_REPLICAS_ACK: '1' })).toContain(
      'HANDOFF_REDIS_MIN_REPLICAS_ACK: is not supported on Redis Cluster',
    );
    expect(problems({ HANDOFF_STORE_MAX_IN_FLIGHT: '0', HANDOFF_REDIS_ACK_TIMEOUT_MS: '60000' })).toMatch(
      /HANDOFF_STORE_MAX_IN_FLIGHT[\s\S]*HANDOFF_REDIS_ACK_TIMEOUT_MS/,
    );
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

  it('F-06: reads trusted proxies as a hop count or as CIDRs, with the header they write', () => {
    expect(parseConfig({}).trustedProxies).toEqual({ kind: 'none' });
    expect(parseConfig({ HANDOFF_TRUSTED_PROXIES: '2' }).trustedProxies).toEqual({
      kind: 'hops',
      count: 2,
      header: 'x-forwarded-for',
    });
    const cidrs = parseConfig({ HANDOFF_TRUSTED_PROXIES: '10.0.0.0/8, ::1', HANDOFF_PROXY_HEADER: 'Forwarded' });
    expect(cidrs.trustedProxies).toMatchObject({ kind: 'cidrs', header: 'forwarded' });
    expect(cidrs.trustedProxies.kind === 'cidrs' && cidrs.trustedProxies.cidrs).toHaveLength(2);
  });

  it('F-06: names every bad proxy address, and a bad proxy header, in one error', () => {
    let error: unknown;
    try {
      parseConfig({ HANDOFF_TRUSTED_PROXIES: '10.0.0.0/8,10.0.0.0/33,proxy.local', HANDOFF_PROXY_HEADER: 'X-Real-IP' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/HANDOFF_TRUSTED_PROXIES: .*"10\.0\.0\.0\/33", "proxy\.local"/);
    expect(problems).toContain('HANDOFF_PROXY_HEADER');
    expect(() => parseConfig({ HANDOFF_TRUSTED_PROXIES: '11' })).toThrow(/at most 10/);
  });

  it('R3: checks PORT and HOSTNAME with everything else; unset or empty means 3000 on 0.0.0.0', () => {
    expect(parseConfig({}).server).toMatchObject({ port: 3000, hostname: '0.0.0.0' });
    expect(parseConfig({ PORT: '', HOSTNAME: '' }).server).toMatchObject({ port: 3000, hostname: '0.0.0.0' });
    for (const hostname of ['127.0.0.1', '::', '::1', 'localhost', 'a1b2c3d4e5f6', 'app-0.handoff.svc']) {
      expect(parseConfig({ PORT: '8080', HOSTNAME: hostname }).server).toMatchObject({ port: 8080, hostname });
    }
    const problems = (env: Record<string, string>) => {
      try {
        parseConfig(env);
        return '';
      } catch (e) {
        return (e as ConfigError).problems.join('\n');
      }
    };
    for (const port of ['abc', '0', '65536', '80.5', '-1', ' 80', '0x50']) {
      expect(problems({ PORT: port }), port).toMatch(/^PORT: must be a TCP port/);
    }
    for (const hostname of ['not a host!', 'http://x', '-lead', 'a..b']) {
      expect(problems({ HOSTNAME: hostname }), hostname).toMatch(/^HOSTNAME: must be an address to listen on/);
    }
    expect(problems({ PORT: 'abc', HOSTNAME: 'x y', HANDOFF_PASSWORD_ATTEMPTS: '0' }).split('\n')).toHaveLength(3);
  });

  it('F-05: bounds the bodies received at once and the time a JSON body may take, with sane defaults', () => {
    expect(parseConfig({}).server.bodies).toEqual({ maxInFlight: 128, maxPerClient: 8, jsonTimeoutMs: 15_000 });
    const set = parseConfig({
      HANDOFF_MAX_BODIES_IN_FLIGHT: '500',
      HANDOFF_MAX_BODIES_PER_CLIENT: '2',
      HANDOFF_JSON_TIMEOUT_SECONDS: '30',
    });
    expect(set.server.bodies).toEqual({ maxInFlight: 500, maxPerClient: 2, jsonTimeoutMs: 30_000 });
    expect(() => parseConfig({ HANDOFF_MAX_BODIES_PER_CLIENT: '0' })).toThrow(/HANDOFF_MAX_BODIES_PER_CLIENT/);
    expect(() => parseConfig({ HANDOFF_JSON_TIMEOUT_SECONDS: '0' })).toThrow(/HANDOFF_JSON_TIMEOUT_SECONDS/);
  });
});
