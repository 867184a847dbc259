'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { CoreMessages } from '@/lib/i18n';
import { useCoreI18n } from '@/components/i18n/i18n-provider';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Notice } from '@/components/ui/notice';

const CLEAR_AFTER_SECONDS = 60;

/** What the copy button last did; announced politely, in the current language. */
type CopyStatus = 'idle' | 'copy-failed' | 'copied' | 'copied-will-clear' | 'cleared' | 'clear-failed';

function statusText(t: CoreMessages, status: CopyStatus): string {
  switch (status) {
    case 'idle':
      return '';
    case 'copy-failed':
      return t.revealed.copyFailed;
    case 'copied':
      return t.revealed.copied;
    case 'copied-will-clear':
      return t.revealed.copiedWillClear(CLEAR_AFTER_SECONDS);
    case 'cleared':
      return t.revealed.cleared;
    case 'clear-failed':
      return t.revealed.clearFailed;
  }
}

/**
 * The plaintext, rendered as text only (React escapes it; nothing is ever
 * parsed as HTML), hidden until the reader asks to see it so it does not sit
 * on screen for anyone looking over a shoulder.
 */
export function RevealedSecret({
  text,
  viewsLeft,
  files,
}: {
  text: string;
  viewsLeft: number;
  /** The revealed files, rendered below the text (which may then be empty). */
  files?: ReactNode;
}) {
  const { t } = useCoreI18n();
  const [shown, setShown] = useState(false);
  const [clearLater, setClearLater] = useState(true);
  const [status, setStatus] = useState<CopyStatus>('idle');
  const heading = useRef<HTMLHeadingElement>(null);
  const clearTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const characters = [...text].length;

  useEffect(() => {
    heading.current?.focus();
    return () => clearTimeout(clearTimer.current);
  }, []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      setStatus('copy-failed');
      return;
    }
    clearTimeout(clearTimer.current);
    if (!clearLater) {
      setStatus('copied');
      return;
    }
    setStatus('copied-will-clear');
    clearTimer.current = setTimeout(() => {
      navigator.clipboard.writeText('').then(
        () => setStatus('cleared'),
        () => setStatus('clear-failed'),
      );
    }, CLEAR_AFTER_SECONDS * 1000);
  }

  return (
    <Card>
      <h1 ref={heading} tabIndex={-1} className="text-xl font-semibold outline-none">
        {t.revealed.title}
      </h1>
      {(text.length > 0 || !files) && (
        <>
          <div className="mt-4 flex items-center justify-between text-xs text-slate-500 dark:text-slate-400">
            <span>{t.revealed.characters(characters)}</span>
          </div>
          <pre
            data-testid="secret-text"
            dir="auto"
            aria-label={shown ? t.revealed.secret : t.revealed.secretHidden}
            className="mt-1 max-h-[60vh] overflow-auto rounded-lg border border-slate-200 bg-slate-50 p-3 font-mono text-sm break-all whitespace-pre-wrap dark:border-slate-800 dark:bg-slate-950"
          >
            {shown ? text : '•'.repeat(Math.min(characters, 64))}
          </pre>
          <div className="mt-3 flex flex-wrap items-center gap-2">
            <Button variant="secondary" onClick={() => setShown((v) => !v)} aria-pressed={shown}>
              {shown ? t.revealed.hide : t.revealed.show}
            </Button>
            <Button onClick={copy}>{t.revealed.copy}</Button>
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" checked={clearLater} onChange={(e) => setClearLater(e.target.checked)} />
              {t.revealed.clearLater(CLEAR_AFTER_SECONDS)}
            </label>
          </div>
          <p role="status" aria-live="polite" className="mt-2 min-h-5 text-sm text-slate-600 dark:text-slate-400">
            {statusText(t, status)}
          </p>
        </>
      )}
      {files}
      <div className="mt-2">
        <Notice tone={viewsLeft === 0 ? 'info' : 'warning'}>
          {viewsLeft === 0 ? t.revealed.deleted : t.revealed.stillOpens(viewsLeft)}
        </Notice>
      </div>
    </Card>
  );
}
