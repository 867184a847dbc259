'use client';

import Link from 'next/link';
import { useState, useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import { useI18n } from '@/components/i18n/i18n-provider';
import { signOut } from '@/lib/client/account';
import { ACCOUNT_SLOT_ID } from '@/components/ui/site-header';
import { useSession } from './use-session';

const unchanging = () => () => {};

/**
 * The header's account corner while sign-in is on: who is signed in, their tokens, and Sign out.
 * Rendered by the sender's pages (app/(sender)/layout.tsx) into the header's slot, so that the
 * recipient's page carries none of it; it shows once the session is known, after hydration.
 */
export function AccountMenu({ mode }: { mode: 'proxy' | 'oidc' }) {
  const { t } = useI18n();
  const session = useSession();
  const [busy, setBusy] = useState(false);
  const slot = useSyncExternalStore(
    unchanging,
    () => document.getElementById(ACCOUNT_SLOT_ID),
    () => null,
  );
  if (!slot || session.kind !== 'known' || session.user === null) return null;
  const leave = async () => {
    setBusy(true);
    await signOut(window.location.origin);
    // A fresh load: every part of the page forgets the user at once.
    window.location.reload();
  };
  return createPortal(
    <div className="flex flex-wrap items-center justify-end gap-x-4 gap-y-1 text-sm text-slate-600 dark:text-slate-300">
      <span data-testid="signed-in-user">{t.auth.signedInAs(session.user)}</span>
      <Link href="/settings" className="hover:underline">
        {t.auth.settings}
      </Link>
      {mode === 'oidc' && (
        <button type="button" className="hover:underline" onClick={() => void leave()} disabled={busy}>
          {t.auth.signOut}
        </button>
      )}
    </div>,
    slot,
  );
}
