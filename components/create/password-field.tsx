'use client';

import { useState } from 'react';
import { generatePassword, passwordStrength } from '@/lib/client/passwords';
import { useI18n } from '@/components/i18n/i18n-provider';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';

const HINT_TONES = {
  weak: 'text-rose-600 dark:text-rose-400',
  fair: 'text-amber-600 dark:text-amber-400',
  strong: 'text-emerald-600 dark:text-emerald-400',
} as const;

/** Optional password with show/hide, a generator and a strength hint. */
export function PasswordField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useI18n();
  const [visible, setVisible] = useState(false);
  const strength = value ? passwordStrength(value) : null;

  return (
    <Field
      id="password"
      label={
        <>
          {t.password.label}{' '}
          <span className="font-normal text-slate-500 dark:text-slate-400">{t.password.optional}</span>
        </>
      }
    >
      <div className="flex flex-col gap-2 sm:flex-row">
        <Input
          id="password"
          type={visible ? 'text' : 'password'}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          autoComplete="new-password"
          autoCorrect="off"
          autoCapitalize="off"
          spellCheck={false}
          aria-describedby="password-hint"
          className="min-w-0 flex-1 font-mono"
        />
        <div className="flex gap-2">
          <Button variant="secondary" onClick={() => setVisible((v) => !v)} aria-pressed={visible}>
            {visible ? t.password.hide : t.password.show}
          </Button>
          <Button
            variant="secondary"
            onClick={() => {
              onChange(generatePassword());
              setVisible(true);
            }}
          >
            {t.password.generate}
          </Button>
        </div>
      </div>
      <p id="password-hint" className="text-xs text-slate-500 dark:text-slate-400">
        {strength && <span className={`mr-1 font-medium ${HINT_TONES[strength]}`}>{t.password[strength]}</span>}
        {t.password.advice}
      </p>
    </Field>
  );
}
