'use client';

import { useState } from 'react';
import { generatePassword, passwordStrength } from '@/lib/client/passwords';
import { useI18n } from '@/components/i18n/i18n-provider';
import { Button } from '@/components/ui/button';

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
    <div className="flex flex-col gap-1.5">
      <label htmlFor="password" className="text-sm font-medium">
        {t.password.label} <span className="font-normal text-slate-500 dark:text-slate-400">{t.password.optional}</span>
      </label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <input
          id="password"
          type={visible ? 'text' : 'password'}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          autoComplete="new-password"
          autoCorrect="off"
          autoCapitalize="off"
          spellCheck={false}
          aria-describedby="password-hint"
          className="min-w-0 flex-1 rounded-lg border border-slate-300 bg-white px-3 py-2 font-mono text-sm focus-visible:outline-2 focus-visible:outline-emerald-500 dark:border-slate-700 dark:bg-slate-900"
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
    </div>
  );
}
