import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gcra } from '@/lib/ratelimit/gcra';
import { MemoryRateLimiter, PEER_HEADER, clientAddress, normalizeAddress } from '@/lib/ratelimit';
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
  const headers = (peer: string, xff?: string) => {
    const h = new Headers({ [PEER_HEADER]: peer });
    if (xff) h.set('x-forwarded-for', xff);
    return h;
  };

  it('uses the socket peer and ignores X-Forwarded-For unless proxies are trusted', () => {
    expect(clientAddress(headers('203.0.113.7', '198.51.100.1'), 0)).toBe('203.0.113.7');
    expect(clientAddress(headers('10.0.0.2', 'spoofed, 198.51.100.1'), 1)).toBe('198.51.100.1');
    expect(clientAddress(headers('10.0.0.2', 'spoofed, 198.51.100.1, 10.0.0.9'), 2)).toBe('198.51.100.1');
    expect(clientAddress(headers('10.0.0.2'), 1)).toBe('10.0.0.2');
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
