import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '@/lib/config';
import { auditRef } from '@/lib/observability/audit';
import { metricsExposition, recordRequest, setStoreMemorySampler } from '@/lib/observability/metrics';
import { parsePrometheusText, sampleValue } from '../support/prom-text';

/*
 * Observability settings, the in-process registry and the strict
 * Prometheus text parser the integration tests rely on.
 */

describe('observability settings', () => {
  it('are off and quiet by default', () => {
    expect(parseConfig({}).observability).toEqual({ metrics: null, logLevel: 'info', audit: null, auditKey: null });
  });

  it('read the metrics listener, the log level and the audit trail', () => {
    const config = parseConfig({
      HANDOFF_METRICS_PORT: '9464',
      HANDOFF_METRICS_TOKEN: 'a-long-enough-token',
      HANDOFF_LOG_LEVEL: 'debug',
      HANDOFF_AUDIT: 'file',
      HANDOFF_AUDIT_FILE: '/var/log/handoff/audit.jsonl',
      HANDOFF_AUDIT_KEY: 'ab'.repeat(32),
    }).observability;
    expect(config.metrics).toEqual({ port: 9464, host: '127.0.0.1', token: 'a-long-enough-token' });
    expect(config.logLevel).toBe('debug');
    expect(config.audit).toEqual({ sink: 'file', path: '/var/log/handoff/audit.jsonl' });
    expect(config.auditKey?.length).toBe(32);
    expect(parseConfig({ HANDOFF_AUDIT: 'stdout' }).observability.audit).toEqual({ sink: 'stdout' });
  });

  it('list every bad value in one error', () => {
    let error: unknown;
    try {
      parseConfig({
        HANDOFF_METRICS_PORT: '70000',
        HANDOFF_METRICS_HOST: 'not a host',
        HANDOFF_METRICS_TOKEN: 'short',
        HANDOFF_LOG_LEVEL: 'loud',
        HANDOFF_AUDIT: 'syslog',
        HANDOFF_AUDIT_KEY: 'xyz',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const name of [
      'HANDOFF_METRICS_PORT',
      'HANDOFF_METRICS_HOST',
      'HANDOFF_METRICS_TOKEN',
      'HANDOFF_LOG_LEVEL',
      'HANDOFF_AUDIT',
      'HANDOFF_AUDIT_KEY',
    ]) {
      expect(problems).toContain(name);
    }
  });

  it('refuse a file audit without a file, and a token without a metrics port', () => {
    expect(() => parseConfig({ HANDOFF_AUDIT: 'file' })).toThrow(/HANDOFF_AUDIT_FILE: is required/);
    expect(() => parseConfig({ HANDOFF_METRICS_TOKEN: 'a-long-enough-token' })).toThrow(/HANDOFF_METRICS_TOKEN/);
  });
});

describe('the audit reference', () => {
  it('is stable under one key, differs under another, and does not contain the id', () => {
    const id = 'AAAAAAAAAAAAAAAAAAAAAA';
    const key = Buffer.alloc(32, 1);
    expect(auditRef(key, id)).toBe(auditRef(key, id));
    expect(auditRef(Buffer.alloc(32, 2), id)).not.toBe(auditRef(key, id));
    expect(auditRef(key, id)).not.toContain(id.slice(0, 8));
    expect(auditRef(key, id)).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });
});

describe('the metrics registry', () => {
  it('exposes well-formed text whose counters move, with unknown methods folded into `other`', async () => {
    setStoreMemorySampler(async () => ({ usedBytes: 10, limitBytes: 100, ratio: 0.1 }));
    const read = async () => parsePrometheusText((await metricsExposition()).body);
    const before = await read();
    recordRequest('/api/health', 'GET', 200, 0.002);
    recordRequest('/api/health', 'BREW', 405, 0.001);
    const after = await read();
    const count = (f: typeof after, labels: Record<string, string>) =>
      sampleValue(f, 'handoff_http_requests_total', labels) ?? 0;
    expect(count(after, { route: '/api/health', method: 'GET', status: '200' })).toBe(
      count(before, { route: '/api/health', method: 'GET', status: '200' }) + 1,
    );
    expect(count(after, { route: '/api/health', method: 'other', status: '405' })).toBe(1);
    expect(sampleValue(after, 'handoff_store_memory_ratio')).toBe(0.1);
    expect(sampleValue(after, 'handoff_store_memory_sample_ok')).toBe(1);
  });

  it('reports the store memory as unknown (NaN) when the store does not answer in time, without failing the scrape', async () => {
    setStoreMemorySampler(() => new Promise(() => undefined));
    await new Promise((r) => setTimeout(r, 150)); // let the last shared sample expire
    const started = Date.now();
    const families = parsePrometheusText((await metricsExposition()).body);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(sampleValue(families, 'handoff_store_memory_sample_ok')).toBe(0);
    expect(sampleValue(families, 'handoff_store_memory_ratio')).toBeNaN();
  });
});

describe('the strict Prometheus text parser', () => {
  const good = '# HELP x_total A counter.\n# TYPE x_total counter\nx_total{a="1",b="q\\"\\n"} 3\n';

  it('reads names, labels with escapes and values', () => {
    const families = parsePrometheusText(good);
    expect(families.get('x_total')!.samples).toEqual([{ name: 'x_total', labels: { a: '1', b: 'q"\n' }, value: 3 }]);
  });

  it.each([
    ['no final newline', good.trimEnd()],
    ['a sample without TYPE', 'y 1\n'],
    ['a bad value', '# TYPE x gauge\nx one\n'],
    ['a value with a stray suffix', '# TYPE x gauge\nx 1.5x\n'],
    ['a bad label escape', '# TYPE x gauge\nx{a="\\t"} 1\n'],
    ['an unterminated label', '# TYPE x gauge\nx{a="1} 1\n'],
    ['a duplicate series', '# TYPE x gauge\nx{a="1"} 1\nx{a="1"} 2\n'],
    ['TYPE after samples', '# TYPE x gauge\nx 1\n# TYPE x gauge\n'],
    ['an unknown type', '# TYPE x meter\n'],
    ['buckets that shrink', '# TYPE h histogram\nh_bucket{le="1"} 2\nh_bucket{le="+Inf"} 1\nh_count 1\nh_sum 1\n'],
    ['no +Inf bucket', '# TYPE h histogram\nh_bucket{le="1"} 1\nh_count 1\nh_sum 1\n'],
    ['+Inf unlike _count', '# TYPE h histogram\nh_bucket{le="+Inf"} 2\nh_count 1\nh_sum 1\n'],
  ])('refuses %s', (_what, text) => {
    expect(() => parsePrometheusText(text)).toThrow(/prom-text/);
  });
});
