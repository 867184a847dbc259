'use client';

import { useMemo, useRef, useState } from 'react';
import { filterHistory, toCsv, toJson, type HistoryEntry } from '@/lib/client/history';
import { useI18n } from '@/components/i18n/i18n-provider';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { downloadText } from '@/components/ui/download';
import { Field, Input } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { Wide } from '@/components/ui/wide';
import { entryTitle } from '@/components/local-history/entry-title';
import { useAlerts } from '@/components/manage/use-state-notifications';
import { ForgetUndo } from './forget-undo';
import { HistoryList } from './history-list';
import { Offboarding } from './offboarding';
import { RequestList } from './request-list';
import { exportRow, useHistory } from './use-history';
import { useHistoryAlerts } from './use-history-alerts';
import { requestExportRow, useRequestStates } from './use-request-states';

export function HistoryView() {
  const { t, formatLocale } = useI18n();
  const alerts = useAlerts();
  const { entries: all, live, forget, restore, update, reload } = useHistory(alerts.enabled);
  const entries = useMemo(() => all.filter((e) => e.kind !== 'request'), [all]);
  useHistoryAlerts(entries, live, alerts.raise);
  const requests = useMemo(() => all.filter((e) => e.kind === 'request'), [all]);
  const asked = useRequestStates(requests);
  const [query, setQuery] = useState('');
  const [forgotten, setForgotten] = useState<{ entry: HistoryEntry; title: string } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = filterHistory(entries, query);
  const rows = [
    ...entries.map((e) => exportRow(e, live[e.id])),
    ...requests.map((e) => requestExportRow(e, asked.live[e.id])),
  ];
  const stamp = new Date().toISOString().slice(0, 10);

  return (
    <Wide>
      <h1 ref={heading} tabIndex={-1} className="text-2xl font-semibold tracking-tight outline-none">
        {t.history.title}
      </h1>
      <div className="mt-3">
        <Notice tone="warning">{t.history.localOnly}</Notice>
      </div>
      {entries.length > 0 && alerts.permission !== 'unsupported' && (
        <div className="mt-3 text-sm">
          {alerts.permission === 'denied' ? (
            <p className="text-xs text-slate-500 dark:text-slate-400">{t.notify.alertsBlocked}</p>
          ) : alerts.enabled ? (
            <p role="status" className="text-xs text-slate-500 dark:text-slate-400">
              {t.notify.historyAlertsEnabled}
            </p>
          ) : (
            <Button variant="secondary" onClick={() => void alerts.enable()}>
              {t.notify.historyAlertsOn}
            </Button>
          )}
        </div>
      )}
      <p role="status" className="sr-only" data-testid="history-announcement">
        {announcement}
      </p>
      <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_24rem] lg:items-start lg:gap-6">
        <div className="flex min-w-0 flex-col">
          <Card>
            <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
              <Field id="history-filter" label={t.history.filter}>
                <Input id="history-filter" type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
              </Field>
              <div className="flex gap-2">
                <Button
                  variant="secondary"
                  disabled={rows.length === 0}
                  onClick={() => downloadText(`handoff-links-${stamp}.csv`, toCsv(rows), 'text/csv')}
                >
                  {t.history.exportCsv}
                </Button>
                <Button
                  variant="secondary"
                  disabled={rows.length === 0}
                  onClick={() => downloadText(`handoff-links-${stamp}.json`, toJson(rows), 'application/json')}
                >
                  {t.history.exportJson}
                </Button>
              </div>
            </div>
            {forgotten && (
              <ForgetUndo
                title={forgotten.title}
                onUndo={() => {
                  restore(forgotten.entry);
                  setForgotten(null);
                  setAnnouncement(t.myLinks.restored(forgotten.title));
                  heading.current?.focus();
                }}
                onExpire={() => {
                  const hadFocus = document.activeElement?.closest('[data-testid="forget-undo"]');
                  setForgotten(null);
                  if (hadFocus) heading.current?.focus();
                }}
              />
            )}
            <HistoryList
              entries={shown}
              live={live}
              onForget={(entry, title) => {
                forget(entry.id);
                setForgotten({ entry, title });
              }}
              onUpdate={(entry, notes) => {
                const saved = update(entry.id, notes);
                const label = notes.label?.trim() ?? entry.label;
                if (saved) setAnnouncement(t.myLinks.saved(entryTitle({ ...entry, label }, t, formatLocale)));
                return saved;
              }}
            />
          </Card>
          <RequestList
            entries={filterHistory(requests, query)}
            live={asked.live}
            onRevoke={asked.revoke}
            onForget={forget}
          />
        </div>
        <Offboarding
          entries={entries}
          received={requests.map((e) => requestExportRow(e, asked.live[e.id]))}
          live={live}
          onUpdate={update}
          onRevoked={reload}
        />
      </div>
    </Wide>
  );
}
