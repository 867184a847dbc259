import type { ApiErrorCode } from '../protocol/error-codes';
import { isApiErrorBody } from './responses';

/*
 * The one transport of the Handoff API client, for the browser and the CLI
 * alike, with the one closed failure vocabulary (`ApiFailure`) that every
 * caller maps. Requests carry no referrer and no cache, and no cookies but on the
 * calls that create (CallScope). `fetch`
 * is injectable (tests drive the real handlers in-process with it); by
 * default it is the platform's, looked up at call time.
 */

export type Fetch = (input: URL, init: RequestInit) => Promise<Response>;

/**
 * Where the API is: its origin (`https://handoff.example`), and optionally the fetch to reach it with
 * and a personal API token (`hnd_pat_…`, the CLI's HANDOFF_TOKEN) for the calls that create.
 */
export type ApiServer = { base: string; fetch?: Fetch; token?: string };

/** An origin alone stands for `{ base: origin }` with the platform's fetch. */
export type ServerLike = ApiServer | string;

/**
 * Every way an API call can fail: a code of the API's closed table
 * (lib/protocol/errors.ts), `network` (no answer, or an answer cut short), or
 * `bad_response` (an answer that is not the Handoff API's). `status` is the
 * HTTP status, 0 without one.
 */
export type ApiFailure = { kind: 'error'; code: ApiErrorCode | 'network' | 'bad_response'; status: number };

const PRIVATE: RequestInit = { cache: 'no-store', credentials: 'omit', referrerPolicy: 'no-referrer' };

function asServer(server: ServerLike): ApiServer {
  return typeof server === 'string' ? { base: server } : server;
}

/**
 * Who a call speaks as. `private` (every call but these): no cookie, no token, whatever the
 * caller holds. `creator` (create a secret or a request, the account routes): a browser sends its
 * same-origin sign-in cookie, the CLI its personal token; an instance without sign-in ignores both.
 */
export type CallScope = 'private' | 'creator';

function send(server: ServerLike, path: string, init: RequestInit, scope: CallScope = 'private'): Promise<Response> {
  const { base, fetch: injected, token } = asServer(server);
  const run = injected ?? fetch; // called unbound: a browser's fetch refuses another `this`
  if (scope === 'private') return run(new URL(path, base), { ...init, ...PRIVATE });
  const headers = new Headers(init.headers);
  if (token) headers.set('Authorization', `Bearer ${token}`);
  return run(new URL(path, base), { ...init, ...PRIVATE, headers, credentials: 'same-origin' });
}

/** The failure an answer stands for: its error code when the body is an API error, else `bad_response`. */
export function failureOf(status: number, body: unknown): ApiFailure {
  return { kind: 'error', code: isApiErrorBody(body) ? body.error : 'bad_response', status };
}

export const networkFailure: ApiFailure = { kind: 'error', code: 'network', status: 0 };

/** One JSON call: the status and the parsed body (null for 204 or a body that is not JSON). */
export async function callJson(
  server: ServerLike,
  path: string,
  init: RequestInit,
  scope: CallScope = 'private',
): Promise<{ status: number; body: unknown; retryAfterSeconds: number | null } | ApiFailure> {
  let response: Response;
  try {
    response = await send(server, path, init, scope);
  } catch {
    return networkFailure;
  }
  const body: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  const header = response.headers.get('Retry-After');
  const retryAfter = header === null || header.trim() === '' ? NaN : Number(header);
  const retryAfterSeconds = Number.isSafeInteger(retryAfter) && retryAfter >= 0 ? retryAfter : null;
  return { status: response.status, body, retryAfterSeconds };
}

const RETRY_STATUSES = new Set([0, 429, 502, 503, 504]);

/** Thrown inside a transfer to stop it with a failure; `transfer` callers turn it back into a value. */
export class FailureError extends Error {
  constructor(readonly failure: ApiFailure) {
    super(failure.code);
  }
}

export type RetryOptions = { signal?: AbortSignal; retries?: number };

function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

/**
 * One idempotent call, retried on transient failures (4 times by default, after
 * `Retry-After` or 250 ms doubling): a network error, a retryable status, or a
 * body that `read` could not take whole (a connection dropped mid-body, a body
 * cut short).
 * @returns what `read` made of the body of an answer with status `ok`
 * @throws FailureError when it gives up; the signal's reason when aborted; what `read` throws past a whole body
 */
export async function transfer<T>(
  server: ServerLike,
  path: string,
  init: RequestInit,
  ok: number,
  options: RetryOptions,
  read: (response: Response) => Promise<T>,
): Promise<T> {
  const retries = options.retries ?? 4;
  for (let tries = 0; ; tries++) {
    options.signal?.throwIfAborted();
    let response: Response | null = null;
    try {
      response = await send(server, path, { ...init, signal: options.signal });
    } catch (error) {
      if (options.signal?.aborted) throw error;
    }
    let status = response?.status ?? 0;
    if (response && status === ok) {
      try {
        return await read(response);
      } catch (error) {
        if (options.signal?.aborted || error instanceof FailureError) throw error;
        status = 0; // the body did not arrive whole: as retryable as a network error
      }
    }
    if (!RETRY_STATUSES.has(status) || tries >= retries) {
      const body: unknown = response && status !== 0 ? await response.json().catch(() => null) : null;
      throw new FailureError(response && status !== 0 ? failureOf(status, body) : networkFailure);
    }
    const retryAfter = Number(response?.headers.get('Retry-After'));
    await wait(Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : 250 * 2 ** tries, options.signal);
  }
}

/** Runs a transfer, turning a FailureError into its failure value; anything else is thrown on. */
export async function asFailure<T>(work: () => Promise<T>): Promise<T | ApiFailure> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof FailureError) return error.failure;
    throw error;
  }
}
