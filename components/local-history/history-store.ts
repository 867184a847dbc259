'use client';

import { useMemo, useSyncExternalStore } from 'react';
import { HISTORY_STORAGE_KEY, readHistory, type HistoryEntry } from '@/lib/client/history';

/*
 * This browser's My links as React state, for every page that reads it (My
 * links, the manage page): one subscription to localStorage, in step across
 * tabs (the `storage` event) and within this one (historyChanged).
 */

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
/** Tells this tab's readers that the list changed (the `storage` event covers other tabs only). */
export function historyChanged() {
  for (const listener of listeners) listener();
}

/** The local history, kept in sync with localStorage (also across tabs); empty until hydrated. */
export function useHistoryEntries(): HistoryEntry[] {
  const raw = useSyncExternalStore(subscribe, snapshot, () => null);
  return useMemo(() => (raw === null ? [] : readHistory({ getItem: () => raw, setItem: () => {} })), [raw]);
}
