'use client';

import { useCallback, useEffect, useState } from 'react';
import { STATE_NAMES, type ExportRow, type HistoryEntry } from '@/lib/client/history';
import type { RequestStateName } from '@/lib/schemas/requests';
import type { SecretStatusResponse } from '@/lib/schemas/secrets';
import { requestFlows } from '@/components/request/flows';

/** A request's live state from its manage token: the request's state and its answer's receipt. */
export type RequestLive =
  | { state: RequestStateName; answer: SecretStatusResponse | null }
  /** Expired (or never existed): the server no longer knows it. */
  | 'missing'
  | 'unknown';

/**
 * The live state of the requests in My links, read with each entry's
 * request manage token (state and revoke only: it cannot read the note or
 * the answer), and revoke.
 */
export function useRequestStates(entries: HistoryEntry[]) {
  const [live, setLive] = useState<Record<string, RequestLive>>({});
  const [round, setRound] = useState(0);

  useEffect(() => {
    let cancelled = false;
    void Promise.all(
      entries.map(async (e) => {
        const { requestStatus } = await requestFlows();
        const outcome = await requestStatus(window.location.origin, e.id, e.manageToken);
        const state: RequestLive =
          outcome.kind === 'found'
            ? { state: outcome.request.state, answer: outcome.answer }
            : outcome.kind === 'gone'
              ? 'missing'
              : 'unknown';
        return [e.id, state] as const;
      }),
    ).then((pairs) => {
      if (!cancelled) setLive(Object.fromEntries(pairs));
    });
    return () => {
      cancelled = true;
    };
  }, [entries, round]);

  const revoke = useCallback(async (entry: HistoryEntry): Promise<boolean> => {
    const { revokeRequest } = await requestFlows();
    const outcome = await revokeRequest(window.location.origin, entry.id, entry.manageToken);
    setRound((n) => n + 1);
    return outcome.kind !== 'error';
  }, []);

  return { live, revoke };
}

/** What a request's badge says: its own state, or that its answer was read or the request ended. */
export function requestBadge(live: RequestLive): RequestStateName | 'read' | 'ended' {
  if (typeof live !== 'object') return 'ended';
  if (live.state === 'answered' && live.answer && live.answer.state !== 'active') return 'read';
  return live.state;
}

/** A request as an export row (no manage token): the credential received, and when its answer was read. */
export function requestExportRow(entry: HistoryEntry, live: RequestLive | undefined): ExportRow {
  const answer = typeof live === 'object' ? live.answer : null;
  const state =
    live === undefined || live === 'unknown'
      ? 'unknown'
      : live === 'missing'
        ? 'expired'
        : live.state === 'revoked'
          ? 'revoked'
          : (answer?.state ?? 'active');
  return {
    id: entry.id,
    label: entry.label,
    recipient: entry.recipient,
    createdAt: entry.createdAt,
    expiresAt: entry.expiresAt,
    state: STATE_NAMES[state],
    viewsUsed: answer?.viewsUsed ?? null,
    maxViews: entry.maxViews,
    lastViewedAt: answer?.viewedAt.at(-1) ?? null,
    rotateBy: entry.rotateBy,
    rotated: entry.done ?? false,
    kind: 'request',
  };
}
