import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../support/catalogues';
import {
  HISTORY_STORAGE_KEY,
  STATE_NAMES,
  entryKind,
  filterHistory,
  forgetLink,
  offboardingFileName,
  updateLink,
  readHistory,
  rememberLink,
  toCsv,
  toJson,
  toOffboardingMarkdown,
  type ExportRow,
  type HistoryEntry,
  type KeyValueStorage,
} from '@/lib/client/history';
import { newId, newProof } from '../support/secrets';

function memoryStorage(initial: Record<string, string> = {}): KeyValueStorage & { data: Record<string, string> } {
  const data = { ...initial };
  return { data, getItem: (k) => data[k] ?? null, setItem: (k, v) => void (data[k] = v) };
}

function entry(overrides: Partial<HistoryEntry> = {}): HistoryEntry {
  return {
    id: newId(),
    manageToken: newProof(),
    label: 'Stripe restricted key',
    recipient: 'Dana',
    createdAt: new Date().toISOString(),
    expiresAt: new Date(Date.now() + 86400_000).toISOString(),
    maxViews: 1,
    hasPassword: false,
    rotateBy: '2026-12-31',
    ...overrides,
  };
}

function row(overrides: Partial<ExportRow> = {}): ExportRow {
  return {
    id: newId(),
    label: 'AWS key',
    recipient: 'Dana',
    createdAt: '2026-11-28T10:00:00.000Z',
    expiresAt: '2026-11-29T10:00:00.000Z',
    state: 'Opened',
    viewsUsed: 1,
    maxViews: 1,
    lastViewedAt: '2026-11-28T10:42:00.000Z',
    rotateBy: null,
    rotated: false,
    ...overrides,
  };
}

describe('local history', () => {
  it('remembers, lists newest first, and forgets entries', () => {
    const storage = memoryStorage();
    const older = entry({ createdAt: '2026-11-01T00:00:00.000Z', label: 'older' });
    const newer = entry({ createdAt: '2026-11-02T00:00:00.000Z', label: 'newer' });
    rememberLink(storage, older);
    rememberLink(storage, newer);
    expect(readHistory(storage).map((e) => e.label)).toEqual(['newer', 'older']);
    expect(forgetLink(storage, newer.id).map((e) => e.label)).toEqual(['older']);
    expect(readHistory(storage)).toHaveLength(1);
  });

  it('survives corrupted or hand-edited storage by dropping what is malformed', () => {
    const good = entry();
    const storage = memoryStorage({
      [HISTORY_STORAGE_KEY]: JSON.stringify([good, { id: 'x' }, 42, { ...good, id: newId(), linkKey: 'nope' }]),
    });
    expect(readHistory(storage)).toEqual([good]);
    expect(readHistory(memoryStorage({ [HISTORY_STORAGE_KEY]: '{not json' }))).toEqual([]);
    expect(readHistory(memoryStorage({ [HISTORY_STORAGE_KEY]: '{"a":1}' }))).toEqual([]);
  });

  it('refuses entries with fields it does not know, so a link key can never be stored', () => {
    const storage = memoryStorage();
    expect(() => rememberLink(storage, { ...entry(), linkKey: 'k' } as HistoryEntry)).toThrow();
    expect(storage.data[HISTORY_STORAGE_KEY]).toBeUndefined();
  });

  it('filters by label or recipient, case-insensitively', () => {
    const entries = [entry({ label: 'Stripe', recipient: 'Dana' }), entry({ label: 'AWS', recipient: 'Lee' })];
    expect(filterHistory(entries, 'stri').map((e) => e.label)).toEqual(['Stripe']);
    expect(filterHistory(entries, 'LEE').map((e) => e.label)).toEqual(['AWS']);
    expect(filterHistory(entries, '  ')).toHaveLength(2);
  });
});

describe('history exports', () => {
  it('write one CSV row per entry with a header, quoting every cell', () => {
    const csv = toCsv([row({ label: 'Key, "prod"' }), row()]);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'id,label,recipient,createdAt,expiresAt,state,viewsUsed,maxViews,lastViewedAt,rotateBy,rotated',
    );
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('"Key, ""prod"""');
  });

  it('defuse spreadsheet formulas in CSV cells', () => {
    fc.assert(
      fc.property(fc.constantFrom('=', '+', '-', '@'), fc.string(), (lead, rest) => {
        const csv = toCsv([row({ label: `${lead}${rest}` })]);
        return csv.includes(`"'${lead}`);
      }),
    );
  });

  it('JSON export round-trips the rows', () => {
    const rows = [row(), row({ state: 'Waiting', lastViewedAt: null })];
    expect(JSON.parse(toJson(rows))).toEqual(rows);
  });

  it('offboarding record lists each credential with a rotate checklist item, escaped for Markdown', () => {
    const md = toOffboardingMarkdown(
      'Dana | contractor',
      [row({ label: 'AWS *prod* key', rotateBy: '2026-12-01' })],
      new Date('2026-11-30T12:00:00Z'),
    );
    expect(md).toContain('# Offboarding record: Dana \\| contractor');
    expect(md).toContain('- [ ] Rotate AWS \\*prod\\* key (Opened), by 2026-12-01');
    expect(md).toContain('2026-11-28T10:42:00.000Z');
  });
});

