'use client';

import { useState, type FormEvent } from 'react';
import { DEFAULT_MAX_VIEWS, DEFAULT_TTL_SECONDS } from '@/lib/policy';
import { MAX_PADDED_BYTES } from '@/lib/protocol/v1';
import { useI18n } from '@/components/i18n/i18n-provider';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { Field, TextArea } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { detect, suggestedLabel } from '@/lib/detect';
import { DetectionNotice } from './detection-notice';
import { FilePicker, fileProblem } from './file-picker';
import { NotifyField } from './notify-field';
import { createErrorMessage } from './messages';
import { ttlOptions, viewOptions } from './options';
import { PasswordField } from './password-field';
import { RecordFields, type PrivateRecord } from './record-fields';
import { ResultCard, type CreatedLink } from './result-card';
import { useCreateSecret } from './use-create-secret';
import { useDetection } from './use-detection';

/** Largest text that fits the largest padding bucket (kind byte and marker take two). */
const MAX_TEXT_BYTES = MAX_PADDED_BYTES - 2;
const NO_RECORD: PrivateRecord = { label: '', recipient: '', rotateBy: '' };

/**
 * @param maxFileBytes - the server's limit on a secret's files in total (HANDOFF_MAX_FILE_BYTES)
 */
export function CreateForm({ maxFileBytes }: { maxFileBytes: number }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [ttlSeconds, setTtlSeconds] = useState<number>(DEFAULT_TTL_SECONDS);
  const [maxViews, setMaxViews] = useState<number>(DEFAULT_MAX_VIEWS);
  const [password, setPassword] = useState('');
  const [record, setRecord] = useState<PrivateRecord>(NO_RECORD);
  const [files, setFiles] = useState<File[]>([]);
  const [notify, setNotify] = useState('');
  const [created, setCreated] = useState<CreatedLink | null>(null);
  const { create, cancel, busy, progress, error } = useCreateSecret();
  const findings = useDetection(text);

  const textBytes = new TextEncoder().encode(text).length;
  const tooLarge = textBytes > MAX_TEXT_BYTES;
  const filesRefused = fileProblem(files, maxFileBytes) !== null;
  const empty = text.length === 0 && files.length === 0;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || empty || tooLarge || filesRefused) return;
    // Without a label of their own, the sender's record says what kind of credential this was
    // (kinds and .env names only, never values), so the offboarding list says what to rotate.
    const label = record.label.trim() || suggestedLabel(detect(text), t.detect);
    const link = await create({ text, password, ttlSeconds, maxViews, record: { ...record, label }, files, notify });
    if (!link) return;
    setCreated(link);
    setText('');
    setFiles([]);
    setPassword('');
    setRecord(NO_RECORD);
  }

  if (created) return <ResultCard link={created} onReset={() => setCreated(null)} />;

  return (
    <form onSubmit={submit} className="mt-6 flex flex-col gap-5" aria-busy={busy}>
      <Field id="secret" label={t.create.secretLabel}>
        <TextArea
          id="secret"
          name="secret"
          required={files.length === 0}
          rows={8}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={t.create.secretPlaceholder}
          autoComplete="off"
          autoCorrect="off"
          autoCapitalize="off"
          spellCheck={false}
          data-gramm="false"
          aria-describedby="secret-hint"
          className="min-h-40 font-mono"
        />
        <p id="secret-hint" className={`text-xs ${tooLarge ? 'text-rose-600' : 'text-slate-500 dark:text-slate-400'}`}>
          {tooLarge ? t.create.tooLarge(textBytes, MAX_TEXT_BYTES) : t.create.secretHint}
        </p>
        <DetectionNotice findings={findings} strings={t.detect} />
      </Field>
      <FilePicker files={files} onChange={setFiles} maxBytes={maxFileBytes} disabled={busy} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          id="ttl"
          label={t.create.expiresLabel}
          value={ttlSeconds}
          options={ttlOptions(t)}
          onChange={setTtlSeconds}
        />
        <SelectField
          id="views"
          label={t.create.viewsLabel}
          value={maxViews}
          options={viewOptions(t)}
          onChange={setMaxViews}
        />
      </div>
      <PasswordField value={password} onChange={setPassword} />
      <RecordFields value={record} onChange={setRecord} />
      <NotifyField value={notify} onChange={setNotify} />
      {error && (
        <Notice tone="error">
          {/* With a destination, the form's only field the server can still refuse is that one. */}
          {error === 'invalid_request' && notify ? t.notify.refused : createErrorMessage(t, error)}
        </Notice>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={busy || empty || tooLarge || filesRefused}>
          {!busy
            ? t.create.submit
            : progress?.step === 'protecting'
              ? t.create.protecting(Math.round(progress.fraction * 100))
              : progress?.step === 'uploading'
                ? t.files.uploading(Math.round(progress.fraction * 100))
                : t.create.encrypting}
        </Button>
        {progress?.step === 'uploading' && (
          <Button variant="secondary" onClick={cancel}>
            {t.files.cancel}
          </Button>
        )}
      </div>
      {progress?.step === 'uploading' && (
        <progress
          className="h-2 w-full accent-emerald-600"
          value={progress.fraction}
          max={1}
          aria-label={t.files.uploading(Math.round(progress.fraction * 100))}
        />
      )}
    </form>
  );
}
