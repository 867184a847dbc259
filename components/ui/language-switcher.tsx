'use client';

import { LOCALES, LOCALE_NAMES, isLocale } from '@/lib/i18n';
import { Field, Select } from './field';
import { useCoreI18n } from '@/components/i18n/i18n-provider';

/** A labelled select of the UI languages, each named in its own language; the choice is remembered. */
export function LanguageSwitcher() {
  const { locale, t, setLocale } = useCoreI18n();
  return (
    <Field id="language" label={t.language.label} layout="inline">
      <Select
        id="language"
        compact
        value={locale}
        onChange={(e) => {
          if (isLocale(e.target.value)) setLocale(e.target.value);
        }}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </Select>
    </Field>
  );
}
