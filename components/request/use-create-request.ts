'use client';

import { useState } from 'react';
import { rememberLink } from '@/lib/client/history';
import { requestFlows } from './flows';
import type { RequestFailure } from './messages';

export type NewRequest = {
  note: string;
  ttlSeconds: number;
  answerTtlSeconds: number;
  maxViews: number;
  /** Kept in My links only: what was asked for, and from whom. */
  label: string;
  from: string;
  /** "Tell me when it is answered": an email address or webhook URL, '' for none. */
  notify?: string;
};

/** What the requester gets: two links, and whether My links keeps the request's state. */
export type CreatedRequest = {
  requestUrl: string;
  ownerUrl: string;
  expiresAt: string;
  savedToHistory: boolean;
};

/**
 * Seals the note in the browser and creates the request. The owner link (it
 * carries the seed that reads the answer) exists only in the returned value
 * and on screen: My links keeps the request's manage token, never the seed.
 */
export function useCreateRequest() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<RequestFailure | null>(null);

  async function create(request: NewRequest): Promise<CreatedRequest | null> {
    setBusy(true);
    setError(null);
    try {
      const origin = window.location.origin;
      const { createRequest } = await requestFlows();
      const outcome = await createRequest(origin, {
        note: request.note,
        ttlSeconds: request.ttlSeconds,
        answerTtlSeconds: request.answerTtlSeconds,
        maxViews: request.maxViews,
        ...(request.notify ? { notify: request.notify } : {}),
      });
      if (outcome.kind !== 'created') {
        setError(outcome.code);
        return null;
      }
      const saved = remember(request, outcome.id, outcome.manageToken, outcome.expiresAt);
      return {
        requestUrl: `${origin}/r#${outcome.requestFragment}`,
        ownerUrl: `${origin}/o#${outcome.ownerFragment}`,
        expiresAt: outcome.expiresAt,
        savedToHistory: saved,
      };
    } catch {
      setError('encryption_failed');
      return null;
    } finally {
      setBusy(false);
    }
  }

  return { create, busy, error };
}

function remember(request: NewRequest, id: string, manageToken: string, expiresAt: string): boolean {
  try {
    rememberLink(window.localStorage, {
      kind: 'request',
      id,
      manageToken,
      label: request.label,
      recipient: request.from,
      createdAt: new Date().toISOString(),
      expiresAt,
      maxViews: request.maxViews,
      hasPassword: false,
      rotateBy: null,
    });
    return true;
  } catch {
    return false; // storage disabled or full: the request still works, only the local record is missing
  }
}
