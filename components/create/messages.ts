import type { ApiFailure } from '@/lib/client/api';
import type { Messages } from '@/lib/i18n';

/** Why creating a secret failed: an API failure, or the browser could not encrypt (nothing was sent). */
export type CreateFailure = ApiFailure['code'] | 'encryption_failed';

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
    case 'store_full':
      return t.create.errors.unavailable;
    case 'encryption_failed':
      return t.create.errors.encryptionFailed;
    default:
      return t.create.errors.failed;
  }
}
