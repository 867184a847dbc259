'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { parseLinkFragment, type LinkProblem, type SecretFile } from '@/lib/crypto';
import { checkLink, revealLink, type FilesDownload } from '@/lib/client/reveal';
import type { SecretKdf } from '@/lib/schemas/secrets';
import type { RevealFailure } from './messages';

export type RevealState =
  | { kind: 'loading' }
  | { kind: 'invalid'; problem: LinkProblem }
  | { kind: 'gone' }
  | { kind: 'unavailable' }
  | {
      kind: 'ready';
      viewsLeft: number;
      expiresAt: string;
      kdf: SecretKdf | null;
      /** Padded size of the files, when the secret has some. */
      streamBytes: number | null;
      attemptsLeft?: number;
    }
  | { kind: 'working'; step: 'deriving' | 'revealing'; progress: number; kdf: SecretKdf | null }
  | { kind: 'revealed'; text: string; viewsLeft: number; files: RevealedFiles | null }
  | { kind: 'destroyed' }
  | { kind: 'failed'; failure: RevealFailure };

/** A revealed secret's files: fetched and verified whole before any of them is offered. */
export type RevealedFiles =
  | { status: 'downloading'; files: SecretFile[]; fraction: number }
  | { status: 'ready'; files: SecretFile[]; blobs: Blob[] }
  | { status: 'failed'; files: SecretFile[] }
  | { status: 'damaged'; files: SecretFile[] };

type Link = { key: Uint8Array };

/** What a retry of an interrupted download needs: the lease lasts a few minutes after the reveal. */
type Download = { files: SecretFile[]; fetch: FilesDownload };

/** True when this page load is a reload or history step, not a fresh visit. */
function isRevisit(): boolean {
  const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return entry?.type === 'reload' || entry?.type === 'back_forward';
}

/** Drops the key from the address bar without navigating (a redirect would carry the fragment along). */
function forgetFragment(): void {
  if (window.location.hash) history.replaceState(history.state, '', window.location.pathname);
}

/**
 * The reveal page's logic: lib/client/reveal's outcomes as page states.
 * Invariant: the only call that consumes a view is `reveal`, run from a click;
 * effects only parse the fragment and check the link (GET), so StrictMode's
 * double effects and link scanners change nothing. The key lives in a ref,
 * in memory only.
 */
export function useReveal() {
  const [state, setState] = useState<RevealState>({ kind: 'loading' });
  const link = useRef<Link | null>(null);
  const download = useRef<Download | null>(null);

  const load = useCallback(async () => {
    const parsed = parseLinkFragment(window.location.hash);
    if (!parsed.ok) {
      link.current = null;
      setState(
        parsed.problem === 'empty' && isRevisit() ? { kind: 'gone' } : { kind: 'invalid', problem: parsed.problem },
      );
      return;
    }
    const current: Link = { key: parsed.key };
    link.current = current;
    const peek = await checkLink(window.location.origin, current.key);
    if (link.current !== current) return; // a newer link replaced this one meanwhile
    if (peek.kind === 'found') {
      setState({
        kind: 'ready',
        viewsLeft: peek.viewsLeft,
        expiresAt: peek.expiresAt,
        kdf: peek.kdf,
        streamBytes: peek.streamBytes,
      });
    } else if (peek.kind === 'gone') {
      forgetFragment();
      setState({ kind: 'gone' });
    } else {
      setState({ kind: 'unavailable' });
    }
  }, []);

  useEffect(() => {
    // The fragment is readable only in the browser, after hydration: reading it here is the sync.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void load();
    const onHashChange = () => void load();
    // Drop the plaintext before the page can be frozen into the back/forward cache.
    const onPageHide = () => {
      download.current = null;
      setState((s) => (s.kind === 'revealed' ? { kind: 'gone' } : s));
    };
    window.addEventListener('hashchange', onHashChange);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('hashchange', onHashChange);
      window.removeEventListener('pagehide', onPageHide);
    };
  }, [load]);

  /** Fetches, authenticates and splits the files; offers them only once the final chunk verified. */
  const fetchFiles = useCallback(async () => {
    const job = download.current;
    if (!job) return;
    const update = (files: RevealedFiles) =>
      setState((s) => (s.kind === 'revealed' && download.current === job ? { ...s, files } : s));
    update({ status: 'downloading', files: job.files, fraction: 0 });
    const result = await job.fetch({
      onProgress: (done, total) => update({ status: 'downloading', files: job.files, fraction: done / total }),
    });
    if (result.kind === 'downloaded') {
      const blobs = result.pieces.map((pieces) => new Blob(pieces as BlobPart[], { type: 'application/octet-stream' }));
      update({ status: 'ready', files: job.files, blobs });
    } else {
      update({ status: result.kind === 'damaged' ? 'damaged' : 'failed', files: job.files });
    }
  }, []);

  const reveal = useCallback(
    async (kdf: SecretKdf | null, password?: string) => {
      const current = link.current;
      if (!current) return;
      const origin = window.location.origin;
      try {
        setState({ kind: 'working', step: kdf ? 'deriving' : 'revealing', progress: 0, kdf });
        const outcome = await revealLink(origin, current.key, {
          kdf,
          password,
          onProgress: (p) =>
            setState({ kind: 'working', step: p.step, progress: p.step === 'deriving' ? p.fraction : 1, kdf }),
        });
        switch (outcome.kind) {
          case 'released': {
            forgetFragment();
            const { text, viewsLeft, files } = outcome;
            if (!files) {
              setState({ kind: 'revealed', text, viewsLeft, files: null });
            } else if (files.kind === 'altered') {
              setState({ kind: 'revealed', text, viewsLeft, files: { status: 'damaged', files: files.files } });
            } else {
              download.current = { files: files.files, fetch: files.download };
              setState({
                kind: 'revealed',
                text,
                viewsLeft,
                files: { status: 'downloading', files: files.files, fraction: 0 },
              });
              void fetchFiles();
            }
            return;
          }
          case 'wrong_password': {
            const peek = await checkLink(origin, current.key);
            const rest = peek.kind === 'found' ? peek : { viewsLeft: 1, expiresAt: new Date().toISOString() };
            setState({
              kind: 'ready',
              viewsLeft: rest.viewsLeft,
              expiresAt: rest.expiresAt,
              kdf,
              streamBytes: peek.kind === 'found' ? peek.streamBytes : null,
              attemptsLeft: outcome.attemptsLeft,
            });
            return;
          }
          case 'destroyed':
            forgetFragment();
            setState({ kind: 'destroyed' });
            return;
          case 'gone':
            forgetFragment();
            setState({ kind: 'gone' });
            return;
          case 'undecryptable':
            setState({ kind: 'failed', failure: 'undecryptable' });
            return;
          case 'error':
            setState({ kind: 'failed', failure: outcome.code });
            return;
        }
      } catch {
        setState({ kind: 'failed', failure: 'undecryptable' });
      }
    },
    [fetchFiles],
  );

  return { state, reveal, retryFiles: fetchFiles };
}
