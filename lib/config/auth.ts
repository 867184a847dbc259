import 'server-only';
import { z } from 'zod';
import { parseCidr, type Cidr } from '../net/cidr';

/*
 * Who may create (HANDOFF_AUTH, docs/deploy.md § Sign-in): `none` (anyone,
 * the default), `proxy` (an identity-aware proxy in front names the user in
 * a header) or `oidc` (built-in sign-in with an OpenID Connect provider).
 * Opening links, reading receipts and answering requests stay anonymous in
 * every mode. Checked with the rest of the configuration: one message lists
 * every problem.
 *
 * There is deliberately no variable for plain-http issuers: openid-client's
 * allowInsecureRequests is reachable only from code running in the process
 * (lib/auth/oidc.ts, the tests' hook), never from configuration.
 */

export type AuthConfig =
  | { mode: 'none' }
  | {
      mode: 'proxy';
      /** The header the identity proxy sets, lower case (e.g. x-auth-request-email). */
      header: string;
      /** The identity proxy's own addresses: the header counts only on connections from them. */
      proxies: readonly Cidr[];
      /** The app's own origin, e.g. https://handoff.example.com: the only Origin a signed-in change may carry. */
      origin: string;
    }
  | {
      mode: 'oidc';
      issuer: URL;
      clientId: string;
      clientSecret: string;
      /** The app's public base URL; the redirect URI is `<publicUrl>/api/auth/callback`. */
      publicUrl: URL;
      origin: string;
      /** Lower-case email domains allowed to sign in; empty: every account the provider signs in. */
      allowedDomains: readonly string[];
      /** A claim listing the user's groups, and the groups allowed; null: no group check. */
      groups: { claim: string; allowed: readonly string[] } | null;
      /** 32 bytes of key material for sealing the session cookie (from HANDOFF_SESSION_SECRET). */
      sessionSecret: string;
      sessionSeconds: number;
      /** Whether the cookie gets `Secure` (the public URL is https). */
      secureCookie: boolean;
    };

const list = (text: string | undefined) =>
  (text ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

const HEADER_NAME = /^[A-Za-z0-9-]{1,64}$/;
/** Headers the app reads for other purposes: naming one of them as the identity header would mix meanings. */
const RESERVED_HEADERS = new Set([
  'authorization',
  'cookie',
  'content-type',
  'content-length',
  'x-forwarded-for',
  'forwarded',
  'host',
  'origin',
  'x-handoff-peer',
]);

function httpUrl(text: string | undefined, name: string, issues: string[], httpsOnly: boolean): URL | null {
  if (!text) {
    issues.push(`${name}: is required with this HANDOFF_AUTH`);
    return null;
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    issues.push(`${name}: must be an absolute URL, e.g. https://login.example.com/realms/staff`);
    return null;
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && (!httpsOnly || loopback))) {
    issues.push(`${name}: must be an https URL`);
    return null;
  }
  if (url.search || url.hash || url.username) {
    issues.push(`${name}: must not carry a query, fragment or credentials`);
    return null;
  }
  return url;
}

const authEnvSchema = z.object({
  HANDOFF_AUTH: z.enum(['none', 'proxy', 'oidc'], { error: 'must be none, proxy or oidc' }).default('none'),
  HANDOFF_AUTH_HEADER: z.string().optional(),
  HANDOFF_AUTH_PROXY_CIDRS: z.string().optional(),
  HANDOFF_PUBLIC_URL: z.string().optional(),
  HANDOFF_OIDC_ISSUER: z.string().optional(),
  HANDOFF_OIDC_CLIENT_ID: z.string().optional(),
  HANDOFF_OIDC_CLIENT_SECRET: z.string().optional(),
  HANDOFF_OIDC_ALLOWED_DOMAINS: z.string().optional(),
  HANDOFF_OIDC_GROUPS_CLAIM: z.string().optional(),
  HANDOFF_OIDC_ALLOWED_GROUPS: z.string().optional(),
  HANDOFF_SESSION_SECRET: z.string().optional(),
  HANDOFF_SESSION_HOURS: z.coerce.number().int().min(1).max(720).default(12),
});

