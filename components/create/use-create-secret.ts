'use client';

import { useRef, useState } from 'react';
import { formatManageFragment, safeFileName, safeFileType, type SecretContent } from '@/lib/crypto';
import { shareSecret, type ApiFailure, type ShareOutcome, type ShareProgress } from '@/lib/client/create';
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
  /** Files to share beside the text; checked against the limit by the form. */
  files: File[];
  /** "Tell me when it is opened": an email address or webhook URL; '' or absent for none. */
  notify?: string;
};

/** What the sender waits for: the password derivation, then (with files) the upload. */
export type CreateProgress = { step: 'protecting' | 'uploading'; fraction: number };

async function readSlice(file: File, start: number, end: number): Promise<Uint8Array> {
  return new Uint8Array(await file.slice(start, end).arrayBuffer());
}

/**
 * Encrypts in the browser, uploads ciphertext and verifiers only, and keeps
 * the sender's note (with the manage token, never the link key) in local
 * history when the browser allows it.
 */
export function useCreateSecret() {
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<CreateProgress | null>(null);
  const [error, setError] = useState<CreateFailure | null>(null);
  const upload = useRef<AbortController | null>(null);

  /** Stops an upload in progress; the pending secret is then revoked, so nothing is left behind. */
  function cancel() {
    upload.current?.abort();
  }

  async function create(request: CreateRequest): Promise<CreatedLink | null> {
    setBusy(true);
    setError(null);
    const manifest = request.files.map((f) => ({
      name: safeFileName(f.name),
      type: safeFileType(f.type),
      size: f.size,
    }));
    const content: SecretContent =
      manifest.length > 0
        ? { kind: 'bundle', text: request.text, files: manifest }
        : { kind: 'text', text: request.text };
    const controller = new AbortController();
    upload.current = controller;
    try {
      const origin = window.location.origin;
      const outcome = await shareSecret(origin, {
        content,
        password: request.password,
        ttlSeconds: request.ttlSeconds,
        maxViews: request.maxViews,
        notify: request.notify || undefined,
        read: (index, start, end) => readSlice(request.files[index]!, start, end),
        signal: controller.signal,
        onProgress: (p) => setProgress(progressOf(p)),
      });
      if (outcome.kind !== 'created') {
        setError(shareFailure(outcome));
        return null;
      }
      const { id, manageToken, fragment, expiresAt } = outcome;
      const saved = saveRecord(request, id, manageToken, expiresAt);
      return {
        url: `${origin}/s#${fragment}`,
        manageUrl: `${origin}/m#${formatManageFragment(id, manageToken)}`,
        expiresAt,
        maxViews: request.maxViews,
        hasPassword: request.password.length > 0,
        savedToHistory: saved,
      };
    } catch {
      setError('encryption_failed');
      return null;
    } finally {
      upload.current = null;
      setProgress(null);
      setBusy(false);
    }
  }

  return { create, cancel, busy, progress, error };
}

/** What the sender sees while the flow runs: nothing while the secret is being created. */
function progressOf(p: ShareProgress): CreateProgress | null {
  switch (p.step) {
    case 'protecting':
      return { step: 'protecting', fraction: p.fraction };
    case 'creating':
      return null;
    case 'uploading':
      return { step: 'uploading', fraction: p.done / p.total };
  }
}

function shareFailure(outcome: Exclude<ShareOutcome, { kind: 'created' }>): CreateFailure {
  switch (outcome.kind) {
    case 'error':
      return outcome.code;
    case 'cancelled':
      return 'cancelled';
    case 'unreadable':
      return 'file_changed';
    case 'upload_failed':
      return uploadFailure(outcome.failure.code);
  }
}

function uploadFailure(code: ApiFailure['code']): CreateFailure {
  switch (code) {
    case 'uploads_paused':
    case 'store_full':
      return 'uploads_paused';
    case 'network':
    case 'rate_limited':
    case 'store_unavailable':
      return code;
    default:
      return 'upload_incomplete';
  }
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
