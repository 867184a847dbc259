'use client';

import { useI18n } from '@/components/i18n/i18n-provider';
import { Button } from '@/components/ui/button';
import type { TokenSummary } from '@/lib/client/account';

/** The user's tokens: name, created, last used, and a Revoke button each. */
export function TokenList({ tokens, onRevoke }: { tokens: TokenSummary[]; onRevoke: (id: string) => void }) {
  const { t } = useI18n();
  const when = (iso: string) => new Date(iso).toLocaleString();
  if (tokens.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-300">{t.auth.noTokens}</p>;
  return (
    <ul className="flex flex-col divide-y divide-slate-200 dark:divide-slate-800" aria-label={t.auth.tokensTitle}>
      {tokens.map((token) => (
        <li key={token.id} className="flex items-center justify-between gap-4 py-3">
          <div className="flex flex-col text-sm">
            <span className="font-medium">{token.name}</span>
            <span className="text-slate-600 dark:text-slate-400">
              {t.auth.created(when(token.createdAt))} ·{' '}
              {t.auth.lastUsed(token.lastUsedAt ? when(token.lastUsedAt) : null)}
            </span>
          </div>
          <Button variant="secondary" onClick={() => onRevoke(token.id)} aria-label={`${t.auth.revoke} ${token.name}`}>
            {t.auth.revoke}
          </Button>
        </li>
      ))}
    </ul>
  );
}
