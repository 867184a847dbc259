import type { LinkProblem } from '@/lib/crypto';
import { Card } from '@/components/ui/card';

const PROBLEMS: Record<LinkProblem, string> = {
  empty: 'The link is missing its key, the part after the # sign.',
  'too-short': 'The link is cut short: part of its key is missing.',
  'too-long': 'The link’s key is longer than it should be.',
  'bad-characters': 'The link’s key contains characters that do not belong there.',
};

/** One calm message for missing, expired, burned and wrong links alike: it never says which. */
export function GoneMessage() {
  return (
    <Card>
      <h1 className="text-xl font-semibold">This link was already opened or has expired</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">
        Ask the sender for a new one. Secrets shared through Handoff can be opened only a set number of times.
      </p>
    </Card>
  );
}

export function InvalidLinkMessage({ problem }: { problem: LinkProblem }) {
  return (
    <Card>
      <h1 className="text-xl font-semibold">This link is not complete</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">{PROBLEMS[problem]}</p>
      <p className="mt-2 text-slate-600 dark:text-slate-400">
        Copy the whole link from the message you received, or ask the sender to send it again.
      </p>
    </Card>
  );
}
