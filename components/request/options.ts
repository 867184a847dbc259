import type { TtlSeconds } from '@/lib/policy';
import type { RequestTtlSeconds } from '@/lib/policy/requests';
import { OPEN_POLICY, type InstancePolicy } from '@/lib/policy/instance';
import type { Messages } from '@/lib/i18n';

/*
 * The choices the request form offers: this instance's policy
 * (lib/policy/instance.ts), labelled in the UI language. The API holds a
 * request to the same choices (lib/api/policy.ts requestViolation): the
 * request's lifetime to requestTtlChoices, the answer's to a secret's
 * lifetimes and view counts.
 */

/** How long a request may stay open on this instance. */
export function requestTtlOptions(t: Messages, policy: InstancePolicy = OPEN_POLICY) {
  return policy.requestTtlChoices.map((value) => ({ value, label: t.request.duration[value as RequestTtlSeconds] }));
}

/** How long the answer is kept once it arrives: a secret's lifetimes on this instance. */
export function answerTtlOptions(t: Messages, policy: InstancePolicy = OPEN_POLICY) {
  return policy.ttlChoices.map((value) => ({ value, label: t.request.duration[value as TtlSeconds] }));
}

/** How many times the answer may be opened: a secret's view counts on this instance. */
export function answerViewOptions(t: Messages, policy: InstancePolicy = OPEN_POLICY) {
  return policy.viewChoices.map((value) => ({ value, label: t.create.views(value) }));
}
