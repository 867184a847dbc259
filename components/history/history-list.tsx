'use client';

import { useState } from 'react';
import { formatManageFragment } from '@/lib/crypto';
import { isOverdue, type EntryNotes, type HistoryEntry } from '@/lib/client/history';
import { useI18n } from '@/components/i18n/i18n-provider';
import { Button } from '@/components/ui/button';
import { formatTime } from '@/components/ui/format';
import { StateBadge } from '@/components/manage/state-badge';
import { EntryEditor } from './entry-editor';
import { entryTitle, formatDay, localToday } from '@/components/local-history/entry-title';
import type { LiveState } from './use-history';

const QUIET = 'text-xs text-slate-500 dark:text-slate-400';

function LiveBadge({ live }: { live: LiveState | undefined }) {
  const { t } = useI18n();
  if (live === undefined) return <span className={QUIET}>{t.history.checking}</span>;
  if (live === 'missing') return <span className={QUIET}>{t.history.receiptDeleted}</span>;
  if (live === 'unknown') return <span className={QUIET}>{t.history.unavailable}</span>;
  return <StateBadge state={live.state} />;
}

/** "rotate by 31 Dec 2026", marked overdue once the day has passed (unless ticked as rotated). */
export function RotateBy({
  entry,
  label,
}: {
  entry: Pick<HistoryEntry, 'rotateBy' | 'done'>;
  label: (d: string) => string;
}) {
  const { t, formatLocale } = useI18n();
  if (!entry.rotateBy) return null;
  const overdue = !entry.done && isOverdue(entry.rotateBy, localToday());
  const text = label(formatDay(entry.rotateBy, formatLocale));
  if (!overdue) return <span className="whitespace-nowrap">{text}</span>;
  return (
    <span data-testid="overdue" className="whitespace-nowrap font-medium text-rose-700 dark:text-rose-300">
      {text} ({t.myLinks.overdue})
    </span>
  );
}

function HistoryRow({
  entry,
  live,
  onForget,
  onUpdate,
}: {
  entry: HistoryEntry;
  live: LiveState | undefined;
  onForget: (entry: HistoryEntry, title: string) => void;
  onUpdate: (entry: HistoryEntry, notes: EntryNotes) => boolean;
}) {
  const { t, formatLocale } = useI18n();
  const [editing, setEditing] = useState(false);
  const title = entryTitle(entry, t, formatLocale);
  const receipt = typeof live === 'object' ? live : null;
  const editId = `edit-button-${entry.id}`;
  const stopEditing = () => {
    setEditing(false);
    requestAnimationFrame(() => document.getElementById(editId)?.focus());
  };
  return (
    <li className="py-3" data-testid="history-row">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
        <div className="min-w-0">
          <p className={`truncate font-medium ${entry.label ? '' : 'text-slate-600 dark:text-slate-300'}`}>
            <bdi>{title}</bdi>
          </p>
          <p className="flex flex-wrap gap-x-1.5 text-xs text-slate-500 dark:text-slate-400">
            {[
              entry.recipient && t.history.forRecipient(entry.recipient),
              t.history.shared(formatTime(entry.createdAt, formatLocale)),
              receipt && t.history.opened(receipt.viewsUsed, receipt.maxViews),
            ]
              .filter(Boolean)
              .join(' · ')}
            {entry.rotateBy && <span aria-hidden="true">·</span>}
            <RotateBy entry={entry} label={t.myLinks.rotateBy} />
          </p>
        </div>
        <div className="flex shrink-0 flex-wrap items-center gap-2">
          <LiveBadge live={live} />
          <a
            className="text-sm underline"
            href={`/m#${formatManageFragment(entry.id, entry.manageToken)}`}
            aria-label={t.history.manageEntry(title)}
          >
            {t.history.manage}
          </a>
          <Button
            id={editId}
            variant="secondary"
            className="px-2.5 py-1.5"
            aria-expanded={editing}
            aria-label={t.myLinks.editEntry(title)}
            onClick={() => setEditing(!editing)}
          >
            {t.myLinks.edit}
          </Button>
          <Button
            variant="secondary"
            className="px-2.5 py-1.5"
            aria-label={t.myLinks.forgetEntry(title)}
            onClick={() => onForget(entry, title)}
          >
            {t.history.forget}
          </Button>
        </div>
      </div>
      {editing && (
        <EntryEditor
          entry={entry}
          title={title}
          onCancel={stopEditing}
          onSave={(notes) => {
            const saved = onUpdate(entry, notes);
            if (saved) stopEditing();
            return saved;
          }}
        />
      )}
    </li>
  );
}

export function HistoryList({
  entries,
  live,
  onForget,
  onUpdate,
}: {
  entries: HistoryEntry[];
  live: Record<string, LiveState>;
  onForget: (entry: HistoryEntry, title: string) => void;
  onUpdate: (entry: HistoryEntry, notes: EntryNotes) => boolean;
}) {
  const { t } = useI18n();
  if (entries.length === 0) return <p className="mt-4 text-sm text-slate-500 dark:text-slate-400">{t.history.empty}</p>;
  return (
    <ul className="mt-4 divide-y divide-slate-200 dark:divide-slate-800" aria-label={t.history.list}>
      {entries.map((e) => (
        <HistoryRow key={e.id} entry={e} live={live[e.id]} onForget={onForget} onUpdate={onUpdate} />
      ))}
    </ul>
  );
}
