'use client';

import { Copy, QrCode as QrIcon, ShieldCheck, UserLock } from 'lucide-react';
import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '@/components/i18n/i18n-provider';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { CopyButton } from '@/components/ui/copy-button';
import { Input } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { formatDateTime } from '@/components/ui/format';
import { QrCode } from '@/components/ui/qr-code';
import { PasswordPanel } from './password-panel';
import { ShareButton } from './share-button';

export type CreatedLink = {
  url: string;
  manageUrl: string;
  expiresAt: string;
  maxViews: number;
  hasPassword: boolean;
  savedToHistory: boolean;
};

/**
 * What the sender takes away, in order of importance: the share link (large,
 * with the primary Copy, Share and QR), the password if they set one, and,
 * set apart as theirs alone, the manage link. The heading takes focus when
 * the card appears, so keyboard and screen-reader users land on it.
 * @param password - the password the sender set ('' for none), held only in this page's memory
 */
export function ResultCard({
  link,
  password = '',
  onReset,
}: {
  link: CreatedLink;
  password?: string;
  onReset: () => void;
}) {
  const { t, formatLocale } = useI18n();
  const [showQr, setShowQr] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  return (
    <Card className="p-6">
      <h2
        ref={heading}
        tabIndex={-1}
        className="flex items-center gap-2 text-xl font-semibold focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-emerald-500"
      >
        <ShieldCheck aria-hidden="true" className="size-6 text-emerald-700 dark:text-emerald-400" />
        {t.result.title}
      </h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        {t.result.opensAndExpires(link.maxViews, formatDateTime(link.expiresAt, formatLocale))}
      </p>

      <div className="mt-5 rounded-lg border-2 border-emerald-600 bg-emerald-50/60 p-4 dark:border-emerald-500 dark:bg-emerald-950/40">
        <label htmlFor="secret-link" className="text-sm font-semibold">
          {t.result.link}
        </label>
        <p className="text-sm text-slate-700 dark:text-slate-300">{t.sender.shareLinkHint}</p>
        <Input
          id="secret-link"
          readOnly
          dir="ltr"
          value={link.url}
          onFocus={(e) => e.currentTarget.select()}
          className="mt-2 w-full font-mono text-base"
        />
        <div className="mt-3 flex flex-wrap gap-2">
          <CopyButton
            text={link.url}
            label={t.result.copyLink}
            variant="primary"
            icon={<Copy aria-hidden="true" className="size-4" />}
          />
          <ShareButton url={link.url} />
          <Button
            variant="secondary"
            aria-expanded={showQr}
            aria-controls="link-qr"
            onClick={() => setShowQr((v) => !v)}
          >
            <QrIcon aria-hidden="true" className="size-4" />
            {showQr ? t.result.hideQr : t.result.showQr}
          </Button>
        </div>
        {showQr && (
          <div id="link-qr" className="mt-3 flex flex-col items-start gap-1">
            <QrCode text={link.url} label={t.result.qrLabel} />
            <p className="text-xs text-slate-600 dark:text-slate-400">{t.result.qrHint}</p>
          </div>
        )}
      </div>

      <div className="mt-4 grid gap-4 lg:grid-cols-2">
        {password ? (
          <PasswordPanel password={password} />
        ) : (
          <Notice>{link.hasPassword ? t.result.sendWithPassword : t.result.sendWithoutPassword}</Notice>
        )}
        <section
          data-testid="manage-link-section"
          aria-labelledby="manage-link-title"
          className="rounded-lg border border-dashed border-slate-300 p-4 dark:border-slate-700"
        >
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h3 id="manage-link-title" className="text-sm font-semibold">
              {t.sender.manageTitle}
            </h3>
            <span className="inline-flex items-center gap-1 rounded-full bg-slate-200 px-2 py-0.5 text-xs font-medium text-slate-800 dark:bg-slate-800 dark:text-slate-200">
              <UserLock aria-hidden="true" className="size-3.5" />
              {t.sender.forYouOnly}
            </span>
          </div>
          <label htmlFor="manage-link" className="sr-only">
            {t.result.manageLink}
          </label>
          <div className="mt-2 flex flex-col gap-2 sm:flex-row">
            <Input
              id="manage-link"
              readOnly
              dir="ltr"
              value={link.manageUrl}
              onFocus={(e) => e.currentTarget.select()}
              className="min-w-0 flex-1 font-mono text-xs"
            />
            <CopyButton text={link.manageUrl} label={t.sender.copyManageLink} />
          </div>
          <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
            {t.result.manageHint}
            {link.savedToHistory &&
              t.result.savedIn(
                <Link key="my-links" className="underline" href="/history">
                  {t.result.myLinks}
                </Link>,
              )}
          </p>
        </section>
      </div>

      <Button variant="secondary" className="mt-6" onClick={onReset}>
        {t.result.shareAnother}
      </Button>
    </Card>
  );
}
