import 'server-only';
import { createHash } from 'node:crypto';
import { Cluster, Redis, type RedisOptions } from 'ioredis';
import type { RedisTarget } from './target';
import { StoreError, isStoreError, storeErrorFromRedis } from './errors';
import { DEFAULT_MAX_IN_FLIGHT } from './limits';
import { ReplicaAck, type ReplicaAckOptions } from './replica-ack';

export type RedisConnectionOptions = {
  target: RedisTarget;
  /** How long a request waits for a connection before answering 503. */
  connectTimeoutMs?: number;
  commandTimeoutMs?: number;
  /**
   * Most store calls waiting for Redis at once (HANDOFF_STORE_MAX_IN_FLIGHT). Beyond it a call
   * fails at once with `unavailable`, before anything is sent, so a stalled Redis cannot pile up
   * requests and memory in the app.
   */
  maxInFlight?: number;
  /**
   * Acknowledgement by replicas (HANDOFF_REDIS_MIN_REPLICAS_ACK): scripts that change secrets then
   * run on a connection of their own, where `acknowledged` can WAIT for them. Not on Cluster.
   */
  replicaAck?: ReplicaAckOptions;
  /** Where the connection's own lines go (the server's logger; console by default). */
  log?: { error(message: string): void; info(message: string): void };
  /** Called on each reconnection attempt (the metrics count them). */
  onReconnect?: () => void;
};

type BufferScripting = {
  evalshaBuffer(sha: string, numKeys: number, ...args: (string | number | Buffer)[]): Promise<unknown>;
  evalBuffer(source: string, numKeys: number, ...args: (string | number | Buffer)[]): Promise<unknown>;
};

/**
 * A Lua script and its SHA-1, for EVALSHA. `changesSecrets`: it may create,
 * consume, revoke or complete a secret, so a failure after sending it is
 * `outcome_unknown`, never `unavailable` (see storeErrorFromRedis).
 */
export type Script = { source: string; sha: string; changesSecrets: boolean };

