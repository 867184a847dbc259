import type { ApiFailure } from '@/lib/client/api';

/** What to tell the sender when creating a secret failed. */
export function createErrorMessage(code: ApiFailure['code']): string {
  switch (code) {
    case 'network':
      return 'Could not reach the server. Check your connection and try again.';
    case 'rate_limited':
      return 'Too many secrets created from here just now. Wait a minute and try again.';
    case 'payload_too_large':
      return 'This secret is too large to share.';
    case 'store_unavailable':
    case 'store_full':
      return 'The service is temporarily unavailable. Try again in a moment.';
    default:
      return 'The secret could not be created. Try again.';
  }
}
