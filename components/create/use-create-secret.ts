'use client';

import { useState } from 'react';
import { formatManageFragment, sealSecret } from '@/lib/crypto';
import { createSecretOnServer } from '@/lib/client/api';
import { rememberLink } from '@/lib/client/history';
import type { CreateFailure } from './messages';
import type { PrivateRecord } from './record-fields';
import type { CreatedLink } from './result-card';

export type CreateRequest = {
  text: string;
  password: string;
  ttlSeconds: number;
  maxViews: number;
  record: PrivateRecord;
};

/**
 * Encrypts in the browser, uploads ciphertext and verifiers only, and keeps
 * the sender's note (with the manage token, never the link key) in local
 * history when the browser allows it.
 */
export function useCreateSecret() {
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<CreateFailure | null>(null);

  async function create(request: CreateRequest): Promise<CreatedLink | null> {
    setBusy(true);
    setError(null);
    try {
      const { fragment, manageToken, sealed } = await sealSecret(
        { kind: 'text', text: request.text },
        { password: request.password || undefined, onProgress: request.password ? setProgress : undefined },
      );
      setProgress(null);
      const origin = window.location.origin;
      const outcome = await createSecretOnServer(origin, {
        ...sealed,
        ttlSeconds: request.ttlSeconds,
        maxViews: request.maxViews,
      });
      if (outcome.kind === 'error') {
        setError(outcome.code);
        return null;
      }
      const saved = saveRecord(request, sealed.id, manageToken, outcome.expiresAt);
      return {
        url: `${origin}/s#${fragment}`,
        manageUrl: `${origin}/m#${formatManageFragment(sealed.id, manageToken)}`,
        expiresAt: outcome.expiresAt,
        maxViews: request.maxViews,
        hasPassword: request.password.length > 0,
        savedToHistory: saved,
      };
    } catch {
      setError('encryption_failed');
      return null;
    } finally {
      setProgress(null);
      setBusy(false);
    }
  }

  return { create, busy, progress, error };
}

function saveRecord(request: CreateRequest, id: string, manageToken: string, expiresAt: string): boolean {
  try {
    rememberLink(window.localStorage, {
      id,
      manageToken,
      label: request.record.label,
      recipient: request.record.recipient,
      createdAt: new Date().toISOString(),
      expiresAt,
      maxViews: request.maxViews,
      hasPassword: request.password.length > 0,
      rotateBy: request.record.rotateBy || null,
    });
    return true;
  } catch {
    return false; // storage disabled or full: the link still works, only the local record is missing
  }
}
