type Tone = 'ready' | 'ended' | 'revealed';

const TONES: Record<Tone, string> = {
  ready:
    'border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100',
  ended: 'border-slate-300 bg-slate-100 text-slate-800 dark:border-slate-700 dark:bg-slate-800 dark:text-slate-100',
  revealed: 'border-sky-300 bg-sky-50 text-sky-900 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-100',
};

/** A small label above a reveal page's heading that names the link's state at a glance. */
export function StateBadge({ tone, children }: { tone: Tone; children: string }) {
  return (
    <p
      data-testid="state-badge"
      className={`inline-flex items-center gap-1.5 rounded-full border px-2.5 py-0.5 text-xs font-medium ${TONES[tone]}`}
    >
      <span aria-hidden="true" className="inline-block h-1.5 w-1.5 rounded-full bg-current" />
      {children}
    </p>
  );
}
