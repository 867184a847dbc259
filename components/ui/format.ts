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
