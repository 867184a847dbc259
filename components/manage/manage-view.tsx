'use client';

import Link from 'next/link';
import { useEffect, useState, type ReactNode } from 'react';
import { useI18n } from '@/components/i18n/i18n-provider';
import { Card } from '@/components/ui/card';
import { Notice } from '@/components/ui/notice';
import { Wide } from '@/components/ui/wide';
import { entryTitle } from '@/components/local-history/entry-title';
import { useHistoryEntries } from '@/components/local-history/history-store';
import { ReceiptDetails } from './receipt-details';
import { SenderGuard } from './sender-guard';
import { NotifyAlerts } from './notify-alerts';
import { StateBadge } from './state-badge';
import { useReceipt } from './use-receipt';

const ANNOUNCEMENT_ID = 'manage-announcement';

/** The page's frame: the main card, and beside it (below on phones) what this page is and where to go. */
function ManageLayout({ children, aside }: { children: ReactNode; aside?: ReactNode }) {
  const { t } = useI18n();
  return (
    <Wide>
      <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_20rem] lg:items-start lg:gap-6">
        <div>{children}</div>
        <aside aria-label={t.manageGuard.aboutTitle}>
          {aside}
          <Card>
            <h2 className="text-sm font-semibold">{t.manageGuard.aboutTitle}</h2>
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t.manageGuard.about}</p>
            <p className="mt-3 flex gap-4 text-sm">
              <Link className="underline" href="/">
                {t.pages.notFoundHome}
              </Link>
              <Link className="underline" href="/history">
                {t.header.myLinks}
              </Link>
            </p>
          </Card>
        </aside>
      </div>
    </Wide>
  );
}

function Ended({ title, body }: { title: string; body: string }) {
  return (
    <ManageLayout>
      <Card>
        <h1 className="text-xl font-semibold">{title}</h1>
        <p className="mt-2 text-slate-600 dark:text-slate-400">{body}</p>
      </Card>
    </ManageLayout>
  );
}

export function ManageView() {
  const { t, formatLocale } = useI18n();
  const { state, revoke, id } = useReceipt();
  const entries = useHistoryEntries();
  const [revokedHere, setRevokedHere] = useState(false);
  const record = entries.find((e) => e.id === id);

  useEffect(() => {
    if (revokedHere) document.getElementById(ANNOUNCEMENT_ID)?.focus();
  }, [revokedHere]);

  switch (state.kind) {
    case 'loading':
      return (
        <ManageLayout>
          <Card>
            <p role="status" className="text-slate-600 dark:text-slate-400">
              {t.manage.loading}
            </p>
          </Card>
        </ManageLayout>
      );
    case 'invalid':
      return <Ended title={t.manage.invalidTitle} body={t.manage.invalidBody} />;
    case 'missing':
      return <Ended title={t.manage.missingTitle} body={t.manage.missingBody} />;
    case 'unavailable':
      return (
        <ManageLayout>
          <Card>
            <Notice tone="warning">{t.manage.unavailable}</Notice>
          </Card>
        </ManageLayout>
      );
    case 'found': {
      const r = state.receipt;
      const name = record ? entryTitle(record, t, formatLocale) : t.manageGuard.unnamed;
      const actions =
        r.state === 'active' ? (
          <Card>
            <h2 className="text-sm font-semibold">{t.manageGuard.actions}</h2>
            <div className="mt-3">
              <SenderGuard
                known={record !== undefined}
                onRevoke={async () => {
                  const revoked = await revoke();
                  if (revoked) setRevokedHere(true);
                  return revoked;
                }}
              />
            </div>
          </Card>
        ) : null;
      return (
        <ManageLayout aside={actions}>
          {!record && (
            <div className="mt-6">
              <Notice tone="warning">
                <strong className="block">{t.manageGuard.notInListTitle}</strong>
                {t.manageGuard.notInListBody}
              </Notice>
            </div>
          )}
          <Card>
            <p className="text-xs font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400">
              {t.manageGuard.subtitle}
            </p>
            <div className="mt-1 flex flex-wrap items-center justify-between gap-3">
              <h1 className="min-w-0 break-words text-2xl font-semibold tracking-tight">{name}</h1>
              <StateBadge state={r.state} size="lg" />
            </div>
            {revokedHere && r.state === 'revoked' && (
              <p
                id={ANNOUNCEMENT_ID}
                tabIndex={-1}
                role="status"
                className="mt-3 text-sm font-medium text-amber-900 outline-none dark:text-amber-100"
              >
                {t.manageGuard.revoked}
              </p>
            )}
            <ReceiptDetails receipt={r} />
            <NotifyAlerts receipt={r} />
            <p className="mt-5 text-xs text-slate-500 dark:text-slate-400">{t.manage.refreshes}</p>
          </Card>
        </ManageLayout>
      );
    }
  }
}
