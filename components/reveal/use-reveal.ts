'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import {
  bundleStreamBytes,
  linkCredentials,
  newLeaseToken,
  openFileStream,
  openSecret,
  parseLinkFragment,
  unlockSecret,
  type FileStream,
  type LinkProblem,
  type SecretFile,
} from '@/lib/crypto';
import { peekSecretOnServer, revealSecretOnServer } from '@/lib/client/api';
import { downloadFiles } from '@/lib/client/files';
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

type Link = { key: Uint8Array; id: string; linkProof: string };

/** What a retry of an interrupted download needs: the lease lasts a few minutes after the reveal. */
type Download = { id: string; leaseToken: string; stream: FileStream; files: SecretFile[] };

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
 * The reveal page's logic. Invariant: the only call that consumes a view is
 * `reveal`, run from a click; effects only parse the fragment and peek (GET),
 * so StrictMode's double effects and link scanners change nothing. The key
 * lives in a ref, in memory only.
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
    const current: Link = { key: parsed.key, ...linkCredentials(parsed.key) };
    link.current = current;
    const peek = await peekSecretOnServer(window.location.origin, current.id, current.linkProof);
    if (link.current !== current) return; // a newer link replaced this one meanwhile
    if (peek.kind === 'found') {
      setState({
        kind: 'ready',
        viewsLeft: peek.viewsLeft,
        expiresAt: peek.expiresAt,
        kdf: peek.kdf,
        streamBytes: peek.streamBytes,
      });
    } else if (peek.kind === 'missing') {
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
    try {
      const result = await downloadFiles(window.location.origin, job.id, job.leaseToken, job.stream, job.files, {
        onProgress: (done, total) => update({ status: 'downloading', files: job.files, fraction: done / total }),
      });
      if (result.kind === 'error') {
        update({ status: 'failed', files: job.files });
        return;
      }
      const blobs = result.pieces.map((pieces) => new Blob(pieces as BlobPart[], { type: 'application/octet-stream' }));
      update({ status: 'ready', files: job.files, blobs });
    } catch {
      update({ status: 'damaged', files: job.files });
    }
  }, []);

  const reveal = useCallback(
    async (kdf: SecretKdf | null, password?: string) => {
      const current = link.current;
      if (!current) return;
      try {
        setState({ kind: 'working', step: kdf ? 'deriving' : 'revealing', progress: 0, kdf });
        const unlocked = await unlockSecret(current.key, kdf, password, (progress) =>
          setState({ kind: 'working', step: 'deriving', progress, kdf }),
        );
        setState({ kind: 'working', step: 'revealing', progress: 1, kdf });
        const origin = window.location.origin;
        // A lease is asked for on every reveal: it costs nothing, and the peek may be stale.
        const lease = newLeaseToken();
        const outcome = await revealSecretOnServer(
          origin,
          current.id,
          current.linkProof,
          unlocked.passwordProof,
          lease.verifier,
        );
        try {
          switch (outcome.kind) {
            case 'released': {
              const content = openSecret(unlocked, current.id, outcome.envelope);
              forgetFragment();
              if (content.kind === 'text') {
                setState({ kind: 'revealed', text: content.text, viewsLeft: outcome.viewsLeft, files: null });
                return;
              }
              const files = content.files;
              if (outcome.files?.streamBytes !== bundleStreamBytes(content)) {
                setState({
                  kind: 'revealed',
                  text: content.text,
                  viewsLeft: outcome.viewsLeft,
                  files: { status: 'damaged', files },
                });
                return;
              }
              const stream = await openFileStream(unlocked, content);
              download.current = { id: current.id, leaseToken: lease.token, stream, files };
              setState({
                kind: 'revealed',
                text: content.text,
                viewsLeft: outcome.viewsLeft,
                files: { status: 'downloading', files, fraction: 0 },
              });
              void fetchFiles();
              return;
            }
            case 'wrong_password':
              if (outcome.attemptsLeft === 0) {
                forgetFragment();
                setState({ kind: 'destroyed' });
              } else {
                const peek = await peekSecretOnServer(origin, current.id, current.linkProof);
                const rest = peek.kind === 'found' ? peek : { viewsLeft: 1, expiresAt: new Date().toISOString() };
                setState({
                  kind: 'ready',
                  viewsLeft: rest.viewsLeft,
                  expiresAt: rest.expiresAt,
                  kdf,
                  streamBytes: peek.kind === 'found' ? peek.streamBytes : null,
                  attemptsLeft: outcome.attemptsLeft,
                });
              }
              return;
            case 'missing':
              forgetFragment();
              setState({ kind: 'gone' });
              return;
            case 'error':
              setState({ kind: 'failed', failure: outcome.code });
              return;
          }
        } finally {
          // The stream holds its own (imported or copied) key: the derived bytes are not needed again.
          unlocked.encKey.fill(0);
          unlocked.fileKey.fill(0);
        }
      } catch {
        setState({ kind: 'failed', failure: 'undecryptable' });
      }
    },
    [fetchFiles],
  );

  return { state, reveal, retryFiles: fetchFiles };
}
