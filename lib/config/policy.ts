import 'server-only';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import {
  DEFAULT_MAX_VIEWS,
  DEFAULT_TTL_SECONDS,
  MAX_FILES_PER_SECRET,
  TTL_CHOICES_SECONDS,
  VIEW_CHOICES,
} from '../policy';
import { durationSeconds, durationText } from '../policy/durations';
import { MAX_TEXT_BYTES_LIMIT, type InstancePolicy } from '../policy/instance';
import { DEFAULT_REQUEST_TTL_SECONDS, REQUEST_TTL_CHOICES_SECONDS } from '../policy/requests';

/*
 * The instance policy from the environment (README § Configuration, docs/deploy.md
 * § Instance policy). Every variable is optional; unset, the instance offers
 * every product choice. Problems are returned, not thrown, so lib/config lists
 * them with every other bad variable in its one message. The same settings may
 * come from a JSON file (HANDOFF_POLICY_FILE); a variable that says otherwise
 * than the file is a problem, never a silent override.
 */

type Env = Record<string, string | undefined>;

/** The variables of the instance policy, for docs and tests. */
export const POLICY_ENV = [
  'HANDOFF_TTL_CHOICES',
  'HANDOFF_TTL_MAX',
  'HANDOFF_TTL_DEFAULT',
  'HANDOFF_VIEW_CHOICES',
  'HANDOFF_VIEW_MAX',
  'HANDOFF_VIEW_DEFAULT',
  'HANDOFF_REQUIRE_PASSWORD',
  'HANDOFF_MIN_PASSWORD_LENGTH',
  'HANDOFF_MAX_TEXT_BYTES',
  'HANDOFF_MAX_FILES',
  'HANDOFF_POLICY_FILE',
] as const;

/** The policy file's keys and the variables they stand for. */
const FILE_KEYS = {
  ttlChoices: 'HANDOFF_TTL_CHOICES',
  ttlMax: 'HANDOFF_TTL_MAX',
  ttlDefault: 'HANDOFF_TTL_DEFAULT',
  viewChoices: 'HANDOFF_VIEW_CHOICES',
  viewMax: 'HANDOFF_VIEW_MAX',
  viewDefault: 'HANDOFF_VIEW_DEFAULT',
  requirePassword: 'HANDOFF_REQUIRE_PASSWORD',
  minPasswordLength: 'HANDOFF_MIN_PASSWORD_LENGTH',
  maxTextBytes: 'HANDOFF_MAX_TEXT_BYTES',
  maxFiles: 'HANDOFF_MAX_FILES',
} as const;

const lifetime = z.string().max(16);
const views = z.int().min(0).max(1_000_000_000);

/** HANDOFF_POLICY_FILE: the variables' settings as JSON, e.g. {"ttlMax": "7d", "requirePassword": true}. */
const policyFileSchema = z.strictObject({
  ttlChoices: z.array(lifetime).min(1).max(16).optional(),
  ttlMax: lifetime.optional(),
  ttlDefault: lifetime.optional(),
  viewChoices: z.array(views).min(1).max(16).optional(),
  viewMax: views.optional(),
  viewDefault: views.optional(),
  requirePassword: z.boolean().optional(),
  minPasswordLength: views.optional(),
  maxTextBytes: views.optional(),
  maxFiles: views.optional(),
});

/** A policy file larger than this is not a policy file. */
const MAX_POLICY_FILE_BYTES = 64 * 1024;

/**
 * The environment with HANDOFF_POLICY_FILE's settings merged in, as the variables they stand for.
 * @returns the merged environment, which variables came from the file (named by their key), and the problems
 */
