import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cidrContains, formatIp, inAnyCidr, parseCidr, parseIp, type IpAddress } from '@/lib/net/cidr';

/*
 * The CIDR matcher that decides which connections are from trusted proxies
 * (HANDOFF_TRUSTED_PROXIES): properties over random addresses and ranges.
 */

const ipv4 = fc.integer({ min: 0, max: 0xffffffff }).map((n): IpAddress => ({ version: 4, value: BigInt(n) }));
const ipv6 = fc.bigInt({ min: 0n, max: (1n << 128n) - 1n }).map((value): IpAddress => ({ version: 6, value }));
const notMapped = ipv6.filter((a) => a.value >> 32n !== 0xffffn);
const ip = fc.oneof(ipv4, notMapped);
const bits = (a: IpAddress) => (a.version === 4 ? 32 : 128);
/** The first `prefix` bits of `a`, as a string of 0s and 1s: an independent statement of "same prefix". */
const head = (a: IpAddress, prefix: number) => a.value.toString(2).padStart(bits(a), '0').slice(0, prefix);

describe('parseIp and formatIp', () => {
  it('round-trip every IPv4 and IPv6 address', () => {
    fc.assert(
      fc.property(ip, (a) => {
        expect(parseIp(formatIp(a))).toEqual(a);
      }),
    );
  });

  it('read IPv4-mapped IPv6, dotted or hex, as the IPv4 address', () => {
    fc.assert(
      fc.property(ipv4, (a) => {
        const hex = `${(a.value >> 16n).toString(16)}:${(a.value & 0xffffn).toString(16)}`;
        expect(parseIp(`::ffff:${formatIp(a)}`)).toEqual(a);
        expect(parseIp(`::FFFF:${hex}`)).toEqual(a);
        expect(parseIp(`0:0:0:0:0:ffff:${hex}`)).toEqual(a);
      }),
    );
  });

  it('drop an IPv6 zone and refuse what is not an address', () => {
    expect(parseIp('fe80::1%eth0')).toEqual(parseIp('fe80::1'));
    for (const bad of ['', 'unknown', '_hidden', '1.2.3', '1.2.3.4:80', '[::1]', '::1::2', '256.1.1.1', '10.0.0.0/8']) {
      expect(parseIp(bad), bad).toBeNull();
    }
  });
});

describe('parseCidr and cidrContains', () => {
  const cidrOf = fc
    .tuple(ip, fc.nat())
    .map(([a, n]) => ({ base: a, prefix: n % (bits(a) + 1) }))
    .map(({ base, prefix }) => ({ text: `${formatIp(base)}/${prefix}`, base, prefix }));

  it('contains exactly the addresses that share the prefix', () => {
    fc.assert(
      fc.property(cidrOf, ip, ({ text, base, prefix }, a) => {
        const cidr = parseCidr(text)!;
        expect(cidr).not.toBeNull();
        const expected = a.version === base.version && head(a, prefix) === head(base, prefix);
        expect(cidrContains(cidr, a)).toBe(expected);
      }),
    );
  });

  it('contains its own base and every address that differs only below the prefix', () => {
    fc.assert(
      fc.property(cidrOf, fc.bigInt({ min: 0n, max: (1n << 128n) - 1n }), ({ text, base, prefix }, noise) => {
        const cidr = parseCidr(text)!;
        const low = (1n << BigInt(bits(base) - prefix)) - 1n;
        expect(cidrContains(cidr, base)).toBe(true);
        expect(cidrContains(cidr, { version: base.version, value: (base.value & ~low) | (noise & low) })).toBe(true);
      }),
    );
  });

  it('treats a bare address as one host, /0 as every address of its family, and never mixes families', () => {
    fc.assert(
      fc.property(ip, ip, (a, b) => {
        expect(cidrContains(parseCidr(formatIp(a))!, b)).toBe(a.version === b.version && a.value === b.value);
        expect(cidrContains(parseCidr(a.version === 4 ? '0.0.0.0/0' : '::/0')!, b)).toBe(a.version === b.version);
      }),
    );
  });

  it('matches mapped IPv6 ranges and addresses as IPv4', () => {
    const cidrs = ['10.0.0.0/8', '::1'].map((c) => parseCidr(c)!);
    expect(inAnyCidr(cidrs, parseIp('::ffff:10.1.2.3')!)).toBe(true);
    expect(inAnyCidr(cidrs, parseIp('::ffff:a01:203')!)).toBe(true);
    expect(inAnyCidr(cidrs, parseIp('::1')!)).toBe(true);
    expect(inAnyCidr(cidrs, parseIp('11.0.0.1')!)).toBe(false);
    expect(parseCidr('::ffff:192.168.0.0/112')).toEqual(parseCidr('192.168.0.0/16'));
  });

  it('refuses malformed ranges', () => {
    for (const bad of [
      '',
      '10.0.0.0/33',
      '::/129',
      '10.0.0.0/',
      '/8',
      '10.0.0.0/8/8',
      'ten/8',
      '10.0.0.0/-1',
      'a, b',
    ]) {
      expect(parseCidr(bad), bad).toBeNull();
    }
  });
});
