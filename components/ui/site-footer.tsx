'use client';

import Link from 'next/link';
import { LanguageSwitcher } from './language-switcher';
import { useI18n } from '@/components/i18n/i18n-provider';

/*
 * The language switcher sits here, after the page's content, rather than in
 * the header: the keyboard path from the top of a page to its first field
 * (Handoff, Share, My links, then the form) stays three stops long.
 */
export function SiteFooter() {
  const { t } = useI18n();
  return (
    <footer className="flex flex-col gap-3 border-t border-slate-200 py-4 text-sm text-slate-500 sm:flex-row sm:items-start sm:justify-between dark:border-slate-800 dark:text-slate-400">
      <p>{t.footer.keyStaysInLink}</p>
      <Link href="/cli" className="shrink-0 underline underline-offset-2">
        {t.cli.footerLink}
      </Link>
      <div className="shrink-0 text-slate-700 dark:text-slate-300">
        <LanguageSwitcher />
      </div>
    </footer>
  );
}
