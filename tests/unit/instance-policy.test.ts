import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRequestPolicy, requestExpiryHelp } from '@/cli/instance-policy';
import { CliError } from '@/cli/errors';
import { routeApi } from '@/lib/api/router';
import { ConfigError, parseConfig } from '@/lib/config';
import { parsePolicy } from '@/lib/config/policy';
import { TTL_CHOICES_SECONDS, VIEW_CHOICES } from '@/lib/policy';
import { durationSeconds, durationText } from '@/lib/policy/durations';
import { policyViolation } from '@/lib/policy/check';
import { OPEN_POLICY } from '@/lib/policy/instance';
import { openApiDocument } from '@/lib/schemas/openapi';
import { policyResponseSchema } from '@/lib/schemas/policy';
import { handlerDeps } from '../support/api-deps';
import { b64, newId, newProof, secretFixture, verifierOf } from '../support/secrets';

/*
 * The instance policy (lib/config/policy.ts, lib/policy/instance.ts): parsed
 * from the environment so that it can only narrow the product's choices,
 * with every problem in the one start-up message, and enforced at the API edge.
 */

const MAX_FILE_BYTES = 25 * 1024 * 1024;
const parse = (env: Record<string, string>) => parsePolicy(env, MAX_FILE_BYTES);

describe('the instance policy from the environment', () => {
  it('offers every product choice when nothing is set', () => {
    expect(parse({})).toEqual({ policy: OPEN_POLICY, problems: [] });
  });

  it('reads a 7-day maximum with a required password', () => {
    const { policy, problems } = parse({ HANDOFF_TTL_MAX: '7d', HANDOFF_REQUIRE_PASSWORD: '1' });
    expect(problems).toEqual([]);
    expect(policy.ttlChoices).toEqual([300, 3600, 86400, 604800]);
    expect(policy.defaultTtlSeconds).toBe(86400);
    expect(policy.requestTtlChoices).toEqual([3600, 86400, 604800]);
    expect(policy.requirePassword).toBe(true);
  });

  it('takes a default below the product default when that is not offered', () => {
    const { policy } = parse({ HANDOFF_TTL_CHOICES: '5m,1h', HANDOFF_VIEW_CHOICES: '2,3' });
    expect(policy.defaultTtlSeconds).toBe(3600);
    expect(policy.defaultMaxViews).toBe(2);
  });

  it('refuses a lifetime the server cannot hold, a default not offered, and more files than v1 carries', () => {
    const { problems } = parse({
      HANDOFF_TTL_CHOICES: '1h,90d',
      HANDOFF_VIEW_CHOICES: '1,2',
      HANDOFF_VIEW_DEFAULT: '3',
      HANDOFF_MAX_FILES: '21',
      HANDOFF_REQUIRE_PASSWORD: 'yes',
      HANDOFF_TTL_MAX: '1m',
    });
    expect(problems).toEqual([
      'HANDOFF_TTL_CHOICES: "90d" is not one of 5m, 1h, 1d, 7d, 30d',
      'HANDOFF_TTL_MAX: leaves no choice to offer',
      'HANDOFF_REQUIRE_PASSWORD: must be 0 or 1; not "yes"',
      'HANDOFF_MAX_FILES: must be a number of files, 0 (files off) … 20; not "21"',
      'HANDOFF_VIEW_DEFAULT: 3 is not offered (offered: 1, 2)',
    ]);
  });

  it('lists policy problems with every other bad variable in the one start-up message', () => {
    const run = () => parseConfig({ HANDOFF_TTL_MAX: 'soon', HANDOFF_RECEIPT_DAYS: '-1', HANDOFF_BRAND_ACCENT: 'red' });
    expect(run).toThrow(ConfigError);
    try {
      run();
    } catch (error) {
      const { problems } = error as ConfigError;
      expect(problems.some((p) => p.startsWith('HANDOFF_RECEIPT_DAYS'))).toBe(true);
      expect(problems.some((p) => p.startsWith('HANDOFF_TTL_MAX'))).toBe(true);
      expect(problems.some((p) => p.startsWith('HANDOFF_BRAND_ACCENT'))).toBe(true);
    }
  });

  it('only ever narrows: any choices and maximum give a valid policy or a named problem (property)', () => {
    const anyTtl = fc.subarray([...TTL_CHOICES_SECONDS], { minLength: 1 });
    const anyViews = fc.subarray([...VIEW_CHOICES], { minLength: 1 });
    fc.assert(
      fc.property(anyTtl, anyViews, fc.integer({ min: 1, max: 40 * 86400 }), (ttl, views, max) => {
        const { policy, problems } = parse({
          HANDOFF_TTL_CHOICES: ttl.map(durationText).join(','),
          HANDOFF_VIEW_CHOICES: views.join(','),
          HANDOFF_TTL_MAX: String(max),
        });
        const kept = ttl.filter((s) => s <= max);
        if (kept.length === 0) {
          expect(problems).toEqual(['HANDOFF_TTL_MAX: leaves no choice to offer']);
          return;
        }
        expect(problems).toEqual([]);
        expect(policy.ttlChoices).toEqual([...kept].sort((a, b) => a - b));
        expect(policy.ttlChoices).toContain(policy.defaultTtlSeconds);
        expect(policy.viewChoices).toContain(policy.defaultMaxViews);
        expect(policy.requestTtlChoices.length).toBeGreaterThan(0);
        // What GET /api/policy serves is what its schema (and so the clients) accept.
        expect(policyResponseSchema.safeParse(policy).success).toBe(true);
      }),
    );
  });

  it('reads every spelling of a lifetime the CLI writes (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9_999_999 }), (s) => {
        expect(durationSeconds(durationText(s))).toBe(s);
      }),
    );
    expect(durationSeconds('7 days')).toBeNull();
  });
});

