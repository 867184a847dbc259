'use client';

import Link from 'next/link';
import { useI18n } from '@/components/i18n/i18n-provider';
import { Field, Input } from '@/components/ui/field';

export type PrivateRecord = { label: string; recipient: string; rotateBy: string };

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
        <Field id="record-label" label={t.record.label} className="sm:col-span-2">
          <Input id="record-label" maxLength={200} placeholder={t.record.labelPlaceholder} {...field('label')} />
        </Field>
        <Field id="record-recipient" label={t.record.recipient}>
          <Input
            id="record-recipient"
            maxLength={200}
            placeholder={t.record.recipientPlaceholder}
            {...field('recipient')}
          />
        </Field>
        <Field id="record-rotate" label={t.record.rotateBy}>
          <Input id="record-rotate" type="date" {...field('rotateBy')} />
        </Field>
      </div>
    </details>
  );
}
