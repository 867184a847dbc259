'use client';

import Link from 'next/link';
import type { ReactNode } from 'react';
import { useI18n } from '@/components/i18n/i18n-provider';

/** `account`: with sign-in on, who is signed in (components/auth/account-menu.tsx), else nothing. */
export function SiteHeader({ account = null }: { account?: ReactNode }) {
  const { t } = useI18n();
  return (
    <header className="flex flex-wrap items-center justify-between gap-y-2 border-b border-slate-200 py-4 dark:border-slate-800">
      <Link href="/" className="flex items-center gap-2 text-lg font-semibold tracking-tight">
        <span aria-hidden="true" className="inline-block h-3 w-3 rounded-full bg-emerald-500" />
        Handoff
      </Link>
      <nav aria-label={t.header.navigation} className="flex gap-4 text-sm text-slate-600 dark:text-slate-300">
        <Link href="/" className="hover:underline">
          {t.header.share}
        </Link>
        <Link href="/history" className="hover:underline">
          {t.header.myLinks}
        </Link>
      </nav>
      {account}
    </header>
  );
}
