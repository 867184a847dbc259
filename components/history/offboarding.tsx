'use client';

import { useState } from 'react';
import {
  offboardingFileName,
  rowTitle,
  STATE_NAMES,
  toOffboardingMarkdown,
  type ExportState,
  type EntryNotes,
  type ExportRow,
  type HistoryEntry,
} from '@/lib/client/history';
import { useI18n } from '@/components/i18n/i18n-provider';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { downloadText } from '@/components/ui/download';
import { Field, Select } from '@/components/ui/field';
import { StateBadge } from '@/components/manage/state-badge';
import { entryTitle } from '@/components/local-history/entry-title';
import { RotateBy } from './history-list';
import { RevokeAll } from './revoke-all';
import { exportRow, type LiveState } from './use-history';

/** The state behind an export row's UI name (rows carry the English name, the page speaks the reader's language). */
function stateKey(name: ExportRow['state']): ExportState {
  return (Object.keys(STATE_NAMES) as ExportState[]).find((k) => STATE_NAMES[k] === name) ?? 'unknown';
}

/** The select's value for links shared without a recipient's name. */
const NO_RECIPIENT = ' none';

/**
 * Everything shared with one recipient (or with nobody named), whether they
 * opened it, and what to rotate: a checklist ticked in this browser. The
 * exported Markdown record stays English (lib/client/history.ts): it is
 * filed with the engagement and read by whoever audits it.
 */
export function Offboarding({
  entries,
  received,
  live,
  onUpdate,
  onRevoked,
}: {
  entries: HistoryEntry[];
  /** Credentials received through this browser's secret requests (issue 19): to be rotated too. */
  received: ExportRow[];
  live: Record<string, LiveState>;
  onUpdate: (id: string, notes: EntryNotes) => boolean;
  onRevoked: () => void;
}) {
  const { t, formatLocale } = useI18n();
  const named = [...new Set([...entries, ...received].map((e) => e.recipient).filter(Boolean))].sort();
  const anonymous = entries.some((e) => !e.recipient) || received.some((r) => !r.recipient);
  const [choice, setChoice] = useState('');
  if (entries.length === 0 && received.length === 0) return null;
  const recipient = choice === NO_RECIPIENT ? '' : choice;
  const chosen = choice ? entries.filter((e) => e.recipient === recipient) : [];
  const chosenReceived = choice ? received.filter((r) => r.recipient === recipient) : [];
  const done = chosen.filter((e) => e.done).length;
  const waiting = chosen.filter((e) => {
    const state = live[e.id];
    return typeof state === 'object' && state.state === 'active';
  });
  const recipientName = recipient || t.myLinks.noRecipient;

  return (
    <Card className="lg:sticky lg:top-6">
      <h2 className="text-lg font-semibold">{t.offboarding.title}</h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t.offboarding.intro}</p>
      <Field id="offboard-recipient" label={t.offboarding.recipient} className="mt-4 items-start">
        <Select id="offboard-recipient" value={choice} onChange={(e) => setChoice(e.target.value)}>
          <option value="">{t.offboarding.choose}</option>
          {named.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
          {anonymous && <option value={NO_RECIPIENT}>{t.myLinks.noRecipient}</option>}
        </Select>
      </Field>
      {choice && chosen.length + chosenReceived.length > 0 && (
        <>
          <p className="mt-4 text-xs text-slate-500 dark:text-slate-400" data-testid="offboarding-progress">
            {t.myLinks.progress(done, chosen.length)}
          </p>
          <ul className="mt-2 flex flex-col gap-2 text-sm" aria-label={t.offboarding.checklist}>
            {chosen.map((e) => {
              const title = entryTitle(e, t, formatLocale);
              const state = live[e.id];
              const id = `rotated-${e.id}`;
              return (
                <li key={e.id} className="flex items-start gap-2">
                  <input
                    id={id}
                    type="checkbox"
                    className="mt-0.5 h-4 w-4 shrink-0 accent-emerald-700"
                    checked={e.done ?? false}
                    aria-label={t.myLinks.rotated(title)}
                    onChange={(event) => onUpdate(e.id, { done: event.target.checked })}
                  />
                  <div className="min-w-0">
                    <label htmlFor={id} className={e.done ? 'text-slate-500 line-through dark:text-slate-400' : ''}>
                      {t.myLinks.rotateItem} <strong>{title}</strong>
                    </label>
                    <div className="mt-0.5 flex flex-wrap items-center gap-2 text-xs">
                      {typeof state === 'object' && <StateBadge state={state.state} />}
                      <RotateBy entry={e} label={t.myLinks.rotateByItem} />
                    </div>
                  </div>
                </li>
              );
            })}
            {chosenReceived.map((r) => (
              <li key={r.id} data-testid="received-item">
                {t.request.receivedLine(
                  <strong key="credential">{rowTitle(r)}</strong>,
                  t.offboarding.status[r.lastViewedAt ? 'opened' : stateKey(r.state)],
                )}
              </li>
            ))}
          </ul>
          <div className="mt-4 flex flex-col items-start gap-3">
            <RevokeAll key={choice} entries={waiting} recipient={recipientName} onDone={onRevoked} />
            <Button
              variant="secondary"
              onClick={() =>
                downloadText(
                  offboardingFileName(recipient),
                  toOffboardingMarkdown(
                    recipient,
                    [...chosen.map((e) => exportRow(e, live[e.id])), ...chosenReceived],
                    new Date(),
                  ),
                  'text/markdown',
                )
              }
            >
              {t.offboarding.exportRecord}
            </Button>
          </div>
        </>
      )}
    </Card>
  );
}
