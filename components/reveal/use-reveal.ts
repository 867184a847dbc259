'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { linkCredentials, openSecret, parseLinkFragment, unlockSecret, type LinkProblem } from '@/lib/crypto';
import { peekSecretOnServer, revealSecretOnServer } from '@/lib/client/api';
import type { SecretKdf } from '@/lib/schemas/secrets';
import type { RevealFailure } from './messages';

export type RevealState =
  | { kind: 'loading' }
  | { kind: 'invalid'; problem: LinkProblem }
  | { kind: 'gone' }
  | { kind: 'unavailable' }
  | { kind: 'ready'; viewsLeft: number; expiresAt: string; kdf: SecretKdf | null; attemptsLeft?: number }
  | { kind: 'working'; step: 'deriving' | 'revealing'; progress: number; kdf: SecretKdf | null }
  | { kind: 'revealed'; text: string; viewsLeft: number }
  | { kind: 'destroyed' }
  | { kind: 'failed'; failure: RevealFailure };

type Link = { key: Uint8Array; id: string; linkProof: string };

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
      setState({ kind: 'ready', viewsLeft: peek.viewsLeft, expiresAt: peek.expiresAt, kdf: peek.kdf });
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
    const onPageHide = () => setState((s) => (s.kind === 'revealed' ? { kind: 'gone' } : s));
    window.addEventListener('hashchange', onHashChange);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('hashchange', onHashChange);
      window.removeEventListener('pagehide', onPageHide);
    };
  }, [load]);

  const reveal = useCallback(async (kdf: SecretKdf | null, password?: string) => {
    const current = link.current;
    if (!current) return;
    try {
      setState({ kind: 'working', step: kdf ? 'deriving' : 'revealing', progress: 0, kdf });
      const unlocked = await unlockSecret(current.key, kdf, password, (progress) =>
        setState({ kind: 'working', step: 'deriving', progress, kdf }),
      );
      setState({ kind: 'working', step: 'revealing', progress: 1, kdf });
      const origin = window.location.origin;
      const outcome = await revealSecretOnServer(origin, current.id, current.linkProof, unlocked.passwordProof);
      switch (outcome.kind) {
        case 'released': {
          const content = openSecret(unlocked, current.id, outcome.envelope);
          forgetFragment();
          setState({ kind: 'revealed', text: content.text, viewsLeft: outcome.viewsLeft });
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
    } catch {
      setState({ kind: 'failed', failure: 'undecryptable' });
    }
  }, []);

  return { state, reveal };
}
