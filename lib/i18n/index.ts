import type { CoreMessages } from './core/en';
import type { SenderMessages } from './sender/en';
import type { Locale } from './locales';

/*
 * The UI's strings, one catalogue per language, in two groups (isomorphic:
 * no React, no browser or server APIs):
 *  - core: what every page shows, the recipient's page included (header,
 *    footer, reveal, files, endings, 404);
 *  - sender: everything else on the pages that send or request (creating, managing, requests, sign-in, detection).
 * Each group of each language is its own module behind a dynamic import, so a
 * page downloads one language's core strings, and the sender strings only where
 * a sender's page needs them (components/i18n). Adding a language: a
 * catalogue per group typed `CoreMessages` / `SenderMessages` (their shared number
 * and plural helpers in helpers/<stem>.ts, which the bundler inlines into each
 * catalogue's chunk), an entry here and in lib/i18n/locales.ts;
 * tests/unit/i18n.test.ts checks the rest.
 */

/** Every string of a language. */
export type Messages = CoreMessages & SenderMessages;

type Loaders<T> = Readonly<Record<Locale, () => Promise<T>>>;

export const CORE_CATALOGUES: Loaders<CoreMessages> = {
  en: () => import('./core/en').then((m) => m.core),
  de: () => import('./core/de').then((m) => m.core),
  fr: () => import('./core/fr').then((m) => m.core),
  es: () => import('./core/es').then((m) => m.core),
  'pt-BR': () => import('./core/pt-br').then((m) => m.core),
  it: () => import('./core/it').then((m) => m.core),
  nl: () => import('./core/nl').then((m) => m.core),
  pl: () => import('./core/pl').then((m) => m.core),
  ja: () => import('./core/ja').then((m) => m.core),
  'zh-Hans': () => import('./core/zh-hans').then((m) => m.core),
  ar: () => import('./core/ar').then((m) => m.core),
};

export const SENDER_CATALOGUES: Loaders<SenderMessages> = {
  en: () => import('./sender/en').then((m) => m.sender),
  de: () => import('./sender/de').then((m) => m.sender),
  fr: () => import('./sender/fr').then((m) => m.sender),
  es: () => import('./sender/es').then((m) => m.sender),
  'pt-BR': () => import('./sender/pt-br').then((m) => m.sender),
  it: () => import('./sender/it').then((m) => m.sender),
  nl: () => import('./sender/nl').then((m) => m.sender),
  pl: () => import('./sender/pl').then((m) => m.sender),
  ja: () => import('./sender/ja').then((m) => m.sender),
  'zh-Hans': () => import('./sender/zh-hans').then((m) => m.sender),
  ar: () => import('./sender/ar').then((m) => m.sender),
};

/** Both groups of a language at once (server code and tests). */
export async function loadMessages(locale: Locale): Promise<Messages> {
  const [core, sender] = await Promise.all([CORE_CATALOGUES[locale](), SENDER_CATALOGUES[locale]()]);
  return { ...core, ...sender };
}

export { DEFAULT_LOCALE, LOCALES, LOCALE_NAMES, directionOf, isLocale, type Locale } from './locales';
export { formattingLocale, matchLocale, negotiateLocale, parseAcceptLanguage } from './negotiate';
export type { CoreMessages, SenderMessages };