describe('the offboarding record holds together (issue 24)', () => {
  it('lets the notes be edited later, validated and trimmed, and never the link itself', () => {
    const storage = memoryStorage();
    const e = entry({ label: '', recipient: '', rotateBy: null });
    rememberLink(storage, e);
    const [changed] = updateLink(storage, e.id, { label: '  AWS key ', recipient: 'Lee', rotateBy: '2027-01-31' });
    expect(changed).toEqual({ ...e, label: 'AWS key', recipient: 'Lee', rotateBy: '2027-01-31' });
    expect(updateLink(storage, e.id, { done: true })[0]).toEqual({ ...changed, done: true });
    expect(() => updateLink(storage, e.id, { rotateBy: '31.01.2027' })).toThrow();
    expect(() => updateLink(storage, e.id, { manageToken: 'x' } as never)).toThrow();
    expect(readHistory(storage)[0]).toEqual({ ...changed, done: true });
    expect(updateLink(storage, newId(), { label: 'nobody' })).toEqual(readHistory(storage));
  });

  it('reads entries written before kinds existed as secrets, and keeps a kind when one is given', () => {
    const old = entry();
    const storage = memoryStorage({ [HISTORY_STORAGE_KEY]: JSON.stringify([old, { ...entry(), kind: 'nope' }]) });
    expect(readHistory(storage)).toEqual([old]);
    expect(entryKind(old)).toBe('secret');
    expect(entryKind({ ...old, kind: 'secret' })).toBe('secret');
  });

  it('names states in every export exactly as the English UI does', () => {
    const { unknown, ...known } = STATE_NAMES;
    expect(known).toEqual(CATALOGUES.en.states);
    expect(unknown).toBe('Unknown');
  });

  it('names unlabelled rows by their date, ticks rotated ones and marks overdue ones in the Markdown', () => {
    const md = toOffboardingMarkdown(
      '',
      [
        row({ label: '', createdAt: '2026-11-28T10:05:09.000Z', rotateBy: '2026-11-29' }),
        row({ label: 'Done key', rotated: true, rotateBy: '2026-11-29' }),
      ],
      new Date('2026-12-03T12:00:00Z'),
    );
    expect(md).toContain('# Offboarding record: No recipient named');
    expect(md).toContain(
      '- [ ] Rotate Untitled secret shared 2026\\-11\\-28 10:05 UTC (Opened), by 2026-11-29 (overdue)',
    );
    expect(md).toContain('- [x] Rotate Done key (Opened), by 2026-11-29\n');
    expect(md).not.toMatch(/[A-Za-z0-9_-]{22}/); // no raw ids
  });

  it('gives the Markdown record a file name without stray dashes', () => {
    expect(offboardingFileName('Dana (contractor)')).toBe('offboarding-Dana-contractor.md');
    expect(offboardingFileName('  --Lee--  ')).toBe('offboarding-Lee.md');
    expect(offboardingFileName('')).toBe('offboarding-no-recipient.md');
    expect(offboardingFileName('Zoë Müller')).toBe('offboarding-Zo-M-ller.md');
  });
});

describe('requests in the local history', () => {
  it('keeps a request entry (kind request, its manage token), and nothing else in it', () => {
    const storage = memoryStorage();
    rememberLink(storage, entry({ kind: 'request', recipient: 'Sam', rotateBy: null }));
    expect(readHistory(storage)).toEqual([expect.objectContaining({ kind: 'request', recipient: 'Sam' })]);
    expect(() => rememberLink(storage, { ...entry(), kind: 'answer' } as unknown as HistoryEntry)).toThrow(/history/);
    const seed = newProof();
    expect(() => rememberLink(storage, { ...entry({ kind: 'request' }), seed } as HistoryEntry)).toThrow(/history/);
    expect(JSON.stringify(storage.data)).not.toContain(seed);
  });

  it('lists credentials received through requests in the offboarding record, apart from those shared', () => {
    const md = toOffboardingMarkdown(
      'Dana',
      [row({ label: 'Shared key' }), row({ label: 'Their SSH key', kind: 'request', lastViewedAt: null })],
      new Date('2026-12-03T00:00:00Z'),
    );
    const [shared, received] = md.split('## Received from this person');
    expect(shared).toContain('Rotate Shared key');
    expect(shared).not.toContain('Their SSH key');
    expect(received).toContain('| Their SSH key | 2026-11-28 | not read |');
    expect(received).toContain('- [ ] Rotate Their SSH key (received)');
    expect(toOffboardingMarkdown('Dana', [row()], new Date())).not.toContain('Received from this person');
  });
});
