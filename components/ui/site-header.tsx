'use client';

import { SiteLink } from './site-link';
import { usePathname } from 'next/navigation';
import { useCoreI18n } from '@/components/i18n/i18n-provider';
import { useBrand } from '@/components/instance/instance-provider';
import { BrandMark } from './brand-mark';

/** Where the sender's pages put who is signed in (components/auth/account-menu.tsx). */
export const ACCOUNT_SLOT_ID = 'site-account';

export function SiteHeader() {
  const { t } = useCoreI18n();
  // A recipient's page (/s) keeps the brand only: the sender's navigation would only distract.
  const navigation = usePathname() !== '/s';
  const brand = useBrand();
  return (
    <header className="flex flex-wrap items-center justify-between gap-y-2 border-b border-slate-200 py-4 dark:border-slate-800">
      <SiteLink href="/" className="flex items-center gap-2 text-lg font-semibold tracking-tight">
        {brand.logo ? (
          // Same-origin, checked at start, sandboxed when opened directly (app/brand/logo/route.ts).
          // eslint-disable-next-line @next/next/no-img-element -- a fixed local file; next/image adds nothing here
          <img src="/brand/logo" alt="" className="h-7 w-auto max-w-32" />
        ) : (
          <BrandMark />
        )}
        {brand.name}
      </SiteLink>
      {navigation && (
        <nav aria-label={t.header.navigation} className="flex gap-4 text-sm text-slate-600 dark:text-slate-300">
          <SiteLink href="/" className="hover:underline">
            {t.header.share}
          </SiteLink>
          <SiteLink href="/request" className="hover:underline">
            {t.header.request}
          </SiteLink>
          <SiteLink href="/history" className="hover:underline">
            {t.header.myLinks}
          </SiteLink>
        </nav>
      )}
      <div id={ACCOUNT_SLOT_ID} className="contents" />
    </header>
  );
}
