import { fetchPolicy } from '../lib/client/policy';
import { durationText } from '../lib/policy/durations';
import { OPEN_POLICY, type InstancePolicy } from '../lib/policy/instance';
import { usageError } from './errors';

/*
 * The server's policy (GET /api/policy) as `send` and `request` follow it: their help and
 * errors name the lifetimes, view counts and password rule of the
 * server it talks to, before anything is read, asked for or sent. The server
 * enforces the same rules (400 policy_violation); checking here first only
 * makes the message better. A server that does not answer (or an older one
 * without the call) is held to the product's choices, and refuses itself.
 */

/** How long `send` waits for the policy before going on without it. */
const POLICY_TIMEOUT_MS = 5000;

/** The policy of `origin`, or null when it cannot be read in time. */
export async function serverPolicy(origin: string): Promise<InstancePolicy | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), POLICY_TIMEOUT_MS)));
  try {
    const outcome = await Promise.race([fetchPolicy(origin), timeout]);
    return outcome?.kind === 'found' ? outcome.policy : null;
  } finally {
    clearTimeout(timer);
  }
}

/** `a, b (default), c or d`: choices for a help text or an error. */
export function choiceList(choices: readonly string[], fallback?: string): string {
  const marked = choices.map((c) => (c === fallback ? `${c} (default)` : c));
  return marked.length > 1 ? `${marked.slice(0, -1).join(', ')} or ${marked.at(-1)}` : marked.join('');
}

/** `--expires` choices of a policy for help: `5m, 1h, 1d (default) or 7d`. */
export function expiryHelp(policy: InstancePolicy = OPEN_POLICY): string {
  return choiceList(policy.ttlChoices.map(durationText), durationText(policy.defaultTtlSeconds));
}

/** `--views` choices of a policy for help: `1 (default), 2 or 3`. */
export function viewsHelp(policy: InstancePolicy = OPEN_POLICY): string {
  return choiceList(policy.viewChoices.map(String), String(policy.defaultMaxViews));
}

/**
 * Holds a send's choices to the server's policy.
 * @throws CliError (usage) naming the allowed values when a choice is not allowed
 */
export function checkSendPolicy(
  policy: InstancePolicy,
  origin: string,
  send: { ttlSeconds: number; maxViews: number; hasPassword: boolean; files: number },
): void {
  const on = `on ${origin}`;
  if (!policy.ttlChoices.includes(send.ttlSeconds)) {
    throw usageError(
      `--expires ${durationText(send.ttlSeconds)} is not allowed ${on}; its policy allows ` +
        choiceList(policy.ttlChoices.map(durationText)),
    );
  }
  if (!policy.viewChoices.includes(send.maxViews)) {
    throw usageError(
      `--views ${send.maxViews} is not allowed ${on}; its policy allows ${choiceList(policy.viewChoices.map(String))}`,
    );
  }
  if (policy.requirePassword && !send.hasPassword) {
    throw usageError(
      `${origin} requires a password for every secret (its policy): add --password, --password-fd N or --password-env V`,
    );
  }
  if (send.files > 0 && policy.maxFiles === 0) throw usageError(`${origin} takes no files (its policy)`);
  if (send.files > policy.maxFiles) {
    throw usageError(`--attach: ${origin} takes at most ${policy.maxFiles} files per secret (its policy)`);
  }
}

/**
 * Holds a password to the server's minimum length.
 * @throws CliError (usage) naming the minimum
 */
export function checkPasswordPolicy(policy: InstancePolicy, origin: string, password: string | undefined): void {
  if (password !== undefined && password.length < policy.minPasswordLength) {
    throw usageError(
      `${origin} requires passwords of at least ${policy.minPasswordLength} characters (its policy); ` +
        `this one has ${password.length}`,
    );
  }
}

/** `request --expires` choices of a policy for help: `1h, 1d (default) or 7d`. */
export function requestExpiryHelp(policy: InstancePolicy = OPEN_POLICY): string {
  return choiceList(policy.requestTtlChoices.map(durationText), durationText(policy.defaultRequestTtlSeconds));
}

/**
 * Holds a request's choices to the server's policy: how long it stays open,
 * and its answer's lifetime and views (a secret's rules). The password rule
 * does not apply: an answer is sealed to the requester's key, not passworded.
 * @throws CliError (usage) naming the allowed values when a choice is not allowed
 */
export function checkRequestPolicy(
  policy: InstancePolicy,
  origin: string,
  request: { ttlSeconds: number; answerTtlSeconds: number; maxViews: number },
): void {
  const on = `on ${origin}`;
  if (!policy.requestTtlChoices.includes(request.ttlSeconds)) {
    throw usageError(
      `--expires ${durationText(request.ttlSeconds)} is not allowed ${on}; its policy allows ` +
        choiceList(policy.requestTtlChoices.map(durationText)),
    );
  }
  if (!policy.ttlChoices.includes(request.answerTtlSeconds)) {
    throw usageError(
      `--answer-expires ${durationText(request.answerTtlSeconds)} is not allowed ${on}; its policy allows ` +
        choiceList(policy.ttlChoices.map(durationText)),
    );
  }
  if (!policy.viewChoices.includes(request.maxViews)) {
    throw usageError(
      `--views ${request.maxViews} is not allowed ${on}; its policy allows ${choiceList(policy.viewChoices.map(String))}`,
    );
  }
}
