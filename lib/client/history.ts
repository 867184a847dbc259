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
   * `request`: a secret request this browser made (issue 19). Then `manageToken` is the request's manage
   * token (state and revoke, never the owner link's seed), `recipient` is whom it was asked from, and
   * `expiresAt` is when the request stops taking an answer. Absent: a shared secret.
   */
  kind: optional(oneOf(['request'])),
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

/** An entry as exported: the notes plus the live state; never the manage token. */
export type ExportRow = {
  id: string;
  label: string;
  recipient: string;
  createdAt: string;
  expiresAt: string;
  state: SecretStateName | 'unknown';
  viewsUsed: number | null;
  maxViews: number;
  lastViewedAt: string | null;
  rotateBy: string | null;
  /** `request`: a credential received through a secret request (`lastViewedAt`: when its answer was read). */
  kind?: 'request';
};

/** A CSV cell: quoted, and defused against formula injection in spreadsheets. */
function csvCell(value: string | number | null): string {
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
  const lines = [
    `# Offboarding record: ${md(recipient || 'no recipient given')}`,
    '',
    `Generated ${generatedAt.toISOString()} from Handoff's local history. It lists every credential shared`,
    'through Handoff with this person from this browser. Rotate each one: a credential someone has seen',
    'stays valid until it is rotated.',
    '',
    '| Credential | Shared | State | Opened | Rotate by |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${md(r.label || r.id)} | ${r.createdAt.slice(0, 10)} | ${r.state} | ${r.lastViewedAt ?? 'not opened'} | ${r.rotateBy ?? ''} |`,
    ),
    '',
    '## Checklist',
    '',
    ...rows.map((r) => `- [ ] Rotate ${md(r.label || r.id)}${r.rotateBy ? ` (by ${r.rotateBy})` : ''}`),
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
