import type { ReactNode } from 'react';
import { AccountMenu } from '@/components/auth/account-menu';
import { SenderStrings } from '@/components/i18n/sender-strings';
import { getConfig } from '@/lib/config';
import { preloadCatalogue } from '../catalogue-preload';
import { requestLocale, requestNonce } from '../request-locale';

/**
 * The sender's pages (creating, requesting, managing, signing in): every string, not only the core
 * ones the recipient's page has, and the account corner when sign-in is on.
 */
export default async function SenderLayout({ children }: { children: ReactNode }) {
  const authMode = getConfig().auth.mode;
  preloadCatalogue('sender', await requestLocale(), await requestNonce());
  return (
    <SenderStrings>
      {children}
      {authMode !== 'none' && <AccountMenu mode={authMode} />}
    </SenderStrings>
  );
}
