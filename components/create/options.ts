import { TTL_CHOICES_SECONDS, VIEW_CHOICES } from '@/lib/policy';
import type { Messages } from '@/lib/i18n';

/** The lifetimes a sender can choose, labelled in the UI language. */
export function ttlOptions(t: Messages) {
  return TTL_CHOICES_SECONDS.map((value) => ({ value, label: t.create.ttl[value] }));
}

/** The view counts a sender can choose, labelled in the UI language. */
export function viewOptions(t: Messages) {
  return VIEW_CHOICES.map((value) => ({ value, label: t.create.views(value) }));
}
