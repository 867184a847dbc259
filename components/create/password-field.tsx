'use client';

import { useState } from 'react';
import { generatePassword, passwordStrength } from '@/lib/client/passwords';
import { useI18n } from '@/components/i18n/i18n-provider';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';

const HINT_TONES = {
  weak: 'text-rose-600 dark:text-rose-400',
  fair: 'text-amber-700 dark:text-amber-400',
  strong: 'text-emerald-700 dark:text-emerald-400',
} as const;

/**
 * The password, optional unless the instance requires one, with show/hide, a generator and a
 * strength hint.
 * @param minLength - the instance's shortest password (0: any); the generator's always passes
 */
export function PasswordField({
  value,
  onChange,
  required = false,
  minLength = 0,
}: {
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
  minLength?: number;
}) {
  const { t } = useI18n();
  const [visible, setVisible] = useState(false);
  const strength = value ? passwordStrength(value) : null;
  const tooShort = value.length > 0 && value.length < minLength;

  return (
    <Field
      id="password"
      label={
        <>
          {t.password.label}{' '}
          <span className="font-normal text-slate-500 dark:text-slate-400">
            {required ? t.policy.required : t.password.optional}
          </span>
        </>
      }
    >
      <div className="flex flex-col gap-2 sm:flex-row">
        <Input
          id="password"
          type={visible ? 'text' : 'password'}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          required={required}
          minLength={minLength > 0 ? minLength : undefined}
          aria-invalid={tooShort || undefined}
          autoComplete="new-password"
          autoCorrect="off"
          autoCapitalize="off"
          spellCheck={false}
          aria-describedby="password-hint"
          dir="auto"
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
        {tooShort && (
          <span className="me-1 font-medium text-rose-700 dark:text-rose-400">{t.policy.tooShort(minLength)}</span>
        )}
        {!tooShort && strength && (
          <span className={`me-1 font-medium ${HINT_TONES[strength]}`}>{t.password[strength]}</span>
        )}
        {required && !value && <span className="me-1">{t.policy.passwordRequired}</span>}
        {minLength > 0 && !tooShort && <span className="me-1">{t.policy.minLength(minLength)}</span>}
        {t.password.advice}
      </p>
    </Field>
  );
}
