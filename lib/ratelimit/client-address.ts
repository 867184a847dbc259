import 'server-only';
import { formatIp, inAnyCidr, parseIp, type Cidr, type IpAddress } from '../net/cidr';

/** Header that server.mjs sets from the socket, overwriting anything a client sent. */
export const PEER_HEADER = 'x-handoff-peer';

/** The one header the trusted proxies write: `X-Forwarded-For`, or RFC 7239 `Forwarded`. */
export type ProxyHeader = 'x-forwarded-for' | 'forwarded';

/**
 * Which reverse proxies are trusted (HANDOFF_TRUSTED_PROXIES, HANDOFF_PROXY_HEADER):
 *  - none: the socket peer is the client; proxy headers are ignored.
 *  - hops: N proxies in front, each appending the address it saw: the N-th entry from the right.
 *  - cidrs: the proxies' own addresses. The header counts only when the socket peer is one of
 *    them; the client is then the rightmost entry that is not.
 */
export type ProxyTrust =
  | { kind: 'none' }
  | { kind: 'hops'; count: number; header: ProxyHeader }
  | { kind: 'cidrs'; cidrs: readonly Cidr[]; header: ProxyHeader };

/**
 * The address that rate limits count against, as a bucket name: IPv4 as is,
 * IPv6 per /64 (one subscriber usually holds a whole /64). A proxy header
 * entry that does not parse (`unknown`, an obfuscated `_node`) falls back to
 * the socket peer: never to one bucket shared by every client (security
 * review F-06). Only the proxy header the operator named is read; a client
 * could otherwise send the other one, which the proxy passes on untouched.
 */
export function clientAddress(headers: Pick<Headers, 'get'>, trust: ProxyTrust): string {
  const peer = parseIp(headers.get(PEER_HEADER) ?? '');
  const client = trust.kind === 'none' ? peer : (fromProxyHeader(headers, trust, peer) ?? peer);
  return client ? bucketOf(client) : 'unknown';
}

function fromProxyHeader(
  headers: Pick<Headers, 'get'>,
  trust: Exclude<ProxyTrust, { kind: 'none' }>,
  peer: IpAddress | null,
): IpAddress | null {
  const entries = proxyEntries(headers.get(trust.header) ?? '', trust.header);
  if (trust.kind === 'hops') {
    const entry = entries[entries.length - trust.count];
    return entry === undefined ? null : parseEntry(entry);
  }
  if (!peer || !inAnyCidr(trust.cidrs, peer)) return null;
  for (let i = entries.length - 1; i >= 0; i--) {
    const address = parseEntry(entries[i]!);
    if (!address) return null;
    if (i === 0 || !inAnyCidr(trust.cidrs, address)) return address;
  }
  return null;
}

/** The addresses a header lists, in order: X-Forwarded-For's entries, or the `for=` of each Forwarded element. */
export function proxyEntries(value: string, header: ProxyHeader): string[] {
  const elements = value.split(',').map((s) => s.trim());
  if (header === 'x-forwarded-for') return elements.filter(Boolean);
  return elements.filter(Boolean).map((element) => {
    const pair = element
      .split(';')
      .map((p) => p.trim())
      .find((p) => /^for=/i.test(p));
    return pair ? pair.slice(4) : '';
  });
}

/** An address as proxies write it: bare, `"quoted"`, `ip:port`, `[v6]` or `[v6]:port`. */
export function parseEntry(raw: string): IpAddress | null {
  const text = raw.trim().replace(/^"(.*)"$/, '$1');
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(text);
  if (bracketed) return parseIp(bracketed[1]!);
  const withPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d{1,5}$/.exec(text);
  return parseIp(withPort ? withPort[1]! : text);
}

function bucketOf(address: IpAddress): string {
  return address.version === 4 ? formatIp(address) : `${formatIp(address, 4)}::/64`;
}

/** The bucket of one address as proxies write it (see parseEntry), or 'unknown'. */
export function normalizeAddress(raw: string): string {
  const address = parseEntry(raw);
  return address ? bucketOf(address) : 'unknown';
}
