'use client';

import Link from 'next/link';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { LinkField } from '@/components/ui/link-field';
import { Notice } from '@/components/ui/notice';
import { formatExpiry } from '@/components/ui/format';
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
  const [showQr, setShowQr] = useState(false);
  return (
    <Card>
      <h2 className="text-lg font-semibold">Your secret link is ready</h2>
      <LinkField id="secret-link" label="Link" url={link.url} copyLabel="Copy link" />
      <Button
        variant="secondary"
        className="mt-2 px-3 py-1.5"
        aria-expanded={showQr}
        aria-controls="link-qr"
        onClick={() => setShowQr((v) => !v)}
      >
        {showQr ? 'Hide QR code' : 'Show QR code'}
      </Button>
      {showQr && (
        <div id="link-qr" className="mt-3 flex flex-col items-start gap-1">
          <QrCode text={link.url} label="QR code of the secret link" />
          <p className="text-xs text-slate-500 dark:text-slate-400">
            Drawn in this browser. Scan it with the phone that should open the secret.
          </p>
        </div>
      )}
      <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
        Opens {link.maxViews === 1 ? 'once' : `${link.maxViews} times`}, and expires {formatExpiry(link.expiresAt)}.
      </p>
      <div className="mt-4">
        {link.hasPassword ? (
          <Notice>
            Send the link through one channel (chat, email) and the password through another (a call, SMS or Signal).
            Never put both in the same message.
          </Notice>
        ) : (
          <Notice>
            Send this link through one channel (chat, email). Nothing else is needed: the key is inside the link, so
            anyone with the link can open it, and once opened it is gone.
          </Notice>
        )}
      </div>
      <LinkField id="manage-link" label="Manage link (keep it to yourself)" url={link.manageUrl} copyLabel="Copy" />
      <p className="mt-2 text-xs text-slate-500 dark:text-slate-400">
        The manage link shows whether and when the secret was opened, and lets you revoke it. It cannot read the secret.
        {link.savedToHistory && (
          <>
            {' '}
            It is also saved in{' '}
            <Link className="underline" href="/history">
              My links
            </Link>{' '}
            in this browser.
          </>
        )}
      </p>
      <Button variant="secondary" className="mt-5" onClick={onReset}>
        Share another secret
      </Button>
    </Card>
  );
}
