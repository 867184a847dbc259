'use client';

import { DETECTION_STRINGS_EN, type DetectionStrings, type DetectionText, type Finding } from '@/lib/detect';

// The info tone of components/ui/notice.tsx; that component cannot be used here because
// its live region appears together with its content, which screen readers may not announce.
const PANEL =
  'rounded-lg border border-sky-200 bg-sky-50 px-4 py-3 text-sm text-sky-900 dark:border-sky-900 dark:bg-sky-950 dark:text-sky-100';
const SHOWN_NAMES = 12;

function Names({ names, count, text }: { names: readonly string[]; count: number; text: DetectionText }) {
  const shown = names.slice(0, SHOWN_NAMES);
  return (
    <p className="mt-2 text-xs break-words">
      <span className="font-medium">{text.variables}:</span> <span className="font-mono">{shown.join(', ')}</span>
      {count > shown.length && ` ${text.more(count - shown.length)}`}
    </p>
  );
}

/**
 * What was recognised in the secret being typed, with advice, announced
 * politely to screen readers. The live region is always rendered (visually
 * hidden while empty) so that the first finding is announced too.
 * @param strings - the catalogue to speak in (English by default)
 */
export function DetectionNotice({
  findings,
  strings = DETECTION_STRINGS_EN,
}: {
  findings: readonly Finding[];
  strings?: DetectionStrings;
}) {
  const { labels, advice, text } = strings;
  if (findings.length === 0) return <div role="status" className="sr-only" />;

  const adviceKeys = [...new Set(findings.map((f) => f.advice))];
  const dotenv = findings.find((f) => f.kind === 'dotenv');
  const onlyPublic = findings.every((f) => f.severity === 'low');

  return (
    <div role="status" className={PANEL}>
      <p className="font-medium">{text.heading}</p>
      <ul className="mt-2 flex flex-wrap gap-1.5">
        {findings.map((f) => (
          <li
            key={f.kind}
            className="rounded-full border border-sky-300 bg-white/60 px-2 py-0.5 text-xs dark:border-sky-800 dark:bg-sky-900/40"
          >
            {labels[f.kind]}
            {f.kind !== 'dotenv' && f.count > 1 && ` ${text.times(f.count)}`}
          </li>
        ))}
      </ul>
      {dotenv?.kind === 'dotenv' && <Names names={dotenv.names} count={dotenv.count} text={text} />}
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {adviceKeys.map((key) => (
          <li key={key}>{advice[key]}</li>
        ))}
        {!onlyPublic && <li>{text.rotate}</li>}
      </ul>
      <p className="mt-2 text-xs opacity-80">{text.local}</p>
    </div>
  );
}
