import type { InstancePolicy, PolicyViolation } from './instance';

/*
 * The client's check of what it is about to send against the instance's
 * policy, apart from ./instance: the pages that only show a policy (every
 * page's layout holds OPEN_POLICY) do not load it.
 */

/** What a client is about to send, as far as the policy can judge it. */
export type PolicyCheck = {
  ttlSeconds?: number;
  maxViews?: number;
  requestTtlSeconds?: number;
  /** Null: no password. A client checks the password itself; the server knows only whether there is one. */
  password?: string | boolean | null;
  textBytes?: number;
  fileCount?: number;
};

/**
 * The first rule `check` breaks, or null. Clients pass the password and text
 * sizes; the server passes what it can see (a password's presence, no sizes).
 */
export function policyViolation(policy: InstancePolicy, check: PolicyCheck): PolicyViolation | null {
  const { ttlSeconds, maxViews, requestTtlSeconds, password, textBytes, fileCount } = check;
  if (ttlSeconds !== undefined && !policy.ttlChoices.includes(ttlSeconds)) {
    return { rule: 'ttl', allowed: policy.ttlChoices };
  }
  if (maxViews !== undefined && !policy.viewChoices.includes(maxViews)) {
    return { rule: 'views', allowed: policy.viewChoices };
  }
  if (requestTtlSeconds !== undefined && !policy.requestTtlChoices.includes(requestTtlSeconds)) {
    return { rule: 'requestTtl', allowed: policy.requestTtlChoices };
  }
  if (password !== undefined && policy.requirePassword && !password) return { rule: 'password', allowed: true };
  if (typeof password === 'string' && password.length > 0 && password.length < policy.minPasswordLength) {
    return { rule: 'password', allowed: policy.minPasswordLength };
  }
  if (textBytes !== undefined && textBytes > policy.maxTextBytes) return { rule: 'text', allowed: policy.maxTextBytes };
  if (fileCount !== undefined && fileCount > policy.maxFiles) return { rule: 'files', allowed: policy.maxFiles };
  return null;
}