function withPolicyFile(env: Env): { env: Env; fromFile: Map<string, string>; problems: string[] } {
  const path = env.HANDOFF_POLICY_FILE?.trim();
  const fromFile = new Map<string, string>();
  if (!path) return { env, fromFile, problems: [] };
  const fail = (message: string) => ({ env, fromFile, problems: [`HANDOFF_POLICY_FILE: ${message}`] });
  let text: string;
  try {
    const bytes = readFileSync(path);
    if (bytes.length > MAX_POLICY_FILE_BYTES)
      return fail(`the file is larger than ${MAX_POLICY_FILE_BYTES / 1024} KiB`);
    text = bytes.toString('utf8');
  } catch (error) {
    return fail(`cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail('the file is not JSON');
  }
  const parsed = policyFileSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (i) => `HANDOFF_POLICY_FILE: ${i.path.length > 0 ? `${i.path.join('.')}: ` : ''}${i.message}`,
    );
    return { env, fromFile, problems };
  }
  const merged: Env = { ...env };
  const problems: string[] = [];
  for (const [key, name] of Object.entries(FILE_KEYS) as [keyof typeof FILE_KEYS, string][]) {
    const value = parsed.data[key];
    if (value === undefined) continue;
    const spelled = Array.isArray(value)
      ? value.join(',')
      : typeof value === 'boolean'
        ? value
          ? '1'
          : '0'
        : String(value);
    const set = env[name]?.trim();
    if (set && set !== spelled) {
      problems.push(
        `${name}: "${set.slice(0, 40)}" conflicts with HANDOFF_POLICY_FILE's ${key} (${spelled}); set it in one place`,
      );
      continue;
    }
    merged[name] = spelled;
    fromFile.set(name, `HANDOFF_POLICY_FILE: ${key}`);
  }
  return { env: merged, fromFile, problems };
}

const TTL_LIST = TTL_CHOICES_SECONDS.map(durationText).join(', ');
const VIEW_LIST = VIEW_CHOICES.join(', ');

/** A parser that reports into `problems`. */
class Reader {
  readonly problems: string[] = [];
  /** @param fromFile - the variables set by HANDOFF_POLICY_FILE, and how its problems name them */
  constructor(
    private readonly env: Env,
    private readonly fromFile: ReadonlyMap<string, string> = new Map(),
  ) {}

  text(name: string): string | undefined {
    const value = this.env[name]?.trim();
    return value ? value : undefined;
  }

  problem(name: string, message: string): void {
    this.problems.push(`${this.fromFile.get(name) ?? name}: ${message}`);
  }

  /** A list of `choices` (durations or counts), ascending and without repeats; undefined if unset or bad. */
  list(name: string, parse: (item: string) => number | null, choices: readonly number[], spelled: string) {
    const raw = this.text(name);
    if (raw === undefined) return undefined;
    const values: number[] = [];
    for (const item of raw.split(',')) {
      const value = parse(item);
      if (value === null || !choices.includes(value)) {
        this.problem(name, `"${item.trim()}" is not one of ${spelled}`);
        return undefined;
      }
      if (!values.includes(value)) values.push(value);
    }
    return values.sort((a, b) => a - b);
  }

  one(name: string, parse: (item: string) => number | null, check: (n: number) => boolean, expected: string) {
    const raw = this.text(name);
    if (raw === undefined) return undefined;
    const value = parse(raw);
    if (value === null || !check(value)) {
      this.problem(name, `must be ${expected}; not "${raw.slice(0, 40)}"`);
      return undefined;
    }
    return value;
  }
}

const count = (text: string) => (/^\d{1,9}$/.test(text.trim()) ? Number(text.trim()) : null);

/** The default: the configured one if offered, else the product's, else the largest offered below it, else the smallest. */
function pickDefault(
  reader: Reader,
  name: string,
  configured: number | undefined,
  offered: readonly number[],
  fallback: number,
  spell: (n: number) => string,
): number {
  if (configured !== undefined) {
    if (offered.includes(configured)) return configured;
    reader.problem(name, `${spell(configured)} is not offered (offered: ${offered.map(spell).join(', ')})`);
  }
  if (offered.includes(fallback)) return fallback;
  return offered.filter((n) => n < fallback).at(-1) ?? offered[0]!;
}

/** The choices at most `max`; a problem when none is left. */
function capped(reader: Reader, name: string, choices: readonly number[], max: number | undefined): number[] {
  if (max === undefined) return [...choices];
  const kept = choices.filter((n) => n <= max);
  if (kept.length === 0) reader.problem(name, 'leaves no choice to offer');
  return kept.length > 0 ? kept : [choices[0]!];
}

