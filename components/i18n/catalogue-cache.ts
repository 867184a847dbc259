import type { Locale } from '@/lib/i18n';

/*
 * One promise per catalogue module for the life of the page (or the server
 * process: catalogues never change), so that React's use() sees the same
 * promise on every render. A failed load is forgotten, so a later render
 * tries again.
 */

const loads = new Map<string, Promise<unknown>>();

export function catalogue<T>(group: 'core' | 'sender', locale: Locale, load: () => Promise<T>): Promise<T> {
  const key = `${group}:${locale}`;
  let promise = loads.get(key) as Promise<T> | undefined;
  if (!promise) {
    promise = load();
    loads.set(key, promise);
    promise.catch(() => loads.delete(key));
  }
  return promise;
}
