'use client';

import { useEffect, useRef } from 'react';
import type { HistoryEntry } from '@/lib/client/history';
import { useI18n } from '@/components/i18n/i18n-provider';
import { entryTitle } from '@/components/local-history/entry-title';
import type { LiveState } from './use-history';

/**
 * My links' "Alert me here": a system notification for every tracked link whose receipt changes
 * state (or views used) between two readings while the page is open, as the manage page does for
 * one link (`raise` is useAlerts' from components/manage/use-state-notifications.ts, which shows
 * nothing until the user turned alerts on). The first reading of a link only sets its baseline; a failed reading keeps the last one.
 */
export function useHistoryAlerts(
  entries: readonly HistoryEntry[],
  live: Record<string, LiveState>,
  raise: (title: string, body: string, tag: string) => void,
): void {
  const { t, formatLocale } = useI18n();
  const seen = useRef<Record<string, string>>({});

  useEffect(() => {
    const previous = seen.current;
    const next = { ...previous };
    for (const [index, entry] of entries.entries()) {
      const receipt = live[entry.id];
      if (typeof receipt !== 'object') continue;
      const key = `${receipt.state}:${receipt.viewsUsed}`;
      next[entry.id] = key;
      if (previous[entry.id] === undefined || previous[entry.id] === key) continue;
      const body = t.notify.alertBody(entryTitle(entry, t, formatLocale), t.states[receipt.state]);
      // Tagged by position, never by link id: one notification per link in view.
      raise(t.notify.alertTitle, body, `handoff-history-${index}`);
    }
    seen.current = next;
  }, [entries, live, raise, t, formatLocale]);
}
