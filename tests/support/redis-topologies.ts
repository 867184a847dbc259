import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { freePort, startRedis, waitForRedis, type Started } from './processes';

/*
 * Real Redis Cluster and Sentinel deployments on loopback, for tests. Every
 * process is started here and stopped by the returned `stop`.
 */

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} not reached within ${timeoutMs} ms`);
}

/** A 3-master Redis Cluster without replicas. */
export async function startCluster(): Promise<{ nodes: { host: string; port: number }[]; stop: () => Promise<void> }> {
  const masters = await Promise.all(
    [0, 1, 2].map(() =>
      startRedis({
        args: ['--cluster-enabled', 'yes', '--cluster-node-timeout', '2000', '--cluster-config-file', 'nodes.conf'],
      }),
    ),
  );
  const addresses = masters.map((m) => `127.0.0.1:${m.port}`);
  const created = spawnSync(
    'redis-cli',
    ['--cluster', 'create', ...addresses, '--cluster-replicas', '0', '--cluster-yes'],
    {
      encoding: 'utf8',
      timeout: 30_000,
    },
  );
  if (created.status !== 0) throw new Error(`redis-cli --cluster create failed: ${created.stdout}${created.stderr}`);
  await until('cluster_state:ok on every node', async () => {
    const states = await Promise.all(
      masters.map(async (m) => {
        const client = new Redis({ port: m.port, lazyConnect: true });
        try {
          await client.connect();
          return (await client.cluster('INFO')).includes('cluster_state:ok');
        } finally {
          client.disconnect();
        }
      }),
    );
    return states.every(Boolean);
  });
  return {
    nodes: masters.map((m) => ({ host: '127.0.0.1', port: m.port })),
    stop: async () => {
      for (const m of masters) await m.stop();
    },
  };
}

/** A master, one replica and one Sentinel (quorum 1) watching them as `handoff`. */
export async function startSentinel(): Promise<{
  sentinel: { host: string; port: number };
  masterName: string;
  master: Started;
  replica: Started;
  currentMasterPort: () => Promise<number>;
  failover: () => Promise<number>;
  stop: () => Promise<void>;
}> {
  const masterName = 'handoff';
  const master = await startRedis();
  const replica = await startRedis({ args: ['--replicaof', '127.0.0.1', String(master.port)] });
  const dir = mkdtempSync(join(tmpdir(), 'handoff-sentinel-'));
  const port = await freePort();
  const conf = join(dir, 'sentinel.conf');
  writeFileSync(
    conf,
    [
      `port ${port}`,
      'bind 127.0.0.1',
      `dir ${dir}`,
      `sentinel monitor ${masterName} 127.0.0.1 ${master.port} 1`,
      `sentinel down-after-milliseconds ${masterName} 1000`,
      `sentinel failover-timeout ${masterName} 5000`,
      '',
    ].join('\n'),
  );
  const child = spawn('redis-server', [conf, '--sentinel'], { stdio: 'ignore' });
  await waitForRedis(port);
  const admin = new Redis({ port });
  const replicaClient = new Redis({ port: replica.port });
  const currentMasterPort = async () =>
    Number(((await admin.call('SENTINEL', 'get-master-addr-by-name', masterName)) as string[])[1]);
  await until('the Sentinel sees the replica in sync', async () => {
    const replicas = (await admin.call('SENTINEL', 'replicas', masterName)) as string[][];
    const flags = replicas[0] ? replicas[0][replicas[0].indexOf('flags') + 1] : undefined;
    const info = await replicaClient.info('replication');
    return flags === 'slave' && info.includes('master_link_status:up');
  });
  return {
    sentinel: { host: '127.0.0.1', port },
    masterName,
    master,
    replica,
    currentMasterPort,
    failover: async () => {
      const before = await currentMasterPort();
      await admin.call('SENTINEL', 'FAILOVER', masterName);
      await until('the failover to complete', async () => (await currentMasterPort()) !== before);
      return currentMasterPort();
    },
    stop: async () => {
      admin.disconnect();
      replicaClient.disconnect();
      child.kill('SIGTERM');
      await master.stop();
      await replica.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
