'use client';

import { useI18n } from '@/components/i18n/i18n-provider';
import { RevealedFiles } from '@/components/reveal/revealed-files';
import { RevealedSecret } from '@/components/reveal/revealed-secret';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Notice } from '@/components/ui/notice';
import { formatDateTime, formatTime } from '@/components/ui/format';
import { LinkProblemMessage, RequestMessage } from './request-messages';
import { RequestStateBadge } from './request-state-badge';
import { RevokeRequestButton } from './revoke-request-button';
import { useOwnerRequest } from './use-owner-request';

/** The owner page: whether the request was answered, Reveal, the answer as a revealed secret, Revoke. */
export function OwnerView() {
  const { t, formatLocale } = useI18n();
  const { state, reveal, revoke, retryFiles } = useOwnerRequest();
  const time = (iso: string) => formatDateTime(iso, formatLocale);

  switch (state.kind) {
    case 'loading':
      return (
        <Card>
          <h1 className="text-xl font-semibold">{t.request.ownerTitle}</h1>
          <p role="status" className="mt-2 text-slate-600 dark:text-slate-400">
            {t.request.loadingOwner}
          </p>
        </Card>
      );
    case 'invalid':
      return (
        <LinkProblemMessage
          problem={state.problem}
          title={t.request.ownerInvalidTitle}
          advice={t.request.ownerInvalidBody}
        />
      );
    case 'gone':
      return <RequestMessage title={t.request.ownerGoneTitle} body={t.request.ownerGoneBody} />;
    case 'tampered':
      return <RequestMessage title={t.request.tamperedTitle} body={t.request.tamperedBody} />;
    case 'unavailable':
      return (
        <Card>
          <Notice tone="warning">{t.request.unavailable}</Notice>
        </Card>
      );
    case 'revealed':
      return (
        <>
          <RevealedSecret
            text={state.text}
            viewsLeft={state.viewsLeft}
            files={state.files && <RevealedFiles files={state.files} onRetry={retryFiles} />}
          />
          <Card>
            <p className="text-sm" data-testid="owner-confirmation">
              {t.request.confirmationSeen(state.confirmation)}
            </p>
            <div className="mt-4">
              <RevokeRequestButton onRevoke={revoke} />
            </div>
          </Card>
        </>
      );
    case 'found': {
      const r = state.request;
      const read = state.read !== null;
      const badge = read ? 'read' : r.state;
      return (
        <Card>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h1 className="text-xl font-semibold">{read ? t.request.ownerGoneTitle : t.request.ownerTitle}</h1>
            <RequestStateBadge state={badge} />
          </div>
          <p role="status" className="mt-2 text-slate-600 dark:text-slate-400" data-testid="owner-status">
            {read
              ? t.request.ownerGoneBody
              : r.state === 'open'
                ? t.request.waitingBody
                : r.state === 'uploading'
                  ? t.request.uploadingBody
                  : r.state === 'revoked'
                    ? t.request.revokedBody
                    : t.request.answeredBody(formatTime(r.answeredAt ?? r.createdAt, formatLocale))}
          </p>
          {r.note && (
            <figure className="mt-4">
              <figcaption className="text-sm font-medium">{t.request.noteFrom}</figcaption>
              <blockquote
                dir="auto"
                className="mt-1 rounded-lg border-s-4 border-slate-300 bg-slate-50 px-4 py-3 text-sm break-words whitespace-pre-wrap dark:border-slate-700 dark:bg-slate-950"
              >
                {r.note}
              </blockquote>
            </figure>
          )}
          <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
            <dt className="text-slate-500 dark:text-slate-400">{t.request.created}</dt>
            <dd>{time(r.createdAt)}</dd>
            <dt className="text-slate-500 dark:text-slate-400">{t.request.openUntilLabel}</dt>
            <dd>{time(r.expiresAt)}</dd>
          </dl>
          {r.state === 'answered' && !read && (
            <div className="mt-5 flex flex-col items-start gap-2">
              <Button onClick={() => void reveal()} disabled={state.step === 'revealing'}>
                {state.step === 'revealing' ? t.request.revealing : t.request.reveal}
              </Button>
              <p className="text-xs text-slate-500 dark:text-slate-400">{t.request.revealHint}</p>
            </div>
          )}
          {state.problem && (
            <div className="mt-4">
              <Notice tone="error">
                {state.problem === 'undecryptable' ? t.request.undecryptable : t.request.revealFailed}
              </Notice>
            </div>
          )}
          {r.state !== 'revoked' && (
            <div className="mt-5">
              <RevokeRequestButton onRevoke={revoke} />
            </div>
          )}
        </Card>
      );
    }
  }
}
