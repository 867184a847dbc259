import 'server-only';
import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import { LIMITED_ACTIONS, type LimitedAction } from '../policy/rate-limits';
import { STORE_ERROR_CODES, type StoreErrorCode } from '../redis/errors';
import { EVENT_TYPES, type EventType } from './event-types';
import { RequestMetrics } from './request-metrics';

/*
 * The process's Prometheus metrics (prom-client), served only by the metrics
 * listener (lib/observability/server.ts), never on the public port. Every
 * label takes values from a closed list: route templates from the routing
 * table, known methods, status codes, rate-limited actions, store error
 * codes, event types. Nothing a client sends can add a series.
 *
 * Recording is a few map look-ups and additions (the per-request pair in
 * lib/observability/request-metrics.ts, outside prom-client): it runs on every request.
 * The store's memory is sampled on scrape only, bounded by a timeout.
 */

/** How long a scrape waits for the store's memory figures before leaving them out. */
const MEMORY_SAMPLE_TIMEOUT_MS = 1000;

/** Latency buckets in seconds: the API answers in about a millisecond; file parts take longer. */
const DURATION_BUCKETS_SECONDS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * Sender notifications (lib/notify/worker.ts): sent; retried (a failure that will be tried again);
 * dead (refused, or out of attempts: the dead-letter state); capped (over the per-address email cap).
 */
export const NOTIFICATION_OUTCOMES = ['sent', 'retried', 'dead', 'capped'] as const;
export type NotificationOutcome = (typeof NOTIFICATION_OUTCOMES)[number];
export const NOTIFICATION_CHANNELS = ['email', 'slack', 'teams', 'ntfy', 'json'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/** The store's memory: bytes used and the limit (0 when Redis has no maxmemory), and the fullest node's share. */
export type StoreMemory = { usedBytes: number; limitBytes: number; ratio: number };
export type StoreMemorySampler = () => Promise<StoreMemory>;

const KNOWN_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** A request method as labels and log lines name it: a standard method, else `other`. */
export function methodLabel(method: string): string {
  return KNOWN_METHODS.has(method) ? method : 'other';
}

/** The label of a request that matched no row of the routing table. */
export const UNMATCHED_ROUTE = 'unmatched';

function build() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const state: { sampler: StoreMemorySampler | null } = { sampler: null };
  const metrics = {
    registry,
    state,
    requests: new RequestMetrics(
      { counter: 'handoff_http_requests_total', histogram: 'handoff_http_request_duration_seconds' },
      DURATION_BUCKETS_SECONDS,
    ),
    rateLimited: new Counter({
      name: 'handoff_rate_limited_total',
      help: 'Requests refused by a rate limit, by limited action.',
      labelNames: ['action'] as const,
      registers: [registry],
    }),
    storeErrors: new Counter({
      name: 'handoff_store_errors_total',
      help: 'Store failures answered to a client, by store error code.',
      labelNames: ['code'] as const,
      registers: [registry],
    }),
    storeReconnects: new Counter({
      name: 'handoff_store_reconnects_total',
      help: 'Reconnection attempts to Redis (0 on the embedded store).',
      registers: [registry],
    }),
    events: new Counter({
      name: 'handoff_events_total',
      help: 'Secret lifecycle events, by type.',
      labelNames: ['type'] as const,
      registers: [registry],
    }),
    notifications: new Counter({
      name: 'handoff_notification_deliveries_total',
      help: 'Notification deliveries by channel and outcome (dead: the dead-letter state).',
      labelNames: ['channel', 'outcome'] as const,
      registers: [registry],
    }),
    queueDepth: new Gauge({
      name: 'handoff_notification_queue_depth',
      help: 'Notification events waiting to be delivered, as of the last sweep (0 with notifications off).',
      registers: [registry],
    }),
  };
  metrics.requests.register(registry, {
    counter: 'API requests answered, by route template, method and status.',
    histogram: 'Time from the start of an API request to its answer being handed to the socket.',
  });
  for (const action of LIMITED_ACTIONS) metrics.rateLimited.inc({ action }, 0);
  for (const code of STORE_ERROR_CODES) metrics.storeErrors.inc({ code }, 0);
  for (const type of EVENT_TYPES) metrics.events.inc({ type }, 0);
  for (const channel of NOTIFICATION_CHANNELS) {
    for (const outcome of NOTIFICATION_OUTCOMES) metrics.notifications.inc({ channel, outcome }, 0);
  }
  metrics.storeReconnects.inc(0);
  metrics.queueDepth.set(0);
  storeMemoryGauges(registry, state);
  return metrics;
}

