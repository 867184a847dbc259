import type { SecretStateName } from '@/lib/schemas/secrets';

/** Plain words for a receipt's state, and a tone for its badge. */
export const STATE_LABELS: Record<SecretStateName, { text: string; tone: string }> = {
  active: { text: 'Waiting', tone: 'bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-100' },
  viewed: { text: 'Opened', tone: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100' },
  expired: { text: 'Expired', tone: 'bg-slate-200 text-slate-800 dark:bg-slate-800 dark:text-slate-200' },
  revoked: { text: 'Revoked', tone: 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-100' },
  locked: {
    text: 'Destroyed after wrong passwords',
    tone: 'bg-rose-100 text-rose-900 dark:bg-rose-950 dark:text-rose-100',
  },
};

export function StateBadge({ state }: { state: SecretStateName }) {
  const label = STATE_LABELS[state];
  return (
    <span
      data-testid="secret-state"
      className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-medium ${label.tone}`}
    >
      {label.text}
    </span>
  );
}
