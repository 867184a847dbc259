'use client';

import { useEffect, useState } from 'react';
import { fetchSession, type AuthMode } from '@/lib/client/account';

export type SessionState =
  { kind: 'checking' } | { kind: 'known'; mode: AuthMode; user: string | null } | { kind: 'unavailable' };

/** Who is signed in here, asked once per page (a GET that changes nothing). */
export function useSession(): SessionState {
  const [state, setState] = useState<SessionState>({ kind: 'checking' });
  useEffect(() => {
    let live = true;
    void fetchSession(window.location.origin).then((outcome) => {
      if (!live) return;
      setState(
        outcome.kind === 'session'
          ? { kind: 'known', mode: outcome.mode, user: outcome.user }
          : { kind: 'unavailable' },
      );
    });
    return () => {
      live = false;
    };
  }, []);
  return state;
}
