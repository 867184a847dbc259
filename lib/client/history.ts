import type { SecretStateName } from '../schemas/secrets';
import { isDigest, isSecretId } from './responses';
import {
  boolean,
  int,
  isoDate,
  isoDatetime,
  maxLength,
  nullable,
  oneOf,
  optional,
  strictObject,
  type Guarded,
} from './validate';

/*
 * "My shared links": a record kept only in this browser's localStorage,
 * never sent anywhere. Invariant: an entry holds the manage token (which can
 * read the receipt and revoke, never decrypt) and the sender's own notes,
 * never the link key and never the plaintext.
 */

export const HISTORY_STORAGE_KEY = 'handoff.history.v1';
const MAX_TEXT = 200;

/**
 * What an entry stands for. Entries written before this field existed are
 * secrets. New kinds (a request, issue 19) extend this list and the optional
 * fields below; every reader switches on `entryKind(entry)`.
 */
export const HISTORY_ENTRY_KINDS = ['secret', 'request'] as const;
export type HistoryEntryKind = (typeof HISTORY_ENTRY_KINDS)[number];

/** A stored entry: strict, so nothing else (a link key, a plaintext) can be kept in one. */
export const isHistoryEntry = strictObject({
  id: isSecretId,
  manageToken: isDigest,
  label: maxLength(MAX_TEXT),
  recipient: maxLength(MAX_TEXT),
  createdAt: isoDatetime,
  expiresAt: isoDatetime,
  maxViews: int(1),
  hasPassword: boolean,
  /** YYYY-MM-DD: when the shared credential should be rotated, if the sender set it. */
  rotateBy: nullable(isoDate),
  /**
   * Absent on entries written before kinds existed: those are secrets. `request`: a secret request this
   * browser made (issue 19). Then `manageToken` is the request's manage token (state and revoke, never the
   * owner link's seed), `recipient` is whom it was asked from, and `expiresAt` is when the request stops
   * taking an answer.
   */
  kind: optional(oneOf(HISTORY_ENTRY_KINDS)),
  /** Ticked on the offboarding checklist ("rotated"): a note of the sender's, kept only here. */
  done: optional(boolean),
});

export type HistoryEntry = Guarded<typeof isHistoryEntry>;

