'use client';

import { useState, type FormEvent } from 'react';
import { MAX_PADDED_BYTES } from '@/lib/protocol/v1';
import { useI18n } from '@/components/i18n/i18n-provider';
import { usePolicy } from '@/components/instance/instance-provider';
import { policyViolation } from '@/lib/policy/check';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { Field, TextArea } from '@/components/ui/field';
import { formatBytes, formatDateTime } from '@/components/ui/format';
import { SegmentedControl } from '@/components/ui/segmented-control';
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
const MAX_PROTOCOL_TEXT_BYTES = MAX_PADDED_BYTES - 2;
const NO_RECORD: PrivateRecord = { label: '', recipient: '', rotateBy: '' };

/**
 * @param maxFileBytes - the server's limit on a secret's files in total (HANDOFF_MAX_FILE_BYTES)
 */
export function CreateForm({ maxFileBytes }: { maxFileBytes: number }) {
  const { t, formatLocale } = useI18n();
  const policy = usePolicy();
  const MAX_TEXT_BYTES = Math.min(MAX_PROTOCOL_TEXT_BYTES, policy.maxTextBytes);
  const [text, setText] = useState('');
  const [ttlSeconds, setTtlSeconds] = useState<number>(policy.defaultTtlSeconds);
  const [maxViews, setMaxViews] = useState<number>(policy.defaultMaxViews);
  const [password, setPassword] = useState('');
  const [record, setRecord] = useState<PrivateRecord>(NO_RECORD);
  const [files, setFiles] = useState<File[]>([]);
  const [notify, setNotify] = useState('');
  const [created, setCreated] = useState<CreatedLink | null>(null);
  // The password stays in this page's memory for the result card, so a generated one is not lost.
  const [sharedPassword, setSharedPassword] = useState('');
  const { create, cancel, busy, progress, error } = useCreateSecret();
  const findings = useDetection(text);

  const textBytes = new TextEncoder().encode(text).length;
  const tooLarge = textBytes > MAX_TEXT_BYTES;
  const filesRefused = fileProblem(files, maxFileBytes, policy.maxFiles) !== null;
  const empty = text.length === 0 && files.length === 0;
  const passwordRefused = policyViolation(policy, { password }) !== null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || empty || tooLarge || filesRefused || passwordRefused) return;
    // Without a label of their own, the sender's record says what kind of credential this was
    // (kinds and .env names only, never values), so the offboarding list says what to rotate.
    const label = record.label.trim() || suggestedLabel(detect(text), t.detect);
    const link = await create({ text, password, ttlSeconds, maxViews, record: { ...record, label }, files, notify });
    if (!link) return;
    setCreated(link);
    setSharedPassword(password);
    setText('');
    setFiles([]);
    setPassword('');
    setRecord(NO_RECORD);
  }

  // Always rendered, so that its change is announced (a live region that appears with its text may not be).
  const announcer = (
    <p data-testid="create-announcer" role="status" aria-live="polite" className="sr-only">
      {created ? t.sender.resultAnnouncement(created.maxViews, formatDateTime(created.expiresAt, formatLocale)) : ''}
    </p>
  );

  if (created) {
    return (
      <>
        {announcer}
        <ResultCard
          link={created}
          password={sharedPassword}
          onReset={() => {
            setCreated(null);
            setSharedPassword('');
          }}
        />
      </>
    );
  }

  return (
    <form onSubmit={submit} className="mt-6 grid gap-x-8 gap-y-5 lg:grid-cols-2" aria-busy={busy}>
      {announcer}
      <div className="flex min-w-0 flex-col gap-5">
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
            dir="auto"
            className="min-h-40 font-mono"
          />
          <p
            id="secret-hint"
            className={`text-xs ${tooLarge ? 'text-rose-600' : 'text-slate-500 dark:text-slate-400'}`}
          >
            {tooLarge
              ? t.sender.textTooLarge(formatBytes(textBytes, formatLocale), formatBytes(MAX_TEXT_BYTES, formatLocale))
              : t.create.secretHint}
          </p>
          <DetectionNotice
            findings={findings}
            strings={t.detect}
            toggle={{ show: t.sender.showDetails, hide: t.sender.hideDetails }}
          />
        </Field>
        {policy.maxFiles > 0 && (
          <FilePicker files={files} onChange={setFiles} maxBytes={maxFileBytes} disabled={busy} />
        )}
      </div>
      <div className="flex min-w-0 flex-col gap-5">
        <SegmentedControl
          name="ttl"
          label={t.create.expiresLabel}
          value={ttlSeconds}
          options={ttlOptions(t, policy)}
          onChange={setTtlSeconds}
        />
        <SegmentedControl
          name="views"
          label={t.create.viewsLabel}
          value={maxViews}
          options={viewOptions(t, policy)}
          onChange={setMaxViews}
        />
        <PasswordField
          value={password}
          onChange={setPassword}
          required={policy.requirePassword}
          minLength={policy.minPasswordLength}
        />
        <RecordFields value={record} onChange={setRecord} />
        <NotifyField value={notify} onChange={setNotify} />
        {error && (
          <Notice tone="error">
            {/* With a destination, the form's only field the server can still refuse is that one. */}
            {error === 'invalid_request' && notify ? t.notify.refused : createErrorMessage(t, error)}
          </Notice>
        )}
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={busy || empty || tooLarge || filesRefused || passwordRefused}>
            {!busy
              ? t.create.submit
              : progress?.step === 'protecting'
                ? t.create.protecting(Math.round(progress.fraction * 100))
                : progress?.step === 'uploading'
                  ? t.upload.uploading(Math.round(progress.fraction * 100))
                  : t.create.encrypting}
          </Button>
          {progress?.step === 'uploading' && (
            <Button variant="secondary" onClick={cancel}>
              {t.upload.cancel}
            </Button>
          )}
        </div>
        {progress?.step === 'uploading' && (
          <progress
            className="h-2 w-full accent-emerald-600"
            value={progress.fraction}
            max={1}
            aria-label={t.upload.uploading(Math.round(progress.fraction * 100))}
          />
        )}
      </div>
    </form>
  );
}
