'use client';

import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Notice } from '@/components/ui/notice';

const CLEAR_AFTER_MS = 60_000;

/**
 * The plaintext, rendered as text only (React escapes it; nothing is ever
 * parsed as HTML), hidden until the reader asks to see it so it does not sit
 * on screen for anyone looking over a shoulder.
 */
export function RevealedSecret({ text, viewsLeft }: { text: string; viewsLeft: number }) {
  const [shown, setShown] = useState(false);
  const [clearLater, setClearLater] = useState(true);
  const [status, setStatus] = useState('');
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
      setStatus('Copying failed: show the secret and select it instead.');
      return;
    }
    clearTimeout(clearTimer.current);
    if (!clearLater) {
      setStatus('Copied.');
      return;
    }
    setStatus('Copied. The clipboard will be cleared in 60 seconds.');
    clearTimer.current = setTimeout(() => {
      navigator.clipboard.writeText('').then(
        () => setStatus('Clipboard cleared.'),
        () => setStatus('The clipboard could not be cleared (this tab was not active); clear it yourself.'),
      );
    }, CLEAR_AFTER_MS);
  }

  return (
    <Card>
      <h1 ref={heading} tabIndex={-1} className="text-xl font-semibold outline-none">
        Here is your secret
      </h1>
      <div className="mt-4 flex items-center justify-between text-xs text-slate-500 dark:text-slate-400">
        <span>
          {characters.toLocaleString('en')} character{characters === 1 ? '' : 's'}
        </span>
      </div>
      <pre
        data-testid="secret-text"
        aria-label={shown ? 'Secret' : 'Secret, hidden'}
        className="mt-1 max-h-[60vh] overflow-auto rounded-lg border border-slate-200 bg-slate-50 p-3 font-mono text-sm break-all whitespace-pre-wrap dark:border-slate-800 dark:bg-slate-950"
      >
        {shown ? text : '•'.repeat(Math.min(characters, 64))}
      </pre>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <Button variant="secondary" onClick={() => setShown((v) => !v)} aria-pressed={shown}>
          {shown ? 'Hide' : 'Show'}
        </Button>
        <Button onClick={copy}>Copy secret</Button>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={clearLater} onChange={(e) => setClearLater(e.target.checked)} />
          Clear the clipboard after 60 seconds
        </label>
      </div>
      <p role="status" aria-live="polite" className="mt-2 min-h-5 text-sm text-slate-600 dark:text-slate-400">
        {status}
      </p>
      <div className="mt-2">
        <Notice tone={viewsLeft === 0 ? 'info' : 'warning'}>
          {viewsLeft === 0
            ? 'This secret has now been deleted from the server. Copy it somewhere safe before you leave this page.'
            : `This link can still be opened ${viewsLeft === 1 ? '1 more time' : `${viewsLeft} more times`}.`}
        </Notice>
      </div>
    </Card>
  );
}
