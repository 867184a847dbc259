import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { send } from '@/cli/commands/send';
import { DEFAULT_EXPIRY, DEFAULT_VIEWS, EXPIRY_CHOICES, expiryText } from '@/cli/options';
import { ttlOptions, viewOptions } from '@/components/create/options';
import { parseConfig } from '@/lib/config';
import { LOCALES } from '@/lib/i18n';
import { CATALOGUES } from '../support/catalogues';
import {
  DEFAULT_MAX_VIEWS,
  DEFAULT_TTL_SECONDS,
  LIMITED_ACTIONS,
  MAX_FILES_PER_SECRET,
  RATE_LIMITS,
  TTL_CHOICES_SECONDS,
  VIEW_CHOICES,
  formatLimit,
} from '@/lib/policy';
import { MAX_FILES, MIN_FILES } from '@/lib/protocol/v1';
import { API_ERRORS } from '@/lib/schemas/errors';
import { openApiDocument } from '@/lib/schemas/openapi';
import { createSecretRequestSchema } from '@/lib/schemas/secrets';

/*
 * Every closed list has one definition (lib/policy, lib/protocol/errors.ts);
 * the code derives from it, and these tests hold what cannot import it to it:
 * the CLI's choices and help, the OpenAPI enums, docs/api.md, docs/deploy.md
 * and README. Adding a lifetime, a view count, a rate-limited action or an
 * error code without its counterparts fails here.
 */

const apiGuide = readFileSync('docs/api.md', 'utf8');
const deployGuide = readFileSync('docs/deploy.md', 'utf8');
const readme = readFileSync('README.md', 'utf8');

/** The one match of `pattern` in `text`, its groups; fails the test when there is none. */
function groups(text: string, pattern: RegExp): string[] {
  const match = pattern.exec(text);
  expect(match, `${pattern} not found`).not.toBeNull();
  return match!.slice(1);
}

/** `a, b, c or d` (also `a, b, c, d`) as its items. */
const items = (list: string) => list.split(/, | or /).map((s) => s.trim());

/** The schema of a component of the OpenAPI document. */
function component(name: string): { properties: Record<string, { enum?: unknown[] }> } {
  const schemas = openApiDocument().components.schemas as Record<string, unknown>;
  return schemas[name] as { properties: Record<string, { enum?: unknown[] }> };
}

const { en } = CATALOGUES;
const lifetimes: number[] = [...TTL_CHOICES_SECONDS];
const viewCounts: number[] = [...VIEW_CHOICES];

describe('lifetimes', () => {
  it('are the CLI --expires choices, in order, with the same default', () => {
    expect(Object.values(EXPIRY_CHOICES)).toEqual(lifetimes);
    expect(EXPIRY_CHOICES[DEFAULT_EXPIRY]).toBe(DEFAULT_TTL_SECONDS);
    const [listed] = groups(send.help, /--expires T +lifetime: (.+)/);
    expect(items(listed!)).toEqual(
      lifetimes.map((s) => expiryText(s) + (s === DEFAULT_TTL_SECONDS ? ' (default)' : '')),
    );
  });

  it('are what the API accepts and the OpenAPI enum lists', () => {
    const ttl = createSecretRequestSchema.shape.ttlSeconds;
    for (const seconds of lifetimes) expect(ttl.safeParse(seconds).success, String(seconds)).toBe(true);
    for (const seconds of lifetimes) expect(ttl.safeParse(seconds + 1).success, String(seconds + 1)).toBe(false);
    expect(component('CreateSecretRequest').properties.ttlSeconds?.enum).toEqual(lifetimes);
  });

  it('each have a label in every catalogue, as the web form offers them', () => {
    for (const locale of LOCALES) {
      const options = ttlOptions(CATALOGUES[locale]);
      expect(options.map((o) => o.value)).toEqual(lifetimes);
      for (const { value, label } of options) expect(label, `${locale} ${value}`).toMatch(/\S/);
    }
  });

  it('are the ones docs/api.md and README list', () => {
    const [field] = groups(apiGuide, /^\| `ttlSeconds` +\| ([^|]+?) +\|$/m);
    expect(items(field!).map(Number)).toEqual(lifetimes);
    const [cli, cliDefault] = groups(apiGuide, /`--expires ([\w|]+)` \(default (\w+)\)/);
    expect(cli!.split('|')).toEqual(Object.keys(EXPIRY_CHOICES));
    expect(cliDefault).toBe(DEFAULT_EXPIRY);
    const [readmeList] = groups(readme, /^- Lifetimes: (.+?)\. Views:/m);
    const labels = lifetimes.map((s) => en.create.ttl[s as keyof typeof en.create.ttl]);
    expect(items(readmeList!)).toEqual(
      labels.map((l, i) => (lifetimes[i] === DEFAULT_TTL_SECONDS ? `${l} (default)` : l)),
    );
  });
});

