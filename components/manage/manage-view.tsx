'use client';

import { useI18n } from '@/components/i18n/i18n-provider';
import { Card } from '@/components/ui/card';
import { Notice } from '@/components/ui/notice';
import { formatTime } from '@/components/ui/format';
import { NotifyAlerts } from './notify-alerts';
import { RevokeButton } from './revoke-button';
import { StateBadge } from './state-badge';
import { useReceipt } from './use-receipt';

export function ManageView() {
  const { t, formatLocale } = useI18n();
  const { state, revoke } = useReceipt();
  const time = (iso: string) => formatTime(iso, formatLocale);

  switch (state.kind) {
    case 'loading':
      return (
        <Card>
          <p role="status" className="text-slate-600 dark:text-slate-400">
            {t.manage.loading}
          </p>
        </Card>
      );
    case 'invalid':
      return (
        <Card>
          <h1 className="text-xl font-semibold">{t.manage.invalidTitle}</h1>
          <p className="mt-2 text-slate-600 dark:text-slate-400">{t.manage.invalidBody}</p>
        </Card>
      );
    case 'missing':
      return (
        <Card>
          <h1 className="text-xl font-semibold">{t.manage.missingTitle}</h1>
          <p className="mt-2 text-slate-600 dark:text-slate-400">{t.manage.missingBody}</p>
        </Card>
      );
    case 'unavailable':
      return (
        <Card>
          <Notice tone="warning">{t.manage.unavailable}</Notice>
        </Card>
      );
    case 'found': {
      const r = state.receipt;
      return (
        <Card>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h1 className="text-xl font-semibold">{t.manage.title}</h1>
            <StateBadge state={r.state} />
          </div>
          <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
            <dt className="text-slate-500 dark:text-slate-400">{t.manage.opened}</dt>
            <dd data-testid="views-used">{t.manage.viewsUsed(r.viewsUsed, r.maxViews)}</dd>
            {r.viewedAt.map((at, i) => (
              <div key={at + i} className="contents">
                <dt className="text-slate-500 dark:text-slate-400">{t.manage.view(i + 1)}</dt>
                <dd>{time(at)}</dd>
              </div>
            ))}
            <dt className="text-slate-500 dark:text-slate-400">{t.manage.created}</dt>
            <dd>{time(r.createdAt)}</dd>
            <dt className="text-slate-500 dark:text-slate-400">
              {r.state === 'active' ? t.manage.expires : t.manage.wouldHaveExpired}
            </dt>
            <dd>{time(r.expiresAt)}</dd>
            {r.endedAt && (
              <>
                <dt className="text-slate-500 dark:text-slate-400">{t.manage.ended}</dt>
                <dd>{time(r.endedAt)}</dd>
              </>
            )}
            {r.hasPassword && (
              <>
                <dt className="text-slate-500 dark:text-slate-400">{t.manage.wrongPasswords}</dt>
                <dd>{r.failedAttempts}</dd>
              </>
            )}
          </dl>
          {r.state === 'active' && (
            <div className="mt-5">
              <RevokeButton onRevoke={revoke} />
            </div>
          )}
          <NotifyAlerts receipt={r} />
          <p className="mt-5 text-xs text-slate-500 dark:text-slate-400">{t.manage.refreshes}</p>
        </Card>
      );
    }
  }
}
