'use client';

import { useState } from 'react';
import { useI18n } from '@/components/i18n/i18n-provider';
import { Input } from '@/components/ui/field';

/**
 * "Tell me when it is opened" (issue 22): off by default; on, it asks for an email address or a
 * webhook URL. The server decides which it accepts and answers 400 for the others.
 * @param value - the destination, '' while off
 * @param suggested - the signed-in sender's own address, pre-filled when the box is ticked
 *   (the seam for sign-in, built in another issue; undefined until then)
 */
export function NotifyField({
  value,
  onChange,
  suggested,
  label,
}: {
  value: string;
  onChange: (value: string) => void;
  suggested?: string;
  /** The box's label; "Tell me when it is opened" unless given (the request form says "answered"). */
  label?: string;
}) {
  const { t } = useI18n();
  const [on, setOn] = useState(value !== '');
  const [draft, setDraft] = useState(value || suggested || '');

  function toggle(next: boolean) {
    setOn(next);
    onChange(next ? draft.trim() : '');
  }

  return (
    <div className="flex flex-col gap-2">
      <label className="flex items-center gap-2 text-sm font-medium">
        <input type="checkbox" checked={on} onChange={(e) => toggle(e.target.checked)} />
        {label ?? t.notify.toggle}
      </label>
      {on && (
        <div className="flex flex-col gap-1 ps-6">
          <label htmlFor="notify-to" className="text-sm text-slate-600 dark:text-slate-400">
            {t.notify.destinationLabel}
          </label>
          <Input
            id="notify-to"
            type="text"
            dir="ltr"
            inputMode="email"
            autoComplete="email"
            spellCheck={false}
            value={draft}
            onChange={(e) => {
              setDraft(e.target.value);
              onChange(e.target.value.trim());
            }}
            aria-describedby="notify-hint"
          />
          <p id="notify-hint" className="text-xs text-slate-500 dark:text-slate-400">
            {t.notify.hint}
          </p>
        </div>
      )}
    </div>
  );
}
