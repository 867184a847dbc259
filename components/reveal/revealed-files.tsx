'use client';

import { useState } from 'react';
import { useCoreI18n } from '@/components/i18n/i18n-provider';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { downloadBlob } from '@/components/ui/download';
import { formatBytes } from '@/components/ui/format';
import type { RevealedFiles as Files } from './use-reveal';

/** Files up to this size may be previewed, when they are valid UTF-8 without NUL bytes. */
const PREVIEW_MAX_BYTES = 256 * 1024;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

async function previewText(blob: Blob): Promise<string | null> {
  if (blob.size > PREVIEW_MAX_BYTES) return null;
  try {
    const text = strictUtf8.decode(await blob.arrayBuffer());
    return text.includes('\u0000') ? null : text;
  } catch {
    return null;
  }
}

/**
 * A revealed secret's files. Everything from a file is treated as data: the
 * name and type are rendered as text, a download is always
 * `application/octet-stream` under the (already sanitised) name, so the
 * browser saves it and never renders it, and a preview is plain text in a
 * `<pre>`. Nothing is offered until the whole stream verified.
 */
export function RevealedFiles({ files, onRetry }: { files: Files; onRetry: () => void }) {
  const { t, formatLocale } = useCoreI18n();
  const [previews, setPreviews] = useState<Record<number, string | null>>({});

  async function togglePreview(index: number, blob: Blob) {
    if (index in previews) {
      setPreviews((shown) => Object.fromEntries(Object.entries(shown).filter(([key]) => Number(key) !== index)));
      return;
    }
    const text = await previewText(blob);
    setPreviews((p) => ({ ...p, [index]: text }));
  }

  return (
    <section className="mt-5" aria-labelledby="files-title">
      <h2 id="files-title" className="text-base font-semibold">
        {t.files.listTitle}
      </h2>
      <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="files-summary">
        {t.ending.files(
          files.files.length,
          formatBytes(
            files.files.reduce((total, file) => total + file.size, 0),
            formatLocale,
          ),
        )}
      </p>
      {files.status === 'downloading' && (
        <div className="mt-2 flex flex-col gap-1" role="status">
          <span className="text-sm text-slate-600 dark:text-slate-400">
            {t.files.downloading(Math.round(files.fraction * 100))}
          </span>
          <progress className="h-2 w-full accent-emerald-600" value={files.fraction} max={1} />
        </div>
      )}
      {files.status === 'failed' && (
        <div className="mt-2 flex flex-col items-start gap-2">
          <Notice tone="error">{t.files.downloadFailed}</Notice>
          <Button variant="secondary" onClick={onRetry}>
            {t.files.retry}
          </Button>
        </div>
      )}
      {files.status === 'damaged' && (
        <div className="mt-2">
          <Notice tone="error">{t.files.damaged}</Notice>
        </div>
      )}
      <ul className="mt-2 flex flex-col gap-2" data-testid="revealed-files">
        {files.files.map((file, index) => {
          const blob = files.status === 'ready' ? files.blobs[index] : undefined;
          const preview = previews[index];
          return (
            <li
              key={index}
              className="rounded-lg border border-slate-200 p-3 dark:border-slate-800"
              data-testid="revealed-file"
            >
              <div className="flex flex-wrap items-center justify-between gap-2">
                <div className="min-w-0">
                  <p dir="auto" className="font-mono text-sm break-all" data-testid="file-name">
                    {file.name}
                  </p>
                  <p className="text-xs text-slate-500 dark:text-slate-400">
                    {file.type || t.files.typeUnknown} · {formatBytes(file.size, formatLocale)}
                  </p>
                </div>
                {blob && (
                  <div className="flex min-w-0 flex-wrap gap-2">
                    {blob.size <= PREVIEW_MAX_BYTES && (
                      <Button
                        variant="secondary"
                        className="px-3 py-1.5"
                        aria-expanded={index in previews}
                        onClick={() => void togglePreview(index, blob)}
                      >
                        {index in previews ? t.files.hidePreview : t.files.preview}
                      </Button>
                    )}
                    <Button
                      className="px-3 py-1.5"
                      aria-label={t.files.download(file.name)}
                      onClick={() => downloadBlob(file.name, blob)}
                    >
                      {t.files.downloadShort}
                    </Button>
                  </div>
                )}
              </div>
              {index in previews && (
                <pre
                  aria-label={t.files.previewLabel(file.name)}
                  data-testid="file-preview"
                  dir="auto"
                  className="mt-2 max-h-80 overflow-auto rounded-md bg-slate-50 p-2 font-mono text-xs break-all whitespace-pre-wrap dark:bg-slate-950"
                >
                  {preview ?? t.files.noPreview}
                </pre>
              )}
            </li>
          );
        })}
      </ul>
      {files.status === 'ready' && (
        <p className="mt-2 text-xs text-slate-500 dark:text-slate-400">{t.files.keepNote}</p>
      )}
    </section>
  );
}
