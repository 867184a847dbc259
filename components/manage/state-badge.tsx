'use client';

import type { SecretStateName } from '@/lib/schemas/secrets';
import { useI18n } from '@/components/i18n/i18n-provider';

/** A tone for each receipt state's badge; the words are in the catalogue (`states`). */
const STATE_TONES: Record<SecretStateName, string> = {
  active: 'bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-100',
  viewed: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100',
  expired: 'bg-slate-200 text-slate-800 dark:bg-slate-800 dark:text-slate-200',
  revoked: 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-100',
  locked: 'bg-rose-100 text-rose-900 dark:bg-rose-950 dark:text-rose-100',
};

export function StateBadge({ state }: { state: SecretStateName }) {
  const { t } = useI18n();
  return (
    <span
      data-testid="secret-state"
      className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-medium ${STATE_TONES[state]}`}
    >
      {t.states[state]}
    </span>
  );
}
