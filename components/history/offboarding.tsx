'use client';

import { useState } from 'react';
import { toOffboardingMarkdown, type ExportRow } from '@/lib/client/history';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { downloadText } from '@/components/ui/download';

/** Everything shared with one recipient, whether they opened it, and what to rotate. */
export function Offboarding({ rows }: { rows: ExportRow[] }) {
  const recipients = [...new Set(rows.map((r) => r.recipient).filter(Boolean))].sort();
  const [recipient, setRecipient] = useState('');
  if (recipients.length === 0) return null;
  const chosen = rows.filter((r) => r.recipient === recipient);

  return (
    <Card>
      <h2 className="text-lg font-semibold">Offboarding</h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        When an engagement ends, rotate every credential you shared with that person.
      </p>
      <label htmlFor="offboard-recipient" className="mt-4 block text-sm font-medium">
        Recipient
      </label>
      <select
        id="offboard-recipient"
        value={recipient}
        onChange={(e) => setRecipient(e.target.value)}
        className="mt-1.5 rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-700 dark:bg-slate-900"
      >
        <option value="">Choose…</option>
        {recipients.map((r) => (
          <option key={r}>{r}</option>
        ))}
      </select>
      {recipient && (
        <>
          <ul className="mt-4 flex flex-col gap-1 text-sm" aria-label="Checklist">
            {chosen.map((r) => (
              <li key={r.id}>
                ☐ Rotate <strong>{r.label || r.id}</strong> ({r.lastViewedAt ? 'opened' : r.state})
                {r.rotateBy ? `, by ${r.rotateBy}` : ''}
              </li>
            ))}
          </ul>
          <Button
            variant="secondary"
            className="mt-4"
            onClick={() =>
              downloadText(
                `offboarding-${recipient.replace(/[^A-Za-z0-9_-]+/g, '-')}.md`,
                toOffboardingMarkdown(recipient, chosen, new Date()),
                'text/markdown',
              )
            }
          >
            Export record (Markdown)
          </Button>
        </>
      )}
    </Card>
  );
}
