'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';

/** Two-step revoke: the first click asks, the second destroys. */
export function RevokeButton({ onRevoke }: { onRevoke: () => Promise<boolean> }) {
  const [step, setStep] = useState<'idle' | 'confirm' | 'working' | 'failed'>('idle');

  if (step === 'idle' || step === 'failed') {
    return (
      <div className="flex flex-col gap-2">
        <Button variant="danger" onClick={() => setStep('confirm')}>
          Revoke now
        </Button>
        {step === 'failed' && <p className="text-sm text-rose-600">Revoking failed. Try again.</p>}
      </div>
    );
  }
  return (
    <div role="group" aria-label="Confirm revoking" className="flex flex-col gap-2 sm:flex-row sm:items-center">
      <p className="text-sm">Destroy this secret now? The link will stop working for everyone.</p>
      <div className="flex gap-2">
        <Button
          variant="danger"
          disabled={step === 'working'}
          onClick={async () => {
            setStep('working');
            setStep((await onRevoke()) ? 'idle' : 'failed');
          }}
        >
          Yes, destroy it
        </Button>
        <Button variant="secondary" onClick={() => setStep('idle')} disabled={step === 'working'}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
