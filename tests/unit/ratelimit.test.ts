import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gcra } from '@/lib/ratelimit/gcra';
import { parseCidr } from '@/lib/net/cidr';
import {
  MemoryRateLimiter,
  PEER_HEADER,
  clientAddress,
  normalizeAddress,
  type ProxyHeader,
  type ProxyTrust,
} from '@/lib/ratelimit';
import { everyAction } from '../support/limits';

describe('GCRA token bucket', () => {
  it('never allows more than a burst of `count` plus the steady refill, whatever the arrival times', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 120 }),
        fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 1, maxLength: 200 }),
        (count, windowSeconds, gaps) => {
          const limit = { count, windowSeconds };
          let now = 0;
          let tat: number | undefined;
          const allowed: number[] = [];
          for (const gap of gaps) {
            now += gap;
            const step = gcra(limit, now, tat);
            if (step.decision.allowed) {
              allowed.push(now);
              tat = step.tat;
            }
          }
          // Token bucket guarantee: between any two allowed requests d ms apart, at most
          // count + floor(d / interval) requests were allowed (both ends included).
          const interval = (windowSeconds * 1000) / count;
          for (let i = 0; i < allowed.length; i++) {
            for (let j = i; j < allowed.length; j++) {
              if (j - i + 1 > count + Math.floor((allowed[j]! - allowed[i]!) / interval)) return false;
            }
          }
          return allowed.length > 0;
        },
      ),
    );
  });

  it('allows a full burst, refuses the next with a Retry-After, and refills over time', async () => {
    let now = 1_000_000;
    const limiter = new MemoryRateLimiter(
      everyAction({ count: 1, windowSeconds: 1 }, { create: { count: 3, windowSeconds: 60 } }),
      () => now,
    );
    for (let i = 0; i < 3; i++) expect((await limiter.hit('create', 'a')).allowed).toBe(true);
    const refused = await limiter.hit('create', 'a');
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 20 });
    expect((await limiter.hit('create', 'b')).allowed).toBe(true);
    now += 20_000;
    expect((await limiter.hit('create', 'a')).allowed).toBe(true);
    expect((await limiter.hit('create', 'a')).allowed).toBe(false);
    await limiter.close();
  });
});

describe('weighted requests (MiB of files)', () => {
  it('take `cost` units of the bucket, and a cost above the bucket takes all of it', () => {
    const limit = { count: 200, windowSeconds: 600 }; // 3 s per MiB
    let tat: number | undefined;
    const now = 0;
    for (const cost of [25, 25, 100, 50]) {
      const step = gcra(limit, now, tat, cost);
      expect(step.decision.allowed).toBe(true);
      tat = step.tat;
    }
    // 200 MiB taken at once: the next MiB waits one interval, 25 MiB wait 25 of them.
    expect(gcra(limit, now, tat, 1).decision).toEqual({ allowed: false, retryAfterSeconds: 3 });
    expect(gcra(limit, now, tat, 25).decision).toEqual({ allowed: false, retryAfterSeconds: 75 });
    expect(gcra(limit, 75_000, tat, 25).decision.allowed).toBe(true);
    // A request costing more than the whole bucket is clamped to the bucket: possible, once, when it is full.
    expect(gcra(limit, 0, undefined, 5000).decision.allowed).toBe(true);
    expect(gcra(limit, 0, gcra(limit, 0, undefined, 5000).tat, 1).decision.allowed).toBe(false);
  });

  it('count a request by its cost in the memory limiter', async () => {
    let now = 0;
    const limits = { count: 10, windowSeconds: 10 };
    const memory = new MemoryRateLimiter(everyAction(limits), () => now);
    expect((await memory.hit('fileMiB', 'a', 6)).allowed).toBe(true);
    expect((await memory.hit('fileMiB', 'a', 5)).allowed).toBe(false);
    expect((await memory.hit('fileMiB', 'a', 4)).allowed).toBe(true);
    now += 3000;
    expect((await memory.hit('fileMiB', 'a', 3)).allowed).toBe(true);
    await memory.close();
  });
});

