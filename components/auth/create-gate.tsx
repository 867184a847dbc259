'use client';

import type { ReactNode } from 'react';
import { useI18n } from '@/components/i18n/i18n-provider';
import { Card } from '@/components/ui/card';
import { Notice } from '@/components/ui/notice';
import { SignInLink } from './sign-in-link';
import { useSession } from './use-session';

/**
 * Shows the create form only to a signed-in user when this instance needs
 * sign-in to create (HANDOFF_AUTH proxy or oidc); anyone else gets a sign-in
 * card. The server refuses an anonymous create in any case (401): this only
 * spares the visitor a form they cannot send.
 */
export function CreateGate({ mode, children }: { mode: 'proxy' | 'oidc'; children: ReactNode }) {
  const { t } = useI18n();
  const session = useSession();
  if (session.kind === 'checking')
    return <p className="text-sm text-slate-600 dark:text-slate-300">{t.auth.checking}</p>;
  if (session.kind === 'unavailable') return <Notice tone="error">{t.auth.unavailable}</Notice>;
  if (session.user !== null) return <>{children}</>;
  return (
    <Card className="flex flex-col items-start gap-4">
      <h1 className="text-xl font-semibold">{t.auth.requiredTitle}</h1>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {mode === 'oidc' ? t.auth.requiredOidc : t.auth.requiredProxy}
      </p>
      {mode === 'oidc' && <SignInLink />}
    </Card>
  );
}
