import { recogniseAws } from './aws';
import { dotenvNames } from './dotenv';
import { recogniseJwts } from './jwt';
import { DETECTION_KINDS, KINDS, SEVERITY_ORDER, type DetectionKind } from './kinds';
import { recognisePrefixed } from './prefixed';
import { recognisePrivateKeys } from './private-keys';
import { recogniseServiceAccount } from './service-account';
import { Tally, type Recogniser } from './tally';
import { recogniseTwilio } from './twilio';
import type { DotenvFinding, Finding, KeyFinding } from './types';
import { recogniseConnectionUrls } from './urls';

/** Larger than any secret the form accepts (1 MiB); beyond it, only the start is read. */
export const MAX_SCAN_CHARS = 2 * 1024 * 1024;
/** Variable names listed for a .env file; `count` still says how many there are. */
export const MAX_LISTED_NAMES = 100;

// The service account recogniser runs before the private key one, which leaves its key to it.
const RECOGNISERS: readonly Recogniser[] = [
  recognisePrefixed,
  recogniseAws,
  recogniseTwilio,
  recogniseServiceAccount,
  recognisePrivateKeys,
  recogniseJwts,
  recogniseConnectionUrls,
];

const CATALOGUE_ORDER = new Map(DETECTION_KINDS.map((kind, i) => [kind, i]));

function findingOf<K extends DetectionKind>(kind: K, count: number) {
  return { kind, severity: KINDS[kind].severity, advice: KINDS[kind].advice, count };
}

/**
 * Recognises common credential formats in pasted text, locally: pure, no I/O,
 * linear in the length of the text.
 * @param text - what the sender pasted
 * @returns what was found, most severe first; the text itself never appears in it
 * @example
 *   detect('DATABASE_URL=postgres://app:' + 'hunter2' + '@db.example.com/app')
 *   // → [{ kind: 'postgres-url', … }, { kind: 'dotenv', names: ['DATABASE_URL'], … }]
 */
export function detect(text: string): Finding[] {
  const scanned = text.length > MAX_SCAN_CHARS ? text.slice(0, MAX_SCAN_CHARS) : text;
  const tally = new Tally();
  for (const recognise of RECOGNISERS) recognise(scanned, tally);

  const findings: Finding[] = [...tally.counts()].map(
    ([kind, count]) => findingOf(kind as KeyFinding['kind'], count) satisfies KeyFinding,
  );
  const names = dotenvNames(scanned);
  if (names) {
    const dotenv: DotenvFinding = { ...findingOf('dotenv', names.length), names: names.slice(0, MAX_LISTED_NAMES) };
    findings.push(dotenv);
  }
  return findings.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (CATALOGUE_ORDER.get(a.kind) ?? 0) - (CATALOGUE_ORDER.get(b.kind) ?? 0),
  );
}
