import 'server-only';
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
 * them with every other bad variable in its one message.
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
] as const;

const TTL_LIST = TTL_CHOICES_SECONDS.map(durationText).join(', ');
const VIEW_LIST = VIEW_CHOICES.join(', ');

/** A parser that reports into `problems`. */
class Reader {
  readonly problems: string[] = [];
  constructor(private readonly env: Env) {}

  text(name: string): string | undefined {
    const value = this.env[name]?.trim();
    return value ? value : undefined;
  }

  problem(name: string, message: string): void {
    this.problems.push(`${name}: ${message}`);
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
export function parsePolicy(env: Env, maxFileBytes: number): { policy: InstancePolicy; problems: string[] } {
  const r = new Reader(env);
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
