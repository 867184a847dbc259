'use client';

import type { LinkProblem } from '@/lib/crypto';
import type { LinkEnding } from '@/lib/client/reveal';
import type { CoreMessages } from '@/lib/i18n';
import { useCoreI18n } from '@/components/i18n/i18n-provider';
import { Card } from '@/components/ui/card';
import { Notice } from '@/components/ui/notice';
import { formatDateTime } from '@/components/ui/format';
import { StateBadge } from './state-badge';

const PROBLEMS: Record<LinkProblem, keyof CoreMessages['reveal']['linkProblems']> = {
  empty: 'empty',
  'too-short': 'tooShort',
  'too-long': 'tooLong',
  'bad-characters': 'badCharacters',
};

/** The heading and explanation of an ending: the specific one when the server told it, else the generic one. */
function endingText(t: CoreMessages, ending: LinkEnding, locale: string): { title: string; body: string } {
  if (!ending) return { title: t.ending.unknownTitle, body: t.ending.unknownBody };
  const at = formatDateTime(ending.endedAt, locale);
  switch (ending.ending) {
    case 'viewed':
      return { title: t.ending.viewedTitle, body: t.ending.viewedBody(at) };
    case 'expired':
      return { title: t.ending.expiredTitle, body: t.ending.expiredBody(at) };
    case 'revoked':
      return { title: t.ending.revokedTitle, body: t.ending.revokedBody(at) };
    case 'locked':
      return { title: t.ending.lockedTitle, body: t.ending.lockedBody(at) };
  }
}

/** What a recipient can do after any ending: an explanatory block, not a lone card. */
function NextSteps({ tellSender }: { tellSender: boolean }) {
  const { t } = useCoreI18n();
  return (
    <div className="mt-5 grid gap-4 sm:grid-cols-2">
      {tellSender && <Notice tone="warning">{t.ending.tellSender}</Notice>}
      <section aria-labelledby="next-title" className={tellSender ? '' : 'sm:col-span-2'}>
        <h2 id="next-title" className="text-sm font-semibold">
          {t.ending.nextTitle}
        </h2>
        <ul className="mt-2 list-disc space-y-1 ps-5 text-sm text-slate-600 dark:text-slate-400">
          <li>{t.ending.nextAsk}</li>
          <li>{t.ending.nextNoReply}</li>
        </ul>
      </section>
    </div>
  );
}

/**
 * A link that no longer opens. Peek and reveal never say why (one identical 404); the ending
 * comes from the separate tombstone call, for the link holder only, when the sender kept a receipt.
 */
export function GoneMessage({ ending }: { ending: LinkEnding }) {
  const { t, formatLocale } = useCoreI18n();
  const { title, body } = endingText(t, ending, formatLocale);
  return (
    <Card>
      <StateBadge tone="ended">{t.ending.badge.ended}</StateBadge>
      <h1 className="mt-3 text-xl font-semibold">{title}</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">{body}</p>
      <NextSteps tellSender />
    </Card>
  );
}

/** A reload after revealing a link that still has views: say so, and how to open it again. */
export function RevisitedMessage({ viewsLeft }: { viewsLeft: number }) {
  const { t } = useCoreI18n();
  return (
    <Card>
      <StateBadge tone="revealed">{t.ending.badge.revealed}</StateBadge>
      <h1 className="mt-3 text-xl font-semibold">{t.ending.revisitedTitle}</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">{t.ending.revisitedBody(viewsLeft)}</p>
    </Card>
  );
}

export function InvalidLinkMessage({ problem }: { problem: LinkProblem }) {
  const { t } = useCoreI18n();
  // "Too long" gets its own heading: "not complete" over "longer than it should be" contradicted itself.
  if (problem === 'too-long') {
    return (
      <Card>
        <h1 className="text-xl font-semibold">{t.ending.tooLongTitle}</h1>
        <p className="mt-2 text-slate-600 dark:text-slate-400">{t.ending.tooLongBody}</p>
      </Card>
    );
  }
  return (
    <Card>
      <h1 className="text-xl font-semibold">{t.reveal.invalidTitle}</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">{t.reveal.linkProblems[PROBLEMS[problem]]}</p>
      <p className="mt-2 text-slate-600 dark:text-slate-400">{t.reveal.invalidAdvice}</p>
    </Card>
  );
}
