/*
 * The languages the UI ships in. Adding one: a catalogue typed `Messages`
 * (a missing or extra key is a type error), an entry here and in CATALOGUES
 * (lib/i18n/index.ts); tests/unit/i18n.test.ts checks the rest.
 */

export const LOCALES = ['en', 'de', 'ar'] as const;

/** A UI language: the primary language subtag of BCP 47 (`en`, not `en-US`). */
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

/** Each language in its own words (an endonym), as a language switcher lists it in every UI language. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  de: 'Deutsch',
  ar: 'العربية',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Languages written right to left; every other one reads left to right. */
const RTL_LOCALES: ReadonlySet<Locale> = new Set<Locale>(['ar']);

/** The writing direction of a UI language, for `<html dir>`: the layout mirrors with it. */
export function directionOf(locale: Locale): 'ltr' | 'rtl' {
  return RTL_LOCALES.has(locale) ? 'rtl' : 'ltr';
}
