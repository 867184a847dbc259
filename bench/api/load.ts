import autocannon, { type Request } from 'autocannon';
import type { FakeSecret, SecretFactory } from './secrets';

/*
 * Workloads for autocannon (loopback, keep-alive, one request in flight per
 * connection) and the figures taken from a run. Latencies and throughput are
 * taken here from each response: autocannon's histogram rounds latencies to
 * whole milliseconds, and its duration includes connecting.
 */

export type LoadResult = {
  /** Successful (2xx) requests per second; for `pair`, create-then-reveal pairs per second. */
  rps: number;
  /** Latency of one request, milliseconds. */
  p50: number;
  p99: number;
  ok: number;
  failed: number;
  seconds: number;
};

const JSON_HEADERS = { 'content-type': 'application/json' };

function percentile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

const round = (n: number, digits: number) => Number(n.toFixed(digits));

/** Runs `requests` over `connections` connections for `seconds` (or `amount` requests). */
export async function load(
  url: string,
  connections: number,
  requests: Request[],
  limit: { seconds: number } | { amount: number },
): Promise<LoadResult> {
  const latencies: number[] = [];
  let first = 0;
  let last = 0;
  const instance = autocannon({
    url,
    connections,
    requests,
    timeout: 10,
    // autocannon notices the end of `duration` only at a sample tick (every second by default).
    sampleInt: 50,
    ...('seconds' in limit ? { duration: limit.seconds } : { amount: limit.amount }),
  });
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    if (status >= 300) return;
    last = performance.now();
    if (latencies.length === 0) first = last;
    latencies.push(ms);
  });
  const result = await instance;
  const sorted = Float64Array.from(latencies).sort();
  const perPass = requests.length;
  // Throughput between the first and the last success: connection set-up and the end of the run
  // (noticed at a sample tick) are not part of it.
  const seconds = (last - first) / 1000;
  return {
    rps: round(seconds > 0 ? (latencies.length - 1) / perPass / seconds : 0, 0),
    p50: round(percentile(sorted, 0.5), 2),
    p99: round(percentile(sorted, 0.99), 2),
    ok: result['2xx'],
    failed: result.non2xx + result.errors,
    seconds: round(seconds, 3),
  };
}

/** POST /api/secrets with fresh secrets; each one answered 201 is appended to `created`. */
export function createWorkload(secrets: SecretFactory, created: FakeSecret[]): Request[] {
  return [
    {
      method: 'POST',
      path: '/api/secrets',
      headers: JSON_HEADERS,
      setupRequest: (request, context) => {
        const secret = secrets.next();
        context.secret = secret;
        return { ...request, body: secrets.createBody(secret) };
      },
      onResponse: (status, _body, context) => {
        if (status === 201) created.push(context.secret as FakeSecret);
      },
    },
  ];
}

/** GET /api/secrets/:id (peek, consumes nothing), cycling over `pool`. */
export function peekWorkload(pool: FakeSecret[]): Request[] {
  let i = 0;
  return [
    {
      method: 'GET',
      setupRequest: (request) => {
        const secret = pool[i++ % pool.length]!;
        return {
          ...request,
          path: `/api/secrets/${secret.id}`,
          headers: { authorization: `Bearer ${secret.linkProof}` },
        };
      },
    },
  ];
}

/**
 * A reveal pool: secrets that exist on the server, each revealed (burned)
 * once; `next` is the first unused, `ranDry` is set once it was used up.
 */
export type RevealPool = { secrets: FakeSecret[]; next: number; ranDry?: boolean };

/**
 * POST /api/secrets/:id/reveal, each secret of the pool once (view-once: the
 * reveal deletes it). Once the pool is used up it sends unknown ids (404,
 * counted as failed) and sets `ranDry`.
 */
export function revealWorkload(pool: RevealPool, secrets: SecretFactory): Request[] {
  return [
    {
      method: 'POST',
      headers: JSON_HEADERS,
      setupRequest: (request) => {
        let secret = pool.secrets[pool.next++];
        if (!secret) {
          pool.ranDry = true;
          secret = secrets.next();
        }
        return { ...request, path: `/api/secrets/${secret.id}/reveal`, body: secrets.revealBody(secret) };
      },
    },
  ];
}

/** A create, then the reveal of that same secret, on one connection. */
export function pairWorkload(secrets: SecretFactory): Request[] {
  return [
    {
      method: 'POST',
      path: '/api/secrets',
      headers: JSON_HEADERS,
      setupRequest: (request, context) => {
        const secret = secrets.next();
        context.secret = secret;
        return { ...request, body: secrets.createBody(secret) };
      },
    },
    {
      method: 'POST',
      headers: JSON_HEADERS,
      setupRequest: (request, context) => {
        const secret = context.secret as FakeSecret;
        return { ...request, path: `/api/secrets/${secret.id}/reveal`, body: secrets.revealBody(secret) };
      },
    },
  ];
}

/** GET /api/health: the cheapest route a server has. */
export function healthWorkload(): Request[] {
  return [{ method: 'GET', path: '/api/health' }];
}