/** The auth section, or the list of problems (each `VARIABLE: message`). */
export function parseAuthConfig(env: Record<string, string | undefined>): { config: AuthConfig; issues: string[] } {
  const parsed = authEnvSchema.safeParse(env);
  if (!parsed.success) {
    return { config: { mode: 'none' }, issues: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  }
  const e = parsed.data;
  const issues: string[] = [];
  if (e.HANDOFF_AUTH === 'none') return { config: { mode: 'none' }, issues };
  // The public URL is the origin every signed-in change must come from (cross-site safety).
  const publicUrl = httpUrl(e.HANDOFF_PUBLIC_URL, 'HANDOFF_PUBLIC_URL', issues, false);
  if (publicUrl && publicUrl.pathname !== '/') issues.push('HANDOFF_PUBLIC_URL: must be an origin with no path');
  const origin = publicUrl?.origin ?? '';
  if (e.HANDOFF_AUTH === 'proxy') {
    const header = (e.HANDOFF_AUTH_HEADER ?? '').trim().toLowerCase();
    if (!HEADER_NAME.test(header)) {
      issues.push('HANDOFF_AUTH_HEADER: must name the header the identity proxy sets, e.g. X-Auth-Request-Email');
    } else if (RESERVED_HEADERS.has(header)) {
      issues.push(`HANDOFF_AUTH_HEADER: ${header} already means something else here`);
    }
    const items = list(e.HANDOFF_AUTH_PROXY_CIDRS);
    const proxies = items.map(parseCidr);
    const bad = items.filter((_, i) => proxies[i] === null);
    if (items.length === 0) {
      issues.push("HANDOFF_AUTH_PROXY_CIDRS: must list the identity proxy's addresses, e.g. 10.0.0.5/32");
    } else if (bad.length > 0) {
      issues.push(`HANDOFF_AUTH_PROXY_CIDRS: not addresses or CIDRs: ${bad.map((b) => JSON.stringify(b)).join(', ')}`);
    }
    return { config: { mode: 'proxy', header, proxies: proxies.filter((c): c is Cidr => c !== null), origin }, issues };
  }
  const issuer = httpUrl(e.HANDOFF_OIDC_ISSUER, 'HANDOFF_OIDC_ISSUER', issues, true);
  const clientId = e.HANDOFF_OIDC_CLIENT_ID?.trim() ?? '';
  if (!clientId) issues.push('HANDOFF_OIDC_CLIENT_ID: is required with HANDOFF_AUTH=oidc');
  const clientSecret = e.HANDOFF_OIDC_CLIENT_SECRET ?? '';
  if (!clientSecret) issues.push('HANDOFF_OIDC_CLIENT_SECRET: is required with HANDOFF_AUTH=oidc');
  const sessionSecret = e.HANDOFF_SESSION_SECRET ?? '';
  if (sessionSecret.length < 32) {
    issues.push('HANDOFF_SESSION_SECRET: must be at least 32 random characters, e.g. `openssl rand -base64 32`');
  }
  const allowedGroups = list(e.HANDOFF_OIDC_ALLOWED_GROUPS);
  const groupsClaim = e.HANDOFF_OIDC_GROUPS_CLAIM?.trim() || (allowedGroups.length > 0 ? 'groups' : '');
  if (groupsClaim && allowedGroups.length === 0) {
    issues.push('HANDOFF_OIDC_ALLOWED_GROUPS: must list at least one group when HANDOFF_OIDC_GROUPS_CLAIM is set');
  }
  const allowedDomains = list(e.HANDOFF_OIDC_ALLOWED_DOMAINS).map((d) => d.toLowerCase().replace(/^@/, ''));
  if (!issuer || !publicUrl || issues.length > 0) return { config: { mode: 'none' }, issues };
  return {
    config: {
      mode: 'oidc',
      issuer,
      clientId,
      clientSecret,
      publicUrl,
      origin,
      allowedDomains,
      groups: groupsClaim ? { claim: groupsClaim, allowed: allowedGroups } : null,
      sessionSecret,
      sessionSeconds: e.HANDOFF_SESSION_HOURS * 3600,
      secureCookie: publicUrl.protocol === 'https:',
    },
    issues,
  };
}