export function script(source: string, { changesSecrets }: { changesSecrets: boolean }): Script {
  return { source, sha: createHash('sha1').update(source).digest('hex'), changesSecrets };
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
  /** With replicaAck: the connection of the scripts that change secrets, and their WAITs. */
  private readonly writer: Redis | null = null;
  private readonly ack: ReplicaAck | null = null;
  private lastErrorLoggedAt = 0;
  private lastShedLoggedAt = 0;
  /** Set while the deployment is found unsafe: every command then fails with 503, and health too. */
  private blockedBecause: string | null = null;
  /** A deployment check started on (re)connect: commands wait for it before being sent. */
  private checking: Promise<void> | null = null;
  private watchTimer: NodeJS.Timeout | null = null;
  /** Store calls issued and not yet settled (see maxInFlight). */
  private inFlightCalls = 0;

  private readonly log: { error(message: string): void; info(message: string): void };

  constructor(private readonly options: RedisConnectionOptions) {
    this.log = options.log ?? console;
    this.client = this.listened(createClient(options));
    if (options.replicaAck) {
      if (options.target.mode === 'cluster')
        throw new Error('store: replica acknowledgement is not supported on Cluster');
      // A write waits behind at most one WAIT, then for its own: room for both in the command timeout.
      const commandTimeoutMs = (options.commandTimeoutMs ?? 5000) + 2 * options.replicaAck.timeoutMs;
      this.writer = this.listened(createClient({ ...options, commandTimeoutMs })) as Redis;
      this.ack = new ReplicaAck(this.writer, options.replicaAck);
    }
  }

  /** Without a listener ioredis prints every failed reconnect; log one line a minute at most. */
  private listened<T extends Redis | Cluster>(client: T): T {
    // Every call waiting for a connection listens for `ready` (ready()): up to maxInFlight at once, which
    // is no leak, so Node's "possible EventEmitter memory leak" warning would be noise (review O5).
    client.setMaxListeners(this.maxInFlight + 16);
    client.on('error', (error: Error) => {
      if (Date.now() - this.lastErrorLoggedAt < 60_000) return;
      this.lastErrorLoggedAt = Date.now();
      this.log.error(`store: redis error: ${error.message}`);
    });
    if (this.options.onReconnect) client.on('reconnecting', this.options.onReconnect);
    return client;
  }

  /** Waits for a usable connection, bounded by the connect timeout. */
  async ready(client: Redis | Cluster = this.client): Promise<void> {
    if (client.status === 'ready') return;
    if (client.status === 'wait') client.connect().catch(() => undefined);
    const timeoutMs = this.options.connectTimeoutMs ?? 2000;
    await new Promise<void>((resolve, reject) => {
      const done = (error?: Error) => {
        clearTimeout(timer);
        client.off('ready', onReady);
        if (error) reject(error);
        else resolve();
      };
      const onReady = () => done();
      const timer = setTimeout(() => done(new StoreError('unavailable', 'store: redis not ready')), timeoutMs);
      client.on('ready', onReady);
    });
  }

  /**
   * After a script that changes secrets has answered: true once the configured
   * number of replicas hold it (at once without replicaAck), false when they
   * did not acknowledge it within the timeout. The script ran either way.
   */
  acknowledged(): Promise<boolean> {
    return this.ack ? this.ack.acknowledged() : Promise.resolve(true);
  }

  /** Store calls issued and not yet settled. */
  get inFlight(): number {
    return this.inFlightCalls;
  }

  /**
   * Runs a script by SHA, loading it on NOSCRIPT (which means it did not run).
   * Arguments may be Buffers (binary-safe); with `buffers` every bulk string
   * in the reply comes back as a Buffer instead of being decoded as UTF-8.
   * @throws StoreError `unavailable` at once when maxInFlight calls are already waiting (nothing
   *   was sent); `full` when Redis refuses a write for lack of memory; `outcome_unknown` when a
   *   script that changes secrets may have run; else `unavailable` (see storeErrorFromRedis)
   */
  async run(
    s: Script,
    keys: readonly string[],
    args: (string | number | Buffer)[],
    { buffers = false }: { buffers?: boolean } = {},
  ): Promise<unknown> {
    if (this.blockedBecause) throw new StoreError('unavailable', this.blockedBecause);
    if (this.inFlightCalls >= this.maxInFlight) throw this.shed();
    this.inFlightCalls += 1;
    try {
      return await this.send(s, keys, args, buffers);
    } finally {
      this.inFlightCalls -= 1;
    }
  }

  private get maxInFlight(): number {
    return this.options.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT;
  }

  /** The refusal of a call beyond maxInFlight, logged once a minute at most. */
  private shed(): StoreError {
    if (Date.now() - this.lastShedLoggedAt >= 60_000) {
      this.lastShedLoggedAt = Date.now();
      this.log.error(`store: ${this.maxInFlight} calls waiting for Redis; refusing more (HANDOFF_STORE_MAX_IN_FLIGHT)`);
    }
    return new StoreError('unavailable', 'store: too many calls in flight');
  }

  private async send(
    s: Script,
    keys: readonly string[],
    args: (string | number | Buffer)[],
    buffers: boolean,
  ): Promise<unknown> {
    // ioredis generates a `…Buffer` twin of every command but does not declare these two. (Not
    // callBuffer: with auto-pipelining it drops the command name.)
    const target = s.changesSecrets && this.writer ? this.writer : this.client;
    const client = target as (Redis | Cluster) & BufferScripting;
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
      if (target.status !== 'ready') await this.ready(target);
      if (this.checking) await this.checking;
      if (this.blockedBecause) throw new StoreError('unavailable', this.blockedBecause);
      try {
        return await evalsha();
      } catch (error) {
        if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
        return await evalSource();
      }
    } catch (error) {
      throw storeErrorFromRedis(error, s.changesSecrets);
    }
  }

  /** Refuses every further command (and fails health), with the reason logged once. */
  block(reason: string): void {
    if (this.blockedBecause !== reason) this.log.error(reason);
    this.blockedBecause = reason;
  }

  /** Serves again after block, once the deployment is found safe again. */
  unblock(): void {
    if (!this.blockedBecause) return;
    this.blockedBecause = null;
    this.log.info('store: the Redis deployment is safe again; serving from it');
  }

  /** Why commands are refused, or null while they are not. */
  get blocked(): string | null {
    return this.blockedBecause;
  }

  /**
   * Runs `check` on every (re)connect, before any command is sent on the new
   * connection, and every `intervalMs` while the connection lasts. `check`
   * must not throw; it calls block or unblock.
   */
  watch(check: () => Promise<void>, intervalMs: number): void {
    const onReady = () => {
      const pending = check().finally(() => {
        if (this.checking === pending) this.checking = null;
      });
      this.checking = pending;
    };
    this.client.on('ready', onReady);
    this.writer?.on('ready', onReady);
    let periodic: Promise<void> | null = null;
    if (this.watchTimer) clearInterval(this.watchTimer);
    this.watchTimer = setInterval(() => {
      if (periodic || this.client.status !== 'ready') return;
      periodic = check().finally(() => (periodic = null));
    }, intervalMs);
    this.watchTimer.unref();
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

  /** True when Redis answers and the deployment is not blocked: what health and readiness report. */
  async ping(): Promise<boolean> {
    if (this.blockedBecause) return false;
    try {
      await this.ready();
      return (await this.client.ping()) === 'PONG';
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    if (this.watchTimer) clearInterval(this.watchTimer);
    this.watchTimer = null;
    await Promise.all([this.client, this.writer].map((client) => client && quit(client)));
  }
}

async function quit(client: Redis | Cluster): Promise<void> {
  if (client.status === 'end' || client.status === 'wait') {
    client.disconnect();
    return;
  }
  await client.quit().catch(() => client.disconnect());
}
