'use client';

import { useI18n } from '@/components/i18n/i18n-provider';
import { useBrand } from '@/components/instance/instance-provider';

/** The home page's heading and promise. */
export function CreateIntro() {
  const { t, locale } = useI18n();
  // The operator's own sentence, in this language only: a language without one shows none.
  const operatorIntro = useBrand().intro[locale];
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">{t.home.title}</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">{t.home.intro}</p>
      {operatorIntro && <p className="mt-2 text-slate-700 dark:text-slate-300">{operatorIntro}</p>}
    </>
  );
}
