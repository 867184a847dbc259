'use client';

import { formatManageFragment } from '@/lib/crypto';
import type { HistoryEntry } from '@/lib/client/history';
import { Button } from '@/components/ui/button';
import { formatTime } from '@/components/ui/format';
import { StateBadge } from '@/components/manage/state-badge';
import type { LiveState } from './use-history';

function LiveBadge({ live }: { live: LiveState | undefined }) {
  if (live === undefined) return <span className="text-xs text-slate-500">checking…</span>;
  if (live === 'missing') return <span className="text-xs text-slate-500">receipt deleted</span>;
  if (live === 'unknown') return <span className="text-xs text-slate-500">unavailable</span>;
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
  if (entries.length === 0) return <p className="mt-4 text-sm text-slate-500 dark:text-slate-400">Nothing here yet.</p>;
  return (
    <ul className="mt-4 divide-y divide-slate-200 dark:divide-slate-800" aria-label="Shared links">
      {entries.map((e) => {
        const state = live[e.id];
        const receipt = typeof state === 'object' ? state : null;
        return (
          <li key={e.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between">
            <div className="min-w-0">
              <p className="truncate font-medium">{e.label || 'Untitled secret'}</p>
              <p className="text-xs text-slate-500 dark:text-slate-400">
                {e.recipient ? `for ${e.recipient} · ` : ''}shared {formatTime(e.createdAt)}
                {receipt ? ` · opened ${receipt.viewsUsed} of ${receipt.maxViews}` : ''}
                {e.rotateBy ? ` · rotate by ${e.rotateBy}` : ''}
              </p>
            </div>
            <div className="flex shrink-0 items-center gap-2">
              <LiveBadge live={state} />
              <a
                className="text-sm underline"
                href={`/m#${formatManageFragment(e.id, e.manageToken)}`}
                aria-label={`Manage ${e.label || 'untitled secret'}`}
              >
                Manage
              </a>
              <Button variant="secondary" className="px-2.5 py-1.5" onClick={() => onForget(e.id)}>
                Forget
              </Button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
