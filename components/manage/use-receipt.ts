'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { parseManageFragment } from '@/lib/crypto';
import { fetchReceipt, revokeLink } from '@/lib/client/manage';
import type { SecretStatusResponse } from '@/lib/schemas/secrets';

export type ReceiptState =
  | { kind: 'loading' }
  | { kind: 'invalid' }
  | { kind: 'missing' }
  | { kind: 'unavailable' }
  | { kind: 'found'; receipt: SecretStatusResponse };

const REFRESH_MS = 5000;

/**
 * The manage page's logic: parse `/m#<id><token>`, fetch the receipt, refresh
 * it every few seconds while the page is visible, and revoke on request.
 * The token stays in memory and in the address bar the sender chose to open.
 */
export function useReceipt() {
  const [state, setState] = useState<ReceiptState>({ kind: 'loading' });
  const link = useRef<{ id: string; token: string } | null>(null);
  const [id, setId] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    const current = link.current;
    if (!current) return;
    const outcome = await fetchReceipt(window.location.origin, current.id, current.token);
    if (link.current !== current) return;
    if (outcome.kind === 'found') setState({ kind: 'found', receipt: outcome.receipt });
    else setState({ kind: outcome.kind === 'gone' ? 'missing' : 'unavailable' });
  }, []);

  useEffect(() => {
    const load = () => {
      const parsed = parseManageFragment(window.location.hash);
      link.current = parsed.ok ? { id: parsed.id, token: parsed.token } : null;
      setId(parsed.ok ? parsed.id : null);
      if (parsed.ok) void refresh();
      else setState({ kind: 'invalid' });
    };
    load();
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void refresh();
    }, REFRESH_MS);
    window.addEventListener('hashchange', load);
    document.addEventListener('visibilitychange', refresh);
    return () => {
      clearInterval(timer);
      window.removeEventListener('hashchange', load);
      document.removeEventListener('visibilitychange', refresh);
    };
  }, [refresh]);

  const revoke = useCallback(async (): Promise<boolean> => {
    const current = link.current;
    if (!current) return false;
    const outcome = await revokeLink(window.location.origin, current.id, current.token);
    await refresh();
    return outcome.kind === 'revoked';
  }, [refresh]);

  /** `id`: the secret's id from the address, to find the sender's own record of it. */
  return { state, revoke, id };
}
