import type { ApiFailure } from '@/lib/client/api';

const UNCERTAIN =
  'so we cannot tell whether this view was used. Try again; if the link then says it was already opened, ask the sender for a new one.';

/** What to tell a recipient when a reveal failed: honest about whether a view may be gone. */
export function revealErrorMessage(code: ApiFailure['code']): string {
  switch (code) {
    case 'store_unavailable':
      return 'The service is temporarily unavailable. Your link still works: try again in a moment.';
    case 'rate_limited':
      return 'Too many attempts from your network just now. Wait a minute and try again. Your link still works.';
    case 'outcome_unknown':
      return `The service lost contact with its storage while revealing, ${UNCERTAIN}`;
    case 'network':
      return `Your browser could not reach the service, ${UNCERTAIN}`;
    default:
      return 'The secret could not be revealed. Try again, or ask the sender for a new link.';
  }
}
