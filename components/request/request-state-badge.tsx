'use client';

import type { RequestStateName } from '@/lib/schemas/requests';
import { useI18n } from '@/components/i18n/i18n-provider';

const TONES: Record<RequestStateName | 'read' | 'ended', string> = {
  open: 'bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-100',
  uploading: 'bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-100',
  answered: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100',
  read: 'bg-slate-200 text-slate-800 dark:bg-slate-800 dark:text-slate-200',
  revoked: 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-100',
  ended: 'bg-slate-200 text-slate-800 dark:bg-slate-800 dark:text-slate-200',
};

/** A request's state in a badge: waiting, arriving, answered, answer read, revoked, ended. */
export function RequestStateBadge({ state }: { state: RequestStateName | 'read' | 'ended' }) {
  const { t } = useI18n();
  const text = state === 'read' ? t.request.answerRead : state === 'ended' ? t.request.ended : t.request.states[state];
  return (
    <span
      data-testid="request-state"
      className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-medium ${TONES[state]}`}
    >
      {text}
    </span>
  );
}
