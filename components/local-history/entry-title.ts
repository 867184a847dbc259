import type { HistoryEntry } from '@/lib/client/history';
import type { Messages } from '@/lib/i18n';
import { formatDateTime } from '@/components/ui/format';

/*
 * How My links names an entry and its dates. An entry without a label is
 * named by when it was shared (a label, when the form recognised anything,
 * already names the kinds: lib/detect/label.ts).
 */

/** The entry's label, else "Secret shared 3 Dec 2026, 14:05". */
export function entryTitle(entry: Pick<HistoryEntry, 'label' | 'createdAt'>, t: Messages, locale: string): string {
  return entry.label || t.myLinks.untitled(formatDateTime(entry.createdAt, locale));
}

/** A YYYY-MM-DD day in the reader's language ("31 Dec 2026"), the same day in every time zone. */
export function formatDay(day: string, locale: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString(locale, { dateStyle: 'medium', timeZone: 'UTC' });
}

/** Today in the reader's time zone, as YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
