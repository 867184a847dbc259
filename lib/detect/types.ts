import type { AdviceKey, DetectionKind, Severity } from './kinds';

type FindingOf<K extends DetectionKind> = {
  /** Stable id of what was recognised. */
  readonly kind: K;
  readonly severity: Severity;
  /** Which paragraph of ADVICE applies. */
  readonly advice: AdviceKey;
  /** How many distinct ones were found (for a .env file: how many distinct variables). */
  readonly count: number;
};

/** A credential recognised in the text. Never holds any of the text itself. */
export type KeyFinding = FindingOf<Exclude<DetectionKind, 'dotenv'>>;

/** A `.env` file: its variable names (the first MAX_LISTED_NAMES), never its values. */
export type DotenvFinding = FindingOf<'dotenv'> & { readonly names: readonly string[] };

export type Finding = KeyFinding | DotenvFinding;
