'use client';

import { useEffect, useRef, useState } from 'react';
import { useI18n } from '@/components/i18n/i18n-provider';
import { Button } from '@/components/ui/button';

const QUESTION_ID = 'revoke-question';
/** The Revoke button's id, for whoever moves focus to it. */
export const REVOKE_ID = 'revoke-button';

/**
 * Two-step revoke: the first click asks, the second destroys. Focus follows
 * the step (the question, or back to Revoke), so a screen reader hears it.
 */
export function RevokeButton({ onRevoke }: { onRevoke: () => Promise<boolean> }) {
  const { t } = useI18n();
  const [step, setStep] = useState<'idle' | 'confirm' | 'working' | 'failed'>('idle');
  const moved = useRef(false);

  useEffect(() => {
    if (!moved.current) return;
    document.getElementById(step === 'confirm' ? QUESTION_ID : REVOKE_ID)?.focus();
  }, [step]);
  const go = (next: typeof step) => {
    moved.current = true;
    setStep(next);
  };

  if (step === 'idle' || step === 'failed') {
    return (
      <div className="flex flex-col items-start gap-2">
        <Button id={REVOKE_ID} variant="danger" className="whitespace-nowrap" onClick={() => go('confirm')}>
          {t.manage.revoke}
        </Button>
        {step === 'failed' && (
          <p role="alert" className="text-sm text-rose-700 dark:text-rose-300">
            {t.manage.revokeFailed}
          </p>
        )}
      </div>
    );
  }
  return (
    <div role="group" aria-label={t.manage.confirmGroup} className="flex flex-col gap-3">
      <p id={QUESTION_ID} tabIndex={-1} className="text-sm outline-none">
        {t.manage.confirmQuestion}
      </p>
      <div className="flex flex-wrap gap-2">
        <Button
          variant="danger"
          className="whitespace-nowrap"
          disabled={step === 'working'}
          onClick={async () => {
            setStep('working');
            const revoked = await onRevoke();
            if (!revoked) go('failed');
          }}
        >
          {t.manage.confirm}
        </Button>
        <Button
          variant="secondary"
          className="whitespace-nowrap"
          onClick={() => go('idle')}
          disabled={step === 'working'}
        >
          {t.manage.cancel}
        </Button>
      </div>
    </div>
  );
}
