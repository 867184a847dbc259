import { SiteLink } from '@/components/ui/site-link';
import type { SenderMessages } from '@/lib/i18n';
import { Card } from '@/components/ui/card';

/**
 * The 404 page, in the reader's language: what went wrong with the address, and where to go.
 * Rendered on the server (app/not-found.tsx), so that no page carries it as JavaScript.
 */
export function NotFoundView({ strings: t }: { strings: Pick<SenderMessages, 'pages'> }) {
  return (
    <Card className="mt-10">
      <p className="text-sm font-semibold text-emerald-700 dark:text-emerald-400">404</p>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight">{t.pages.notFoundTitle}</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">{t.pages.notFoundBody}</p>
      <p className="mt-5 flex flex-wrap gap-3">
        <SiteLink
          href="/"
          className="inline-flex items-center rounded-lg bg-emerald-700 px-4 py-2.5 text-sm font-medium text-white hover:bg-emerald-800 dark:bg-emerald-500 dark:text-slate-950 dark:hover:bg-emerald-400"
        >
          {t.pages.notFoundHome}
        </SiteLink>
        <SiteLink
          href="/history"
          className="inline-flex items-center rounded-lg border border-slate-300 px-4 py-2.5 text-sm font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
        >
          {t.pages.notFoundHistory}
        </SiteLink>
      </p>
    </Card>
  );
}
