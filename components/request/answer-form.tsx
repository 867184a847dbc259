'use client';

import { useState, type FormEvent } from 'react';
import { MAX_PADDED_BYTES } from '@/lib/protocol/v1';
import { useI18n } from '@/components/i18n/i18n-provider';
import { DetectionNotice } from '@/components/create/detection-notice';
import { FilePicker, fileProblem } from '@/components/create/file-picker';
import { useDetection } from '@/components/create/use-detection';
import { Button } from '@/components/ui/button';
import { Field, TextArea } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { answerErrorMessage, type AnswerFailure } from './messages';
import type { AnswerInput } from './use-answer-request';

/** Largest text that fits the largest padding bucket (kind byte and marker take two). */
const MAX_TEXT_BYTES = MAX_PADDED_BYTES - 2;

/**
 * The responder's answer: text and files, with the create form's own pieces
 * (credential detection and advice, the file picker and its limits).
 */
export function AnswerForm({
  maxFileBytes,
  busy,
  progress,
  error,
  onAnswer,
}: {
  maxFileBytes: number;
  busy: boolean;
  progress: number | null;
  error: AnswerFailure | null;
  onAnswer: (input: AnswerInput) => void;
}) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const findings = useDetection(text);
  const textBytes = new TextEncoder().encode(text).length;
  const tooLarge = textBytes > MAX_TEXT_BYTES;
  const filesRefused = fileProblem(files, maxFileBytes) !== null;
  const empty = text.length === 0 && files.length === 0;
  const blocked = busy || empty || tooLarge || filesRefused;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!blocked) onAnswer({ text, files });
  }

  return (
    <form onSubmit={submit} className="mt-5 flex flex-col gap-5" aria-busy={busy}>
      <Field id="answer" label={t.request.answerLabel}>
        <TextArea
          id="answer"
          name="answer"
          required={files.length === 0}
          rows={8}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={t.request.answerPlaceholder}
          autoComplete="off"
          autoCorrect="off"
          autoCapitalize="off"
          spellCheck={false}
          data-gramm="false"
          aria-describedby="answer-hint"
          dir="auto"
          className="min-h-40 font-mono"
        />
        <p id="answer-hint" className={`text-xs ${tooLarge ? 'text-rose-600' : 'text-slate-500 dark:text-slate-400'}`}>
          {tooLarge ? t.create.tooLarge(textBytes, MAX_TEXT_BYTES) : t.create.secretHint}
        </p>
        <DetectionNotice
          findings={findings}
          strings={t.detect}
          toggle={{ show: t.sender.showDetails, hide: t.sender.hideDetails }}
        />
      </Field>
      <FilePicker files={files} onChange={setFiles} maxBytes={maxFileBytes} disabled={busy} />
      {error && <Notice tone="error">{answerErrorMessage(t, error)}</Notice>}
      <div>
        <Button type="submit" disabled={blocked}>
          {!busy
            ? t.request.answerSubmit
            : progress !== null
              ? t.upload.uploading(Math.round(progress * 100))
              : t.request.sending}
        </Button>
      </div>
      {progress !== null && (
        <progress
          className="h-2 w-full accent-emerald-600"
          value={progress}
          max={1}
          aria-label={t.upload.uploading(Math.round(progress * 100))}
        />
      )}
    </form>
  );
}
