'use client';

import Link from 'next/link';
import { useI18n } from '@/components/i18n/i18n-provider';
import { BrandMark } from './brand-mark';

export function SiteHeader() {
  const { t } = useI18n();
  return (
    <header className="flex items-center justify-between border-b border-slate-200 py-4 dark:border-slate-800">
      <Link href="/" className="flex items-center gap-2 text-lg font-semibold tracking-tight">
        <BrandMark />
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
    </header>
  );
}
