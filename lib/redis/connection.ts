import 'server-only';
import { createHash } from 'node:crypto';
import { Cluster, Redis, type RedisOptions } from 'ioredis';
import type { RedisTarget } from './target';
import { StoreError, isStoreError, storeErrorFromRedis } from './errors';

export type RedisConnectionOptions = {
  target: RedisTarget;
  /** How long a request waits for a connection before answering 503. */
  connectTimeoutMs?: number;
  commandTimeoutMs?: number;
  /** Where the connection's own lines go (the server's logger; console by default). */
  log?: { error(message: string): void };
  /** Called on each reconnection attempt (the metrics count them). */
  onReconnect?: () => void;
};

type BufferScripting = {
  evalshaBuffer(sha: string, numKeys: number, ...args: (string | number | Buffer)[]): Promise<unknown>;
  evalBuffer(source: string, numKeys: number, ...args: (string | number | Buffer)[]): Promise<unknown>;
};

/** A Lua script and its SHA-1, for EVALSHA. */
export type Script = { source: string; sha: string };

export function script(source: string): Script {
  return { source, sha: createHash('sha1').update(source).digest('hex') };
}

/**
 * Request-path client settings, chosen so that no command is ever run twice
 * or late: commands are not queued while disconnected (they fail at once and
 * the API answers 503) and a command in flight when the connection drops is
 * not resent on reconnect (a resent claim could burn a view nobody received).
 */
function clientOptions(o: RedisConnectionOptions): RedisOptions {
  return {
    lazyConnect: true,
    enableOfflineQueue: false,
    autoResendUnfulfilledCommands: false,
    maxRetriesPerRequest: 0,
    connectTimeout: o.connectTimeoutMs ?? 2000,
    commandTimeout: o.commandTimeoutMs ?? 5000,
    retryStrategy: (attempt) => Math.min(100 * 2 ** attempt, 2000),
    // Commands issued in the same tick go out in one write: many concurrent requests then cost
    // a few syscalls instead of one each. Each command still runs, and answers, on its own.
    enableAutoPipelining: true,
  };
}

/**
 * A client for the configured deployment. Every read and write goes to a
 * master: a replica may lag and show a burned secret as still there.
 */
function createClient(o: RedisConnectionOptions): Redis | Cluster {
  const base = clientOptions(o);
  const target = o.target;
  switch (target.mode) {
    case 'single':
      return new Redis(target.url, base);
    case 'sentinel':
      return new Redis({
        ...base,
        sentinels: target.sentinels,
        name: target.masterName,
        role: 'master',
        password: target.password,
        sentinelPassword: target.sentinelPassword,
        failoverDetector: true,
        sentinelRetryStrategy: (attempt) => Math.min(100 * 2 ** attempt, 2000),
      });
    case 'cluster':
      return new Cluster(target.nodes, {
        lazyConnect: true,
        enableOfflineQueue: false,
        enableAutoPipelining: true,
        scaleReads: 'master',
        maxRedirections: 16,
        clusterRetryStrategy: (attempt) => Math.min(100 * 2 ** attempt, 2000),
        redisOptions: { ...base, password: target.password, tls: target.tls ? {} : undefined },
      });
  }
}

/** One Redis connection shared by the store and the rate limiter of a process. */
export class RedisConnection {
  readonly client: Redis | Cluster;
  private lastErrorLoggedAt = 0;
  /** Set when the deployment was found unsafe after start: every command then fails with 503. */
  private blockedBecause: string | null = null;

  private readonly log: { error(message: string): void };

  constructor(private readonly options: RedisConnectionOptions) {
    this.log = options.log ?? console;
    this.client = createClient(options);
    // Without a listener ioredis prints every failed reconnect; log one line a minute at most.
    this.client.on('error', (error: Error) => {
      if (Date.now() - this.lastErrorLoggedAt < 60_000) return;
      this.lastErrorLoggedAt = Date.now();
      this.log.error(`store: redis error: ${error.message}`);
    });
    if (options.onReconnect) this.client.on('reconnecting', options.onReconnect);
  }

  /** Waits for a usable connection, bounded by the connect timeout. */
  async ready(): Promise<void> {
    if (this.client.status === 'ready') return;
    if (this.client.status === 'wait') this.client.connect().catch(() => undefined);
    const timeoutMs = this.options.connectTimeoutMs ?? 2000;
    await new Promise<void>((resolve, reject) => {
      const done = (error?: Error) => {
        clearTimeout(timer);
        this.client.off('ready', onReady);
        if (error) reject(error);
        else resolve();
      };
      const onReady = () => done();
      const timer = setTimeout(() => done(new StoreError('unavailable', 'store: redis not ready')), timeoutMs);
      this.client.on('ready', onReady);
    });
  }

