import { CopyButton } from './copy-button';
import { Field, Input } from './field';

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
    <Field id={id} label={label} className="mt-4">
      <div className="flex flex-col gap-2 sm:flex-row">
        <Input
          id={id}
          readOnly
          dir="ltr"
          value={url}
          onFocus={(e) => e.currentTarget.select()}
          className="min-w-0 flex-1 font-mono"
        />
        <CopyButton text={url} label={copyLabel} />
      </div>
    </Field>
  );
}
