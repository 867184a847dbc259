'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useI18n } from '@/components/i18n/i18n-provider';

export function SiteHeader() {
  const { t } = useI18n();
  // A recipient's page (/s) keeps the brand only: the sender's navigation would only distract.
  const recipient = usePathname() === '/s';
  return (
    <header className="flex items-center justify-between border-b border-slate-200 py-4 dark:border-slate-800">
      <Link href="/" className="flex items-center gap-2 text-lg font-semibold tracking-tight">
        <span aria-hidden="true" className="inline-block h-3 w-3 rounded-full bg-emerald-500" />
        Handoff
      </Link>
      {!recipient && (
        <nav aria-label={t.header.navigation} className="flex gap-4 text-sm text-slate-600 dark:text-slate-300">
          <Link href="/" className="hover:underline">
            {t.header.share}
          </Link>
          <Link href="/history" className="hover:underline">
            {t.header.myLinks}
          </Link>
        </nav>
      )}
    </header>
  );
}
