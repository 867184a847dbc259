import 'server-only';
import type { InstancePolicy, PolicyViolation } from '../policy/instance';
import { ENVELOPE_OVERHEAD_BYTES, PADDED_SIZES_BYTES, base64urlChars } from '../protocol/v1';
import type { CreateRequestRequest } from '../schemas/requests';
import type { CreateSecretRequest } from '../schemas/secrets';
import type { ApiReply } from './fast-path';
import { errorReply, jsonReply } from './http';

/*
 * The instance policy at the API edge (lib/policy/instance.ts): GET /api/policy
 * serves it, and creates that break it are refused with 400 policy_violation
 * naming the rule and what is allowed. The server judges only what it can see:
 * the lifetime, the view count, whether a password verifier is present, the
 * envelope's padded size and whether files come along. A password's strength
 * and the number of files are inside the ciphertext: the clients enforce those.
 */

/** Public and the same for everyone: caches and the CLI may keep it for five minutes. */
const POLICY_CACHE = 'public, max-age=300';

/** GET /api/policy. */
export function policyReply(policy: InstancePolicy): ApiReply {
  return jsonReply(200, policy, { 'Cache-Control': POLICY_CACHE });
}

/** The 400 for a broken rule. */
export function policyViolationReply(violation: PolicyViolation): ApiReply {
  const { allowed: given } = violation;
  const allowed = typeof given === 'object' ? [...given] : given;
  return errorReply('policy_violation', { policy: { rule: violation.rule, allowed } });
}

/** The longest envelope a text of `maxTextBytes` seals to: its padding bucket (kind byte and marker take two). */
export function maxEnvelopeChars(maxTextBytes: number): number {
  const bucket = PADDED_SIZES_BYTES.find((n) => n >= maxTextBytes + 2) ?? PADDED_SIZES_BYTES.at(-1)!;
  return base64urlChars(bucket + ENVELOPE_OVERHEAD_BYTES);
}

/** What POST /api/secrets breaks of the policy, or null. */
export function secretViolation(policy: InstancePolicy, s: CreateSecretRequest): PolicyViolation | null {
  if (!policy.ttlChoices.includes(s.ttlSeconds)) return { rule: 'ttl', allowed: policy.ttlChoices };
  if (!policy.viewChoices.includes(s.maxViews)) return { rule: 'views', allowed: policy.viewChoices };
  if (policy.requirePassword && s.passwordVerifier === null) return { rule: 'password', allowed: true };
  if (s.files && policy.maxFiles === 0) return { rule: 'files', allowed: 0 };
  // With files the envelope also holds the manifest, so only a text-only envelope is held to the text limit.
  if (!s.files && s.envelope.length > maxEnvelopeChars(policy.maxTextBytes)) {
    return { rule: 'text', allowed: policy.maxTextBytes };
  }
  return null;
}

/** What POST /api/requests breaks of the policy, or null. An answer is sealed to the requester, not passworded. */
export function requestViolation(policy: InstancePolicy, r: CreateRequestRequest): PolicyViolation | null {
  if (!policy.requestTtlChoices.includes(r.ttlSeconds)) {
    return { rule: 'requestTtl', allowed: policy.requestTtlChoices };
  }
  if (!policy.ttlChoices.includes(r.answerTtlSeconds)) return { rule: 'ttl', allowed: policy.ttlChoices };
  if (!policy.viewChoices.includes(r.maxViews)) return { rule: 'views', allowed: policy.viewChoices };
  return null;
}
