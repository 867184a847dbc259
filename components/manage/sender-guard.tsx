'use client';

import { useEffect, useState } from 'react';
import { useI18n } from '@/components/i18n/i18n-provider';
import { Button } from '@/components/ui/button';
import { REVOKE_ID, RevokeButton } from './revoke-button';

/**
 * Revoke for the sender. When this browser's My links does not know the
 * secret, whoever opened the page may be a recipient who got the wrong link:
 * Revoke then takes one more, explicit step ("I shared this secret").
 */
export function SenderGuard({ known, onRevoke }: { known: boolean; onRevoke: () => Promise<boolean> }) {
  const { t } = useI18n();
  const [confirmed, setConfirmed] = useState(false);
  useEffect(() => {
    if (confirmed) document.getElementById(REVOKE_ID)?.focus();
  }, [confirmed]);
  if (known || confirmed) return <RevokeButton onRevoke={onRevoke} />;
  return (
    <Button variant="secondary" className="text-start" onClick={() => setConfirmed(true)}>
      {t.manageGuard.iAmSender}
    </Button>
  );
}
