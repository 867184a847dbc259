'use client';

import { useEffect, useRef, useState } from 'react';
import { revokeLink } from '@/lib/client/manage';
import type { HistoryEntry } from '@/lib/client/history';
import { useI18n } from '@/components/i18n/i18n-provider';
import { Button } from '@/components/ui/button';

/**
 * "Revoke all still waiting" for one recipient: asks first, naming the count,
 * then revokes each link with its manage token and says how it went (the
 * message takes focus once React has rendered it, so a screen reader hears it).
 */
export function RevokeAll({
  entries,
  recipient,
  onDone,
}: {
  entries: HistoryEntry[];
  recipient: string;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const [step, setStep] = useState<'idle' | 'confirm' | 'working'>('idle');
  const [result, setResult] = useState<{ revoked: number; failed: number } | null>(null);
  const resultRef = useRef<HTMLParagraphElement>(null);
  const count = entries.length;

  // Focus follows the commit, not a frame: after the awaited revokes React renders in a task of its own,
  // which a frame callback can precede (the message did not exist yet, and focus stayed on <body>).
  useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);

  async function revokeAll() {
    setStep('working');
    const outcomes = await Promise.all(entries.map((e) => revokeLink(window.location.origin, e.id, e.manageToken)));
    const failed = outcomes.filter((o) => o.kind !== 'revoked' && o.kind !== 'gone').length;
    setResult({ revoked: count - failed, failed });
    setStep('idle');
    onDone();
  }

  return (
    <div className="flex flex-col items-start gap-2">
      {step === 'idle' && count > 0 && (
        <Button variant="danger" onClick={() => setStep('confirm')}>
          {t.myLinks.revokeAll(count)}
        </Button>
      )}
      {step !== 'idle' && (
        <div role="group" aria-label={t.myLinks.revokeAllGroup} className="flex flex-col gap-2">
          <p className="text-sm">{t.myLinks.revokeAllQuestion(count, recipient)}</p>
          <div className="flex flex-wrap gap-2">
            <Button
              variant="danger"
              className="whitespace-nowrap"
              disabled={step === 'working'}
              onClick={() => void revokeAll()}
            >
              {t.myLinks.revokeAllConfirm(count)}
            </Button>
            <Button variant="secondary" disabled={step === 'working'} onClick={() => setStep('idle')}>
              {t.myLinks.cancel}
            </Button>
          </div>
        </div>
      )}
      {result && (
        <p ref={resultRef} tabIndex={-1} role="status" className="text-sm outline-none">
          {result.revoked > 0 && t.myLinks.revokeAllDone(result.revoked)}{' '}
          {result.failed > 0 && t.myLinks.revokeAllFailed(result.failed)}
        </p>
      )}
    </div>
  );
}
