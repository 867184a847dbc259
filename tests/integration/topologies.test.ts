import { afterAll, describe, expect, it } from 'vitest';
import { RedisConnection } from '@/lib/redis/connection';
import { RedisStore } from '@/lib/store/redis';
import { startCluster, startSentinel } from '../support/redis-topologies';
import { secretFixture } from '../support/secrets';
import { describeStoreContract } from './store-contract';

/*
 * The store contract on a real 3-master Redis Cluster and on a real Sentinel
 * set-up (master, replica, sentinel), including a forced failover.
 */

const stops: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const stop of stops.reverse()) await stop();
}, 60_000);

describeStoreContract('redis cluster', async (count) => {
  const cluster = await startCluster();
  stops.push(cluster.stop);
  return Array.from(
    { length: count },
    () =>
      new RedisStore(new RedisConnection({ target: { mode: 'cluster', nodes: cluster.nodes, tls: false } }), {
        keyPrefix: 'c:',
      }),
  );
});

let sentinel: Awaited<ReturnType<typeof startSentinel>> | undefined;
const sentinelStores: RedisStore[] = [];

describeStoreContract('redis sentinel', async (count) => {
  sentinel = await startSentinel();
  stops.push(sentinel.stop);
  const target = { mode: 'sentinel' as const, sentinels: [sentinel.sentinel], masterName: sentinel.masterName };
  for (let i = 0; i < count; i++)
    sentinelStores.push(new RedisStore(new RedisConnection({ target }), { keyPrefix: 's:' }));
  return sentinelStores;
});

describe('redis sentinel failover', () => {
  it('keeps serving after SENTINEL FAILOVER, with the secrets that were replicated', async () => {
    const target = { mode: 'sentinel' as const, sentinels: [sentinel!.sentinel], masterName: sentinel!.masterName };
    const store = new RedisStore(new RedisConnection({ target }), { keyPrefix: 'f:' });
    const before = secretFixture({ maxViews: 2 });
    expect((await store.putSecret(before.secret)).kind).toBe('created');
    // Let the write reach the replica before promoting it (replication is asynchronous).
    await new Promise((r) => setTimeout(r, 500));
    const oldPort = await sentinel!.currentMasterPort();
    const newPort = await sentinel!.failover();
    expect(newPort).not.toBe(oldPort);

    const deadline = Date.now() + 15_000;
    let served = false;
    while (!served && Date.now() < deadline) {
      served = await store.ping();
      if (!served) await new Promise((r) => setTimeout(r, 250));
    }
    expect(served).toBe(true);
    const after = secretFixture();
    let put: Awaited<ReturnType<RedisStore['putSecret']>> | undefined;
    while (!put && Date.now() < deadline) {
      put = await store.putSecret(after.secret).catch(() => undefined);
      if (!put) await new Promise((r) => setTimeout(r, 250));
    }
    expect(put?.kind).toBe('created');
    expect(
      await store.claimSecret(before.secret.id, {
        linkVerifier: before.linkVerifier,
        passwordVerifier: null,
        leaseVerifier: null,
      }),
    ).toMatchObject({
      kind: 'released',
      viewsLeft: 1,
    });
    expect(
      await store.claimSecret(after.secret.id, {
        linkVerifier: after.linkVerifier,
        passwordVerifier: null,
        leaseVerifier: null,
      }),
    ).toMatchObject({
      kind: 'released',
    });
    await store.close();
  }, 60_000);
});
