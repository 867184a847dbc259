'use client';

import { useState } from 'react';
import { useI18n } from '@/components/i18n/i18n-provider';
import { Button } from '@/components/ui/button';

/** Two-step revoke: the first click asks, the second destroys. */
export function RevokeButton({ onRevoke }: { onRevoke: () => Promise<boolean> }) {
  const { t } = useI18n();
  const [step, setStep] = useState<'idle' | 'confirm' | 'working' | 'failed'>('idle');

  if (step === 'idle' || step === 'failed') {
    return (
      <div className="flex flex-col gap-2">
        <Button variant="danger" onClick={() => setStep('confirm')}>
          {t.manage.revoke}
        </Button>
        {step === 'failed' && <p className="text-sm text-rose-600">{t.manage.revokeFailed}</p>}
      </div>
    );
  }
  return (
    <div role="group" aria-label={t.manage.confirmGroup} className="flex flex-col gap-2 sm:flex-row sm:items-center">
      <p className="text-sm">{t.manage.confirmQuestion}</p>
      <div className="flex gap-2">
        <Button
          variant="danger"
          disabled={step === 'working'}
          onClick={async () => {
            setStep('working');
            setStep((await onRevoke()) ? 'idle' : 'failed');
          }}
        >
          {t.manage.confirm}
        </Button>
        <Button variant="secondary" onClick={() => setStep('idle')} disabled={step === 'working'}>
          {t.manage.cancel}
        </Button>
      </div>
    </div>
  );
}
