'use client';

import { useRef, useState } from 'react';
import { formatManageFragment, safeFileName, safeFileType, sealSecret, type SecretContent } from '@/lib/crypto';
import { createSecretOnServer, revokeSecretOnServer } from '@/lib/client/api';
import { uploadFiles } from '@/lib/client/files';
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
    try {
      const onProgress = (fraction: number) => setProgress({ step: 'protecting', fraction });
      const { fragment, manageToken, sealed, stream } = await sealSecret(content, {
        password: request.password || undefined,
        onProgress: request.password ? onProgress : undefined,
      });
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
      let expiresAt = outcome.expiresAt;
      if (stream) {
        const controller = new AbortController();
        upload.current = controller;
        setProgress({ step: 'uploading', fraction: 0 });
        try {
          const sent = await uploadFiles(
            origin,
            sealed.id,
            manageToken,
            stream,
            manifest,
            (index, start, end) => readSlice(request.files[index]!, start, end),
            {
              signal: controller.signal,
              onProgress: (done, total) => setProgress({ step: 'uploading', fraction: done / total }),
            },
          );
          if (sent.kind === 'error') {
            void revokeSecretOnServer(origin, sealed.id, manageToken);
            setError(uploadFailure(sent.code));
            return null;
          }
          expiresAt = sent.expiresAt;
        } catch {
          // Cancelled, or a file could not be read: delete what was uploaded now rather than at expiry.
          void revokeSecretOnServer(origin, sealed.id, manageToken);
          setError(controller.signal.aborted ? 'cancelled' : 'file_changed');
          return null;
        } finally {
          upload.current = null;
        }
      }
      const saved = saveRecord(request, sealed.id, manageToken, expiresAt);
      return {
        url: `${origin}/s#${fragment}`,
        manageUrl: `${origin}/m#${formatManageFragment(sealed.id, manageToken)}`,
        expiresAt,
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

  return { create, cancel, busy, progress, error };
}

function uploadFailure(code: string): CreateFailure {
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
