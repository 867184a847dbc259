/*
 * Moments in the reader's time zone, formatted for a BCP 47 tag: pass the
 * `formatLocale` of useI18n() so dates follow the UI language (and the
 * reader's regional variant of it).
 */

/** "3 Dec 2026, 14:05" / "Dec 3, 2026, 2:05 PM": to the minute. */
export function formatDateTime(iso: string, locale: string): string {
  return new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
}

/** A moment with seconds. */
export function formatTime(iso: string, locale: string): string {
  return new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'medium' });
}

/**
 * A byte count for people, never raw digits: "512 bytes", "1.5 KB", "1.05 MB",
 * "25 MB", in the locale's number format (1 KB = 1024 bytes, as file managers
 * show). A value steps up a unit from 1000 on ("0.98 MB", never "1,024 KB")
 * and keeps about three significant digits.
 * @example formatBytes(1_100_000, 'en') // "1.05 MB"
 */
export function formatBytes(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: unit === 0 || value >= 100 ? 0 : value >= 10 ? 1 : 2,
  }).format(value);
}
