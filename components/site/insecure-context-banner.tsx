'use client';

import { useSyncExternalStore } from 'react';
import { useCoreI18n } from '@/components/i18n/i18n-provider';

const never = () => () => {};

/**
 * On plain http from another host (a LAN name, an IP), browsers withhold the
 * clipboard and WebCrypto: copying, creating and opening fail. Say so at the
 * top of every page instead of letting each button fail on its own.
 * Loopback (localhost, 127.0.0.1) counts as secure, as the browser sees it.
 */
export function InsecureContextBanner() {
  const { t } = useCoreI18n();
  const host = useSyncExternalStore(
    never,
    () => (window.isSecureContext ? null : window.location.host),
    () => null,
  );
  if (host === null) return null;
  return (
    <div
      role="alert"
      data-testid="https-required"
      className="mt-4 rounded-lg border border-rose-200 bg-rose-50 px-4 py-3 text-sm text-rose-900 dark:border-rose-900 dark:bg-rose-950 dark:text-rose-100"
    >
      <strong className="block">{t.site.httpsTitle}</strong>
      {t.site.httpsBody(host)}
    </div>
  );
}
