import type { ApiFailure } from '@/lib/client/reveal';
import type { CoreMessages } from '@/lib/i18n';

/** Why a reveal failed: an API failure, or the released envelope would not decrypt. */
export type RevealFailure = ApiFailure['code'] | 'undecryptable';

/** What to tell a recipient when a reveal failed: honest about whether a view may be gone. */
export function revealErrorMessage(t: CoreMessages, failure: RevealFailure): string {
  switch (failure) {
    case 'store_unavailable':
      return t.reveal.errors.unavailable;
    case 'rate_limited':
      return t.reveal.errors.rateLimited;
    case 'outcome_unknown':
      return t.reveal.errors.outcomeUnknown;
    case 'network':
      return t.reveal.errors.network;
    case 'undecryptable':
      return t.reveal.errors.undecryptable;
    default:
      return t.reveal.errors.failed;
  }
}
