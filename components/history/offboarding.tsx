'use client';

import { useState } from 'react';
import { toOffboardingMarkdown, type ExportRow } from '@/lib/client/history';
import { useI18n } from '@/components/i18n/i18n-provider';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { downloadText } from '@/components/ui/download';
import { Field, Select } from '@/components/ui/field';

/**
 * Everything shared with one recipient, whether they opened it, and what to
 * rotate. The exported Markdown record stays English (lib/client/history.ts):
 * it is filed with the engagement and read by whoever audits it.
 */
export function Offboarding({ rows }: { rows: ExportRow[] }) {
  const { t } = useI18n();
  const recipients = [...new Set(rows.map((r) => r.recipient).filter(Boolean))].sort();
  const [recipient, setRecipient] = useState('');
  if (recipients.length === 0) return null;
  const chosen = rows.filter((r) => r.recipient === recipient);

  return (
    <Card>
      <h2 className="text-lg font-semibold">{t.offboarding.title}</h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t.offboarding.intro}</p>
      <Field id="offboard-recipient" label={t.offboarding.recipient} className="mt-4 items-start">
        <Select id="offboard-recipient" value={recipient} onChange={(e) => setRecipient(e.target.value)}>
          <option value="">{t.offboarding.choose}</option>
          {recipients.map((r) => (
            <option key={r}>{r}</option>
          ))}
        </Select>
      </Field>
      {recipient && (
        <>
          <ul className="mt-4 flex flex-col gap-1 text-sm" aria-label={t.offboarding.checklist}>
            {chosen.map((r) => (
              <li key={r.id}>
                {r.kind === 'request'
                  ? t.request.receivedLine(
                      <strong key="credential">{r.label || r.id}</strong>,
                      t.offboarding.status[r.lastViewedAt ? 'opened' : r.state],
                    )
                  : t.offboarding.rotate(
                      <strong key="credential">{r.label || r.id}</strong>,
                      t.offboarding.status[r.lastViewedAt ? 'opened' : r.state],
                      r.rotateBy,
                    )}
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
            {t.offboarding.exportRecord}
          </Button>
        </>
      )}
    </Card>
  );
}
