'use client';

import type { HistoryEntry } from '@/lib/client/history';
import { useI18n } from '@/components/i18n/i18n-provider';
import { RequestStateBadge } from '@/components/request/request-state-badge';
import { RevokeRequestButton } from '@/components/request/revoke-request-button';
import { Button } from '@/components/ui/button';
import { formatTime } from '@/components/ui/format';
import { requestBadge, type RequestLive } from './use-request-states';

const QUIET = 'text-xs text-slate-500 dark:text-slate-400';

/** One request in My links: what was asked, from whom, its live state, Revoke and Forget. */
export function RequestRow({
  entry,
  live,
  onRevoke,
  onForget,
}: {
  entry: HistoryEntry;
  live: RequestLive | undefined;
  onRevoke: (entry: HistoryEntry) => Promise<boolean>;
  onForget: (id: string) => void;
}) {
  const { t, formatLocale } = useI18n();
  const details = [
    entry.recipient && t.request.from(entry.recipient),
    t.request.asked(formatTime(entry.createdAt, formatLocale)),
  ];
  const open = typeof live === 'object' && live.state !== 'revoked';
  return (
    <li className="flex flex-col gap-2 py-3" data-testid="request-row">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
        <div className="min-w-0">
          <p className="truncate font-medium">
            <bdi>{entry.label || t.request.untitled}</bdi>
          </p>
          <p className={QUIET}>{details.filter(Boolean).join(' · ')}</p>
        </div>
        <div className="flex shrink-0 items-center gap-2">
          {live === undefined ? (
            <span className={QUIET}>{t.history.checking}</span>
          ) : live === 'unknown' ? (
            <span className={QUIET}>{t.history.unavailable}</span>
          ) : (
            <RequestStateBadge state={requestBadge(live)} />
          )}
          <Button variant="secondary" className="px-2.5 py-1.5" onClick={() => onForget(entry.id)}>
            {t.history.forget}
          </Button>
        </div>
      </div>
      {open && <RevokeRequestButton label={t.request.revokeEntry(entry.label)} onRevoke={() => onRevoke(entry)} />}
    </li>
  );
}
