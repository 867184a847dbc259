'use client';

import { useEffect, useState } from 'react';
import { useI18n } from '@/components/i18n/i18n-provider';
import { Button } from './button';

/** Copies `text` to the clipboard and says so for two seconds. */
export function CopyButton({ text, label }: { text: string; label?: string }) {
  const { t } = useI18n();
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
    <Button variant="secondary" onClick={copy} aria-live="polite">
      {state === 'copied' ? t.copy.copied : state === 'failed' ? t.copy.failed : (label ?? t.copy.copy)}
    </Button>
  );
}
