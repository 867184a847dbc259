import 'server-only';
import type { Registry } from 'prom-client';

/*
 * The two metrics written on every API request, kept in plain nested maps
 * and turned into Prometheus samples only when scraped. prom-client's own
 * Counter and Histogram hash and validate their labels on every call: about
 * as much CPU as a cheap handler's whole answer on this machine
 * (docs/performance.md §Observability). Here a request costs three map
 * look-ups, an addition and a bucket scan; no string is built.
 */

type Bucketed = { counts: Float64Array; sum: number; count: number };
type Nested<T> = Map<string, Map<string, T>>;

/** A metric object as prom-client's Registry reads it (`get()` on every scrape). */
type CustomMetric = {
  name: string;
  help: string;
  type: 'counter' | 'histogram';
  aggregator: 'sum';
  get(): Promise<{
    name: string;
    help: string;
    type: string;
    aggregator: 'sum';
    values: { value: number; labels: Record<string, string>; metricName?: string }[];
  }>;
};

function child<T>(map: Nested<T>, a: string, b: string, create: () => T): T {
  let inner = map.get(a);
  if (!inner) map.set(a, (inner = new Map()));
  let value = inner.get(b);
  if (value === undefined) inner.set(b, (value = create()));
  return value;
}

/** Request counts by route, method and status, and a latency histogram by route and method. */
export class RequestMetrics {
  private readonly counts: Nested<Map<number, number>> = new Map();
  private readonly timings: Nested<Bucketed> = new Map();

  constructor(
    private readonly names: { counter: string; histogram: string },
    private readonly bucketsSeconds: readonly number[],
  ) {}

  /** `method` must already be a closed-list label (methodLabel). */
  record(route: string, method: string, status: number, seconds: number): void {
    const statuses = child(this.counts, route, method, () => new Map<number, number>());
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
    const timing = child(this.timings, route, method, () => ({
      counts: new Float64Array(this.bucketsSeconds.length + 1),
      sum: 0,
      count: 0,
    }));
    let bucket = 0;
    while (bucket < this.bucketsSeconds.length && seconds > this.bucketsSeconds[bucket]!) bucket += 1;
    timing.counts[bucket]! += 1;
    timing.sum += seconds;
    timing.count += 1;
  }

  /** Adds the two metrics to a prom-client registry. */
  register(registry: Registry, help: { counter: string; histogram: string }): void {
    const counter: CustomMetric = {
      name: this.names.counter,
      help: help.counter,
      type: 'counter',
      aggregator: 'sum',
      get: async () => ({ ...this.meta(counter), values: this.counterValues() }),
    };
    const histogram: CustomMetric = {
      name: this.names.histogram,
      help: help.histogram,
      type: 'histogram',
      aggregator: 'sum',
      get: async () => ({ ...this.meta(histogram), values: this.histogramValues() }),
    };
    // The registry needs only name, help, type and get(); these are not prom-client classes.
    registry.registerMetric(counter as unknown as Parameters<Registry['registerMetric']>[0]);
    registry.registerMetric(histogram as unknown as Parameters<Registry['registerMetric']>[0]);
  }

  private meta(metric: CustomMetric) {
    return { name: metric.name, help: metric.help, type: metric.type, aggregator: metric.aggregator };
  }

  private counterValues() {
    const values: { value: number; labels: Record<string, string> }[] = [];
    for (const [route, methods] of this.counts) {
      for (const [method, statuses] of methods) {
        for (const [status, value] of statuses)
          values.push({ value, labels: { route, method, status: String(status) } });
      }
    }
    return values;
  }

  private histogramValues() {
    const name = this.names.histogram;
    const values: { value: number; labels: Record<string, string>; metricName: string }[] = [];
    for (const [route, methods] of this.timings) {
      for (const [method, timing] of methods) {
        let cumulative = 0;
        this.bucketsSeconds.forEach((le, i) => {
          cumulative += timing.counts[i]!;
          values.push({ value: cumulative, labels: { route, method, le: String(le) }, metricName: `${name}_bucket` });
        });
        values.push({ value: timing.count, labels: { route, method, le: '+Inf' }, metricName: `${name}_bucket` });
        values.push({ value: timing.sum, labels: { route, method }, metricName: `${name}_sum` });
        values.push({ value: timing.count, labels: { route, method }, metricName: `${name}_count` });
      }
    }
    return values;
  }
}
