'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { LinkProblem } from '@/lib/crypto';
import type { AnswerFiles, RequestView } from '@/lib/client/request';
import { requestFlows } from './flows';
import { fetchRevealedFiles } from '@/components/reveal/fetch-files';
import type { RevealedFiles } from '@/components/reveal/use-reveal';

export type OwnerState =
  | { kind: 'loading' }
  | { kind: 'invalid'; problem: LinkProblem }
  | { kind: 'gone' }
  | { kind: 'tampered' }
  | { kind: 'unavailable' }
  /** The request, before or after its answer arrived; `read`: the answer was read to its last view. */
  | { kind: 'found'; request: RequestView; read: string | null; step: 'idle' | 'revealing'; problem?: OwnerProblem }
  | { kind: 'revealed'; text: string; viewsLeft: number; confirmation: string; files: RevealedFiles | null };

export type OwnerProblem = 'undecryptable' | 'failed';

const REFRESH_MS = 5000;

/**
 * The owner page (/o#S): the request's state (a peek with the collect proof,
 * refreshed while no answer is there), Reveal (the one call that uses a view
 * of the answer, from a click only) and Revoke (with the manage token derived
 * from S). S lives in the address bar the requester opened and in memory.
 */
export function useOwnerRequest() {
  const [state, setState] = useState<OwnerState>({ kind: 'loading' });
  const link = useRef<string | null>(null);
  const download = useRef<AnswerFiles | null>(null);
  const current = useRef<OwnerState>(state);

  useEffect(() => {
    current.current = state;
  }, [state]);

  const refresh = useCallback(async () => {
    const fragment = link.current;
    if (fragment === null) return;
    const origin = window.location.origin;
    const { checkRequest, ownerManageCredentials, requestStatus } = await requestFlows();
    const checked = await checkRequest(origin, fragment);
    if (link.current !== fragment) return;
    if (checked.kind === 'bad_link') return setState({ kind: 'invalid', problem: checked.problem as LinkProblem });
    if (checked.kind === 'gone' || checked.kind === 'tampered') return setState({ kind: checked.kind });
    if (checked.kind !== 'found') return setState({ kind: 'unavailable' });
    let read: string | null = null;
    if (checked.request.state === 'answered') {
      const creds = ownerManageCredentials(fragment);
      if ('id' in creds) {
        const status = await requestStatus(origin, creds.id, creds.manageToken);
        const receipt = status.kind === 'found' ? status.answer : null;
        if (receipt && receipt.state !== 'active')
          read = receipt.viewedAt.at(-1) ?? receipt.endedAt ?? receipt.expiresAt;
        if (status.kind === 'found' && !receipt) read = checked.request.answeredAt;
      }
    }
    setState((s) =>
      s.kind === 'revealed' || (s.kind === 'found' && s.step === 'revealing')
        ? s
        : { kind: 'found', request: checked.request, read, step: 'idle' },
    );
  }, []);

  useEffect(() => {
    const load = () => {
      link.current = window.location.hash.replace(/^#/, '');
      void refresh();
    };
    load();
    const timer = setInterval(() => {
      const s = current.current;
      const waiting = s.kind === 'found' && s.step === 'idle' && ['open', 'uploading'].includes(s.request.state);
      if (waiting && document.visibilityState === 'visible') void refresh();
    }, REFRESH_MS);
    // Drop the plaintext before the page can be frozen into the back/forward cache.
    const onPageHide = () => {
      download.current = null;
      setState((s) => (s.kind === 'revealed' ? { kind: 'gone' } : s));
    };
    window.addEventListener('hashchange', load);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      clearInterval(timer);
      window.removeEventListener('hashchange', load);
      window.removeEventListener('pagehide', onPageHide);
    };
  }, [refresh]);

  /** Fetches the revealed files (again, for a retry); only the download on show may change the page. */
  const fetchFiles = useCallback(async () => {
    const job = download.current;
    if (!job) return;
    await fetchRevealedFiles(job.files, job.download, (files) =>
      setState((s) => (s.kind === 'revealed' && download.current === job ? { ...s, files } : s)),
    );
  }, []);

  const reveal = useCallback(async () => {
    const fragment = link.current;
    if (fragment === null) return;
    setState((s) => (s.kind === 'found' ? { ...s, step: 'revealing', problem: undefined } : s));
    const back = (problem: OwnerProblem) => setState((s) => (s.kind === 'found' ? { ...s, step: 'idle', problem } : s));
    try {
      const { readAnswer } = await requestFlows();
      const outcome = await readAnswer(window.location.origin, fragment);
      switch (outcome.kind) {
        case 'released': {
          const { text, viewsLeft, confirmation, files } = outcome;
          download.current = files;
          setState({
            kind: 'revealed',
            text,
            viewsLeft,
            confirmation,
            files: files ? { status: 'downloading', files: files.files, fraction: 0 } : null,
          });
          if (files) void fetchFiles();
          return;
        }
        case 'gone':
          setState({ kind: 'gone' });
          return;
        case 'undecryptable':
        case 'tampered':
          back('undecryptable');
          return;
        case 'waiting':
          setState((s) => (s.kind === 'found' ? { ...s, step: 'idle' } : s));
          void refresh();
          return;
        default:
          back('failed');
      }
    } catch {
      back('undecryptable');
    }
  }, [fetchFiles, refresh]);

  const revoke = useCallback(async (): Promise<boolean> => {
    const fragment = link.current;
    if (fragment === null) return false;
    const { ownerManageCredentials, revokeRequest } = await requestFlows();
    const creds = ownerManageCredentials(fragment);
    if (!('id' in creds)) return false;
    const outcome = await revokeRequest(window.location.origin, creds.id, creds.manageToken);
    if (outcome.kind === 'error') return false;
    download.current = null;
    setState({ kind: 'loading' });
    await refresh();
    return true;
  }, [refresh]);

  return { state, reveal, revoke, retryFiles: fetchFiles };
}
