'use client';

import type { HistoryEntry } from '@/lib/client/history';
import { useI18n } from '@/components/i18n/i18n-provider';
import { Card } from '@/components/ui/card';
import { RequestRow } from './request-row';
import type { RequestLive } from './use-request-states';

/** The requests this browser made: state and revoke from each one's manage token. */
export function RequestList({
  entries,
  live,
  onRevoke,
  onForget,
}: {
  entries: HistoryEntry[];
  live: Record<string, RequestLive>;
  onRevoke: (entry: HistoryEntry) => Promise<boolean>;
  onForget: (id: string) => void;
}) {
  const { t } = useI18n();
  if (entries.length === 0) return null;
  return (
    <Card>
      <h2 className="text-lg font-semibold">{t.request.listTitle}</h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t.request.listHint}</p>
      <ul className="mt-2 divide-y divide-slate-200 dark:divide-slate-800" aria-label={t.request.listTitle}>
        {entries.map((e) => (
          <RequestRow key={e.id} entry={e} live={live[e.id]} onRevoke={onRevoke} onForget={onForget} />
        ))}
      </ul>
    </Card>
  );
}
