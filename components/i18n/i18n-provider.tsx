'use client';

import {
  createContext,
  startTransition,
  use,
  useContext,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import {
  CORE_CATALOGUES,
  directionOf,
  formattingLocale,
  isLocale,
  type CoreMessages,
  type Locale,
  type Messages,
} from '@/lib/i18n';
import { catalogue } from './catalogue-cache';
import { chooseLocale, clientLocale, preferredLanguages, subscribeLocale } from './locale-store';

export type I18n<T = Messages> = {
  locale: Locale;
  /** The catalogue of `locale`. */
  t: T;
  /** The BCP 47 tag to format dates with: the reader's regional variant of `locale` (e.g. `en-GB`). */
  formatLocale: string;
  setLocale: (locale: Locale) => void;
};

const CoreContext = createContext<I18n<CoreMessages> | null>(null);
/** The whole catalogue, where a sender's page provides it (components/i18n/sender-strings.tsx). */
export const I18nContext = createContext<I18n | null>(null);

const coreMessages = (locale: Locale) => catalogue('core', locale, CORE_CATALOGUES[locale]);

// The page's language is known from <html lang> before React starts: fetch its
// strings while the rest of the bundle evaluates, so hydration waits less.
if (typeof document !== 'undefined' && isLocale(document.documentElement.lang)) {
  void coreMessages(document.documentElement.lang).catch(() => undefined);
}

/**
 * Provides the UI language. The server renders in `initialLocale` (from
 * Accept-Language, app/layout.tsx); after hydration the browser's own
 * preference applies (a stored choice, else navigator.languages), which
 * normally agrees, so nothing changes on screen. Another language's strings
 * are loaded first and shown once they are here (a transition keeps the page
 * as it is meanwhile). Keeps `<html lang dir>` in step.
 */
export function I18nProvider({ initialLocale, children }: { initialLocale: Locale; children: ReactNode }) {
  const wanted = useSyncExternalStore(subscribeLocale, clientLocale, () => initialLocale);
  const [locale, setLocale] = useState(initialLocale);
  const formatLocale = useSyncExternalStore(
    subscribeLocale,
    () => formattingLocale(locale, preferredLanguages()),
    () => locale,
  );

  useEffect(() => {
    if (wanted === locale) return;
    let current = true;
    coreMessages(wanted).then(
      () => current && startTransition(() => setLocale(wanted)),
      () => undefined, // offline: stay in the language shown
    );
    return () => {
      current = false;
    };
  }, [wanted, locale]);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dir = directionOf(locale);
  }, [locale]);

  const t = use(coreMessages(locale));
  const value = useMemo<I18n<CoreMessages>>(
    () => ({ locale, t, formatLocale, setLocale: chooseLocale }),
    [locale, t, formatLocale],
  );
  return <CoreContext.Provider value={value}>{children}</CoreContext.Provider>;
}

/** The language and the strings every page has (components that also render on the recipient's page). */
export function useCoreI18n(): I18n<CoreMessages> {
  const i18n = useContext(CoreContext);
  if (!i18n) throw new Error('i18n: useCoreI18n() needs an I18nProvider above it');
  return i18n;
}

/** The language and every string: only below <SenderStrings> (the sender's pages, app/(sender)/layout.tsx). */
export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('i18n: useI18n() needs <SenderStrings> above it; on every page, useCoreI18n()');
  return i18n;
}
