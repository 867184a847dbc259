'use client';

import { formatManageFragment } from '@/lib/crypto';
import type { HistoryEntry } from '@/lib/client/history';
import { useI18n } from '@/components/i18n/i18n-provider';
import { Button } from '@/components/ui/button';
import { formatTime } from '@/components/ui/format';
import { StateBadge } from '@/components/manage/state-badge';
import type { LiveState } from './use-history';

const QUIET = 'text-xs text-slate-500 dark:text-slate-400';

function LiveBadge({ live }: { live: LiveState | undefined }) {
  const { t } = useI18n();
  if (live === undefined) return <span className={QUIET}>{t.history.checking}</span>;
  if (live === 'missing') return <span className={QUIET}>{t.history.receiptDeleted}</span>;
  if (live === 'unknown') return <span className={QUIET}>{t.history.unavailable}</span>;
  return <StateBadge state={live.state} />;
}

export function HistoryList({
  entries,
  live,
  onForget,
}: {
  entries: HistoryEntry[];
  live: Record<string, LiveState>;
  onForget: (id: string) => void;
}) {
  const { t, formatLocale } = useI18n();
  if (entries.length === 0) return <p className="mt-4 text-sm text-slate-500 dark:text-slate-400">{t.history.empty}</p>;
  return (
    <ul className="mt-4 divide-y divide-slate-200 dark:divide-slate-800" aria-label={t.history.list}>
      {entries.map((e) => {
        const state = live[e.id];
        const receipt = typeof state === 'object' ? state : null;
        const details = [
          e.recipient && t.history.forRecipient(e.recipient),
          t.history.shared(formatTime(e.createdAt, formatLocale)),
          receipt && t.history.opened(receipt.viewsUsed, receipt.maxViews),
          e.rotateBy && t.history.rotateBy(e.rotateBy),
        ];
        return (
          <li key={e.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between">
            <div className="min-w-0">
              <p className="truncate font-medium">{e.label || t.history.untitled}</p>
              <p className="text-xs text-slate-500 dark:text-slate-400">{details.filter(Boolean).join(' · ')}</p>
            </div>
            <div className="flex shrink-0 items-center gap-2">
              <LiveBadge live={state} />
              <a
                className="text-sm underline"
                href={`/m#${formatManageFragment(e.id, e.manageToken)}`}
                aria-label={t.history.manageEntry(e.label)}
              >
                {t.history.manage}
              </a>
              <Button variant="secondary" className="px-2.5 py-1.5" onClick={() => onForget(e.id)}>
                {t.history.forget}
              </Button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
