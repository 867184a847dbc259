/*
 * Lifetimes as operators and the CLI spell them: `5m`, `1h`, `1d`, `7d`,
 * `30d` (a number and one unit; the largest unit that divides it).
 */

const UNITS: readonly [suffix: string, seconds: number][] = [
  ['d', 86400],
  ['h', 3600],
  ['m', 60],
  ['s', 1],
];

/** A lifetime in seconds as text: 300 is `5m`, 604800 is `7d`. */
export function durationText(seconds: number): string {
  const [suffix, unit] = UNITS.find(([, unit]) => seconds % unit === 0)!;
  return `${seconds / unit}${suffix}`;
}

/** Seconds of `5m`, `1h`, `7d`, `90s` or a bare number of seconds; null for anything else. */
export function durationSeconds(text: string): number | null {
  const match = /^(\d{1,7})([smhd]?)$/.exec(text.trim().toLowerCase());
  if (!match) return null;
  const unit = UNITS.find(([suffix]) => suffix === (match[2] || 's'))![1];
  return Number(match[1]) * unit;
}
