'use client';

import { useState } from 'react';
import { useI18n } from '@/components/i18n/i18n-provider';
import { Button } from '@/components/ui/button';

/** Two-step revoke of a request: the first click asks, the second closes it and burns its answer. */
export function RevokeRequestButton({ onRevoke, label }: { onRevoke: () => Promise<boolean>; label?: string }) {
  const { t } = useI18n();
  const [step, setStep] = useState<'idle' | 'confirm' | 'working' | 'failed'>('idle');

  if (step === 'idle' || step === 'failed') {
    return (
      <div className="flex flex-col gap-2">
        <Button variant="danger" className="self-start" aria-label={label} onClick={() => setStep('confirm')}>
          {t.request.revoke}
        </Button>
        {step === 'failed' && <p className="text-sm text-rose-700 dark:text-rose-400">{t.request.revokeFailed}</p>}
      </div>
    );
  }
  return (
    <div role="group" aria-label={t.request.revokeGroup} className="flex flex-col gap-2">
      <p className="text-sm">{t.request.revokeQuestion}</p>
      <div className="flex gap-2">
        <Button
          variant="danger"
          disabled={step === 'working'}
          onClick={async () => {
            setStep('working');
            setStep((await onRevoke()) ? 'idle' : 'failed');
          }}
        >
          {t.request.revokeConfirm}
        </Button>
        <Button variant="secondary" onClick={() => setStep('idle')} disabled={step === 'working'}>
          {t.request.revokeCancel}
        </Button>
      </div>
    </div>
  );
}