describe('the instance policy from a file (HANDOFF_POLICY_FILE)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-policy-file-'));
  let n = 0;
  function file(content: string): string {
    const path = join(dir, `policy-${n++}.json`);
    writeFileSync(path, content);
    return path;
  }

  it('reads the same settings as the variables', () => {
    const path = file(
      JSON.stringify({
        ttlMax: '7d',
        viewChoices: [1, 3],
        viewDefault: 3,
        requirePassword: true,
        minPasswordLength: 12,
      }),
    );
    const fromFile = parse({ HANDOFF_POLICY_FILE: path });
    expect(fromFile.problems).toEqual([]);
    const fromEnv = parse({
      HANDOFF_TTL_MAX: '7d',
      HANDOFF_VIEW_CHOICES: '1,3',
      HANDOFF_VIEW_DEFAULT: '3',
      HANDOFF_REQUIRE_PASSWORD: '1',
      HANDOFF_MIN_PASSWORD_LENGTH: '12',
    });
    expect(fromFile.policy).toEqual(fromEnv.policy);
    expect(fromFile.policy.viewChoices).toEqual([1, 3]);
  });

  it('accepts a variable that agrees with the file, and lists one that contradicts it with every other problem', () => {
    const path = file(JSON.stringify({ ttlMax: '7d', ttlDefault: '30d', maxFiles: 3 }));
    expect(parse({ HANDOFF_POLICY_FILE: path, HANDOFF_MAX_FILES: '3', HANDOFF_TTL_DEFAULT: '1d' }).problems).toEqual([
      `HANDOFF_TTL_DEFAULT: "1d" conflicts with HANDOFF_POLICY_FILE's ttlDefault (30d); set it in one place`,
    ]);
    const { problems } = parse({ HANDOFF_POLICY_FILE: path, HANDOFF_MAX_FILES: '5', HANDOFF_VIEW_MAX: 'many' });
    expect(problems).toEqual([
      `HANDOFF_MAX_FILES: "5" conflicts with HANDOFF_POLICY_FILE's maxFiles (3); set it in one place`,
      'HANDOFF_VIEW_MAX: must be a number of views, at least 1; not "many"',
      'HANDOFF_POLICY_FILE: ttlDefault: 30d is not offered (offered: 5m, 1h, 1d, 7d)',
    ]);
  });

  it('refuses an unreadable, non-JSON or misspelt file, naming the problem', () => {
    expect(parse({ HANDOFF_POLICY_FILE: join(dir, 'missing.json') }).problems).toEqual([
      'HANDOFF_POLICY_FILE: cannot read the file (ENOENT)',
    ]);
    expect(parse({ HANDOFF_POLICY_FILE: file('ttlMax: 7d') }).problems).toEqual([
      'HANDOFF_POLICY_FILE: the file is not JSON',
    ]);
    const misspelt = parse({ HANDOFF_POLICY_FILE: file(JSON.stringify({ ttlMaximum: '7d', requirePassword: 'yes' })) });
    expect(misspelt.problems).toHaveLength(2);
    expect(misspelt.problems.join('\n')).toMatch(/HANDOFF_POLICY_FILE: requirePassword: .*boolean/);
    expect(misspelt.problems.join('\n')).toMatch(/HANDOFF_POLICY_FILE: .*ttlMaximum/);
    expect(parse({ HANDOFF_POLICY_FILE: file(JSON.stringify({ ttlChoices: ['1h', '90d'] })) }).problems).toEqual([
      'HANDOFF_POLICY_FILE: ttlChoices: "90d" is not one of 5m, 1h, 1d, 7d, 30d',
    ]);
  });
});