/** The part of Web Storage this module needs; injectable for tests. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** Reads the list, dropping anything malformed (storage is user-editable). Newest first. */
export function readHistory(storage: KeyValueStorage): HistoryEntry[] {
  let raw: unknown;
  try {
    raw = JSON.parse(storage.getItem(HISTORY_STORAGE_KEY) ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  return raw.filter((item) => isHistoryEntry(item)).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

function writeHistory(storage: KeyValueStorage, entries: HistoryEntry[]): void {
  storage.setItem(HISTORY_STORAGE_KEY, JSON.stringify(entries));
}

/** Adds an entry (validated) and returns the new list. */
export function rememberLink(storage: KeyValueStorage, entry: HistoryEntry): HistoryEntry[] {
  const valid: unknown = { ...entry, label: entry.label.trim(), recipient: entry.recipient.trim() };
  if (!isHistoryEntry(valid)) throw new Error('history: not a valid entry');
  const next = [valid, ...readHistory(storage).filter((e) => e.id !== valid.id)];
  writeHistory(storage, next);
  return next;
}

/** The kind of an entry; older entries without the field are secrets. */
export function entryKind(entry: HistoryEntry): HistoryEntryKind {
  return entry.kind ?? 'secret';
}

/** What the sender may change later in My links: the notes, never the id, token or dates of the link. */
export type EntryNotes = Partial<Pick<HistoryEntry, 'label' | 'recipient' | 'rotateBy' | 'done'>>;

/**
 * Changes the notes of one entry (validated like a new one) and returns the
 * new list; an unknown id changes nothing.
 */
export function updateLink(storage: KeyValueStorage, id: string, notes: EntryNotes): HistoryEntry[] {
  const entries = readHistory(storage);
  const next = entries.map((e) => {
    if (e.id !== id) return e;
    const given = Object.fromEntries(Object.entries(notes).filter(([, value]) => value !== undefined));
    const changed: unknown = {
      ...e,
      ...given,
      label: (notes.label ?? e.label).trim(),
      recipient: (notes.recipient ?? e.recipient).trim(),
    };
    if (!isHistoryEntry(changed)) throw new Error('history: not a valid change');
    return changed;
  });
  writeHistory(storage, next);
  return next;
}

/** Removes one entry and returns the new list. */
export function forgetLink(storage: KeyValueStorage, id: string): HistoryEntry[] {
  const next = readHistory(storage).filter((e) => e.id !== id);
  writeHistory(storage, next);
  return next;
}

/** Entries whose label or recipient contains `query` (case-insensitive); all for an empty query. */
export function filterHistory(entries: HistoryEntry[], query: string): HistoryEntry[] {
  const q = query.trim().toLowerCase();
  if (!q) return entries;
  return entries.filter((e) => e.label.toLowerCase().includes(q) || e.recipient.toLowerCase().includes(q));
}

/**
 * The state names of every export, word for word the English UI's badges
 * (lib/i18n/sender/en.ts `states`, pinned by tests/unit/history.test.ts), so that a
 * record filed from an export reads like the screen it came from.
 */
export const STATE_NAMES = {
  active: 'Waiting',
  viewed: 'Opened',
  expired: 'Expired',
  revoked: 'Revoked',
  locked: 'Destroyed after wrong passwords',
  unknown: 'Unknown',
} as const satisfies Record<SecretStateName | 'unknown', string>;

export type ExportState = SecretStateName | 'unknown';

/** An entry as exported: the notes plus the live state; never the manage token. */
export type ExportRow = {
  id: string;
  label: string;
  recipient: string;
  createdAt: string;
  expiresAt: string;
  state: (typeof STATE_NAMES)[ExportState];
  viewsUsed: number | null;
  maxViews: number;
  lastViewedAt: string | null;
  rotateBy: string | null;
  /** Ticked on the offboarding checklist. */
  rotated: boolean;
  /** `request`: a credential received through a secret request (`lastViewedAt`: when its answer was read). */
  kind?: 'request';
};

/** A row's name in the Markdown record: its label, else when it was shared (UTC, to the minute). */
export function rowTitle(row: Pick<ExportRow, 'label' | 'createdAt'>): string {
  return row.label || `Untitled secret shared ${row.createdAt.slice(0, 16).replace('T', ' ')} UTC`;
}

/** Whether a YYYY-MM-DD "rotate by" date lies before `today` (YYYY-MM-DD, the reader's own date). */
export function isOverdue(rotateBy: string | null, today: string): boolean {
  return rotateBy !== null && rotateBy < today;
}

/** The Markdown record's file name: `offboarding-<recipient>.md`, without stray dashes. */
export function offboardingFileName(recipient: string): string {
  const slug = recipient
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '');
  return `offboarding-${slug || 'no-recipient'}.md`;
}

/** A CSV cell: quoted, and defused against formula injection in spreadsheets. */
function csvCell(value: string | number | boolean | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replaceAll('"', '""')}"`;
}

const COLUMNS: Exclude<keyof ExportRow, 'kind'>[] = [
  'id',
  'label',
  'recipient',
  'createdAt',
  'expiresAt',
  'state',
  'viewsUsed',
  'maxViews',
  'lastViewedAt',
  'rotateBy',
  'rotated',
];

/** RFC 4180 CSV with a header row. */
export function toCsv(rows: ExportRow[]): string {
  const lines = [COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => csvCell(r[c])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

/** Pretty JSON of the rows. */
export function toJson(rows: ExportRow[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}

/** Markdown-safe inline text. */
function md(text: string): string {
  return text.replace(/([\\`*_{}[\]()#+\-.!|<>])/g, '\\$1');
}

/** An offboarding record for one recipient: what was shared, whether it was opened, what to rotate. */
export function toOffboardingMarkdown(recipient: string, all: ExportRow[], generatedAt: Date): string {
  const rows = all.filter((r) => r.kind !== 'request');
  const received = all.filter((r) => r.kind === 'request');
  const today = generatedAt.toISOString().slice(0, 10);
  const rotate = (r: ExportRow) =>
    r.rotateBy ? `${r.rotateBy}${isOverdue(r.rotateBy, today) && !r.rotated ? ' (overdue)' : ''}` : '';
  const lines = [
    `# Offboarding record: ${md(recipient || 'No recipient named')}`,
    '',
    `Generated ${generatedAt.toISOString()} from Handoff's local history. It lists every credential shared`,
    'through Handoff with this person from this browser. Rotate each one: a credential someone has seen',
    'stays valid until it is rotated.',
    '',
    '| Credential | Shared | State | Opened | Rotate by |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${md(rowTitle(r))} | ${r.createdAt.slice(0, 10)} | ${r.state} | ${r.lastViewedAt ?? 'not opened'} | ${rotate(r)} |`,
    ),
    '',
    '## Checklist',
    '',
    ...rows.map(
      (r) =>
        `- [${r.rotated ? 'x' : ' '}] Rotate ${md(rowTitle(r))} (${r.state})${r.rotateBy ? `, by ${rotate(r)}` : ''}`,
    ),
    '- [ ] Revoke any link still waiting to be opened',
    '- [ ] File this record with the engagement',
    '',
    ...receivedSection(received),
  ];
  return lines.join('\n');
}

/** The credentials this person sent back through secret requests: they must be rotated too. */
function receivedSection(rows: ExportRow[]): string[] {
  if (rows.length === 0) return [];
  return [
    '## Received from this person',
    '',
    '| Credential | Asked | Answer read |',
    '| --- | --- | --- |',
    ...rows.map((r) => `| ${md(r.label || r.id)} | ${r.createdAt.slice(0, 10)} | ${r.lastViewedAt ?? 'not read'} |`),
    '',
    ...rows.map((r) => `- [ ] Rotate ${md(r.label || r.id)} (received)`),
    '',
  ];
}
