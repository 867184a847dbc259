'use client';

import { SiteLink } from './site-link';
import { LanguageSwitcher } from './language-switcher';
import { useCoreI18n } from '@/components/i18n/i18n-provider';
import { useBrand } from '@/components/instance/instance-provider';

/*
 * The language switcher sits here, after the page's content, rather than in
 * the header: the keyboard path from the top of a page to its first field
 * (Handoff, Share, Request, My links, then the form) stays four stops long.
 */
export function SiteFooter() {
  const { t } = useCoreI18n();
  const { links } = useBrand();
  const shown = (
    [
      [links.imprint, t.brand.imprint],
      [links.privacy, t.brand.privacy],
      [links.support, t.brand.support],
    ] as const
  ).filter((link): link is readonly [string, string] => link[0] !== null);
  return (
    <footer className="flex flex-col gap-3 border-t border-slate-200 py-4 text-sm text-slate-500 sm:flex-row sm:items-start sm:justify-between dark:border-slate-800 dark:text-slate-400">
      <div className="flex flex-col gap-2">
        <p>{t.footer.keyStaysInLink}</p>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-slate-700 dark:text-slate-300">
          <li>
            <SiteLink href="/cli" className="underline underline-offset-2 hover:no-underline">
              {t.footer.cli}
            </SiteLink>
          </li>
          {shown.map(([href, label]) => (
            <li key={label}>
              <a href={href} className="underline underline-offset-2 hover:no-underline" rel="noreferrer">
                {label}
              </a>
            </li>
          ))}
        </ul>
      </div>
      <div className="shrink-0 text-slate-700 dark:text-slate-300">
        <LanguageSwitcher />
      </div>
    </footer>
  );
}
