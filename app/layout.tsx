import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/ui/site-footer';
import { SiteHeader } from '@/components/ui/site-header';
import './globals.css';

// Every page is rendered per request so that it is sent with `Cache-Control: no-store`
// (a shared cache must never hold a page of ours) and, later, a per-request CSP nonce.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'Handoff: share a secret once',
  description: 'End-to-end encrypted, self-destructing links for API keys, passwords and .env files.',
  robots: { index: false, follow: false },
  referrer: 'no-referrer',
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#f8fafc' },
    { media: '(prefers-color-scheme: dark)', color: '#0f172a' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-dvh bg-slate-50 font-sans text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <div className="mx-auto flex min-h-dvh max-w-2xl flex-col px-4 sm:px-6">
          <SiteHeader />
          <main className="flex-1 py-6">{children}</main>
          <SiteFooter />
        </div>
      </body>
    </html>
  );
}