describe('view counts', () => {
  it('are the CLI --views choices (tests/unit/cli-options.test.ts probes every count), with the same default', () => {
    expect(DEFAULT_VIEWS).toBe(DEFAULT_MAX_VIEWS);
    const [listed] = groups(send.help, /--views N +how many times the link opens: (.+)/);
    expect(items(listed!)).toEqual(viewCounts.map((n) => (n === DEFAULT_MAX_VIEWS ? `${n} (default)` : String(n))));
  });

  it('are the OpenAPI enum and what the web form offers', () => {
    expect(component('CreateSecretRequest').properties.maxViews?.enum).toEqual(viewCounts);
    expect(viewOptions(en).map((o) => o.value)).toEqual(viewCounts);
  });

  it('are the ones docs/api.md and README list', () => {
    const [field] = groups(apiGuide, /^\| `maxViews` +\| ([^|]+?) +\|$/m);
    expect(items(field!).map(Number)).toEqual(viewCounts);
    const [cli, cliDefault] = groups(apiGuide, /`--views ([\d|]+)` \(default (\d+)\)/);
    expect(cli!.split('|').map(Number)).toEqual(viewCounts);
    expect(Number(cliDefault)).toBe(DEFAULT_MAX_VIEWS);
    const [readmeList] = groups(readme, /^- Lifetimes: .+?\. Views: (.+?)\.$/m);
    expect(items(readmeList!)).toEqual(viewCounts.map((n) => (n === DEFAULT_MAX_VIEWS ? `${n} (default)` : String(n))));
  });
});

describe('files per secret', () => {
  it('may be lowered by policy, never raised above the v1 bundle layout', () => {
    expect(MAX_FILES_PER_SECRET).toBeGreaterThanOrEqual(MIN_FILES);
    expect(MAX_FILES_PER_SECRET).toBeLessThanOrEqual(MAX_FILES);
  });

  it('are what the CLI help and README state', () => {
    expect(send.help).toContain(`(repeatable, up to ${MAX_FILES_PER_SECRET})`);
    expect(readme).toContain(`- Files: up to ${MAX_FILES_PER_SECRET} per secret`);
  });
});

describe('rate-limited actions', () => {
  const defaults = Object.fromEntries(
    LIMITED_ACTIONS.map((a) => [RATE_LIMITS[a].env, formatLimit(RATE_LIMITS[a].default)]),
  );

  it('each have a HANDOFF_RATE_* variable, with the table default', () => {
    expect(parseConfig({}).rateLimits).toEqual(
      Object.fromEntries(LIMITED_ACTIONS.map((a) => [a, RATE_LIMITS[a].default])),
    );
    for (const action of LIMITED_ACTIONS) {
      const { rateLimits } = parseConfig({ [RATE_LIMITS[action].env]: '7/11' });
      expect(rateLimits[action], action).toEqual({ count: 7, windowSeconds: 11 });
      for (const other of LIMITED_ACTIONS.filter((a) => a !== action)) {
        expect(rateLimits[other], `${action} leaves ${other}`).toEqual(RATE_LIMITS[other].default);
      }
    }
  });

  for (const [name, guide] of [
    ['README', readme],
    ['docs/deploy.md', deployGuide],
  ] as const) {
    it(`are the HANDOFF_RATE_* rows of ${name}, with their defaults`, () => {
      const rows = [...guide.matchAll(/^\| `(HANDOFF_RATE_\w+)` +\| `([^`]*)` +\|/gm)].map((m) => [m[1], m[2]]);
      expect(Object.fromEntries(rows)).toEqual(defaults);
      expect(rows).toHaveLength(LIMITED_ACTIONS.length);
    });
  }
});

describe('API error codes', () => {
  it('are the OpenAPI error enum (docs/api.md: tests/unit/cli-docs.test.ts)', () => {
    expect(component('ApiError').properties.error?.enum).toEqual(Object.keys(API_ERRORS));
  });
});
