'use client';

import { Copy, Eye, EyeOff, KeyRound } from 'lucide-react';
import { useState } from 'react';
import { useI18n } from '@/components/i18n/i18n-provider';
import { Button } from '@/components/ui/button';
import { CopyButton } from '@/components/ui/copy-button';
import { Input } from '@/components/ui/field';

/**
 * The password the sender set, kept on the result card (masked, with Show
 * and Copy) so a generated one is never lost. It lives only in this page's
 * memory: not in the link, not in My links, never sent anywhere.
 */
export function PasswordPanel({ password }: { password: string }) {
  const { t } = useI18n();
  const [visible, setVisible] = useState(false);
  return (
    <section
      aria-labelledby="result-password-title"
      className="rounded-lg border border-amber-300 bg-amber-50 p-4 dark:border-amber-800 dark:bg-amber-950/60"
    >
      <h3 id="result-password-title" className="flex items-center gap-2 text-sm font-semibold">
        <KeyRound aria-hidden="true" className="size-4 text-amber-700 dark:text-amber-300" />
        {t.sender.passwordTitle}
      </h3>
      <label htmlFor="result-password" className="sr-only">
        {t.sender.passwordLabel}
      </label>
      <div className="mt-2 flex flex-col gap-2 sm:flex-row">
        <Input
          id="result-password"
          readOnly
          dir="auto"
          type={visible ? 'text' : 'password'}
          value={password}
          autoComplete="off"
          onFocus={(e) => e.currentTarget.select()}
          className="min-w-0 flex-1 font-mono"
        />
        <div className="flex gap-2">
          <Button variant="secondary" aria-pressed={visible} onClick={() => setVisible((v) => !v)}>
            {visible ? <EyeOff aria-hidden="true" className="size-4" /> : <Eye aria-hidden="true" className="size-4" />}
            {visible ? t.sender.hidePassword : t.sender.showPassword}
          </Button>
          <CopyButton
            text={password}
            label={t.sender.copyPassword}
            icon={<Copy aria-hidden="true" className="size-4" />}
          />
        </div>
      </div>
      <p className="mt-2 text-sm text-amber-950 dark:text-amber-100">{t.sender.passwordReminder}</p>
    </section>
  );
}
