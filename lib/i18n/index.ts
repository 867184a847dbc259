import { ar } from './ar';
import { de } from './de';
import { en, type Messages } from './en';
import type { Locale } from './locales';

/*
 * The UI's strings, one catalogue per language (isomorphic: no React, no
 * browser or server APIs). Components read them through useI18n()
 * (components/i18n/i18n-provider.tsx).
 */

export const CATALOGUES: Readonly<Record<Locale, Messages>> = { en, de, ar };

export { DEFAULT_LOCALE, LOCALES, LOCALE_NAMES, directionOf, isLocale, type Locale } from './locales';
export { formattingLocale, matchLocale, negotiateLocale, parseAcceptLanguage } from './negotiate';
export type { Messages };
