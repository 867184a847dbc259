'use client';

import { useSyncExternalStore } from 'react';
import { useI18n } from '@/components/i18n/i18n-provider';
import { Card } from '@/components/ui/card';
import { Notice } from '@/components/ui/notice';
import { formatDateTime, formatTime } from '@/components/ui/format';
import { AnswerForm } from './answer-form';
import { LinkProblemMessage, RequestMessage } from './request-messages';
import { useAnswerRequest } from './use-answer-request';

const noSubscription = () => () => {};

/** The note, rendered as text only, in a quoted panel. */
function Note({ note }: { note: string }) {
  const { t } = useI18n();
  return (
    <figure className="mt-4">
      <figcaption className="text-sm font-medium">{t.request.noteFrom}</figcaption>
      <blockquote
        data-testid="request-note"
        dir="auto"
        className="mt-1 rounded-lg border-s-4 border-emerald-600 bg-slate-50 px-4 py-3 text-sm break-words whitespace-pre-wrap dark:bg-slate-950"
      >
        {note || <span className="text-slate-500 dark:text-slate-400">{t.request.noNote}</span>}
      </blockquote>
    </figure>
  );
}

/** The responder's page: the requester's note, where the answer goes, and the answer form. */
export function AnswerView({ maxFileBytes }: { maxFileBytes: number }) {
  const { t, formatLocale } = useI18n();
  const { state, answer, busy, progress, error } = useAnswerRequest();
  const origin = useSyncExternalStore(
    noSubscription,
    () => window.location.origin,
    () => '',
  );

  switch (state.kind) {
    case 'loading':
      return (
        <Card>
          <h1 className="text-xl font-semibold">{t.request.askedTitle}</h1>
          <p role="status" className="mt-2 text-slate-600 dark:text-slate-400">
            {t.request.checking}
          </p>
        </Card>
      );
    case 'invalid':
      return (
        <LinkProblemMessage problem={state.problem} title={t.request.invalidTitle} advice={t.request.invalidAdvice} />
      );
    case 'gone':
      return <RequestMessage title={t.request.goneTitle} body={t.request.goneBody} />;
    case 'tampered':
      return <RequestMessage title={t.request.tamperedTitle} body={t.request.tamperedBody} />;
    case 'unavailable':
      return (
        <Card>
          <Notice tone="warning">{t.request.unavailable}</Notice>
        </Card>
      );
    case 'closed':
      return <RequestMessage title={t.request.closedTitle} body={t.request.closedBody} />;
    case 'answered':
      return (
        <Card>
          <h1 className="text-xl font-semibold">{t.request.answeredTitle}</h1>
          <p className="mt-2 text-slate-600 dark:text-slate-400" data-testid="answered-at">
            {t.request.answeredAt(formatTime(state.at, formatLocale))}
          </p>
          <p className="mt-4 text-sm font-medium">{t.request.confirmationLabel}</p>
          <p
            data-testid="confirmation-code"
            dir="ltr"
            className="mt-1 font-mono text-3xl font-semibold tracking-widest text-emerald-800 dark:text-emerald-300"
          >
            {state.confirmation}
          </p>
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t.request.confirmationHint}</p>
        </Card>
      );
    case 'open':
      return (
        <Card>
          <h1 className="text-xl font-semibold">{t.request.askedTitle}</h1>
          <Note note={state.note} />
          <p className="mt-4 text-sm text-slate-600 dark:text-slate-400" data-testid="request-origin">
            {t.request.origin(origin)} {t.request.openUntilResponder(formatDateTime(state.expiresAt, formatLocale))}
          </p>
          <AnswerForm maxFileBytes={maxFileBytes} busy={busy} progress={progress} error={error} onAnswer={answer} />
        </Card>
      );
  }
}
