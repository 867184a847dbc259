'use client';

import { useEffect, useState, type FormEvent } from 'react';
import { useCoreI18n } from '@/components/i18n/i18n-provider';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Field, Input } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { formatBytes, formatDateTime } from '@/components/ui/format';
import { preparePasswordKdf } from '@/lib/client/reveal';
import type { SecretKdf } from '@/lib/schemas/secrets';
import { StateBadge } from './state-badge';
import type { RevealState } from './use-reveal';

type Props = {
  state: Extract<RevealState, { kind: 'loading' } | { kind: 'ready' } | { kind: 'working' }>;
  onReveal: (kdf: SecretKdf | null, password?: string) => void;
};

/**
 * The reveal card. The server renders it already (state `loading`: the link
 * is read and checked in the browser), so the page's main content is painted
 * with the HTML and the check only fills in its status line: the same
 * element, so nothing moves and no later, larger paint counts as the page's
 * Largest Contentful Paint.
 */
export function RevealPrompt({ state, onReveal }: Props) {
  const { t, formatLocale } = useCoreI18n();
  const [password, setPassword] = useState('');
  const kdf = state.kind === 'loading' ? null : state.kdf;
  const working = state.kind === 'working';
  const waiting = working || state.kind === 'loading';
  const needsPassword = kdf !== null;

  useEffect(() => {
    if (needsPassword) void preparePasswordKdf().catch(() => undefined); // the reveal retries the load
  }, [needsPassword]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (state.kind !== 'ready' || (kdf && password.length === 0)) return;
    onReveal(kdf, kdf ? password : undefined);
  }

  return (
    <Card>
      {state.kind === 'ready' && <StateBadge tone="ready">{t.ending.badge.ready}</StateBadge>}
      <h1 className={`text-xl font-semibold ${state.kind === 'ready' ? 'mt-3' : ''}`}>{t.reveal.title}</h1>
      {!working && (
        <p role="status" className="mt-2 text-slate-600 dark:text-slate-400">
          {state.kind === 'loading'
            ? t.reveal.checking
            : `${t.reveal.viewsLeft(state.viewsLeft)} ${t.reveal.expires(formatDateTime(state.expiresAt, formatLocale))}` +
              (state.streamBytes !== null
                ? ` ${t.ending.filesBefore(formatBytes(state.streamBytes, formatLocale))}`
                : '')}
        </p>
      )}
      {state.kind === 'ready' && state.own && (
        <div className="mt-4">
          <Notice tone="warning">{t.ending.ownLink}</Notice>
        </div>
      )}
      {state.kind === 'ready' && state.trimmed && (
        <div className="mt-4">
          <Notice tone="info">{t.ending.trimmed}</Notice>
        </div>
      )}
      <form onSubmit={submit} className="mt-5 flex flex-col gap-4">
        {kdf && (
          <Field id="reveal-password" label={t.reveal.password}>
            <Input
              id="reveal-password"
              type="password"
              autoComplete="off"
              value={password}
              disabled={working}
              onChange={(e) => setPassword(e.target.value)}
            />
            <p className="text-xs text-slate-500 dark:text-slate-400">{t.reveal.passwordHint}</p>
          </Field>
        )}
        {state.kind === 'ready' && state.attemptsLeft !== undefined && (
          <Notice tone="error">{t.reveal.wrongPassword(state.attemptsLeft)}</Notice>
        )}
        <Button type="submit" disabled={waiting || (kdf !== null && password.length === 0)}>
          {!working
            ? t.reveal.submit
            : state.step === 'deriving'
              ? t.reveal.checkingPassword(Math.round(state.progress * 100))
              : t.reveal.revealing}
        </Button>
      </form>
    </Card>
  );
}
