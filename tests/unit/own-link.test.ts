import { describe, expect, it } from 'vitest';
import { MY_LINKS_KEY, isOwnLink } from '@/components/reveal/own-link';
import { HISTORY_STORAGE_KEY } from '@/lib/client/history';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const items = new Map<string, string>();
  return { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) };
}

describe('the own-link check of the reveal page', () => {
  it('reads the list My links writes, under the same key', () => {
    expect(MY_LINKS_KEY).toBe(HISTORY_STORAGE_KEY);
    // The entry's other fields are My links' business; the reveal page reads only the id.
    const storage = memoryStorage();
    const id = 'AAAAAAAAAAAAAAAAAAAAAA';
    storage.setItem(HISTORY_STORAGE_KEY, JSON.stringify([{ id: 'CCCCCCCCCCCCCCCCCCCCCC' }, { id, label: 'x' }]));
    expect(isOwnLink(storage, id)).toBe(true);
    expect(isOwnLink(storage, 'BBBBBBBBBBBBBBBBBBBBBB')).toBe(false);
  });

  it('is false for an empty, malformed or foreign list', () => {
    const storage = memoryStorage();
    expect(isOwnLink(storage, 'x')).toBe(false);
    storage.setItem(MY_LINKS_KEY, '{not json');
    expect(isOwnLink(storage, 'x')).toBe(false);
    storage.setItem(MY_LINKS_KEY, JSON.stringify({ id: 'x' }));
    expect(isOwnLink(storage, 'x')).toBe(false);
  });
});
