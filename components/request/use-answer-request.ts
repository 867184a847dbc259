'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { safeFileName, safeFileType, type LinkProblem, type SecretContent } from '@/lib/crypto';
import type { AnswerRequestOutcome } from '@/lib/client/request';
import { requestFlows } from './flows';
import type { AnswerFailure } from './messages';

export type ResponderState =
  | { kind: 'loading' }
  | { kind: 'invalid'; problem: LinkProblem }
  | { kind: 'gone' }
  | { kind: 'tampered' }
  | { kind: 'unavailable' }
  | { kind: 'closed'; note: string }
  | { kind: 'open'; note: string; expiresAt: string }
  | { kind: 'answered'; confirmation: string; at: string };

export type AnswerInput = { text: string; files: File[] };

async function readSlice(file: File, start: number, end: number): Promise<Uint8Array> {
  return new Uint8Array(await file.slice(start, end).arrayBuffer());
}

function failureOf(outcome: Exclude<AnswerRequestOutcome, { kind: 'answered' }>): AnswerFailure | 'gone' | 'tampered' {
  switch (outcome.kind) {
    case 'error':
      return outcome.code;
    case 'closed':
      return 'closed';
    case 'gone':
    case 'tampered':
      return outcome.kind;
    case 'bad_link':
      return 'bad_response'; // cannot happen: the link parsed when the page loaded
    case 'upload_failed':
      return outcome.failure.code === 'uploads_paused' || outcome.failure.code === 'store_full'
        ? 'uploads_paused'
        : 'upload_failed';
    case 'unreadable':
      return 'file_changed';
  }
}

/**
 * The responder's page (/r#pkR‖R): lib/client/request's outcomes as page
 * states. Loading the page only peeks (a GET, which changes nothing: bots
 * and link scanners can neither answer nor spoil a request); the answer is
 * sealed and sent only from the form's submit. The link stays in memory.
 */
export function useAnswerRequest() {
  const [state, setState] = useState<ResponderState>({ kind: 'loading' });
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<AnswerFailure | null>(null);
  const link = useRef<string | null>(null);

  const load = useCallback(async () => {
    const fragment = window.location.hash.replace(/^#/, '');
    link.current = fragment;
    const { viewRequest } = await requestFlows();
    const viewed = await viewRequest(window.location.origin, fragment);
    if (link.current !== fragment) return;
    switch (viewed.kind) {
      case 'open':
        setState({ kind: 'open', note: viewed.note, expiresAt: viewed.request.expiresAt });
        return;
      case 'closed':
        setState({ kind: 'closed', note: viewed.note });
        return;
      case 'bad_link':
        setState({ kind: 'invalid', problem: viewed.problem as LinkProblem });
        return;
      case 'gone':
      case 'tampered':
        setState({ kind: viewed.kind });
        return;
      default:
        setState({ kind: 'unavailable' });
    }
  }, []);

  useEffect(() => {
    // The fragment is readable only in the browser, after hydration: reading it here is the sync.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void load();
    const onHashChange = () => void load();
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [load]);

  const answer = useCallback(async ({ text, files }: AnswerInput): Promise<void> => {
    const fragment = link.current;
    if (fragment === null) return;
    setBusy(true);
    setError(null);
    const manifest = files.map((f) => ({ name: safeFileName(f.name), type: safeFileType(f.type), size: f.size }));
    const content: SecretContent =
      manifest.length > 0 ? { kind: 'bundle', text, files: manifest } : { kind: 'text', text };
    try {
      const { answerRequest } = await requestFlows();
      const outcome = await answerRequest(window.location.origin, fragment, {
        content,
        read: (index, start, end) => readSlice(files[index]!, start, end),
        onProgress: (done, total) => setProgress(total > 0 ? done / total : 1),
      });
      if (outcome.kind === 'answered') {
        setState({ kind: 'answered', confirmation: outcome.confirmation, at: new Date().toISOString() });
        return;
      }
      const failure = failureOf(outcome);
      if (failure === 'gone' || failure === 'tampered') setState({ kind: failure });
      else setError(failure);
    } catch {
      setError('encryption_failed');
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }, []);

  return { state, answer, busy, progress, error };
}
