'use client';

import { useId, useState } from 'react';
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
      <span className="font-medium">{text.variables}:</span>{' '}
      <span dir="ltr" className="font-mono">
        {shown.join(', ')}
      </span>
      {count > shown.length && ` ${text.more(count - shown.length)}`}
    </p>
  );
}

/**
 * What was recognised in the secret being typed: one line (the kinds found)
 * with the variables and advice behind "Show details", announced politely to
 * screen readers. The live region is always rendered (visually hidden while
 * empty) so that the first finding is announced too.
 * @param strings - the catalogue to speak in (English by default)
 * @param toggle - the details button's two labels, in the same language
 */
export function DetectionNotice({
  findings,
  strings = DETECTION_STRINGS_EN,
  toggle,
}: {
  findings: readonly Finding[];
  strings?: DetectionStrings;
  toggle: { show: string; hide: string };
}) {
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  const { labels, advice, text } = strings;
  if (findings.length === 0) return <div role="status" className="sr-only" />;

  const adviceKeys = [...new Set(findings.map((f) => f.advice))];
  const dotenv = findings.find((f) => f.kind === 'dotenv');
  const onlyPublic = findings.every((f) => f.severity === 'low');
  const kinds = findings
    .map((f) => `${labels[f.kind]}${f.kind !== 'dotenv' && f.count > 1 ? ` ${text.times(f.count)}` : ''}`)
    .join(', ');

  return (
    <div role="status" className={PANEL}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <p className="min-w-0 font-medium">
          {text.heading}: {kinds}
        </p>
        <button
          type="button"
          aria-expanded={open}
          aria-controls={detailsId}
          onClick={() => setOpen((v) => !v)}
          className="shrink-0 text-xs font-medium underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-emerald-500"
        >
          {open ? toggle.hide : toggle.show}
        </button>
      </div>
      <div id={detailsId} hidden={!open}>
        {dotenv?.kind === 'dotenv' && <Names names={dotenv.names} count={dotenv.count} text={text} />}
        <ul className="mt-2 list-disc space-y-1 ps-5">
          {adviceKeys.map((key) => (
            <li key={key}>{advice[key]}</li>
          ))}
          {!onlyPublic && <li>{text.rotate}</li>}
        </ul>
        <p className="mt-2 text-xs opacity-80">{text.local}</p>
      </div>
    </div>
  );
}
