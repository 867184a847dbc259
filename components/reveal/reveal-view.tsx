'use client';

import { Card } from '@/components/ui/card';
import { Notice } from '@/components/ui/notice';
import { GoneMessage, InvalidLinkMessage } from './link-messages';
import { RevealPrompt } from './reveal-prompt';
import { RevealedSecret } from './revealed-secret';
import { useReveal } from './use-reveal';

export function RevealView() {
  const { state, reveal } = useReveal();

  switch (state.kind) {
    case 'loading':
      return (
        <Card>
          <p className="text-slate-600 dark:text-slate-400" role="status">
            Checking the link…
          </p>
        </Card>
      );
    case 'invalid':
      return <InvalidLinkMessage problem={state.problem} />;
    case 'gone':
      return <GoneMessage />;
    case 'destroyed':
      return (
        <Card>
          <h1 className="text-xl font-semibold">This secret was destroyed</h1>
          <p className="mt-2 text-slate-600 dark:text-slate-400">
            Too many wrong passwords were tried, so the secret was deleted for good. Ask the sender to share it again.
          </p>
        </Card>
      );
    case 'unavailable':
      return (
        <Card>
          <Notice tone="warning">
            The service is temporarily unavailable. Your link still works: reload this page in a moment.
          </Notice>
        </Card>
      );
    case 'failed':
      return (
        <Card>
          <Notice tone="error">{state.message}</Notice>
        </Card>
      );
    case 'ready':
    case 'working':
      return <RevealPrompt state={state} onReveal={reveal} />;
    case 'revealed':
      return <RevealedSecret text={state.text} viewsLeft={state.viewsLeft} />;
  }
}
