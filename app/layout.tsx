import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { I18nProvider } from '@/components/i18n/i18n-provider';
import { InstanceProvider } from '@/components/instance/instance-provider';
import { InsecureContextBanner } from '@/components/site/insecure-context-banner';
import { SiteFooter } from '@/components/ui/site-footer';
import { SiteHeader } from '@/components/ui/site-header';
import { getConfig } from '@/lib/config';
import { SENDER_CATALOGUES, directionOf } from '@/lib/i18n';
import { PAGE_BOOTSTRAP_SCRIPT } from '@/lib/security/bootstrap';
import './globals.css';
import { preloadCatalogue } from './catalogue-preload';
import { requestLocale, requestNonce } from './request-locale';

// Every page is rendered per request so that it is sent with `Cache-Control: no-store`
// (a shared cache must never hold a page of ours) and with the per-request CSP nonce
// that proxy.ts puts in the request's Content-Security-Policy header for Next to apply.
export const dynamic = 'force-dynamic';

// Defaults for every page, generic on purpose: a link preview (Open Graph, Twitter card) of any
// page shows nothing about a secret, and phones must not turn digits in a secret into links.
// They stay English in every UI language, so a preview never depends on who fetched it.
// They never carry the brand (HANDOFF_BRAND_NAME) either: a preview must not tell that a
// secret was shared from "Acme Payroll" (docs/deploy.md § Branding).
export const metadata: Metadata = {
  title: 'Handoff: share a secret once',
  description: 'End-to-end encrypted, self-destructing links for API keys, passwords and .env files.',
  robots: { index: false, follow: false },
  referrer: 'no-referrer',
  openGraph: { title: 'Handoff', description: 'Share a secret once.', siteName: 'Handoff', type: 'website' },
  formatDetection: { telephone: false, email: false, address: false },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#f8fafc' },
    { media: '(prefers-color-scheme: dark)', color: '#0f172a' },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await requestLocale();
  // The noscript note is server-rendered only, so its strings sit with those the recipient's JavaScript never needs.
  const { pages } = await SENDER_CATALOGUES[locale]();
  const { policy, brand } = getConfig();
  // The accent's one rule and the catalogue's preload carry this response's nonce.
  const nonce = await requestNonce();
  preloadCatalogue('core', locale, nonce);
  return (
    <html lang={locale} dir={directionOf(locale)} data-accent={brand.accent ? '' : undefined}>
      <head>
        {/* Prepares every page for its CSP before the app's bundles run (lib/security/bootstrap.ts). */}
        <script dangerouslySetInnerHTML={{ __html: PAGE_BOOTSTRAP_SCRIPT }} />
        {/* A #rrggbb checked at start (lib/config/brand.ts): nothing else can reach this rule. */}
        {brand.accent && <style nonce={nonce}>{`:root{--brand-accent:${brand.accent}}`}</style>}
      </head>
      <body className="min-h-dvh bg-slate-50 font-sans text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <I18nProvider initialLocale={locale}>
          <InstanceProvider policy={policy} brand={brand}>
            <div className="mx-auto flex min-h-dvh max-w-5xl flex-col px-4 sm:px-6">
              <SiteHeader />
              {/* Without JavaScript nothing can be encrypted or revealed: say so instead of a page that waits forever. */}
              <noscript>
                <div
                  data-testid="noscript"
                  className="mt-4 rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900 dark:border-amber-900 dark:bg-amber-950 dark:text-amber-100"
                >
                  <strong className="block">{pages.noscriptTitle}</strong>
                  {pages.noscriptBody}
                </div>
              </noscript>
              <InsecureContextBanner />
              {/* A reading column by default; a page whose first element carries data-layout="wide" takes the width. */}
              <main className="mx-auto w-full max-w-2xl flex-1 py-6 has-[>[data-layout=wide]]:max-w-none">
                {children}
              </main>
              <SiteFooter />
            </div>
          </InstanceProvider>
        </I18nProvider>
      </body>
    </html>
  );
}
