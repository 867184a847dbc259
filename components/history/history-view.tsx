'use client';

import { useMemo, useState } from 'react';
import { filterHistory, toCsv, toJson } from '@/lib/client/history';
import { useI18n } from '@/components/i18n/i18n-provider';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { downloadText } from '@/components/ui/download';
import { Field, Input } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { HistoryList } from './history-list';
import { Offboarding } from './offboarding';
import { RequestList } from './request-list';
import { exportRow, useHistory } from './use-history';
import { requestExportRow, useRequestStates } from './use-request-states';

export function HistoryView() {
  const { t } = useI18n();
  const { entries: all, live, forget } = useHistory();
  const entries = useMemo(() => all.filter((e) => e.kind !== 'request'), [all]);
  const requests = useMemo(() => all.filter((e) => e.kind === 'request'), [all]);
  const asked = useRequestStates(requests);
  const [query, setQuery] = useState('');
  const shown = filterHistory(entries, query);
  const rows = [
    ...entries.map((e) => exportRow(e, live[e.id])),
    ...requests.map((e) => requestExportRow(e, asked.live[e.id])),
  ];
  const stamp = new Date().toISOString().slice(0, 10);

  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">{t.history.title}</h1>
      <div className="mt-3">
        <Notice tone="warning">{t.history.localOnly}</Notice>
      </div>
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
        <HistoryList entries={shown} live={live} onForget={forget} />
      </Card>
      <RequestList
        entries={filterHistory(requests, query)}
        live={asked.live}
        onRevoke={asked.revoke}
        onForget={forget}
      />
      <Offboarding rows={rows} />
    </>
  );
}
