'use client';

import { SiteLink } from '@/components/ui/site-link';
import { useCoreI18n } from '@/components/i18n/i18n-provider';
import { Card } from '@/components/ui/card';

/** The 404 page, in the reader's language: what went wrong with the address, and where to go. */
export function NotFoundView() {
  const { t } = useCoreI18n();
  return (
    <Card className="mt-10">
      <p className="text-sm font-semibold text-emerald-700 dark:text-emerald-400">404</p>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight">{t.site.notFoundTitle}</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">{t.site.notFoundBody}</p>
      <p className="mt-5 flex flex-wrap gap-3">
        <SiteLink
          href="/"
          className="inline-flex items-center rounded-lg bg-emerald-700 px-4 py-2.5 text-sm font-medium text-white hover:bg-emerald-800 dark:bg-emerald-500 dark:text-slate-950 dark:hover:bg-emerald-400"
        >
          {t.site.notFoundHome}
        </SiteLink>
        <SiteLink
          href="/history"
          className="inline-flex items-center rounded-lg border border-slate-300 px-4 py-2.5 text-sm font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
        >
          {t.site.notFoundHistory}
        </SiteLink>
      </p>
    </Card>
  );
}
