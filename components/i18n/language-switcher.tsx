'use client';

import { LOCALES, LOCALE_NAMES, isLocale } from '@/lib/i18n';
import { useI18n } from './i18n-provider';

/** A labelled select of the UI languages, each named in its own language; the choice is remembered. */
export function LanguageSwitcher() {
  const { locale, t, setLocale } = useI18n();
  return (
    <div className="flex items-center gap-2">
      <label htmlFor="language" className="font-medium">
        {t.language.label}
      </label>
      <select
        id="language"
        value={locale}
        onChange={(e) => {
          if (isLocale(e.target.value)) setLocale(e.target.value);
        }}
        className="rounded-lg border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-emerald-500 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
