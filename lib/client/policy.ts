import { MAX_FILES_PER_SECRET, TTL_CHOICES_SECONDS, VIEW_CHOICES } from '../policy';
import { MAX_TEXT_BYTES_LIMIT, type InstancePolicy } from '../policy/instance';
import { REQUEST_TTL_CHOICES_SECONDS } from '../policy/requests';
import { callJson, failureOf, type ApiFailure, type ServerLike } from './http';
import { array, boolean, int, oneOf, strictObject } from './validate';

export type { ApiFailure } from './http';

/*
 * GET /api/policy (lib/schemas/policy.ts `policyResponseSchema`, field for
 * field): what an instance lets a sender choose. The CLI reads it for its
 * help and its errors; the web form has it from the page (app/layout.tsx).
 */

const isPolicy = strictObject({
  ttlChoices: array(oneOf(TTL_CHOICES_SECONDS)),
  defaultTtlSeconds: oneOf(TTL_CHOICES_SECONDS),
  viewChoices: array(oneOf(VIEW_CHOICES)),
  defaultMaxViews: oneOf(VIEW_CHOICES),
  requestTtlChoices: array(oneOf(REQUEST_TTL_CHOICES_SECONDS)),
  defaultRequestTtlSeconds: oneOf(REQUEST_TTL_CHOICES_SECONDS),
  requirePassword: boolean,
  minPasswordLength: int(0),
  maxTextBytes: int(1),
  maxFiles: int(0),
  maxFileBytes: int(1),
});

/** A policy body that only narrows the product's choices, with defaults among its own choices. */
export function isInstancePolicy(value: unknown): value is InstancePolicy {
  if (!isPolicy(value)) return false;
  return (
    value.ttlChoices.length > 0 &&
    value.ttlChoices.includes(value.defaultTtlSeconds) &&
    value.viewChoices.length > 0 &&
    value.viewChoices.includes(value.defaultMaxViews) &&
    value.requestTtlChoices.includes(value.defaultRequestTtlSeconds) &&
    value.maxTextBytes <= MAX_TEXT_BYTES_LIMIT &&
    value.maxFiles <= MAX_FILES_PER_SECRET
  );
}

export type PolicyOutcome = { kind: 'found'; policy: InstancePolicy } | ApiFailure;

/** GET /api/policy: the instance's policy. An older server without it answers `not_found`. */
export async function fetchPolicy(server: ServerLike): Promise<PolicyOutcome> {
  const answer = await callJson(server, '/api/policy', { method: 'GET' });
  if ('kind' in answer) return answer;
  if (answer.status !== 200) return failureOf(answer.status, answer.body);
  if (!isInstancePolicy(answer.body)) return { kind: 'error', code: 'bad_response', status: answer.status };
  return { kind: 'found', policy: answer.body };
}