/** Gauges read from the store when scraped: bounded by a timeout, and one sample shared by the three. */
function storeMemoryGauges(registry: Registry, state: { sampler: StoreMemorySampler | null }): void {
  let pending: Promise<StoreMemory | null> | null = null;
  const sample = () => {
    pending ??= sampleWithin(state.sampler, MEMORY_SAMPLE_TIMEOUT_MS).finally(() => {
      setTimeout(() => (pending = null), 100).unref();
    });
    return pending;
  };
  const gauge = (name: string, help: string, pick: (m: StoreMemory) => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      async collect() {
        const memory = await sample();
        // NaN: unknown (an alert comparing it is false), with handoff_store_memory_sample_ok at 0.
        this.set(memory ? pick(memory) : NaN);
      },
    });
  gauge(
    'handoff_store_memory_used_bytes',
    'Memory the store uses (Redis used_memory, summed over masters).',
    (m) => m.usedBytes,
  );
  gauge(
    'handoff_store_memory_limit_bytes',
    'The store memory limit (Redis maxmemory, 0 when unset).',
    (m) => m.limitBytes,
  );
  gauge(
    'handoff_store_memory_ratio',
    'Share of the limit the fullest store node uses (0 without a limit).',
    (m) => m.ratio,
  );
  new Gauge({
    name: 'handoff_store_memory_sample_ok',
    help: '1 when the last scrape read the store memory, 0 when the store did not answer in time.',
    registers: [registry],
    async collect() {
      this.set((await sample()) ? 1 : 0);
    },
  });
}

async function sampleWithin(sampler: StoreMemorySampler | null, timeoutMs: number): Promise<StoreMemory | null> {
  if (!sampler) return null;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), timeoutMs)));
  try {
    return await Promise.race([sampler().catch(() => null), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

// Next bundles instrumentation and each route with their own copy of this module: one registry per process.
const SLOT = Symbol.for('handoff.metrics');
type Metrics = ReturnType<typeof build>;
type Slot = { [SLOT]?: Metrics };

function metrics(): Metrics {
  const slot = globalThis as Slot;
  return (slot[SLOT] ??= build());
}

/** Counts one answered API request. `route` is the routing table's template, or UNMATCHED_ROUTE. */
export function recordRequest(route: string, method: string, status: number, seconds: number): void {
  metrics().requests.record(route, methodLabel(method), status, seconds);
}

export function recordRateLimited(action: LimitedAction): void {
  metrics().rateLimited.inc({ action });
}

export function recordStoreError(code: StoreErrorCode): void {
  metrics().storeErrors.inc({ code });
}

export function recordStoreReconnect(): void {
  metrics().storeReconnects.inc();
}

/** Counts an event; lib/observability/events.ts is the one caller (recordEvent). */
export function countEvent(type: EventType): void {
  metrics().events.inc({ type });
}

/** Counts one notification delivery outcome (lib/notify/worker.ts). */
export function recordNotification(channel: NotificationChannel, outcome: NotificationOutcome): void {
  metrics().notifications.inc({ channel, outcome });
}

/** Events waiting for delivery, as the notification worker's last sweep counted them. */
export function setNotificationQueueDepth(depth: number): void {
  metrics().queueDepth.set(depth);
}

/** Sets how the store's memory is read on scrape (the store of this process; set once). */
export function setStoreMemorySampler(sampler: StoreMemorySampler): void {
  metrics().state.sampler = sampler;
}

/** The exposition: Prometheus text format 0.0.4. */
export async function metricsExposition(): Promise<{ contentType: string; body: string }> {
  const { registry } = metrics();
  return { contentType: registry.contentType, body: await registry.metrics() };
}
