'use client';

import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { CopyButton } from '@/components/ui/copy-button';
import { Notice } from '@/components/ui/notice';
import { formatExpiry } from '@/components/ui/format';

export type CreatedLink = { url: string; expiresAt: string; maxViews: number; hasPassword: boolean };

export function ResultCard({ link, onReset }: { link: CreatedLink; onReset: () => void }) {
  return (
    <Card>
      <h2 className="text-lg font-semibold">Your secret link is ready</h2>
      <label htmlFor="secret-link" className="mt-4 block text-sm font-medium">
        Link
      </label>
      <div className="mt-1.5 flex flex-col gap-2 sm:flex-row">
        <input
          id="secret-link"
          readOnly
          value={link.url}
          onFocus={(e) => e.currentTarget.select()}
          className="min-w-0 flex-1 rounded-lg border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-sm dark:border-slate-700 dark:bg-slate-950"
        />
        <CopyButton text={link.url} label="Copy link" />
      </div>
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
      <Button variant="secondary" className="mt-4" onClick={onReset}>
        Share another secret
      </Button>
    </Card>
  );
}
