/*
 * Whether a link's secret is in this browser's My links (lib/client/history.ts),
 * read without that module: its validators would grow /s's first-load JavaScript,
 * and an id is all the reveal page needs. tests/unit/own-link.test.ts holds the
 * storage key to HISTORY_STORAGE_KEY.
 */

/** lib/client/history.ts HISTORY_STORAGE_KEY. */
export const MY_LINKS_KEY = 'handoff.history.v1';

/** True when `storage` lists secret `id` among the links shared from this browser. Never throws. */
export function isOwnLink(storage: Pick<Storage, 'getItem'>, id: string): boolean {
  try {
    const entries: unknown = JSON.parse(storage.getItem(MY_LINKS_KEY) ?? '[]');
    return (
      Array.isArray(entries) &&
      entries.some((entry: unknown) => typeof entry === 'object' && entry !== null && 'id' in entry && entry.id === id)
    );
  } catch {
    return false;
  }
}
