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

/** A page-level message: a heading and a calm explanation. */
export function RequestMessage({ title, body }: { title: string; body: string }) {
  return (
    <Card>
      <h1 className="text-xl font-semibold">{title}</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">{body}</p>
    </Card>
  );
}

/** A link that does not parse: what is wrong with it, in the share link's words, and what to do. */
export function LinkProblemMessage({
  problem,
  title,
  advice,
}: {
  problem: LinkProblem;
  title: string;
  advice: string;
}) {
  const { t } = useI18n();
  return (
    <Card>
      <h1 className="text-xl font-semibold">{title}</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">{t.reveal.linkProblems[PROBLEMS[problem]]}</p>
      <p className="mt-2 text-slate-600 dark:text-slate-400">{advice}</p>
    </Card>
  );
}
