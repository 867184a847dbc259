import 'server-only';
import { isIPv4, isIPv6 } from 'node:net';

/*
 * IP addresses and CIDR ranges as numbers: what the rate limiter's client
 * address and every "is this request from one of our proxies?" question
 * need. IPv4-mapped IPv6 (::ffff:192.0.2.1, also written ::ffff:c000:201)
 * is the IPv4 address it carries, so a dual-stack socket and an IPv4 proxy
 * list agree.
 */

export type IpVersion = 4 | 6;

/** An address as its version and its 32- or 128-bit value. */
export type IpAddress = { version: IpVersion; value: bigint };

/** A range: the addresses whose first `prefix` bits equal those of `base`. */
export type Cidr = { version: IpVersion; base: bigint; prefix: number };

const BITS: Record<IpVersion, number> = { 4: 32, 6: 128 };
const MAPPED_PREFIX = 0xffffn << 32n; // ::ffff:0:0/96

function ipv4Value(text: string): bigint {
  return text.split('.').reduce((acc, octet) => (acc << 8n) | BigInt(Number(octet)), 0n);
}

/** The 128-bit value of a valid IPv6 address (no zone), embedded IPv4 tail included. */
function ipv6Value(text: string): bigint {
  let address = text;
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (tail) {
    const v4 = ipv4Value(tail[1]!);
    address = `${address.slice(0, tail.index)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const [head = '', rest] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = rest ? rest.split(':') : [];
  const groups =
    rest === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return groups.reduce((acc, group) => (acc << 16n) | BigInt(parseInt(group, 16)), 0n);
}

/** Only the address (no zone id, brackets or port); mapped IPv6 comes back as IPv4. Null when it is not one. */
export function parseIp(text: string): IpAddress | null {
  if (isIPv4(text)) return { version: 4, value: ipv4Value(text) };
  const address = text.replace(/%[^%]*$/, '');
  if (!isIPv6(address)) return null;
  const value = ipv6Value(address);
  if (value >> 32n === MAPPED_PREFIX >> 32n) return { version: 4, value: value & 0xffffffffn };
  return { version: 6, value };
}

/**
 * `10.0.0.0/8`, `2001:db8::/32`, or a bare address (one host). Host bits
 * below the prefix are ignored, as most routers do. A mapped IPv6 range of
 * /96 or longer becomes the IPv4 range it covers.
 * @returns the range, or null when `text` is not one
 * @example parseCidr('10.0.0.0/8') // { version: 4, base: 167772160n, prefix: 8 }
 */
export function parseCidr(text: string): Cidr | null {
  const match = /^([^/]+)(?:\/(\d{1,3}))?$/.exec(text.trim());
  if (!match) return null;
  const address = match[1]!;
  let version: IpVersion;
  let value: bigint;
  if (isIPv4(address)) [version, value] = [4, ipv4Value(address)];
  else if (isIPv6(address)) [version, value] = [6, ipv6Value(address)];
  else return null;
  let prefix = match[2] === undefined ? BITS[version] : Number(match[2]);
  if (prefix > BITS[version]) return null;
  if (version === 6 && prefix >= 96 && value >> 32n === MAPPED_PREFIX >> 32n) {
    [version, value, prefix] = [4, value & 0xffffffffn, prefix - 96];
  }
  const shift = BigInt(BITS[version] - prefix);
  return { version, base: (value >> shift) << shift, prefix };
}

/** Whether `address` lies in `cidr` (an IPv4 address never lies in an IPv6 range, nor the reverse). */
export function cidrContains(cidr: Cidr, address: IpAddress): boolean {
  if (cidr.version !== address.version) return false;
  const shift = BigInt(BITS[cidr.version] - cidr.prefix);
  return address.value >> shift === cidr.base >> shift;
}

/** Whether `address` lies in any of `cidrs`. */
export function inAnyCidr(cidrs: readonly Cidr[], address: IpAddress): boolean {
  return cidrs.some((cidr) => cidrContains(cidr, address));
}

/** Dotted IPv4, or the first `groups` groups of IPv6 in lower-case hex. */
export function formatIp(address: IpAddress, groups = 8): string {
  if (address.version === 4) {
    return [24n, 16n, 8n, 0n].map((s) => String((address.value >> s) & 0xffn)).join('.');
  }
  return Array.from({ length: groups }, (_, i) =>
    ((address.value >> BigInt(112 - 16 * i)) & 0xffffn).toString(16),
  ).join(':');
}
