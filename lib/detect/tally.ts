import type { DetectionKind } from './kinds';

/**
 * Collects what recognisers find, keyed by kind. It remembers matched values
 * only to count distinct ones; they never leave this object (`counts` returns
 * numbers), so no secret can reach a finding.
 */
export class Tally {
  private readonly seen = new Map<DetectionKind, Set<string>>();

  /** Records one occurrence; `key` tells repeats apart (the matched text, or a position). */
  add(kind: DetectionKind, key: string): void {
    let keys = this.seen.get(kind);
    if (!keys) this.seen.set(kind, (keys = new Set()));
    keys.add(key);
  }

  has(kind: DetectionKind): boolean {
    return this.seen.has(kind);
  }

  /** Distinct occurrences per kind found. */
  counts(): Map<DetectionKind, number> {
    return new Map([...this.seen].map(([kind, keys]) => [kind, keys.size]));
  }
}

/** A recogniser reads the text and records what it finds. It must run in linear time. */
export type Recogniser = (text: string, tally: Tally) => void;
