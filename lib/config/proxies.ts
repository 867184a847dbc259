import 'server-only';
import { z } from 'zod';
import { parseCidr, type Cidr } from '../net/cidr';
import type { ProxyHeader, ProxyTrust } from '../ratelimit/client-address';

/*
 * HANDOFF_TRUSTED_PROXIES: either how many proxies stand in front (`0`, the
 * default, trusts none; `1` is one nginx), or the proxies' own addresses as
 * a comma-separated list of CIDRs or bare addresses (`10.0.0.0/8,::1`). With
 * addresses, a proxy header is honoured only on connections from them.
 */

type Trusted = { hops: number } | { cidrs: Cidr[] };

export const trustedProxiesFromEnv = z
  .string()
  .default('0')
  .transform((text, ctx): Trusted => {
    const value = text.trim();
    if (/^\d+$/.test(value)) {
      const hops = Number(value);
      if (hops > 10) ctx.addIssue({ code: 'custom', message: 'a hop count must be at most 10' });
      return { hops: Math.min(hops, 10) };
    }
    const items = value.split(',').map((s) => s.trim());
    const cidrs = items.map(parseCidr);
    const bad = items.filter((_, i) => cidrs[i] === null);
    if (bad.length > 0) {
      const list = bad.map((b) => JSON.stringify(b)).join(', ');
      ctx.addIssue({
        code: 'custom',
        message: `must be a hop count (0-10) or a list of CIDRs, e.g. 10.0.0.0/8,::1; not addresses: ${list}`,
      });
    }
    return { cidrs: cidrs.filter((c): c is Cidr => c !== null) };
  });

export function proxyTrust(trusted: Trusted, header: ProxyHeader): ProxyTrust {
  if ('cidrs' in trusted) return { kind: 'cidrs', cidrs: trusted.cidrs, header };
  return trusted.hops === 0 ? { kind: 'none' } : { kind: 'hops', count: trusted.hops, header };
}
