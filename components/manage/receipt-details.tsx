'use client';

import type { SecretStatusResponse } from '@/lib/schemas/secrets';
import { useI18n } from '@/components/i18n/i18n-provider';
import { formatTime } from '@/components/ui/format';

const TERM = 'text-slate-500 dark:text-slate-400';

/** The receipt as a list of terms: views (each with its time), dates, wrong passwords. */
export function ReceiptDetails({ receipt: r }: { receipt: SecretStatusResponse }) {
  const { t, formatLocale } = useI18n();
  const time = (iso: string) => formatTime(iso, formatLocale);
  return (
    <section aria-label={t.manageGuard.receipt} className="mt-5 border-t border-slate-200 pt-4 dark:border-slate-800">
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
        <dt className={TERM}>{t.manage.opened}</dt>
        <dd data-testid="views-used" className="font-medium">
          {t.manage.viewsUsed(r.viewsUsed, r.maxViews)}
        </dd>
        {r.viewedAt.map((at, i) => (
          <div key={at + i} className="contents">
            <dt className={TERM}>{t.manage.view(i + 1)}</dt>
            <dd>{time(at)}</dd>
          </div>
        ))}
        <dt className={TERM}>{t.manage.created}</dt>
        <dd>{time(r.createdAt)}</dd>
        <dt className={TERM}>{r.state === 'active' ? t.manage.expires : t.manage.wouldHaveExpired}</dt>
        <dd>{time(r.expiresAt)}</dd>
        {r.endedAt && (
          <>
            <dt className={TERM}>{t.manage.ended}</dt>
            <dd>{time(r.endedAt)}</dd>
          </>
        )}
        {r.hasPassword && (
          <>
            <dt className={TERM}>{t.manage.wrongPasswords}</dt>
            <dd>{r.failedAttempts}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
