import { afterEach, describe, expect, it, vi } from 'vitest';
import { guarded } from '@/lib/api/secrets';
import { STORE_ERROR_REPLIES } from '@/lib/api/store-errors';
import { logger } from '@/lib/observability/logger';
import { storeErrorFromRedis } from '@/lib/redis/errors';
import { STORE_ERROR_CODES, StoreError, isStoreError, type StoreErrorCode } from '@/lib/store';

/*
 * One coded store error, one table from its code to the API answer: the HTTP
 * answers pinned here are the ones the API gave before the table existed.
 */

afterEach(() => vi.restoreAllMocks());

/** What `guarded` answers when the work throws `error`. */
async function answerTo(error: unknown) {
  const reply = await guarded(async () => {
    throw error;
  });
  return {
    status: reply.status,
    retryAfter: reply.headers['Retry-After'],
    error: JSON.parse(String(reply.body)).error,
  };
}

describe('store errors', () => {
  it.each([
    ['unavailable', { status: 503, retryAfter: '5', error: 'store_unavailable' }],
    ['full', { status: 507, retryAfter: undefined, error: 'store_full' }],
    ['uploads_paused', { status: 507, retryAfter: undefined, error: 'uploads_paused' }],
    ['outcome_unknown', { status: 503, retryAfter: undefined, error: 'outcome_unknown' }],
    ['malformed_reply', { status: 500, retryAfter: undefined, error: 'internal' }],
  ] satisfies [StoreErrorCode, unknown][])('answer %s as before: %j', async (code, answer) => {
    vi.spyOn(logger(), 'error').mockImplementation(() => undefined);
    expect(await answerTo(new StoreError(code))).toEqual(answer);
  });

  it('has an API answer for every code', () => {
    expect(Object.keys(STORE_ERROR_REPLIES).sort()).toEqual([...STORE_ERROR_CODES].sort());
  });

  it('logs a malformed reply by its code alone, and no other store error', async () => {
    const log = vi.spyOn(logger(), 'error').mockImplementation(() => undefined);
    await answerTo(new StoreError('malformed_reply', 'store: malformed CLAIM reply'));
    expect(log.mock.calls).toEqual([['api: store error malformed_reply']]);
    log.mockClear();
    for (const code of ['unavailable', 'full', 'uploads_paused', 'outcome_unknown'] as const) {
      await answerTo(new StoreError(code));
    }
    expect(log).not.toHaveBeenCalled();
  });

  it('recognises a store error thrown by another bundle copy of the class, by name and code', async () => {
    const foreign = Object.assign(new Error('store: full'), { name: 'StoreError', code: 'full' });
    expect(isStoreError(foreign)).toBe(true);
    expect((await answerTo(foreign)).status).toBe(507);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const unknownCode = Object.assign(new Error('x'), { name: 'StoreError', code: 'melted' });
    expect(isStoreError(unknownCode)).toBe(false);
    expect(await answerTo(unknownCode)).toEqual({ status: 500, retryAfter: undefined, error: 'internal' });
  });

  it('classifies a failed Redis command in one place', () => {
    const code = (message: string, changesSecrets = true) =>
      storeErrorFromRedis(new Error(message), changesSecrets).code;
    expect(code("OOM command not allowed when used memory > 'maxmemory'.")).toBe('full');
    expect(code('Connection is closed.')).toBe('outcome_unknown');
    expect(code('Command timed out')).toBe('outcome_unknown');
    expect(code("Stream isn't writeable and enableOfflineQueue options is false")).toBe('unavailable');
    expect(code("Cluster isn't ready and enableOfflineQueue options is false")).toBe('unavailable');
    expect(code("READONLY You can't write against a read only replica.")).toBe('unavailable');
    expect(code('LOADING Redis is loading the dataset in memory')).toBe('unavailable');
    expect(storeErrorFromRedis('not an error', false).code).toBe('unavailable');
    const passed = new StoreError('uploads_paused');
    expect(storeErrorFromRedis(passed, true)).toBe(passed);
  });

  // Reliability review R1: ioredis (maxRetriesPerRequest: 0) rejects a command it had already
  // written with MaxRetriesPerRequestError when the connection drops; the claim may have run.
  it('R1: answers outcome_unknown, not store_unavailable, for a written command whose connection dropped', () => {
    const dropped = Object.assign(
      new Error(
        'Reached the max retries per request limit (which is 0). Refer to "maxRetriesPerRequest" option for details.',
      ),
      { name: 'MaxRetriesPerRequestError' },
    );
    expect(storeErrorFromRedis(dropped, true).code).toBe('outcome_unknown');
    expect(storeErrorFromRedis(new Error('Command aborted due to connection close'), true).code).toBe(
      'outcome_unknown',
    );
    expect(storeErrorFromRedis(new Error('something never seen before'), true).code).toBe('outcome_unknown');
  });

  it('answers store_unavailable for any failure of a call that changes no secret', () => {
    for (const message of ['Connection is closed.', 'Command timed out', 'Reached the max retries per request limit']) {
      expect(storeErrorFromRedis(new Error(message), false).code).toBe('unavailable');
    }
  });
});
