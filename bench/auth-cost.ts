import { createHash, randomBytes } from 'node:crypto';
import type { Request } from 'autocannon';
import { Redis } from 'ioredis';
import { tokenKey, userTokensKey } from '../lib/redis/keys';
import { createWorkload, load, type LoadResult } from './api/load';
import { secretFactory, type FakeSecret } from './api/secrets';
import { startAdapter } from './api/servers';

/*
 * What sign-in costs the create path (issue 20): POST /api/secrets on the app
 * with HANDOFF_AUTH=none, against the same app with HANDOFF_AUTH=oidc and a
 * personal API token on every create (one more Redis round trip to look the
 * token up, and the last-used write after the answer). Interleaved rounds on
 * one Redis (BENCH_REDIS_URL, default the local one, under a fresh prefix that
 * is deleted afterwards). Prints a Markdown table; it reports, it checks nothing.
 *
 *   npm run build && npx tsx bench/auth-cost.ts [--seconds 3] [--rounds 3] [--connections 10]
 */

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(args[at + 1]);
};
const seconds = option('seconds', 3);
const rounds = option('rounds', 3);
const connections = option('connections', 10);
const redisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `bench-auth-${randomBytes(4).toString('hex')}:`;

const token = `hnd_pat_${randomBytes(32).toString('base64url')}`;
const redis = new Redis(redisUrl);
const hash = createHash('sha256').update(token).digest('hex');
const user = 'oidc:bench';
// The record the settings page would have made (lib/store/accounts-redis.ts).
await redis.hset(tokenKey(prefix, hash), { id: 'benchtoken01', user, label: '', name: 'bench', created: Date.now() });
await redis.hset(userTokensKey(prefix, createHash('sha256').update(user).digest('hex')), 'benchtoken01', hash);

const oidc = {
  HANDOFF_AUTH: 'oidc',
  HANDOFF_PUBLIC_URL: 'http://127.0.0.1:1',
  HANDOFF_OIDC_ISSUER: 'https://login.invalid',
  HANDOFF_OIDC_CLIENT_ID: 'bench',
  HANDOFF_OIDC_CLIENT_SECRET: 'bench',
  HANDOFF_SESSION_SECRET: randomBytes(32).toString('base64url'),
};
const [none, signedIn] = await Promise.all([startAdapter(redisUrl, prefix), startAdapter(redisUrl, prefix, oidc)]);
const secrets = secretFactory(1024);
const withToken = (requests: Request[]): Request[] =>
  requests.map((r) => ({ ...r, headers: { ...r.headers, authorization: `Bearer ${token}` } }));

const results: Record<'none' | 'token', LoadResult[]> = { none: [], token: [] };
try {
  for (let round = 0; round < rounds; round++) {
    const created: FakeSecret[] = [];
    results.none.push(await load(none.url, connections, createWorkload(secrets, created), { seconds }));
    results.token.push(await load(signedIn.url, connections, withToken(createWorkload(secrets, created)), { seconds }));
  }
} finally {
  await Promise.all([none.stop(), signedIn.stop()]);
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
    if (keys.length > 0) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  redis.disconnect();
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const row = (name: string, r: LoadResult[]) =>
  `| ${name} | ${median(r.map((x) => x.rps))} | ${median(r.map((x) => x.p50))} | ${median(r.map((x) => x.p99))} | ${r.reduce((n, x) => n + x.failed, 0)} |`;
console.log(`Create (POST /api/secrets, 1 KiB), Redis, c${connections}, ${rounds} rounds of ${seconds} s, medians\n`);
console.log('| app | req/s | p50 ms | p99 ms | failed |\n| --- | --- | --- | --- | --- |');
console.log(row('HANDOFF_AUTH=none', results.none));
console.log(row('HANDOFF_AUTH=oidc, personal token', results.token));
const ratio = median(results.token.map((x) => x.rps)) / median(results.none.map((x) => x.rps));
console.log(`\nthroughput with a token: ${ratio.toFixed(2)}x of auth none`);