  /**
   * Runs a script by SHA, loading it on NOSCRIPT (which means it did not run).
   * Arguments may be Buffers (binary-safe); with `buffers` every bulk string
   * in the reply comes back as a Buffer instead of being decoded as UTF-8.
   * @throws StoreError `full` when Redis refuses a write for lack of memory, `outcome_unknown` when
   *   the command may have run, else `unavailable` (see storeErrorFromRedis)
   */
  async run(
    s: Script,
    keys: readonly string[],
    args: (string | number | Buffer)[],
    { buffers = false }: { buffers?: boolean } = {},
  ): Promise<unknown> {
    if (this.blockedBecause) throw new StoreError('unavailable', this.blockedBecause);
    // ioredis generates a `…Buffer` twin of every command but does not declare these two. (Not
    // callBuffer: with auto-pipelining it drops the command name.)
    const client = this.client as (Redis | Cluster) & BufferScripting;
    const evalsha = () =>
      buffers
        ? client.evalshaBuffer(s.sha, keys.length, ...keys, ...args)
        : client.evalsha(s.sha, keys.length, ...keys, ...args);
    const evalSource = () =>
      buffers
        ? client.evalBuffer(s.source, keys.length, ...keys, ...args)
        : client.eval(s.source, keys.length, ...keys, ...args);
    try {
      // Skips an await per command on the hot path (two per API request).
      if (this.client.status !== 'ready') await this.ready();
      try {
        return await evalsha();
      } catch (error) {
        if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
        return await evalSource();
      }
    } catch (error) {
      throw storeErrorFromRedis(error, this.client.status === 'end');
    }
  }

  /** Refuses every further command, with the reason logged once. */
  block(reason: string): void {
    if (!this.blockedBecause) this.log.error(reason);
    this.blockedBecause = reason;
  }

  /**
   * How full the fullest master is: used_memory / maxmemory, 0 where no
   * maxmemory is set. Read with INFO at most once a second per connection.
   * On Cluster every master counts, not only the one holding a given key:
   * hash slots spread secrets evenly, and one full master refuses writes.
   * @throws StoreError `unavailable` when Redis does not answer
   */
  memoryFullness(): Promise<number> {
    const now = Date.now();
    if (this.fullness && now - this.fullness.at < 1000) return this.fullness.value;
    const value = this.readFullness();
    this.fullness = { at: now, value };
    value.catch(() => {
      if (this.fullness?.value === value) this.fullness = null;
    });
    return value;
  }

  private fullness: { at: number; value: Promise<number> } | null = null;

  private async readFullness(): Promise<number> {
    if (this.blockedBecause) throw new StoreError('unavailable', this.blockedBecause);
    try {
      await this.ready();
      const masters = this.client instanceof Cluster ? this.client.nodes('master') : [this.client];
      const ratios = await Promise.all(
        masters.map(async (node) => {
          const info = await node.info('memory');
          const used = Number(/^used_memory:(\d+)/m.exec(info)?.[1] ?? 0);
          const max = Number(/^maxmemory:(\d+)/m.exec(info)?.[1] ?? 0);
          return max > 0 ? used / max : 0;
        }),
      );
      return Math.max(0, ...ratios);
    } catch (error) {
      // INFO changes nothing, so "may have run" does not matter here: any failure is `unavailable`.
      throw isStoreError(error) ? error : new StoreError('unavailable', undefined, { cause: error });
    }
  }

  /**
   * Memory for the metrics: used_memory and maxmemory summed over the masters,
   * and the fullest master's share (0 where no maxmemory is set). Read on scrape.
   */
  async memoryUsage(): Promise<{ usedBytes: number; limitBytes: number; ratio: number }> {
    if (this.client.status !== 'ready') throw new StoreError('unavailable', 'store: redis not ready');
    const masters = this.client instanceof Cluster ? this.client.nodes('master') : [this.client];
    const nodes = await Promise.all(
      masters.map(async (node) => {
        const info = await node.info('memory');
        const used = Number(/^used_memory:(\d+)/m.exec(info)?.[1] ?? 0);
        const max = Number(/^maxmemory:(\d+)/m.exec(info)?.[1] ?? 0);
        return { used, max };
      }),
    );
    return {
      usedBytes: nodes.reduce((sum, n) => sum + n.used, 0),
      limitBytes: nodes.reduce((sum, n) => sum + n.max, 0),
      ratio: Math.max(0, ...nodes.map((n) => (n.max > 0 ? n.used / n.max : 0))),
    };
  }

  /** The `maxmemory-policy` of every master (one on a single node or Sentinel). */
  async evictionPolicies(): Promise<string[]> {
    await this.ready();
    const masters = this.client instanceof Cluster ? this.client.nodes('master') : [this.client];
    return Promise.all(
      masters.map(async (node) => /maxmemory_policy:(\S+)/.exec(await node.info('memory'))?.[1] ?? 'unknown'),
    );
  }

  async ping(): Promise<boolean> {
    try {
      await this.ready();
      return (await this.client.ping()) === 'PONG';
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    if (this.client.status === 'end' || this.client.status === 'wait') {
      this.client.disconnect();
      return;
    }
    await this.client.quit().catch(() => this.client.disconnect());
  }
}
