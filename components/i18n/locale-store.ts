'use client';

import { isLocale, negotiateLocale, type Locale } from '@/lib/i18n';

/*
 * The reader's UI language in the browser, as an external store for
 * useSyncExternalStore: their own choice (localStorage, shared by every tab)
 * if they made one, else the first of navigator.languages that we speak.
 * Only the locale code is stored, never anything about a secret.
 */

export const LOCALE_STORAGE_KEY = 'handoff.locale';
/**
 * The same choice for the server (app/request-locale.ts), so that it renders
 * the next page in it: pages it renders alone, like the 404, follow it too.
 * Only the language code, like the stored one.
 */
export const LOCALE_COOKIE = 'handoff_locale';

const listeners = new Set<() => void>();
/** The choice made in this tab, for browsers that refuse localStorage. */
let choiceInMemory: Locale | null = null;

function storedChoice(): Locale | null {
  try {
    const value = window.localStorage.getItem(LOCALE_STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null; // storage disabled
  }
}

/** The browser's preferred languages, most preferred first. */
export function preferredLanguages(): readonly string[] {
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

export function subscribeLocale(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  window.addEventListener('languagechange', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
    window.removeEventListener('languagechange', listener);
  };
}

export function clientLocale(): Locale {
  return storedChoice() ?? choiceInMemory ?? negotiateLocale(preferredLanguages());
}

/** Remembers the reader's choice (in this browser) and tells every subscriber. */
export function chooseLocale(locale: Locale): void {
  choiceInMemory = locale;
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // storage disabled or full: the choice lasts until this tab closes
  }
  const secure = window.location.protocol === 'https:' ? '; Secure' : '';
  document.cookie = `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=31536000; SameSite=Lax${secure}`;
  for (const listener of listeners) listener();
}
