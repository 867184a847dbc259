import { LOCALES, loadMessages, type Locale, type Messages } from '@/lib/i18n';

/** Every language's whole catalogue (both groups), loaded once for a test file. */
export const CATALOGUES: Readonly<Record<Locale, Messages>> = Object.fromEntries(
  await Promise.all(LOCALES.map(async (locale) => [locale, await loadMessages(locale)] as const)),
) as Record<Locale, Messages>;
