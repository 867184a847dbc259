'use client';

import { useState, type FormEvent } from 'react';
import { NOTE_PADDED_SIZES_BYTES } from '@/lib/protocol/requests';
import { NotifyField } from '@/components/create/notify-field';
import { useI18n } from '@/components/i18n/i18n-provider';
import { usePolicy } from '@/components/instance/instance-provider';
import { Button } from '@/components/ui/button';
import { Field, Input, TextArea } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { SelectField } from '@/components/ui/select-field';
import { createRequestErrorMessage } from './messages';
import { answerTtlOptions, answerViewOptions, requestTtlOptions } from './options';
import { RequestResult } from './request-result';
import { useCreateRequest, type CreatedRequest } from './use-create-request';

/** The largest note: the largest note bucket minus the payload's kind byte and marker. */
const MAX_NOTE_BYTES = Math.max(...NOTE_PADDED_SIZES_BYTES) - 2;

/**
 * The "Request a secret" form: a note, how long the request and its answer live, and a private record.
 * It offers only this instance's choices (the page carries the policy, no extra request).
 */
export function RequestForm() {
  const { t } = useI18n();
  const policy = usePolicy();
  const [note, setNote] = useState('');
  const [ttlSeconds, setTtlSeconds] = useState<number>(policy.defaultRequestTtlSeconds);
  const [answerTtlSeconds, setAnswerTtlSeconds] = useState<number>(policy.defaultTtlSeconds);
  const [maxViews, setMaxViews] = useState<number>(policy.defaultMaxViews);
  const [label, setLabel] = useState('');
  const [from, setFrom] = useState('');
  const [notify, setNotify] = useState('');
  const [created, setCreated] = useState<CreatedRequest | null>(null);
  const { create, busy, error } = useCreateRequest();
  const noteBytes = new TextEncoder().encode(note).length;
  const tooLong = noteBytes > MAX_NOTE_BYTES;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || tooLong) return;
    const result = await create({ note, ttlSeconds, answerTtlSeconds, maxViews, label, from, notify });
    if (!result) return;
    setCreated(result);
    setNote('');
    setLabel('');
    setFrom('');
  }

  if (created) return <RequestResult created={created} onReset={() => setCreated(null)} />;

  return (
    <form onSubmit={submit} className="mt-6 flex flex-col gap-5" aria-busy={busy}>
      <Field
        id="request-note"
        label={
          <>
            {t.request.noteLabel}{' '}
            <span className="font-normal text-slate-500 dark:text-slate-400">{t.upload.optional}</span>
          </>
        }
      >
        <TextArea
          id="request-note"
          rows={4}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          placeholder={t.request.notePlaceholder}
          aria-describedby="request-note-hint"
        />
        <p
          id="request-note-hint"
          className={`text-xs ${tooLong ? 'text-rose-700 dark:text-rose-400' : 'text-slate-500 dark:text-slate-400'}`}
        >
          {tooLong ? t.request.noteTooLong(noteBytes, MAX_NOTE_BYTES) : t.request.noteHint}
        </p>
      </Field>
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField
          id="request-ttl"
          label={t.request.openLabel}
          value={ttlSeconds}
          options={requestTtlOptions(t, policy)}
          onChange={setTtlSeconds}
        />
        <SelectField
          id="answer-ttl"
          label={t.request.keepLabel}
          value={answerTtlSeconds}
          options={answerTtlOptions(t, policy)}
          onChange={setAnswerTtlSeconds}
        />
        <SelectField
          id="answer-views"
          label={t.request.viewsLabel}
          value={maxViews}
          options={answerViewOptions(t, policy)}
          onChange={setMaxViews}
        />
      </div>
      <details className="rounded-lg border border-slate-200 px-4 py-3 dark:border-slate-800">
        <summary className="cursor-pointer text-sm font-medium">{t.request.keepSummary}</summary>
        <p className="mt-2 text-xs text-slate-500 dark:text-slate-400">{t.request.keepIntro}</p>
        <div className="mt-3 grid gap-3 sm:grid-cols-2">
          <Field id="request-label" label={t.request.labelLabel}>
            <Input
              id="request-label"
              maxLength={200}
              placeholder={t.request.labelPlaceholder}
              value={label}
              onChange={(e) => setLabel(e.target.value)}
            />
          </Field>
          <Field id="request-from" label={t.request.fromLabel}>
            <Input
              id="request-from"
              maxLength={200}
              placeholder={t.request.fromPlaceholder}
              value={from}
              onChange={(e) => setFrom(e.target.value)}
            />
          </Field>
        </div>
      </details>
      <NotifyField value={notify} onChange={setNotify} label={t.notify.toggleAnswered} />
      {error && (
        <Notice tone="error">
          {error === 'invalid_request' && notify ? t.notify.refused : createRequestErrorMessage(t, error)}
        </Notice>
      )}
      <div>
        <Button type="submit" disabled={busy || tooLong}>
          {busy ? t.request.creating : t.request.submit}
        </Button>
      </div>
    </form>
  );
}
