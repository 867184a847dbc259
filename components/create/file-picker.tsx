'use client';

import { useId, useRef, useState, type DragEvent } from 'react';
import { MAX_FILES_PER_SECRET } from '@/lib/policy';
import { useI18n } from '@/components/i18n/i18n-provider';
import { usePolicy } from '@/components/instance/instance-provider';
import { Button } from '@/components/ui/button';
import { formatBytes } from '@/components/ui/format';

/** Whether a set of files may be shared, and why not: checked before anything is read or sent. */
export function fileProblem(
  files: readonly File[],
  maxBytes: number,
  maxFiles: number = MAX_FILES_PER_SECRET,
): 'too_many' | 'too_large' | null {
  if (files.length > maxFiles) return 'too_many';
  return files.reduce((sum, f) => sum + f.size, 0) > maxBytes ? 'too_large' : null;
}

/**
 * Picks files to share beside (or instead of) the text: a button, a drop
 * zone, and the list with sizes and remove buttons. Names are rendered as
 * text only. The limit is shown before anything is chosen.
 */
export function FilePicker({
  files,
  onChange,
  maxBytes,
  disabled,
}: {
  files: File[];
  onChange: (files: File[]) => void;
  maxBytes: number;
  disabled: boolean;
}) {
  const { t, formatLocale } = useI18n();
  const maxFiles = usePolicy().maxFiles;
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const hintId = useId();
  const total = files.reduce((sum, f) => sum + f.size, 0);
  const problem = fileProblem(files, maxBytes, maxFiles);
  const size = (n: number) => formatBytes(n, formatLocale);

  const add = (more: FileList | null) => {
    if (more && more.length > 0) onChange([...files, ...Array.from(more)]);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (!disabled) add(event.dataTransfer.files);
  };

  return (
    <div className="flex flex-col gap-1.5">
      <span className="text-sm font-medium">
        {t.upload.label} <span className="font-normal text-slate-500 dark:text-slate-400">{t.upload.optional}</span>
      </span>
      <div
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={`flex flex-wrap items-center gap-3 rounded-lg border border-dashed p-3 ${
          dragging ? 'border-emerald-500 bg-emerald-50 dark:bg-emerald-950' : 'border-slate-300 dark:border-slate-700'
        }`}
      >
        <input
          ref={input}
          id="files"
          type="file"
          multiple
          className="sr-only"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(e) => {
            add(e.target.files);
            e.target.value = '';
          }}
        />
        <Button
          variant="secondary"
          className="px-3 py-1.5"
          disabled={disabled}
          aria-describedby={hintId}
          onClick={() => input.current?.click()}
        >
          {t.upload.choose}
        </Button>
        <span className="text-sm text-slate-500 dark:text-slate-400">{t.upload.drop}</span>
      </div>
      <p id={hintId} className="text-xs text-slate-500 dark:text-slate-400">
        {t.upload.limit(size(maxBytes), maxFiles)}
      </p>
      {files.length > 0 && (
        <ul className="flex flex-col gap-1" aria-label={t.upload.label}>
          {files.map((file, index) => (
            <li
              key={`${index}:${file.name}`}
              className="flex items-center justify-between gap-3 rounded-md bg-slate-100 px-3 py-1.5 text-sm dark:bg-slate-800"
            >
              <span dir="auto" className="min-w-0 truncate font-mono" title={file.name}>
                {file.name}
              </span>
              <span className="flex shrink-0 items-center gap-3">
                <span className="text-slate-600 dark:text-slate-300">{size(file.size)}</span>
                <button
                  type="button"
                  disabled={disabled}
                  onClick={() => onChange(files.filter((_, i) => i !== index))}
                  aria-label={t.upload.remove(file.name)}
                  className="rounded px-1.5 text-slate-600 hover:text-rose-600 focus-visible:outline-2 focus-visible:outline-emerald-500 dark:text-slate-300"
                >
                  ✕
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {files.length > 0 && (
        <p
          aria-live="polite"
          className={`text-xs ${problem ? 'text-rose-700 dark:text-rose-400' : 'text-slate-500 dark:text-slate-400'}`}
        >
          {problem === 'too_many'
            ? t.upload.tooMany(maxFiles)
            : problem === 'too_large'
              ? t.upload.tooLarge(size(total), size(maxBytes))
              : t.upload.total(size(total))}
        </p>
      )}
    </div>
  );
}
