'use client';

import Link from 'next/link';
import { useState } from 'react';
import { useI18n } from '@/components/i18n/i18n-provider';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { LinkField } from '@/components/ui/link-field';
import { Notice } from '@/components/ui/notice';
import { formatDateTime } from '@/components/ui/format';
import { QrCode } from '@/components/ui/qr-code';

export type CreatedLink = {
  url: string;
  manageUrl: string;
  expiresAt: string;
  maxViews: number;
  hasPassword: boolean;
  savedToHistory: boolean;
};

export function ResultCard({ link, onReset }: { link: CreatedLink; onReset: () => void }) {
  const { t, formatLocale } = useI18n();
  const [showQr, setShowQr] = useState(false);
  return (
    <Card>
      <h2 className="text-lg font-semibold">{t.result.title}</h2>
      <LinkField id="secret-link" label={t.result.link} url={link.url} copyLabel={t.result.copyLink} />
      <Button
        variant="secondary"
        className="mt-2 px-3 py-1.5"
        aria-expanded={showQr}
        aria-controls="link-qr"
        onClick={() => setShowQr((v) => !v)}
      >
        {showQr ? t.result.hideQr : t.result.showQr}
      </Button>
      {showQr && (
        <div id="link-qr" className="mt-3 flex flex-col items-start gap-1">
          <QrCode text={link.url} label={t.result.qrLabel} />
          <p className="text-xs text-slate-500 dark:text-slate-400">{t.result.qrHint}</p>
        </div>
      )}
      <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
        {t.result.opensAndExpires(link.maxViews, formatDateTime(link.expiresAt, formatLocale))}
      </p>
      <div className="mt-4">
        <Notice>{link.hasPassword ? t.result.sendWithPassword : t.result.sendWithoutPassword}</Notice>
      </div>
      <LinkField
        id="manage-link"
        label={t.result.manageLink}
        url={link.manageUrl}
        copyLabel={t.result.copyManageLink}
      />
      <p className="mt-2 text-xs text-slate-500 dark:text-slate-400">
        {t.result.manageHint}
        {link.savedToHistory &&
          t.result.savedIn(
            <Link key="my-links" className="underline" href="/history">
              {t.result.myLinks}
            </Link>,
          )}
      </p>
      <Button variant="secondary" className="mt-5" onClick={onReset}>
        {t.result.shareAnother}
      </Button>
    </Card>
  );
}