describe('client address', () => {
  const headers = (peer: string, xff?: string, forwarded?: string) => {
    const h = new Headers({ [PEER_HEADER]: peer });
    if (xff) h.set('x-forwarded-for', xff);
    if (forwarded) h.set('forwarded', forwarded);
    return h;
  };
  const none: ProxyTrust = { kind: 'none' };
  const hops = (count: number, header: ProxyHeader = 'x-forwarded-for'): ProxyTrust => ({
    kind: 'hops',
    count,
    header,
  });
  const cidrs = (list: string, header: ProxyHeader = 'x-forwarded-for'): ProxyTrust => ({
    kind: 'cidrs',
    cidrs: list.split(',').map((c) => parseCidr(c)!),
    header,
  });

  it('uses the socket peer and ignores X-Forwarded-For unless proxies are trusted', () => {
    expect(clientAddress(headers('203.0.113.7', '198.51.100.1'), none)).toBe('203.0.113.7');
    expect(clientAddress(headers('10.0.0.2', 'spoofed, 198.51.100.1'), hops(1))).toBe('198.51.100.1');
    expect(clientAddress(headers('10.0.0.2', 'spoofed, 198.51.100.1, 10.0.0.9'), hops(2))).toBe('198.51.100.1');
    expect(clientAddress(headers('10.0.0.2'), hops(1))).toBe('10.0.0.2');
  });

  it('F-06: strips ports and reads mapped IPv4 behind trusted proxies, so clients never share one bucket', () => {
    const via = (entry: string) => clientAddress(headers('10.0.0.2', entry), hops(1));
    expect(via('203.0.113.7:51234')).toBe('203.0.113.7');
    expect(via('[2001:db8:1:2::9]:443')).toBe('2001:db8:1:2::/64');
    expect(via('[2001:db8:1:2::9]')).toBe('2001:db8:1:2::/64');
    expect(via('::ffff:7f00:1')).toBe('127.0.0.1');
    expect(via('::ffff:c633:6409')).toBe('198.51.100.9');
    // Distinct clients behind the proxy stay distinct.
    expect(new Set(['203.0.113.7:1', '198.51.100.9:5555', '[2001:db8::9]:443'].map(via)).size).toBe(3);
  });

  it('F-06: falls back to the socket peer, never to a shared bucket, when the entry does not parse', () => {
    for (const entry of ['unknown', '_hidden', 'not an address', '203.0.113.7:port', '[zz]:1']) {
      expect(clientAddress(headers('10.0.0.2', entry), hops(1)), entry).toBe('10.0.0.2');
    }
    expect(clientAddress(headers('10.0.0.2', '198.51.100.1'), hops(3))).toBe('10.0.0.2');
  });

  it('F-06: reads only the header the operator named: RFC 7239 Forwarded or X-Forwarded-For', () => {
    const forwarded = 'for=192.0.2.60;proto=http;by=203.0.113.43, For="[2001:db8:cafe::17]:4711"';
    expect(clientAddress(headers('10.0.0.2', '198.51.100.1', forwarded), hops(1, 'forwarded'))).toBe(
      '2001:db8:cafe:0::/64',
    );
    expect(clientAddress(headers('10.0.0.2', '198.51.100.1', forwarded), hops(2, 'forwarded'))).toBe('192.0.2.60');
    expect(clientAddress(headers('10.0.0.2', undefined, 'for="198.51.100.9:80"'), hops(1, 'forwarded'))).toBe(
      '198.51.100.9',
    );
    expect(clientAddress(headers('10.0.0.2', undefined, 'for=unknown'), hops(1, 'forwarded'))).toBe('10.0.0.2');
    // A client's own X-Forwarded-For is not read when the proxies write Forwarded, and the reverse.
    expect(clientAddress(headers('10.0.0.2', '198.51.100.1'), hops(1, 'forwarded'))).toBe('10.0.0.2');
    expect(clientAddress(headers('10.0.0.2', undefined, 'for=198.51.100.1'), hops(1))).toBe('10.0.0.2');
  });

  it('F-06: with proxy CIDRs, honours the header only from those proxies and skips them in it', () => {
    const trust = cidrs('10.0.0.0/8,::1');
    expect(clientAddress(headers('10.0.0.2', '198.51.100.1'), trust)).toBe('198.51.100.1');
    expect(clientAddress(headers('::1', '198.51.100.1'), trust)).toBe('198.51.100.1');
    expect(clientAddress(headers('::ffff:10.0.0.2', '198.51.100.1'), trust)).toBe('198.51.100.1');
    // A client connecting directly cannot pick its bucket.
    expect(clientAddress(headers('203.0.113.7', '198.51.100.1'), trust)).toBe('203.0.113.7');
    // Chained proxies: the rightmost entry that is not a trusted proxy; spoofed entries to its left are ignored.
    expect(clientAddress(headers('10.0.0.2', 'spoofed, 198.51.100.1, 10.0.0.9:8080'), trust)).toBe('198.51.100.1');
    expect(clientAddress(headers('10.0.0.2', '10.0.0.7, 10.0.0.9'), trust)).toBe('10.0.0.7');
    expect(clientAddress(headers('10.0.0.2', 'garbage, 10.0.0.9'), trust)).toBe('10.0.0.2');
    expect(clientAddress(headers('10.0.0.2'), trust)).toBe('10.0.0.2');
    const forwarded = cidrs('10.0.0.0/8', 'forwarded');
    expect(clientAddress(headers('10.0.0.2', '198.51.100.1', 'for=192.0.2.60'), forwarded)).toBe('192.0.2.60');
  });

  it('counts IPv6 per /64 and IPv4-mapped IPv6 as IPv4', () => {
    expect(normalizeAddress('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(normalizeAddress('2001:db8:1:2:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(normalizeAddress('2001:DB8:0001:0002::9')).toBe('2001:db8:1:2::/64');
    expect(normalizeAddress('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(normalizeAddress('::1')).toBe('0:0:0:0::/64');
    expect(normalizeAddress('::ffff:192.0.2.1')).toBe('192.0.2.1');
    expect(normalizeAddress('[2001:db8:1:2::1]')).toBe('2001:db8:1:2::/64');
    expect(normalizeAddress('not an address')).toBe('unknown');
    expect(normalizeAddress('')).toBe('unknown');
  });

  it('maps every address in one /64 to the same bucket', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0xffff }), { minLength: 4, maxLength: 4 }), (low) => {
        const address = `2001:db8:aa:bb:${low.map((n) => n.toString(16)).join(':')}`;
        return normalizeAddress(address) === '2001:db8:aa:bb::/64';
      }),
    );
  });
});
