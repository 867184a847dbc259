'use client';

import { useEffect, useState, type FormEvent } from 'react';
import type { EntryNotes, HistoryEntry } from '@/lib/client/history';
import { useI18n } from '@/components/i18n/i18n-provider';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';

/** Edits an entry's notes (label, recipient, rotate by) in place; the link itself cannot change. */
export function EntryEditor({
  entry,
  title,
  onSave,
  onCancel,
}: {
  entry: HistoryEntry;
  title: string;
  onSave: (notes: EntryNotes) => boolean;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [label, setLabel] = useState(entry.label);
  const [recipient, setRecipient] = useState(entry.recipient);
  const [rotateBy, setRotateBy] = useState(entry.rotateBy ?? '');
  const [failed, setFailed] = useState(false);
  const id = (name: string) => `edit-${name}-${entry.id}`;

  const labelId = id('label');
  useEffect(() => document.getElementById(labelId)?.focus(), [labelId]);

  function submit(event: FormEvent) {
    event.preventDefault();
    setFailed(!onSave({ label, recipient, rotateBy: rotateBy || null }));
  }

  return (
    <form
      onSubmit={submit}
      aria-label={t.myLinks.editHeading(title)}
      className="mt-2 grid gap-3 rounded-lg border border-slate-200 p-3 sm:grid-cols-2 dark:border-slate-800"
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <Field id={id('label')} label={t.record.label} className="sm:col-span-2">
        <Input
          id={id('label')}
          maxLength={200}
          placeholder={t.record.labelPlaceholder}
          value={label}
          onChange={(e) => setLabel(e.target.value)}
        />
      </Field>
      <Field id={id('recipient')} label={t.record.recipient}>
        <Input
          id={id('recipient')}
          maxLength={200}
          placeholder={t.record.recipientPlaceholder}
          value={recipient}
          onChange={(e) => setRecipient(e.target.value)}
        />
      </Field>
      <Field id={id('rotate')} label={t.record.rotateBy}>
        <Input id={id('rotate')} type="date" value={rotateBy} onChange={(e) => setRotateBy(e.target.value)} />
      </Field>
      {failed && <p className="text-sm text-rose-700 sm:col-span-2 dark:text-rose-300">{t.myLinks.saveFailed}</p>}
      <div className="flex gap-2 sm:col-span-2">
        <Button type="submit">{t.myLinks.save}</Button>
        <Button variant="secondary" onClick={onCancel}>
          {t.myLinks.cancel}
        </Button>
      </div>
    </form>
  );
}
