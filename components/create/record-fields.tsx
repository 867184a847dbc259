'use client';

import Link from 'next/link';
import { useI18n } from '@/components/i18n/i18n-provider';

export type PrivateRecord = { label: string; recipient: string; rotateBy: string };

const INPUT =
  'rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm focus-visible:outline-2 focus-visible:outline-emerald-500 dark:border-slate-700 dark:bg-slate-900';

/** Notes kept only in this browser's history, for the sender's own records. */
export function RecordFields({ value, onChange }: { value: PrivateRecord; onChange: (value: PrivateRecord) => void }) {
  const { t } = useI18n();
  const field = (key: keyof PrivateRecord) => ({
    value: value[key],
    onChange: (e: { target: { value: string } }) => onChange({ ...value, [key]: e.target.value }),
  });
  return (
    <details className="rounded-lg border border-slate-200 px-4 py-3 dark:border-slate-800">
      <summary className="cursor-pointer text-sm font-medium">{t.record.summary}</summary>
      <p className="mt-2 text-xs text-slate-500 dark:text-slate-400">
        {t.record.intro(
          <Link key="my-links" className="underline" href="/history">
            {t.record.myLinks}
          </Link>,
        )}
      </p>
      <div className="mt-3 grid gap-3 sm:grid-cols-2">
        <div className="flex flex-col gap-1.5 sm:col-span-2">
          <label htmlFor="record-label" className="text-sm font-medium">
            {t.record.label}
          </label>
          <input
            id="record-label"
            maxLength={200}
            placeholder={t.record.labelPlaceholder}
            className={INPUT}
            {...field('label')}
          />
        </div>
        <div className="flex flex-col gap-1.5">
          <label htmlFor="record-recipient" className="text-sm font-medium">
            {t.record.recipient}
          </label>
          <input
            id="record-recipient"
            maxLength={200}
            placeholder={t.record.recipientPlaceholder}
            className={INPUT}
            {...field('recipient')}
          />
        </div>
        <div className="flex flex-col gap-1.5">
          <label htmlFor="record-rotate" className="text-sm font-medium">
            {t.record.rotateBy}
          </label>
          <input id="record-rotate" type="date" className={INPUT} {...field('rotateBy')} />
        </div>
      </div>
    </details>
  );
}
