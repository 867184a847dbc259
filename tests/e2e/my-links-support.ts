import type { Page } from '@playwright/test';
import { shareText } from '../support/client';
import type { HistoryEntry } from '@/lib/client/history';
import { HISTORY_STORAGE_KEY } from '@/lib/client/history';

/** A real secret on the server, with the My links entry the browser would have kept for it. */
export async function sharedEntry(
  baseURL: string,
  notes: Partial<Pick<HistoryEntry, 'label' | 'recipient' | 'rotateBy' | 'createdAt'>> = {},
): Promise<HistoryEntry> {
  const shared = await shareText(baseURL, `my-links ${Math.random()}`, { ttlSeconds: 3600 });
  return {
    id: shared.sealed.id,
    manageToken: shared.manageToken,
    label: notes.label ?? '',
    recipient: notes.recipient ?? '',
    createdAt: notes.createdAt ?? new Date().toISOString(),
    expiresAt: new Date(Date.now() + 3600_000).toISOString(),
    maxViews: 1,
    hasPassword: false,
    rotateBy: notes.rotateBy ?? null,
  };
}

/** Puts entries into this browser's My links (the page must be on the app's origin). */
export async function seedHistory(page: Page, entries: HistoryEntry[]): Promise<void> {
  await page.evaluate(([key, value]) => window.localStorage.setItem(key, value), [
    HISTORY_STORAGE_KEY,
    JSON.stringify(entries),
  ] as const);
}

/** This browser's My links as stored. */
export async function storedHistory(page: Page): Promise<HistoryEntry[]> {
  const raw = await page.evaluate((key) => window.localStorage.getItem(key), HISTORY_STORAGE_KEY);
  return JSON.parse(raw ?? '[]') as HistoryEntry[];
}
