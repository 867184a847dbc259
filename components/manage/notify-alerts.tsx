'use client';

import { useSyncExternalStore } from 'react';
import { parseManageFragment } from '@/lib/crypto';
import { notifyReferenceOf } from '@/lib/client/notify-reference';
import type { SecretStatusResponse } from '@/lib/schemas/secrets';
import { useI18n } from '@/components/i18n/i18n-provider';
import { Button } from '@/components/ui/button';
import { useStateNotifications } from './use-state-notifications';

function subscribeToHash(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/**
 * The manage page's notification corner: the reference that notifications about this link carry
 * (derived from the manage token in the address bar), and "Alert me here", which asks for
 * permission on the click and then raises a system notification on every change of state.
 */
export function NotifyAlerts({ receipt }: { receipt: SecretStatusResponse }) {
  const { t } = useI18n();
  const hash = useSyncExternalStore(
    subscribeToHash,
    () => window.location.hash,
    () => '',
  );
  const parsed = parseManageFragment(hash);
  const reference = parsed.ok ? notifyReferenceOf(parsed.token) : null;
  const key = `${receipt.state}:${receipt.viewsUsed}`;
  const body = t.notify.alertBody(reference ? t.notify.reference(reference) : '', t.states[receipt.state]);
  const alerts = useStateNotifications(key, t.notify.alertTitle, body);

  return (
    <div className="mt-4 flex flex-col gap-2 text-sm">
      {reference && (
        <p title={t.notify.referenceHint} data-testid="notify-reference">
          {t.notify.reference(reference)}
        </p>
      )}
      {alerts.permission === 'denied' ? (
        <p className="text-xs text-slate-500 dark:text-slate-400">{t.notify.alertsBlocked}</p>
      ) : alerts.enabled ? (
        <p role="status" className="text-xs text-slate-500 dark:text-slate-400">
          {t.notify.alertsEnabled}
        </p>
      ) : (
        alerts.permission !== 'unsupported' && (
          <div>
            <Button variant="secondary" onClick={() => void alerts.enable()}>
              {t.notify.alertsOn}
            </Button>
          </div>
        )
      )}
    </div>
  );
}
