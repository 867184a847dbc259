'use client';

import { useEffect, useRef } from 'react';
import { useI18n } from '@/components/i18n/i18n-provider';
import { Button } from '@/components/ui/button';

/** How long a forgotten entry can be put back. */
export const UNDO_MS = 15_000;
const UNDO_BUTTON_ID = 'forget-undo-button';

/**
 * The notice after Forget: says what was lost and offers Undo for a while.
 * It takes focus, so a keyboard or screen-reader user lands on Undo.
 */
export function ForgetUndo({ title, onUndo, onExpire }: { title: string; onUndo: () => void; onExpire: () => void }) {
  const { t } = useI18n();
  const expire = useRef(onExpire);
  useEffect(() => {
    expire.current = onExpire;
  });

  useEffect(() => {
    document.getElementById(UNDO_BUTTON_ID)?.focus();
    const timer = setTimeout(() => expire.current(), UNDO_MS);
    return () => clearTimeout(timer);
  }, [title]);

  return (
    <div
      role="status"
      data-testid="forget-undo"
      className="mt-4 flex flex-col gap-2 rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900 sm:flex-row sm:items-center sm:justify-between dark:border-amber-900 dark:bg-amber-950 dark:text-amber-100"
    >
      <p>{t.myLinks.forgotten(title)}</p>
      <Button id={UNDO_BUTTON_ID} variant="secondary" className="shrink-0 px-3 py-1.5" onClick={onUndo}>
        {t.myLinks.undo}
      </Button>
    </div>
  );
}
