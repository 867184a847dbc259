'use client';

import { useEffect, useState, type ReactNode } from 'react';
import { useCoreI18n } from '@/components/i18n/i18n-provider';
import { Button } from './button';

/**
 * Copies `text` to the clipboard and says so for two seconds.
 * @param variant - `primary` for the one thing a page is for (the share link); `secondary` by default
 * @param icon - drawn before the label (the caller imports it, so pages without icons load none)
 */
export function CopyButton({
  text,
  label,
  variant = 'secondary',
  icon,
}: {
  text: string;
  label?: string;
  variant?: 'primary' | 'secondary';
  icon?: ReactNode;
}) {
  const { t } = useCoreI18n();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  }

  return (
    <Button variant={variant} onClick={copy} aria-live="polite">
      {icon}
      {state === 'copied' ? t.copy.copied : state === 'failed' ? t.copy.failed : (label ?? t.copy.copy)}
    </Button>
  );
}
