import { TTL_CHOICES_SECONDS, VIEW_CHOICES } from '@/lib/policy';
import { REQUEST_TTL_CHOICES_SECONDS } from '@/lib/policy/requests';
import type { Messages } from '@/lib/i18n';

/** How long a request may stay open (lib/policy/requests.ts), labelled in the UI language. */
export function requestTtlOptions(t: Messages) {
  return REQUEST_TTL_CHOICES_SECONDS.map((value) => ({ value, label: t.request.duration[value] }));
}

/** How long the answer is kept once it arrives: a secret's lifetimes. */
export function answerTtlOptions(t: Messages) {
  return TTL_CHOICES_SECONDS.map((value) => ({ value, label: t.request.duration[value] }));
}

/** How many times the answer may be opened: a secret's view counts. */
export function answerViewOptions(t: Messages) {
  return VIEW_CHOICES.map((value) => ({ value, label: t.create.views(value) }));
}
