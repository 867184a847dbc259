import { DETECTION_STRINGS_EN, type DetectionStrings } from './advice';
import type { DotenvFinding, Finding } from './types';

/** Longest suggested label; the history keeps up to 200 characters. */
export const MAX_SUGGESTED_LABEL_CHARS = 120;
const LISTED_LABELS = 2;
const LISTED_NAMES = 4;

function listed(strings: DetectionStrings, items: readonly string[], shown: number, total = items.length): string {
  const head = items.slice(0, shown).join(', ');
  return total > shown ? `${head} ${strings.text.moreShort(total - shown)}` : head;
}

/**
 * A label for the sender's private history that says what to rotate, e.g.
 * "Stripe live secret key" or "Stripe live secret key; .env file: STRIPE_KEY, DATABASE_URL".
 * Secrets come first; identifiers and publishable keys are named only when
 * nothing else was found.
 * @param findings - as returned by `detect`, most severe first
 * @param strings - the catalogue to name things in (English by default)
 * @returns '' when nothing was recognised; never longer than MAX_SUGGESTED_LABEL_CHARS
 */
export function suggestedLabel(findings: readonly Finding[], strings: DetectionStrings = DETECTION_STRINGS_EN): string {
  const keys = findings.filter((f) => f.kind !== 'dotenv');
  const secrets = keys.filter((f) => f.severity !== 'low');
  const dotenv = findings.find((f): f is DotenvFinding => f.kind === 'dotenv');
  const parts: string[] = [];
  // identifiers alone are worth naming only when there is nothing else to name
  const named = secrets.length > 0 ? secrets : dotenv ? [] : keys;
  if (named.length > 0) {
    parts.push(
      listed(
        strings,
        named.map((f) => strings.labels[f.kind]),
        LISTED_LABELS,
      ),
    );
  }
  if (dotenv) parts.push(`${strings.labels.dotenv}: ${listed(strings, dotenv.names, LISTED_NAMES, dotenv.count)}`);
  const label = parts.join('; ');
  return label.length <= MAX_SUGGESTED_LABEL_CHARS ? label : `${label.slice(0, MAX_SUGGESTED_LABEL_CHARS - 1)}…`;
}
