import 'server-only';
import { isIPv4, isIPv6 } from 'node:net';

/** Header that server.mjs sets from the socket, overwriting anything a client sent. */
export const PEER_HEADER = 'x-handoff-peer';

/**
 * The address that rate limits count against.
 *
 * With `trustedProxies = 0` (the default) it is the socket peer, and any
 * X-Forwarded-For a client sends is ignored, so spoofing it gains nothing.
 * With N trusted reverse proxies in front, it is the N-th address from the
 * right of X-Forwarded-For: each trusted proxy appended the address it saw.
 * IPv6 addresses count per /64 (one subscriber usually holds a whole /64);
 * IPv4-mapped IPv6 counts as IPv4.
 */
export function clientAddress(headers: Pick<Headers, 'get'>, trustedProxies: number): string {
  let address = headers.get(PEER_HEADER) ?? '';
  if (trustedProxies > 0) {
    const hops = (headers.get('x-forwarded-for') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const candidate = hops[hops.length - trustedProxies];
    if (candidate) address = candidate;
  }
  return normalizeAddress(address);
}

/** IPv4 as is; IPv6 reduced to its /64; anything unparsable becomes 'unknown'. */
export function normalizeAddress(raw: string): string {
  const address = raw.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped && isIPv4(mapped[1]!)) return mapped[1]!;
  if (isIPv4(address)) return address;
  if (!isIPv6(address)) return 'unknown';
  return `${expandIPv6(address).slice(0, 4).join(':')}::/64`;
}

function expandIPv6(address: string): string[] {
  const [head = '', tail] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail !== undefined && tail !== '' ? tail.split(':') : [];
  // An embedded IPv4 tail (e.g. ::1.2.3.4) occupies two groups; only the /64 prefix matters here.
  const missing = 8 - left.length - right.length;
  const groups = tail === undefined ? left : [...left, ...Array<string>(Math.max(missing, 0)).fill('0'), ...right];
  return groups.map((g) => (g.includes('.') ? g : g.toLowerCase().replace(/^0+(?=.)/, '')));
}
