import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { API_ROUTES } from '@/lib/api/router';
import { EVENT_TYPES } from '@/lib/observability/event-types';
import { freePort, startApp, type Started } from '../support/processes';
import { parsePrometheusText, sampleNames, sampleValue, type Family } from '../support/prom-text';
import { newProof } from '../support/secrets';
import { postJson, shareText } from '../support/client';

/*
 * The metrics listener of the built app (issue 23): its own port, a bearer
 * token, a strict parse of every scrape, counters that move with requests,
 * and every metric the example alert rules and dashboard use present in a
 * real scrape. The audit trail rides along: one line per event, no id.
 */

const TOKEN = 'metrics-token-0123456789abcdef';

const stores = [
  ['redis', () => ({ REDIS_URL: inject('redisUrl'), REDIS_KEY_PREFIX: `${inject('keyPrefix')}metrics:` })],
  ['memory', () => ({})],
] as const;

describe.each(stores)('metrics on the %s store', (_name, env) => {
  let app: Started & { output: () => string };
  let metricsUrl: string;
  let auditDir: string;
  let auditFile: string;
  beforeAll(async () => {
    const port = await freePort();
    auditDir = mkdtempSync(join(tmpdir(), 'handoff-audit-'));
    auditFile = join(auditDir, 'audit.jsonl');
    metricsUrl = `http://127.0.0.1:${port}/metrics`;
    app = await startApp({
      ...env(),
      HANDOFF_METRICS_PORT: String(port),
      HANDOFF_METRICS_TOKEN: TOKEN,
      HANDOFF_AUDIT: 'file',
      HANDOFF_AUDIT_FILE: auditFile,
      HANDOFF_PASSWORD_ATTEMPTS: '1',
      HANDOFF_RATE_MANAGE: '3/600',
    });
  });
  afterAll(async () => {
    await app?.stop();
    rmSync(auditDir, { recursive: true, force: true });
  });

  async function scrape(): Promise<Map<string, Family>> {
    const response = await fetch(metricsUrl, { headers: { Authorization: `Bearer ${TOKEN}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    return parsePrometheusText(await response.text());
  }

  it('is not served on the public port', async () => {
    for (const path of ['/metrics', '/api/metrics', '/metrics/', '/api/metrics?x=1']) {
      const response = await fetch(`${app.url}${path}`, { headers: { Authorization: `Bearer ${TOKEN}` } });
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toContain('handoff_http_requests_total');
    }
  });

  it('answers a scrape only with the bearer token, and nothing but /metrics', async () => {
    expect((await fetch(metricsUrl)).status).toBe(401);
    const wrong = await fetch(metricsUrl, { headers: { Authorization: `Bearer ${TOKEN}x` } });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toBe('Bearer');
    const other = await fetch(metricsUrl.replace('/metrics', '/api/health'), {
      headers: { Authorization: `Bearer ${TOKEN}` },
    });
    expect(other.status).toBe(404);
    await scrape();
  });

  it('counts requests by route template, events by type, refusals by action, and reads the store memory', async () => {
    const before = await scrape();
    const requests = (families: Map<string, Family>, route: string, method: string, status: string) =>
      sampleValue(families, 'handoff_http_requests_total', { route, method, status }) ?? 0;
    const event = (families: Map<string, Family>, type: string) =>
      sampleValue(families, 'handoff_events_total', { type }) ?? 0;

    // Created twice, revealed once (view-once: burned), revoked once, locked once, refused by a limit.
    const once = await shareText(app.url, 'metrics once');
    expect((await postJson(`${app.url}/api/secrets/${once.id}/reveal`, { linkProof: once.linkProof })).status).toBe(
      200,
    );
    const revoked = await shareText(app.url, 'metrics revoked');
    const auth = { Authorization: `Bearer ${revoked.manageToken}` };
    expect((await fetch(`${app.url}/api/secrets/${revoked.id}`, { method: 'DELETE', headers: auth })).status).toBe(204);
    const locked = await shareText(app.url, 'metrics locked', { password: 'pw' });
    const wrong = { linkProof: locked.linkProof, passwordProof: newProof() };
    expect((await postJson(`${app.url}/api/secrets/${locked.id}/reveal`, wrong)).status).toBe(403);
    let limited = 0;
    for (let i = 0; i < 5; i += 1) {
      const status = await fetch(`${app.url}/api/secrets/${revoked.id}/status`, { headers: auth });
      if (status.status === 429) limited += 1;
    }
    expect(limited).toBeGreaterThan(0);
    expect((await fetch(`${app.url}/api/no/such/${once.id}`)).status).toBe(404);

    const after = await scrape();
    const moved = (route: string, method: string, status: string) =>
      requests(after, route, method, status) - requests(before, route, method, status);
    expect(moved('/api/secrets', 'POST', '201')).toBe(3);
    expect(moved('/api/secrets/{id}/reveal', 'POST', '200')).toBe(1);
    expect(moved('/api/secrets/{id}/reveal', 'POST', '403')).toBe(1);
    expect(moved('/api/secrets/{id}', 'DELETE', '204')).toBe(1);
    expect(moved('/api/secrets/{id}/status', 'GET', '429')).toBe(limited);
    expect(moved('unmatched', 'GET', '404')).toBe(1);
    const count = (families: Map<string, Family>) =>
      sampleValue(families, 'handoff_http_request_duration_seconds_count', {
        route: '/api/secrets',
        method: 'POST',
      }) ?? 0;
    expect(count(after) - count(before)).toBe(3);
    expect(event(after, 'created') - event(before, 'created')).toBe(3);
    expect(event(after, 'revealed') - event(before, 'revealed')).toBe(1);
    expect(event(after, 'burned') - event(before, 'burned')).toBe(1);
    expect(event(after, 'revoked') - event(before, 'revoked')).toBe(1);
    expect(event(after, 'locked') - event(before, 'locked')).toBe(1);
    const refusals = (f: Map<string, Family>) =>
      sampleValue(f, 'handoff_rate_limited_total', { action: 'manage' }) ?? 0;
    expect(refusals(after) - refusals(before)).toBe(limited);

    // Every label value comes from a closed list: the routing table's templates, or `unmatched`.
    const templates = new Set([...API_ROUTES.map((r) => r.template), 'unmatched']);
    for (const s of after.get('handoff_http_requests_total')!.samples) expect(templates).toContain(s.labels.route);
    const scrapeText = [...after.values()].flatMap((f) => f.samples.map((s) => JSON.stringify(s.labels))).join('\n');
    for (const secret of [once, revoked, locked]) expect(scrapeText).not.toContain(secret.id);

    expect(sampleValue(after, 'handoff_store_memory_sample_ok')).toBe(1);
    expect(sampleValue(after, 'handoff_store_memory_used_bytes')).toBeGreaterThan(0);
    expect(sampleValue(after, 'handoff_store_memory_ratio')).toBeGreaterThanOrEqual(0);
    expect(sampleValue(after, 'process_cpu_seconds_total')).toBeGreaterThan(0);
    for (const type of EVENT_TYPES) expect(sampleValue(after, 'handoff_events_total', { type })).toBeDefined();
    for (const outcome of ['sent', 'retried', 'dead']) {
      expect(sampleValue(after, 'handoff_notification_deliveries_total', { outcome })).toBe(0);
    }
    expect(sampleValue(after, 'handoff_notification_queue_depth')).toBe(0);
  });

  it('exports every metric that the example alert rules and the Grafana dashboard use', async () => {
    const names = sampleNames(await scrape());
    for (const file of ['docs/observability/alerts.yml', 'docs/observability/grafana-dashboard.json']) {
      const text = readFileSync(file, 'utf8');
      const used = new Set(text.match(/\b(?:handoff|process|nodejs)_[a-z0-9_]+\b/g));
      expect(used.size, file).toBeGreaterThan(3);
      for (const name of used) expect(names, `${name} (${file})`).toContain(name);
    }
  });

  it('writes one audit line per event, with a reference that is not the id', async () => {
    const shared = await shareText(app.url, 'audited', { maxViews: 1 });
    expect((await postJson(`${app.url}/api/secrets/${shared.id}/reveal`, { linkProof: shared.linkProof })).status).toBe(
      200,
    );
    // The file is appended to asynchronously: wait for the burn's line.
    const deadline = Date.now() + 5000;
    const lastType = () => JSON.parse(readFileSync(auditFile, 'utf8').trim().split('\n').at(-1)!).type;
    while (lastType() !== 'secret.burned') {
      if (Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const lines = readFileSync(auditFile, 'utf8').trim().split('\n');
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    for (const entry of entries) {
      expect(Object.keys(entry).sort()).toEqual(['actor', 'audit', 'ref', 'time', 'type']);
      expect(entry.actor).toBeNull();
      expect(EVENT_TYPES.map((t) => `secret.${t}`)).toContain(entry.type);
      expect(String(entry.ref)).toMatch(/^[A-Za-z0-9_-]{22}$/);
    }
    const last = entries.slice(-3);
    expect(last.map((e) => e.type)).toEqual(['secret.created', 'secret.revealed', 'secret.burned']);
    expect(new Set(last.map((e) => e.ref)).size).toBe(1);
    const text = readFileSync(auditFile, 'utf8');
    expect(text).not.toContain(shared.id);
    expect(text).not.toContain(shared.id.slice(0, 16));
    expect(text).not.toContain(shared.linkProof.slice(0, 16));
  });
});
