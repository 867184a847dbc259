import type { Request } from 'autocannon';
import {
  createWorkload,
  healthWorkload,
  load,
  pairWorkload,
  peekWorkload,
  revealWorkload,
  type LoadResult,
  type RevealPool,
} from './load';
import { secretFactory, type FakeSecret, type SecretFactory } from './secrets';

/*
 * The API cases, run against several servers that are all up at once: each
 * case (workload and concurrency) runs on every server back to back, in
 * rounds that alternate the order, so that the baseline and the app meet the
 * same background load on a shared machine and their ratio means something.
 * A run is a short warm-up of the same workload (discarded), then the
 * measured part; the best round counts (interference only ever slows a run
 * down), and every round's req/s is kept. Secrets made by a server's create
 * runs are the pool its reveal runs burn, topped up before each run so that
 * it cannot run dry (which would turn reveals into 404s, counted as failed).
 */

export type ApiCase = 'create' | 'peek' | 'reveal' | 'pair' | 'health';
export type CaseResult = LoadResult & { rounds: number[] };
export type CaseResults = Partial<Record<ApiCase, Record<string, CaseResult>>>;

/** A server to load, and which cases to run on it at which concurrencies. */
export type ApiTarget = { name: string; url: string; plan: Partial<Record<ApiCase, number[]>> };

export type SuiteOptions = {
  seconds: number;
  warmupSeconds: number;
  rounds: number;
  /** Padded plaintext size of the created secrets' envelopes. */
  paddedBytes: number;
  /** Concurrencies, in the order they run. */
  concurrencies: number[];
  log: (line: string) => void;
};

type TargetState = ApiTarget & { secrets: SecretFactory; created: FakeSecret[]; results: CaseResults };

/** Runs every target's planned cases and returns their figures by target, case and concurrency. */
export async function runApiSuite(targets: ApiTarget[], o: SuiteOptions): Promise<Record<string, CaseResults>> {
  const states: TargetState[] = targets.map((t) => ({
    ...t,
    secrets: secretFactory(o.paddedBytes),
    created: [],
    results: {},
  }));
  const measure = async (
    name: ApiCase,
    c: number,
    workload: (t: TargetState) => () => Request[],
    before?: (t: TargetState, c: number, runs: LoadResult[]) => Promise<void>,
  ) => {
    const planned = states.filter((t) => t.plan[name]?.includes(c));
    const runs = new Map<TargetState, LoadResult[]>(planned.map((t) => [t, []]));
    for (let round = 0; round < o.rounds; round++) {
      for (const t of round % 2 ? [...planned].reverse() : planned) {
        await before?.(t, c, runs.get(t)!);
        await load(t.url, c, workload(t)(), { seconds: o.warmupSeconds });
        runs.get(t)!.push(await load(t.url, c, workload(t)(), { seconds: o.seconds }));
      }
    }
    for (const t of planned) {
      const all = runs.get(t)!;
      const best = all.reduce((a, b) => (b.rps > a.rps ? b : a));
      (t.results[name] ??= {})[`c${c}`] = { ...best, rounds: all.map((r) => r.rps) };
      const failures = best.failed ? `, ${best.failed} failed` : '';
      o.log(
        `  ${name} c${c} ${t.name}: ${best.rps}/s (rounds ${all.map((r) => r.rps).join(', ')}) ` +
          `p50 ${best.p50} ms p99 ${best.p99} ms${failures}`,
      );
    }
  };

  // The first seconds of a fresh process run cold code: warm each server up once, longer.
  for (const t of states) {
    const warm = t.plan.create || t.plan.reveal ? createWorkload(t.secrets, t.created) : healthWorkload();
    await load(t.url, 50, warm, { seconds: 1 });
  }
  for (const c of o.concurrencies) await measure('create', c, (t) => () => createWorkload(t.secrets, t.created));
  const peekPools = new Map<TargetState, FakeSecret[]>();
  for (const t of states.filter((s) => s.plan.peek?.length)) {
    if (t.created.length < 1000) await load(t.url, 10, createWorkload(t.secrets, t.created), { amount: 1000 });
    peekPools.set(t, t.created.slice(-1000));
  }
  for (const c of o.concurrencies) await measure('peek', c, (t) => () => peekWorkload(peekPools.get(t)!));
  const pools = new Map<TargetState, RevealPool>(states.map((t) => [t, { secrets: t.created, next: 0 }]));
  const fillPool = (t: TargetState, c: number, runs: LoadResult[]) => fillRevealPool(t, pools.get(t)!, c, runs, o);
  for (const c of o.concurrencies) {
    await measure('reveal', c, (t) => () => revealWorkload(pools.get(t)!, t.secrets), fillPool);
  }
  for (const c of o.concurrencies) await measure('pair', c, (t) => () => pairWorkload(t.secrets));
  for (const c of o.concurrencies) await measure('health', c, () => healthWorkload);
  return Object.fromEntries(states.map((t) => [t.name, t.results]));
}

/**
 * Makes sure the reveal pool holds enough unrevealed secrets for the next
 * warm-up and run: twice what the fastest figure known for this server and
 * concurrency (create, peek, or an earlier reveal round) would burn. The
 * secrets are created through the server itself, untimed.
 */
async function fillRevealPool(t: TargetState, pool: RevealPool, c: number, runs: LoadResult[], o: SuiteOptions) {
  const key = `c${c}`;
  const rate = Math.max(
    t.results.create?.[key]?.rps ?? 0,
    t.results.peek?.[key]?.rps ?? 0,
    ...runs.map((r) => r.rps),
    1000,
  );
  const missing = Math.ceil(2 * rate * (o.warmupSeconds + o.seconds)) - (pool.secrets.length - pool.next);
  if (missing <= 0) return;
  o.log(`  (${t.name}: creating ${missing} secrets for the reveal run)`);
  await load(t.url, 50, createWorkload(t.secrets, t.created), { amount: Math.max(missing, 50) });
}

/** Creates, peeks at and reveals one secret with fetch, so a misconfigured server fails loudly. */
export async function smokeTest(url: string, paddedBytes: number): Promise<void> {
  const factory = secretFactory(paddedBytes);
  const secret = factory.next();
  const json = { 'content-type': 'application/json' };
  const createBody = factory.createBody(secret);
  const revealBody = factory.revealBody(secret);
  const steps: [string, () => Promise<Response>, number][] = [
    ['create', () => fetch(`${url}/api/secrets`, { method: 'POST', headers: json, body: createBody }), 201],
    [
      'peek',
      () => fetch(`${url}/api/secrets/${secret.id}`, { headers: { authorization: `Bearer ${secret.linkProof}` } }),
      200,
    ],
    [
      'reveal',
      () => fetch(`${url}/api/secrets/${secret.id}/reveal`, { method: 'POST', headers: json, body: revealBody }),
      200,
    ],
    [
      'reveal again',
      () => fetch(`${url}/api/secrets/${secret.id}/reveal`, { method: 'POST', headers: json, body: revealBody }),
      404,
    ],
  ];
  for (const [name, step, expected] of steps) {
    const response = await step();
    if (response.status !== expected) {
      throw new Error(
        `smoke test: ${name} answered ${response.status}, expected ${expected}: ${await response.text()}`,
      );
    }
  }
}
