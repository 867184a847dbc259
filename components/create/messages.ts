import type { ApiFailure } from '@/lib/client/create';
import type { Messages } from '@/lib/i18n';

/** Why creating a secret failed: an API failure, or the browser could not encrypt (nothing was sent). */
export type CreateFailure =
  ApiFailure['code'] | 'encryption_failed' | 'cancelled' | 'uploads_paused' | 'upload_incomplete' | 'file_changed';

/** What to tell the sender when creating a secret failed. */
export function createErrorMessage(t: Messages, failure: CreateFailure): string {
  switch (failure) {
    case 'network':
      return t.create.errors.network;
    case 'rate_limited':
      return t.create.errors.rateLimited;
    case 'payload_too_large':
      return t.create.errors.tooLarge;
    case 'store_unavailable':
    // The create flow has checked (lib/client/create.ts): nothing that can be opened was stored.
    case 'outcome_unknown':
    case 'store_full':
      return t.create.errors.unavailable;
    case 'encryption_failed':
      return t.create.errors.encryptionFailed;
    case 'cancelled':
      return t.upload.cancelled;
    case 'uploads_paused':
      return t.upload.uploadsPaused;
    case 'upload_incomplete':
      return t.upload.incomplete;
    case 'file_changed':
      return t.upload.changed;
    case 'policy_violation':
      return t.policy.violation;
    default:
      return t.create.errors.failed;
  }
}
