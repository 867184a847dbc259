import type { SenderMessages } from './sender/en';
import type { CoreMessages } from './core/en';
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
 * catalogue per group typed `CoreMessages` / `SenderMessages`, an entry here and
 * in lib/i18n/locales.ts; tests/unit/i18n.test.ts checks the rest.
 */

/** Every string of a language. */
export type Messages = CoreMessages & SenderMessages;

type Loaders<T> = Readonly<Record<Locale, () => Promise<T>>>;

export const CORE_CATALOGUES: Loaders<CoreMessages> = {
  en: () => import('./core/en').then((m) => m.core),
  de: () => import('./core/de').then((m) => m.core),
};

export const SENDER_CATALOGUES: Loaders<SenderMessages> = {
  en: () => import('./sender/en').then((m) => m.sender),
  de: () => import('./sender/de').then((m) => m.sender),
};

/** Both groups of a language at once (server code and tests). */
export async function loadMessages(locale: Locale): Promise<Messages> {
  const [core, sender] = await Promise.all([CORE_CATALOGUES[locale](), SENDER_CATALOGUES[locale]()]);
  return { ...core, ...sender };
}

export { DEFAULT_LOCALE, LOCALES, LOCALE_NAMES, isLocale, type Locale } from './locales';
export { formattingLocale, matchLocale, negotiateLocale, parseAcceptLanguage } from './negotiate';
export type { CoreMessages, SenderMessages };
