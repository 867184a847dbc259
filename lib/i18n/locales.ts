/*
 * The languages the UI ships in. Adding one: its core and sender catalogues
 * (typed, so a missing or extra key is a type error), an entry here and in
 * the loaders of lib/i18n/index.ts; tests/unit/i18n.test.ts and
 * i18n-coverage.test.ts check the rest.
 */

export const LOCALES = ['en', 'de', 'fr', 'es', 'pt-BR', 'it', 'nl', 'pl', 'ja', 'zh-Hans', 'ar'] as const;

/**
 * A UI language, as a BCP 47 tag: the primary language subtag (`en`, not
 * `en-US`), with a region or script only where that is the variant we
 * translated (`pt-BR`, `zh-Hans`). Readers of the other variants get it too
 * (lib/i18n/negotiate.ts).
 */
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

/** Each language in its own words (an endonym), as a language switcher lists it in every UI language. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  'pt-BR': 'Português (Brasil)',
  it: 'Italiano',
  nl: 'Nederlands',
  pl: 'Polski',
  ja: '日本語',
  'zh-Hans': '简体中文',
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