/**
 * Parses the instance policy.
 * @param maxFileBytes - HANDOFF_MAX_FILE_BYTES, parsed with the rest of the configuration
 * @returns the policy, and every problem found (empty when valid)
 */
export function parsePolicy(given: Env, maxFileBytes: number): { policy: InstancePolicy; problems: string[] } {
  const file = withPolicyFile(given);
  const r = new Reader(file.env, file.fromFile);
  r.problems.push(...file.problems);
  const ttlAll = r.list('HANDOFF_TTL_CHOICES', durationSeconds, TTL_CHOICES_SECONDS, TTL_LIST) ?? TTL_CHOICES_SECONDS;
  const ttlMax = r.one('HANDOFF_TTL_MAX', durationSeconds, (n) => n > 0, 'a lifetime such as 1h, 7d or 30d');
  const ttlChoices = capped(r, 'HANDOFF_TTL_MAX', ttlAll, ttlMax);
  const ttlDefault = r.one('HANDOFF_TTL_DEFAULT', durationSeconds, (n) => n > 0, 'a lifetime such as 1h or 1d');
  const viewAll = r.list('HANDOFF_VIEW_CHOICES', count, VIEW_CHOICES, VIEW_LIST) ?? VIEW_CHOICES;
  const viewMax = r.one('HANDOFF_VIEW_MAX', count, (n) => n > 0, 'a number of views, at least 1');
  const viewChoices = capped(r, 'HANDOFF_VIEW_MAX', viewAll, viewMax);
  const viewDefault = r.one('HANDOFF_VIEW_DEFAULT', count, (n) => n > 0, 'a number of views, at least 1');
  // A request stays open at most as long as a secret may live; at least its shortest choice (1h) is kept.
  const longest = ttlChoices.at(-1)!;
  const requestTtlChoices = REQUEST_TTL_CHOICES_SECONDS.filter((n) => n <= longest);
  if (requestTtlChoices.length === 0) requestTtlChoices.push(REQUEST_TTL_CHOICES_SECONDS[0]);
  const requirePassword = r.one(
    'HANDOFF_REQUIRE_PASSWORD',
    (t) => ({ '0': 0, '1': 1 })[t] ?? null,
    () => true,
    '0 or 1',
  );
  const minPasswordLength = r.one('HANDOFF_MIN_PASSWORD_LENGTH', count, (n) => n <= 128, 'a length, 0 … 128');
  const maxTextBytes = r.one(
    'HANDOFF_MAX_TEXT_BYTES',
    count,
    (n) => n >= 1 && n <= MAX_TEXT_BYTES_LIMIT,
    `a number of bytes, 1 … ${MAX_TEXT_BYTES_LIMIT}`,
  );
  const maxFiles = r.one(
    'HANDOFF_MAX_FILES',
    count,
    (n) => n <= MAX_FILES_PER_SECRET,
    `a number of files, 0 (files off) … ${MAX_FILES_PER_SECRET}`,
  );
  const policy: InstancePolicy = {
    ttlChoices,
    defaultTtlSeconds: pickDefault(r, 'HANDOFF_TTL_DEFAULT', ttlDefault, ttlChoices, DEFAULT_TTL_SECONDS, durationText),
    viewChoices,
    defaultMaxViews: pickDefault(r, 'HANDOFF_VIEW_DEFAULT', viewDefault, viewChoices, DEFAULT_MAX_VIEWS, String),
    requestTtlChoices,
    defaultRequestTtlSeconds: pickDefault(r, '', undefined, requestTtlChoices, DEFAULT_REQUEST_TTL_SECONDS, String),
    requirePassword: requirePassword === 1,
    minPasswordLength: minPasswordLength ?? 0,
    maxTextBytes: maxTextBytes ?? MAX_TEXT_BYTES_LIMIT,
    maxFiles: maxFiles ?? MAX_FILES_PER_SECRET,
    maxFileBytes,
  };
  return { policy, problems: r.problems };
}
