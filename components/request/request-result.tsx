'use client';

import Link from 'next/link';
import { useI18n } from '@/components/i18n/i18n-provider';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { CopyButton } from '@/components/ui/copy-button';
import { downloadText } from '@/components/ui/download';
import { Input } from '@/components/ui/field';
import { formatDateTime } from '@/components/ui/format';
import { LinkField } from '@/components/ui/link-field';
import type { CreatedRequest } from './use-create-request';

/**
 * The two links of a new request. The request link (to send) leads; the
 * owner link (to keep: it reads the answer) sits in its own warning-toned
 * panel with Copy and "Save as file", so the two are hard to mix up. The
 * owner link lives only in this component's props: never in storage.
 */
export function RequestResult({ created, onReset }: { created: CreatedRequest; onReset: () => void }) {
  const { t, formatLocale } = useI18n();
  const until = formatDateTime(created.expiresAt, formatLocale);
  const stamp = new Date().toISOString().slice(0, 10);

  return (
    <Card>
      <h2 className="text-lg font-semibold">{t.request.createdTitle}</h2>
      <LinkField
        id="request-link"
        label={t.request.requestLink}
        url={created.requestUrl}
        copyLabel={t.request.copyRequestLink}
      />
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t.request.openUntil(until)}</p>
      <div className="mt-6 rounded-lg border-2 border-amber-300 bg-amber-50 p-4 dark:border-amber-800 dark:bg-amber-950">
        <label htmlFor="owner-link" className="text-sm font-semibold text-amber-950 dark:text-amber-100">
          {t.request.ownerLink}
        </label>
        <p id="owner-link-warning" className="mt-1 text-sm text-amber-950 dark:text-amber-100">
          {t.request.ownerWarning}
        </p>
        <div className="mt-3 flex flex-col gap-2 sm:flex-row">
          <Input
            id="owner-link"
            readOnly
            dir="ltr"
            value={created.ownerUrl}
            aria-describedby="owner-link-warning"
            onFocus={(e) => e.currentTarget.select()}
            className="min-w-0 flex-1 font-mono"
          />
          <CopyButton text={created.ownerUrl} label={t.request.copyOwnerLink} />
          <Button
            variant="secondary"
            onClick={() =>
              downloadText(
                `handoff-owner-link-${stamp}.txt`,
                t.request.ownerFile(created.ownerUrl, until),
                'text/plain',
              )
            }
          >
            {t.request.saveOwnerLink}
          </Button>
        </div>
      </div>
      {created.savedToHistory && (
        <p className="mt-3 text-xs text-slate-500 dark:text-slate-400">
          {t.request.savedInMyLinks(
            <Link key="my-links" className="underline" href="/history">
              {t.request.myLinks}
            </Link>,
          )}
        </p>
      )}
      <Button variant="secondary" className="mt-5" onClick={onReset}>
        {t.request.another}
      </Button>
    </Card>
  );
}
