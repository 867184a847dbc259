import type { TtlSeconds } from '@/lib/policy';
import { OPEN_POLICY, type InstancePolicy } from '@/lib/policy/instance';
import type { Messages } from '@/lib/i18n';

/*
 * The choices the create form offers: this instance's policy (lib/policy/instance.ts),
 * labelled in the UI language. The one source of the form's options and defaults.
 */

/** The lifetimes a sender can choose on this instance, labelled in the UI language. */
export function ttlOptions(t: Messages, policy: InstancePolicy = OPEN_POLICY) {
  return policy.ttlChoices.map((value) => ({ value, label: t.create.ttl[value as TtlSeconds] }));
}

/** The view counts a sender can choose on this instance, labelled in the UI language. */
export function viewOptions(t: Messages, policy: InstancePolicy = OPEN_POLICY) {
  return policy.viewChoices.map((value) => ({ value, label: t.create.views(value) }));
}
