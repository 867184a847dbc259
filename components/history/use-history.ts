'use client';

import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { fetchReceipt } from '@/lib/client/manage';
import { HISTORY_STORAGE_KEY, forgetLink, readHistory, type ExportRow, type HistoryEntry } from '@/lib/client/history';
import type { SecretStatusResponse } from '@/lib/schemas/secrets';

export type LiveState = SecretStatusResponse | 'missing' | 'unknown';

const listeners = new Set<() => void>();
function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}
const snapshot = () => window.localStorage.getItem(HISTORY_STORAGE_KEY);

/** The local history, kept in sync with localStorage (also across tabs), with each entry's live receipt. */
export function useHistory() {
  const raw = useSyncExternalStore(subscribe, snapshot, () => null);
  const entries = useMemo(() => (raw === null ? [] : readHistory({ getItem: () => raw, setItem: () => {} })), [raw]);
  const [live, setLive] = useState<Record<string, LiveState>>({});

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
  }, [entries]);

  const forget = useCallback((id: string) => {
    forgetLink(window.localStorage, id);
    for (const listener of listeners) listener();
  }, []);

  return { entries, live, forget };
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
    state: receipt?.state ?? 'unknown',
    viewsUsed: receipt?.viewsUsed ?? null,
    maxViews: entry.maxViews,
    lastViewedAt: receipt?.viewedAt.at(-1) ?? null,
    rotateBy: entry.rotateBy,
  };
}
