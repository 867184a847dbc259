'use client';

import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Notice } from '@/components/ui/notice';
import { formatExpiry } from '@/components/ui/format';
import type { SecretKdf } from '@/lib/schemas/secrets';
import type { RevealState } from './use-reveal';

type Props = {
  state: Extract<RevealState, { kind: 'ready' } | { kind: 'working' }>;
  onReveal: (kdf: SecretKdf | null, password?: string) => void;
};

export function RevealPrompt({ state, onReveal }: Props) {
  const [password, setPassword] = useState('');
  const kdf = state.kdf;
  const working = state.kind === 'working';

  function submit(event: FormEvent) {
    event.preventDefault();
    if (working || (kdf && password.length === 0)) return;
    onReveal(kdf, kdf ? password : undefined);
  }

  return (
    <Card>
      <h1 className="text-xl font-semibold">Someone shared a secret with you</h1>
      {state.kind === 'ready' && (
        <p className="mt-2 text-slate-600 dark:text-slate-400">
          {state.viewsLeft === 1
            ? 'This secret can be viewed 1 more time. It will be destroyed after you reveal it.'
            : `This secret can be viewed ${state.viewsLeft} more times. It will be destroyed after the last view.`}{' '}
          It expires {formatExpiry(state.expiresAt)}.
        </p>
      )}
      <form onSubmit={submit} className="mt-5 flex flex-col gap-4">
        {kdf && (
          <div className="flex flex-col gap-1.5">
            <label htmlFor="reveal-password" className="text-sm font-medium">
              Password
            </label>
            <input
              id="reveal-password"
              type="password"
              autoComplete="off"
              value={password}
              disabled={working}
              onChange={(e) => setPassword(e.target.value)}
              className="rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-700 dark:bg-slate-900"
            />
            <p className="text-xs text-slate-500 dark:text-slate-400">
              The sender should have given you the password some other way. A wrong one does not use up the link.
            </p>
          </div>
        )}
        {state.kind === 'ready' && state.attemptsLeft !== undefined && (
          <Notice tone="error">
            Wrong password. {state.attemptsLeft === 1 ? '1 attempt left' : `${state.attemptsLeft} attempts left`} before
            the secret is destroyed.
          </Notice>
        )}
        <Button type="submit" disabled={working || (kdf !== null && password.length === 0)}>
          {!working
            ? 'Reveal secret'
            : state.step === 'deriving'
              ? `Checking password… ${Math.round(state.progress * 100)}%`
              : 'Revealing…'}
        </Button>
      </form>
    </Card>
  );
}