describe('the policy at the API edge', () => {
  const policy = parse({ HANDOFF_TTL_MAX: '7d', HANDOFF_REQUIRE_PASSWORD: '1', HANDOFF_VIEW_MAX: '3' }).policy;
  const deps = handlerDeps({ policy });

  async function create(overrides: { ttlSeconds?: number; maxViews?: number; password?: boolean }) {
    const { secret } = secretFixture({ password: overrides.password ?? true });
    const body = {
      id: secret.id,
      envelope: secret.envelope,
      linkVerifier: secret.linkVerifier,
      passwordVerifier: secret.passwordVerifier,
      kdf: secret.kdf,
      ttlSeconds: overrides.ttlSeconds ?? 86400,
      maxViews: overrides.maxViews ?? 1,
    };
    const request = {
      method: 'POST',
      headers: new Headers({ 'content-type': 'application/json' }),
      body: null,
      preloadedBody: { kind: 'bytes' as const, bytes: new TextEncoder().encode(JSON.stringify(body)) },
    };
    const reply = await routeApi(request, '/api/secrets', deps);
    return { status: reply.status, body: JSON.parse(String(reply.body)) as Record<string, unknown> };
  }

  it('refuses a 30-day secret with 400 policy_violation naming the lifetimes allowed', async () => {
    const { status, body } = await create({ ttlSeconds: 2592000 });
    expect(status).toBe(400);
    expect(body).toMatchObject({
      error: 'policy_violation',
      policy: { rule: 'ttl', allowed: [300, 3600, 86400, 604800] },
    });
  });

  it('refuses a secret without a password, and too many views', async () => {
    expect((await create({ password: false })).body).toMatchObject({ policy: { rule: 'password', allowed: true } });
    expect((await create({ maxViews: 5 })).body).toMatchObject({ policy: { rule: 'views', allowed: [1, 2, 3] } });
  });

  it('stores what the policy allows', async () => {
    expect((await create({ ttlSeconds: 604800, maxViews: 3 })).status).toBe(201);
  });

  async function createRequest(r: { ttlSeconds: number; answerTtlSeconds: number; maxViews: number }) {
    const body = {
      id: newId(),
      note: b64(randomBytes(256 + 29)),
      submitVerifier: verifierOf(newProof()),
      collectVerifier: verifierOf(newProof()),
      manageVerifier: verifierOf(newProof()),
      ...r,
    };
    const request = {
      method: 'POST',
      headers: new Headers({ 'content-type': 'application/json' }),
      body: null,
      preloadedBody: { kind: 'bytes' as const, bytes: new TextEncoder().encode(JSON.stringify(body)) },
    };
    const reply = await routeApi(request, '/api/requests', deps);
    return { status: reply.status, body: JSON.parse(String(reply.body)) as Record<string, unknown> };
  }

  it("holds a request's answer to a secret's lifetimes and views, and never asks it for a password", async () => {
    const ok = { ttlSeconds: 604800, answerTtlSeconds: 604800, maxViews: 3 };
    expect(await createRequest({ ...ok, ttlSeconds: 2592000 })).toMatchObject({
      status: 400,
      body: { error: 'policy_violation', policy: { rule: 'requestTtl', allowed: [3600, 86400, 604800] } },
    });
    expect(await createRequest({ ...ok, answerTtlSeconds: 2592000 })).toMatchObject({
      status: 400,
      body: { error: 'policy_violation', policy: { rule: 'ttl', allowed: [300, 3600, 86400, 604800] } },
    });
    expect(await createRequest({ ...ok, maxViews: 5 })).toMatchObject({
      status: 400,
      body: { error: 'policy_violation', policy: { rule: 'views', allowed: [1, 2, 3] } },
    });
    expect((await createRequest(ok)).status).toBe(201);
  });

  it('has `handoff request` check the same choices, naming what is allowed', () => {
    const origin = 'https://handoff.example';
    const message = (r: { ttlSeconds: number; answerTtlSeconds: number; maxViews: number }) => {
      try {
        checkRequestPolicy(policy, origin, r);
        return null;
      } catch (error) {
        expect(error).toBeInstanceOf(CliError);
        return (error as CliError).message;
      }
    };
    const ok = { ttlSeconds: 604800, answerTtlSeconds: 604800, maxViews: 3 };
    expect(message(ok)).toBeNull();
    expect(message({ ...ok, ttlSeconds: 2592000 })).toBe(
      `--expires 30d is not allowed on ${origin}; its policy allows 1h, 1d or 7d`,
    );
    expect(message({ ...ok, answerTtlSeconds: 2592000 })).toBe(
      `--answer-expires 30d is not allowed on ${origin}; its policy allows 5m, 1h, 1d or 7d`,
    );
    expect(message({ ...ok, maxViews: 5 })).toBe(`--views 5 is not allowed on ${origin}; its policy allows 1, 2 or 3`);
    expect(requestExpiryHelp(policy)).toBe('1h, 1d (default) or 7d');
    expect(requestExpiryHelp()).toBe('1h, 1d (default), 7d or 30d');
  });

  it("lists only the instance's choices in the OpenAPI document", () => {
    const schemas = openApiDocument(policy).components.schemas as Record<
      string,
      { properties: Record<string, { enum?: number[] }> }
    >;
    expect(schemas.CreateSecretRequest!.properties.ttlSeconds!.enum).toEqual([300, 3600, 86400, 604800]);
    expect(schemas.CreateSecretRequest!.properties.maxViews!.enum).toEqual([1, 2, 3]);
  });

  it('is what the clients check before sending', () => {
    expect(policyViolation(policy, { ttlSeconds: 2592000 })).toEqual({ rule: 'ttl', allowed: policy.ttlChoices });
    expect(policyViolation(policy, { password: '' })).toEqual({ rule: 'password', allowed: true });
    const strict = { ...policy, minPasswordLength: 12 };
    expect(policyViolation(strict, { password: 'short' })).toEqual({ rule: 'password', allowed: 12 });
    expect(policyViolation(strict, { password: 'k7mq-x3rt-9bfw-h2pn' })).toBeNull();
  });
});
