import 'server-only';

/*
 * The one error every storage failure becomes, from the Redis connection, the
 * Redis store, the rate limiter and the memory store alike. It lives here, in
 * the lowest server layer, so that the connection can raise it without
 * lib/redis importing lib/store; lib/store re-exports it.
 *
 * Recognised by name and code, not instanceof: Next bundles the
 * instrumentation hook and each route separately, so the store created at
 * startup may throw a class from another copy of this module.
 */

/**
 * What went wrong, as the API needs to know it (lib/api/store-errors.ts maps each to a reply):
 *  - unavailable: the store cannot be reached or refused the command before running it;
 *  - full: the store is out of memory, nothing new can be stored until space frees up;
 *  - uploads_paused: the store is nearly full (HANDOFF_UPLOAD_MEMORY_RATIO of its memory), so file
 *    uploads are refused and the room left stays for text secrets;
 *  - outcome_unknown: the command was sent but no answer came back (connection lost, timeout), so it
 *    may or may not have run: a claim in this state may have burned a view that nobody received;
 *  - malformed_reply: the store answered with a shape its caller does not know (a corrupted record,
 *    or a script and its caller from different versions). The command ran.
 */
export const STORE_ERROR_CODES = [
  'unavailable',
  'full',
  'uploads_paused',
  'outcome_unknown',
  'malformed_reply',
] as const;

export type StoreErrorCode = (typeof STORE_ERROR_CODES)[number];

export class StoreError extends Error {
  override name = 'StoreError';

  /** The message defaults to `store: <code>`; it never carries an id, a verifier or stored data. */
  constructor(
    readonly code: StoreErrorCode,
    message: string = `store: ${code.replaceAll('_', ' ')}`,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Whether `error` is a StoreError, from this copy of the module or another bundle's. */
export function isStoreError(error: unknown): error is StoreError {
  return (
    error instanceof Error &&
    error.name === 'StoreError' &&
    (STORE_ERROR_CODES as readonly unknown[]).includes((error as { code?: unknown }).code)
  );
}

/**
 * Failures that prove a command never ran: ioredis refusing to send it (the
 * offline queue is off, so a command issued while the connection is down is
 * rejected at once and never written), and Redis refusing it before running
 * it (a replica after a failover, a node still loading, a Cluster slot that
 * moved or is down, another script running, a script not loaded yet).
 */
const NEVER_RAN = [
  /enableOfflineQueue options is false/,
  /^(READONLY|LOADING|MASTERDOWN|CLUSTERDOWN|TRYAGAIN|NOREPLICAS|BUSY|MOVED|ASK|NOSCRIPT|MISCONF)\b/,
];

/**
 * The one place that decides what a failed Redis command means. A state-changing
 * command is `unavailable` only when the failure proves that it never ran; any
 * other failure (ioredis's MaxRetriesPerRequestError or "Connection is closed."
 * for a command already written when the connection dropped, "Command timed
 * out", an aborted pipeline, anything unrecognised) may have come after Redis
 * ran it, so it is `outcome_unknown`: a claim then may have used a view. A
 * command that changes no secret (a read, or the rate limiter's counter) is
 * `unavailable` on any failure: whatever happened, the secret is as it was.
 * `OOM` is Redis refusing a write for lack of memory. A StoreError passes
 * through unchanged.
 * @param changesSecrets whether the command may create, consume, revoke or complete a secret
 */
export function storeErrorFromRedis(error: unknown, changesSecrets: boolean): StoreError {
  if (isStoreError(error)) return error;
  const message = error instanceof Error ? error.message : '';
  if (message.includes('OOM')) return new StoreError('full', undefined, { cause: error });
  if (!changesSecrets || NEVER_RAN.some((pattern) => pattern.test(message))) {
    return new StoreError('unavailable', undefined, { cause: error });
  }
  return new StoreError('outcome_unknown', undefined, { cause: error });
}
