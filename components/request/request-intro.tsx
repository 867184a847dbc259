'use client';

import { useI18n } from '@/components/i18n/i18n-provider';

/** The request page's heading and promise. */
export function RequestIntro() {
  const { t } = useI18n();
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">{t.request.title}</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">{t.request.intro}</p>
    </>
  );
}
