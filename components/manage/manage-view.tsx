'use client';

import { Card } from '@/components/ui/card';
import { Notice } from '@/components/ui/notice';
import { formatTime } from '@/components/ui/format';
import { RevokeButton } from './revoke-button';
import { StateBadge } from './state-badge';
import { useReceipt } from './use-receipt';

export function ManageView() {
  const { state, revoke } = useReceipt();

  switch (state.kind) {
    case 'loading':
      return (
        <Card>
          <p role="status" className="text-slate-600 dark:text-slate-400">
            Loading the receipt…
          </p>
        </Card>
      );
    case 'invalid':
      return (
        <Card>
          <h1 className="text-xl font-semibold">This manage link is not complete</h1>
          <p className="mt-2 text-slate-600 dark:text-slate-400">
            Copy the whole manage link you kept when you shared.
          </p>
        </Card>
      );
    case 'missing':
      return (
        <Card>
          <h1 className="text-xl font-semibold">No receipt for this link</h1>
          <p className="mt-2 text-slate-600 dark:text-slate-400">
            Receipts are kept for a while after a secret ends, then deleted. This one is gone, or the link is wrong.
          </p>
        </Card>
      );
    case 'unavailable':
      return (
        <Card>
          <Notice tone="warning">The service is temporarily unavailable. This page retries by itself.</Notice>
        </Card>
      );
    case 'found': {
      const r = state.receipt;
      return (
        <Card>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h1 className="text-xl font-semibold">Your shared secret</h1>
            <StateBadge state={r.state} />
          </div>
          <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
            <dt className="text-slate-500 dark:text-slate-400">Opened</dt>
            <dd data-testid="views-used">
              {r.viewsUsed} of {r.maxViews} {r.maxViews === 1 ? 'time' : 'times'}
            </dd>
            {r.viewedAt.map((at, i) => (
              <div key={at + i} className="contents">
                <dt className="text-slate-500 dark:text-slate-400">View {i + 1}</dt>
                <dd>{formatTime(at)}</dd>
              </div>
            ))}
            <dt className="text-slate-500 dark:text-slate-400">Created</dt>
            <dd>{formatTime(r.createdAt)}</dd>
            <dt className="text-slate-500 dark:text-slate-400">
              {r.state === 'active' ? 'Expires' : 'Would have expired'}
            </dt>
            <dd>{formatTime(r.expiresAt)}</dd>
            {r.endedAt && (
              <>
                <dt className="text-slate-500 dark:text-slate-400">Ended</dt>
                <dd>{formatTime(r.endedAt)}</dd>
              </>
            )}
            {r.hasPassword && (
              <>
                <dt className="text-slate-500 dark:text-slate-400">Wrong passwords</dt>
                <dd>{r.failedAttempts}</dd>
              </>
            )}
          </dl>
          {r.state === 'active' && (
            <div className="mt-5">
              <RevokeButton onRevoke={revoke} />
            </div>
          )}
          <p className="mt-5 text-xs text-slate-500 dark:text-slate-400">
            This page refreshes by itself. The manage link cannot read the secret.
          </p>
        </Card>
      );
    }
  }
}
