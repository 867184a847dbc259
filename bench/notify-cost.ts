/*
 * The cost of a notification event on the reveal path (issue 22): the claim
 * script of a secret that asked to be told (it also writes the outbox entry)
 * against one that did not, on the same Redis, interleaved; and the worker's
 * TAKE script per event, which runs beside the request, not in it.
 *   npx tsx --conditions react-server bench/notify-cost.ts [redis-url] [n]
 */
import { createHash, randomBytes } from 'node:crypto';
import { RedisConnection } from '../lib/redis/connection';
import { RedisStore } from '../lib/store/redis';
import type { NewSecret } from '../lib/store';

const url = process.argv[2] ?? 'redis://127.0.0.1:6379';
const n = Number(process.argv[3] ?? 3000);
const prefix = `bench-notify-${randomBytes(4).toString('hex')}:`;
const b64 = (b: Buffer) => b.toString('base64url');
const verifier = (proof: string) => b64(createHash('sha256').update(Buffer.from(proof, 'base64url')).digest());

function secret(notify: boolean): { secret: NewSecret; linkVerifier: string } {
  const linkVerifier = verifier(b64(randomBytes(32)));
  const secret: NewSecret = {
    id: b64(randomBytes(16)),
    envelope: b64(randomBytes(285)),
    linkVerifier,
    passwordVerifier: null,
    kdf: null,
    manageVerifier: verifier(b64(randomBytes(32))),
    ttlSeconds: 300,
    receiptTtlSeconds: 60,
    maxViews: 1,
    maxAttempts: 5,
    streamBytes: null,
    uploadWindowSeconds: 3600,
    leaseSeconds: 600,
    notify: notify ? { destination: '{"w":"https://hooks.example/x"}', reference: 'AbC123' } : null,
  };
  return { secret, linkVerifier };
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * p)]!;

async function main() {
  const store = new RedisStore(new RedisConnection({ target: { mode: 'single', url } }), { keyPrefix: prefix });
  const claims: Record<'off' | 'on', number[]> = { off: [], on: [] };
  const takes: number[] = [];
  for (let i = 0; i < n; i++) {
    for (const mode of i % 2 ? (['off', 'on'] as const) : (['on', 'off'] as const)) {
      const s = secret(mode === 'on');
      await store.putSecret(s.secret);
      const t0 = process.hrtime.bigint();
      await store.claimSecret(s.secret.id, {
        linkVerifier: s.linkVerifier,
        passwordVerifier: null,
        leaseVerifier: null,
      });
      claims[mode].push(Number(process.hrtime.bigint() - t0) / 1e3);
      if (mode === 'on') {
        const t1 = process.hrtime.bigint();
        await store.takeNotifications(s.secret.id, 60_000);
        takes.push(Number(process.hrtime.bigint() - t1) / 1e3);
      }
    }
  }
  const row = (name: string, xs: number[]) =>
    `${name.padEnd(34)} p50 ${percentile(xs, 0.5).toFixed(0).padStart(5)} µs   p99 ${percentile(xs, 0.99).toFixed(0).padStart(5)} µs`;
  console.log(`${n} reveals each, interleaved, Redis ${url}`);
  console.log(row('claim, no notification asked', claims.off));
  console.log(row('claim + outbox entry (asked)', claims.on));
  console.log(row('worker TAKE per event (off path)', takes));
  await store.close();
}

void main();
