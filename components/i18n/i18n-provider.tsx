'use client';

import { createContext, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { CATALOGUES, directionOf, formattingLocale, type Locale, type Messages } from '@/lib/i18n';
import { chooseLocale, clientLocale, preferredLanguages, subscribeLocale } from './locale-store';

export type I18n = {
  locale: Locale;
  /** The catalogue of `locale`. */
  t: Messages;
  /** The BCP 47 tag to format dates with: the reader's regional variant of `locale` (e.g. `en-GB`). */
  formatLocale: string;
  setLocale: (locale: Locale) => void;
};

const I18nContext = createContext<I18n | null>(null);

/**
 * Provides the UI language. The server renders in `initialLocale` (from
 * Accept-Language, app/layout.tsx); after hydration the browser's own
 * preference applies (a stored choice, else navigator.languages), which
 * normally agrees, so nothing changes on screen. Keeps `<html lang dir>` in step.
 */
export function I18nProvider({ initialLocale, children }: { initialLocale: Locale; children: ReactNode }) {
  const locale = useSyncExternalStore(subscribeLocale, clientLocale, () => initialLocale);
  const formatLocale = useSyncExternalStore(
    subscribeLocale,
    () => formattingLocale(locale, preferredLanguages()),
    () => locale,
  );

  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dir = directionOf(locale);
  }, [locale]);

  const value = useMemo<I18n>(
    () => ({ locale, t: CATALOGUES[locale], formatLocale, setLocale: chooseLocale }),
    [locale, formatLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current language and its catalogue (app/layout.tsx provides them to every page). */
export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('i18n: useI18n() needs an I18nProvider above it');
  return i18n;
}
