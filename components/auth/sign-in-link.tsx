'use client';

import { useI18n } from '@/components/i18n/i18n-provider';

/** The way in for built-in sign-in: a plain link to the OIDC login, returning to `returnTo`. */
export function SignInLink({ returnTo = '/' }: { returnTo?: string }) {
  const { t } = useI18n();
  return (
    <a
      href={`/api/auth/login?return=${encodeURIComponent(returnTo)}`}
      className="inline-flex items-center justify-center rounded-lg bg-emerald-700 px-4 py-2.5 text-sm font-medium text-white hover:bg-emerald-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-emerald-500 dark:bg-emerald-500 dark:text-slate-950 dark:hover:bg-emerald-400"
    >
      {t.auth.signIn}
    </a>
  );
}
