'use client';

import type { LinkProblem } from '@/lib/crypto';
import type { Messages } from '@/lib/i18n';
import { useI18n } from '@/components/i18n/i18n-provider';
import { Card } from '@/components/ui/card';

const PROBLEMS: Record<LinkProblem, keyof Messages['reveal']['linkProblems']> = {
  empty: 'empty',
  'too-short': 'tooShort',
  'too-long': 'tooLong',
  'bad-characters': 'badCharacters',
};

/** One calm message for missing, expired, burned and wrong links alike: it never says which. */
export function GoneMessage() {
  const { t } = useI18n();
  return (
    <Card>
      <h1 className="text-xl font-semibold">{t.reveal.goneTitle}</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">{t.reveal.goneBody}</p>
    </Card>
  );
}

export function InvalidLinkMessage({ problem }: { problem: LinkProblem }) {
  const { t } = useI18n();
  return (
    <Card>
      <h1 className="text-xl font-semibold">{t.reveal.invalidTitle}</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">{t.reveal.linkProblems[PROBLEMS[problem]]}</p>
      <p className="mt-2 text-slate-600 dark:text-slate-400">{t.reveal.invalidAdvice}</p>
    </Card>
  );
}
