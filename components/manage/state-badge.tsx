'use client';

import type { SecretStateName } from '@/lib/schemas/secrets';
import { useI18n } from '@/components/i18n/i18n-provider';

/** A tone for each receipt state's badge; the words are in the catalogue (`states`). */
const STATE_TONES: Record<SecretStateName, string> = {
  active: 'bg-sky-100 text-sky-900 ring-sky-200 dark:bg-sky-950 dark:text-sky-100 dark:ring-sky-800',
  viewed:
    'bg-emerald-100 text-emerald-900 ring-emerald-200 dark:bg-emerald-950 dark:text-emerald-100 dark:ring-emerald-800',
  expired: 'bg-slate-200 text-slate-800 ring-slate-300 dark:bg-slate-800 dark:text-slate-200 dark:ring-slate-600',
  revoked: 'bg-amber-100 text-amber-900 ring-amber-200 dark:bg-amber-950 dark:text-amber-100 dark:ring-amber-800',
  locked: 'bg-rose-100 text-rose-900 ring-rose-200 dark:bg-rose-950 dark:text-rose-100 dark:ring-rose-800',
};

/** The dot's colour: a second cue beside the words, never the only one. */
const DOT_TONES: Record<SecretStateName, string> = {
  active: 'bg-sky-600 dark:bg-sky-400',
  viewed: 'bg-emerald-600 dark:bg-emerald-400',
  expired: 'bg-slate-500 dark:bg-slate-400',
  revoked: 'bg-amber-600 dark:bg-amber-400',
  locked: 'bg-rose-600 dark:bg-rose-400',
};

const SIZES = { md: 'gap-1.5 px-2.5 py-0.5 text-xs', lg: 'gap-2 px-3 py-1 text-sm' } as const;

/** A receipt's state in words, with a coloured dot; `lg` heads the manage page. */
export function StateBadge({ state, size = 'md' }: { state: SecretStateName; size?: keyof typeof SIZES }) {
  const { t } = useI18n();
  return (
    <span
      className={`inline-flex items-center whitespace-nowrap rounded-full font-medium ring-1 ring-inset ${SIZES[size]} ${STATE_TONES[state]}`}
    >
      <span aria-hidden="true" className={`inline-block h-2 w-2 rounded-full ${DOT_TONES[state]}`} />
      <span data-testid="secret-state">{t.states[state]}</span>
    </span>
  );
}
