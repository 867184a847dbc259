'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { LinkProblem, SecretFile } from '@/lib/crypto';
import {
  checkLink,
  checkLinkFragment,
  revealLink,
  type CheckOutcome,
  type FilesDownload,
  type LinkEnding,
} from '@/lib/client/reveal';
import type { SecretKdf } from '@/lib/schemas/secrets';
import { fetchRevealedFiles } from './fetch-files';
import { prepareFileView } from './file-view';
import { isOwnLink } from './own-link';
import type { RevealFailure } from './messages';

export type RevealState =
  | { kind: 'loading' }
  | { kind: 'invalid'; problem: LinkProblem }
  | { kind: 'gone'; ending: LinkEnding }
  /** A reload after a reveal in this tab: the key is gone from the address bar, views are left. */
  | { kind: 'revisited'; viewsLeft: number }
  | { kind: 'unavailable' }
  | {
      kind: 'ready';
      viewsLeft: number;
      expiresAt: string;
      kdf: SecretKdf | null;
      /** Padded size of the files, when the secret has some. */
      streamBytes: number | null;
      attemptsLeft?: number;
      /** The link is in this browser's My links: the sender is about to use a view of their own link. */
      own?: boolean;
      /** Characters a chat app glued onto the key were dropped to open it. */
      trimmed?: boolean;
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

/** `files`: the peek reported files, so the file code is loading. */
type Link = { key: Uint8Array; files: boolean };

/** What a retry of an interrupted download needs: the lease lasts a few minutes after the reveal. */
type Download = { files: SecretFile[]; fetch: FilesDownload };

/** True when this page load is a reload or history step, not a fresh visit. */
function isRevisit(): boolean {
  const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return entry?.type === 'reload' || entry?.type === 'back_forward';
}

/**
 * Drops the key from the address bar without navigating (a redirect would carry the fragment along).
 * Never throws: the history API is Next's patched one, and a failure there must not cost the page its state.
 */
function forgetFragment(): void {
  try {
    if (window.location.hash) history.replaceState(history.state, '', window.location.pathname);
  } catch {
    // The key stays in the address bar; the page still shows the right state.
  }
}

/** Where this tab notes that it revealed a multi-view link (views left only: never a key or an id). */
const REVEALED_KEY = 'handoff.revealed.v1';

function noteRevealed(viewsLeft: number): void {
  try {
    if (viewsLeft > 0) sessionStorage.setItem(REVEALED_KEY, String(viewsLeft));
    else sessionStorage.removeItem(REVEALED_KEY);
  } catch {
    // Storage refused (private mode, quota): a reload then shows the generic message.
  }
}

function revealedBefore(): number {
  try {
    const views = Number(sessionStorage.getItem(REVEALED_KEY));
    return Number.isSafeInteger(views) && views > 0 ? views : 0;
  } catch {
    return 0;
  }
}

/** Whether secret `id` is in this browser's My links. */
function ownLink(id: string): boolean {
  try {
    return isOwnLink(localStorage, id);
  } catch {
    return false; // localStorage itself may refuse (blocked storage)
  }
}

/** The page state a peek's outcome stands for. */
function checkedState(check: CheckOutcome, extra: { own?: boolean; trimmed?: boolean } = {}): RevealState {
  switch (check.kind) {
    case 'found':
      return {
        kind: 'ready',
        viewsLeft: check.viewsLeft,
        expiresAt: check.expiresAt,
        kdf: check.kdf,
        streamBytes: check.streamBytes,
        ...(extra.own ? { own: true } : {}),
        ...(extra.trimmed ? { trimmed: true } : {}),
      };
    case 'gone':
      return { kind: 'gone', ending: check.ending };
    case 'error':
      return { kind: 'unavailable' };
  }
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

  /**
   * Reads and checks the link in the address bar. Every way out sets a state (issue 24 item 0: a
   * page must never stay on "Checking the link…"): a throw anywhere becomes `unavailable`. Only the
   * newest run may set it (a hashchange starts another), and none after the page unmounted.
   */
  const load = useCallback(async (isCurrent: () => boolean) => {
    const fragment = window.location.hash;
    let next: RevealState;
    try {
      const read = await checkLinkFragment(window.location.origin, fragment);
      if (!isCurrent()) return;
      if (read.kind === 'invalid') {
        link.current = null;
        const views = read.problem === 'empty' && isRevisit() ? revealedBefore() : 0;
        next =
          read.problem !== 'empty' || !isRevisit()
            ? { kind: 'invalid', problem: read.problem }
            : views > 0
              ? { kind: 'revisited', viewsLeft: views }
              : { kind: 'gone', ending: null };
      } else {
        const files = read.check.kind === 'found' && read.check.streamBytes !== null;
        link.current = read.check.kind === 'found' ? { key: read.key, files } : null;
        // Only a secret with files loads their code, from now on, so that its reveal never waits for it.
        if (files) prepareFileView().catch(() => {});
        next = checkedState(read.check, { own: ownLink(read.id), trimmed: read.trimmed });
      }
    } catch {
      if (!isCurrent()) return;
      next = { kind: 'unavailable' };
    }
    setState(next);
    if (next.kind === 'gone') forgetFragment();
  }, []);

  useEffect(() => {
    let run = 0;
    let mounted = true;
    const start = () => {
      const mine = ++run;
      void load(() => mounted && mine === run);
    };
    // The fragment is readable only in the browser, after hydration: reading it here is the sync.
    start();
    // Drop the plaintext before the page can be frozen into the back/forward cache.
    const onPageHide = () => {
      download.current = null;
      setState((s) => (s.kind === 'revealed' ? { kind: 'gone', ending: null } : s));
    };
    window.addEventListener('hashchange', start);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      mounted = false;
      window.removeEventListener('hashchange', start);
      window.removeEventListener('pagehide', onPageHide);
    };
  }, [load]);

  /** Fetches the revealed files (again, for a retry); only the download on show may change the page. */
  const fetchFiles = useCallback(async () => {
    const job = download.current;
    if (!job) return;
    await fetchRevealedFiles(job.files, job.fetch, (files) =>
      setState((s) => (s.kind === 'revealed' && download.current === job ? { ...s, files } : s)),
    );
  }, []);

  const reveal = useCallback(
    async (kdf: SecretKdf | null, password?: string) => {
      const current = link.current;
      if (!current) return;
      const origin = window.location.origin;
      if (current.files) {
        // Loading since the peek; awaited so that a failed fetch of the code costs no view.
        try {
          await prepareFileView();
        } catch {
          setState({ kind: 'unavailable' });
          return;
        }
      }
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
            const { text, viewsLeft, files } = outcome;
            noteRevealed(viewsLeft);
            forgetFragment();
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
            setState({ kind: 'destroyed' });
            forgetFragment();
            return;
          case 'gone':
            setState({ kind: 'gone', ending: outcome.ending });
            forgetFragment();
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
