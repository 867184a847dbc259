'use client';

import { Card } from '@/components/ui/card';
import { CopyButton } from '@/components/ui/copy-button';
import { Notice } from '@/components/ui/notice';

/** The plaintext, rendered as text only (React escapes it; nothing is ever parsed as HTML). */
export function RevealedSecret({ text, viewsLeft }: { text: string; viewsLeft: number }) {
  return (
    <Card>
      <h1 className="text-xl font-semibold">Here is your secret</h1>
      <pre
        data-testid="secret-text"
        className="mt-4 max-h-[60vh] overflow-auto rounded-lg border border-slate-200 bg-slate-50 p-3 font-mono text-sm break-all whitespace-pre-wrap dark:border-slate-800 dark:bg-slate-950"
      >
        {text}
      </pre>
      <div className="mt-3">
        <CopyButton text={text} label="Copy secret" />
      </div>
      <div className="mt-4">
        <Notice tone={viewsLeft === 0 ? 'info' : 'warning'}>
          {viewsLeft === 0
            ? 'This secret has now been deleted from the server. Copy it somewhere safe before you leave this page.'
            : `This link can still be opened ${viewsLeft === 1 ? '1 more time' : `${viewsLeft} more times`}.`}
        </Notice>
      </div>
    </Card>
  );
}
