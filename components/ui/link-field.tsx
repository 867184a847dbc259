import { CopyButton } from './copy-button';

/** A read-only, labelled link with a copy button. */
export function LinkField({
  id,
  label,
  url,
  copyLabel,
}: {
  id: string;
  label: string;
  url: string;
  copyLabel: string;
}) {
  return (
    <>
      <label htmlFor={id} className="mt-4 block text-sm font-medium">
        {label}
      </label>
      <div className="mt-1.5 flex flex-col gap-2 sm:flex-row">
        <input
          id={id}
          readOnly
          value={url}
          onFocus={(e) => e.currentTarget.select()}
          className="min-w-0 flex-1 rounded-lg border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-sm dark:border-slate-700 dark:bg-slate-950"
        />
        <CopyButton text={url} label={copyLabel} />
      </div>
    </>
  );
}
