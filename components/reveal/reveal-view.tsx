'use client';

import { Suspense } from 'react';
import { useCoreI18n } from '@/components/i18n/i18n-provider';
import { Card } from '@/components/ui/card';
import { Notice } from '@/components/ui/notice';
import { GoneMessage, InvalidLinkMessage, RevisitedMessage } from './link-messages';
import { revealErrorMessage } from './messages';
import { LazyRevealedFiles } from './file-view';
import { RevealPrompt } from './reveal-prompt';
import { RevealedSecret } from './revealed-secret';
import { useReveal } from './use-reveal';

export function RevealView() {
  const { t } = useCoreI18n();
  const { state, reveal, retryFiles } = useReveal();

  switch (state.kind) {
    case 'invalid':
      return <InvalidLinkMessage problem={state.problem} />;
    case 'gone':
      return <GoneMessage ending={state.ending} />;
    case 'revisited':
      return <RevisitedMessage viewsLeft={state.viewsLeft} />;
    case 'destroyed':
      return (
        <Card>
          <h1 className="text-xl font-semibold">{t.reveal.destroyedTitle}</h1>
          <p className="mt-2 text-slate-600 dark:text-slate-400">{t.reveal.destroyedBody}</p>
        </Card>
      );
    case 'unavailable':
      return (
        <Card>
          <Notice tone="warning">{t.reveal.unavailable}</Notice>
        </Card>
      );
    case 'failed':
      return (
        <Card>
          <Notice tone="error">{revealErrorMessage(t, state.failure)}</Notice>
        </Card>
      );
    case 'loading':
    case 'ready':
    case 'working':
      return <RevealPrompt state={state} onReveal={reveal} />;
    case 'revealed':
      return (
        <RevealedSecret
          text={state.text}
          viewsLeft={state.viewsLeft}
          files={
            state.files && (
              <Suspense>
                <LazyRevealedFiles files={state.files} onRetry={retryFiles} />
              </Suspense>
            )
          }
        />
      );
  }
}
