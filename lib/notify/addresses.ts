import 'server-only';
import { lookup } from 'node:dns/promises';
import { inAnyCidr, parseCidr, parseIp, type Cidr } from '../net/cidr';

/*
 * Which addresses a notification may connect to. A webhook host on the
 * allowlist can still resolve to the operator's own network (DNS rebinding, a
 * compromised record): every address is resolved, checked, and the socket
 * connects to exactly the checked address (lib/notify/outbound.ts).
 */

/** Not on the public internet (RFC 6890 special-purpose ranges, loopback, link-local, ULA, multicast). */
const NON_PUBLIC: readonly Cidr[] = [
  '0.0.0.0/8',
  '10.0.0.0/8',
  '100.64.0.0/10',
  '127.0.0.0/8',
  '169.254.0.0/16',
  '172.16.0.0/12',
  '192.0.0.0/24',
  '192.0.2.0/24',
  '192.168.0.0/16',
  '198.18.0.0/15',
  '198.51.100.0/24',
  '203.0.113.0/24',
  '224.0.0.0/4',
  '240.0.0.0/4',
  '::/128',
  '::1/128',
  '64:ff9b::/96',
  '100::/64',
  '2001:db8::/32',
  'fc00::/7',
  'fe80::/10',
  'ff00::/8',
].map((text) => parseCidr(text)!);

/** True for an address that is not publicly routable (IPv4-mapped IPv6 counts as its IPv4 address). */
export function isNonPublicAddress(address: string): boolean {
  const ip = parseIp(address);
  return ip === null || inAnyCidr(NON_PUBLIC, ip);
}

export type ResolvedAddress = { address: string; family: 4 | 6 };

/** Resolves a host name to every address; injectable so tests never touch DNS. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = async (hostname) => {
  const ip = parseIp(hostname);
  if (ip) return [{ address: hostname, family: ip.version }];
  const all = await lookup(hostname, { all: true, verbatim: true });
  return all.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};
