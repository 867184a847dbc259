'use client';

import { useEffect, useState, type FormEvent } from 'react';
import { SignInLink } from '@/components/auth/sign-in-link';
import { useSession } from '@/components/auth/use-session';
import { useI18n } from '@/components/i18n/i18n-provider';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { CopyButton } from '@/components/ui/copy-button';
import { Field, Input } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { createToken, listTokens, revokeToken, type TokenSummary } from '@/lib/client/account';
import { TokenList } from './token-list';

const origin = () => window.location.origin;

/** /settings: a signed-in user's personal API tokens: create (shown once), list, revoke. */
export function TokenSettings({ mode }: { mode: 'proxy' | 'oidc' }) {
  const { t } = useI18n();
  const session = useSession();
  const signedIn = session.kind === 'known' && session.user !== null;
  const [tokens, setTokens] = useState<TokenSummary[]>([]);
  const [name, setName] = useState('');
  const [fresh, setFresh] = useState<string | null>(null);
  const [message, setMessage] = useState<'revoked' | 'failed' | null>(null);

  const refresh = async () => {
    const outcome = await listTokens(origin());
    if (outcome.kind === 'tokens') setTokens(outcome.tokens);
    else setMessage('failed');
  };

  useEffect(() => {
    if (!signedIn) return;
    let live = true;
    void listTokens(origin()).then((outcome) => {
      if (!live) return;
      if (outcome.kind === 'tokens') setTokens(outcome.tokens);
      else setMessage('failed');
    });
    return () => {
      live = false;
    };
  }, [signedIn]);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    const outcome = await createToken(origin(), name);
    if (outcome.kind !== 'created') return setMessage('failed');
    setFresh(outcome.token);
    setName('');
    await refresh();
  };

  const revoke = async (id: string) => {
    setFresh(null);
    const outcome = await revokeToken(origin(), id);
    setMessage(outcome.kind === 'revoked' ? 'revoked' : 'failed');
    await refresh();
  };

  if (session.kind === 'checking') return <p className="text-sm">{t.auth.checking}</p>;
  if (!signedIn) {
    return (
      <Card className="flex flex-col items-start gap-4">
        <p className="text-sm">{t.auth.signInForTokens}</p>
        {mode === 'oidc' && <SignInLink returnTo="/settings" />}
      </Card>
    );
  }
  return (
    <Card className="flex flex-col gap-5">
      <h1 className="text-xl font-semibold">{t.auth.tokensTitle}</h1>
      <p className="text-sm text-slate-700 dark:text-slate-300">{t.auth.tokensIntro}</p>
      <form className="flex flex-wrap items-end gap-3" onSubmit={(e) => void create(e)}>
        <Field id="token-name" label={t.auth.tokenName} className="min-w-48 flex-1">
          <Input
            id="token-name"
            value={name}
            maxLength={60}
            required
            placeholder={t.auth.tokenNamePlaceholder}
            onChange={(e) => setName(e.target.value)}
          />
        </Field>
        <Button type="submit" disabled={name.trim() === ''}>
          {t.auth.createToken}
        </Button>
      </form>
      {fresh && (
        <div className="flex flex-col gap-2" data-testid="new-token">
          <h2 className="text-sm font-semibold">{t.auth.newTokenTitle}</h2>
          <div className="flex items-center gap-2">
            <Input readOnly dir="ltr" value={fresh} aria-label={t.auth.newTokenTitle} className="flex-1 font-mono" />
            <CopyButton text={fresh} />
          </div>
          <p className="text-sm text-slate-600 dark:text-slate-400">{t.auth.newTokenHint}</p>
        </div>
      )}
      {message && (
        <div role="status">
          <Notice tone={message === 'failed' ? 'error' : 'info'}>{t.auth[message]}</Notice>
        </div>
      )}
      <TokenList tokens={tokens} onRevoke={(id) => void revoke(id)} />
    </Card>
  );
}
