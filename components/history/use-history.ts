'use client';

import { useCallback, useEffect, useState } from 'react';
import { fetchReceipt } from '@/lib/client/manage';
import {
  STATE_NAMES,
  forgetLink,
  rememberLink,
  updateLink,
  type EntryNotes,
  type ExportRow,
  type HistoryEntry,
} from '@/lib/client/history';
import type { SecretStatusResponse } from '@/lib/schemas/secrets';
import { historyChanged as changed, useHistoryEntries } from '@/components/local-history/history-store';

export type LiveState = SecretStatusResponse | 'missing' | 'unknown';

/**
 * How often the receipts are read again while alerts are on and the page is visible: every 10 s,
 * or slower with many links, so that the readings take at most half of the default receipt budget
 * (HANDOFF_RATE_MANAGE 300 per 600 s per client: 0.25 readings a second).
 */
export function pollIntervalMs(links: number): number {
  return Math.max(10_000, links * 4_000);
}

/**
 * The local history with each entry's live receipt, and the changes My links makes.
 * @param poll - read every receipt again every few seconds while the page is visible (alerts on)
 */
export function useHistory(poll = false) {
  const entries = useHistoryEntries();
  const [live, setLive] = useState<Record<string, LiveState>>({});
  // Bumped to read every receipt again (after revoking from this page).
  const [round, setRound] = useState(0);

  useEffect(() => {
    let cancelled = false;
    void Promise.all(
      // Requests (kind 'request') have their own state: components/history/use-request-states.ts.
      entries
        .filter((e) => e.kind !== 'request')
        .map(async (e) => {
          const outcome = await fetchReceipt(window.location.origin, e.id, e.manageToken);
          const state: LiveState =
            outcome.kind === 'found' ? outcome.receipt : outcome.kind === 'gone' ? 'missing' : 'unknown';
          return [e.id, state] as const;
        }),
    ).then((pairs) => {
      if (!cancelled) setLive(Object.fromEntries(pairs));
    });
    return () => {
      cancelled = true;
    };
  }, [entries, round]);

  const tracked = entries.filter((e) => e.kind !== 'request').length;
  useEffect(() => {
    if (!poll || tracked === 0) return;
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') setRound((n) => n + 1);
    }, pollIntervalMs(tracked));
    return () => clearInterval(timer);
  }, [poll, tracked]);

  const forget = useCallback((id: string) => {
    forgetLink(window.localStorage, id);
    changed();
  }, []);
  /** Puts a forgotten entry back (Undo). */
  const restore = useCallback((entry: HistoryEntry) => {
    rememberLink(window.localStorage, entry);
    changed();
  }, []);
  /** Changes an entry's notes; false when the browser refused to store them. */
  const update = useCallback((id: string, notes: EntryNotes): boolean => {
    try {
      updateLink(window.localStorage, id, notes);
    } catch {
      return false;
    }
    changed();
    return true;
  }, []);
  const reload = useCallback(() => setRound((n) => n + 1), []);

  return { entries, live, forget, restore, update, reload };
}

/** An entry and its live receipt as an export row (no manage token). */
export function exportRow(entry: HistoryEntry, live: LiveState | undefined): ExportRow {
  const receipt = typeof live === 'object' ? live : null;
  return {
    id: entry.id,
    label: entry.label,
    recipient: entry.recipient,
    createdAt: entry.createdAt,
    expiresAt: entry.expiresAt,
    state: STATE_NAMES[receipt?.state ?? 'unknown'],
    viewsUsed: receipt?.viewsUsed ?? null,
    maxViews: entry.maxViews,
    lastViewedAt: receipt?.viewedAt.at(-1) ?? null,
    rotateBy: entry.rotateBy,
    rotated: entry.done ?? false,
  };
}
