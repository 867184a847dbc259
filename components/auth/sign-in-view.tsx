'use client';

import { useI18n } from '@/components/i18n/i18n-provider';
import { Card } from '@/components/ui/card';
import { Notice } from '@/components/ui/notice';
import { SignInLink } from './sign-in-link';

export type SignInError = 'provider' | 'denied' | 'failed' | null;

/** /signin: where a failed sign-in lands (provider down, account not allowed, flow broken), and a way back in. */
export function SignInView({ error }: { error: SignInError }) {
  const { t } = useI18n();
  return (
    <Card className="flex flex-col items-start gap-4">
      <h1 className="text-xl font-semibold">{t.auth.pageTitle}</h1>
      {error && <Notice tone={error === 'denied' ? 'warning' : 'error'}>{t.auth.errors[error]}</Notice>}
      <SignInLink />
    </Card>
  );
}
