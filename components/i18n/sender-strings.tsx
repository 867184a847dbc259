'use client';

import { use, useMemo, type ReactNode } from 'react';
import { SENDER_CATALOGUES, isLocale, type Locale } from '@/lib/i18n';
import { catalogue } from './catalogue-cache';
import { I18nContext, useCoreI18n } from './i18n-provider';

const senderMessages = (locale: Locale) => catalogue('sender', locale, SENDER_CATALOGUES[locale]);

// As for the core strings: start fetching while the bundle evaluates.
if (typeof document !== 'undefined' && isLocale(document.documentElement.lang)) {
  void senderMessages(document.documentElement.lang).catch(() => undefined);
}

/**
 * Adds the sender's strings (creating, managing, requests, sign-in) to the
 * language's core ones, for the pages below it. The recipient's page does
 * without: it never downloads them.
 */
export function SenderStrings({ children }: { children: ReactNode }) {
  const core = useCoreI18n();
  const sender = use(senderMessages(core.locale));
  const value = useMemo(() => ({ ...core, t: { ...core.t, ...sender } }), [core, sender]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
