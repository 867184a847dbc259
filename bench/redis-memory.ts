import { createHash, randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { ENVELOPE_OVERHEAD_BYTES, PART_BYTES, partLength, streamParts } from '../lib/protocol/v1';
import { COMMIT_SCRIPT, PUT_PART_SCRIPT } from '../lib/store/redis-file-scripts';
import { PUT_SCRIPT } from '../lib/store/redis-scripts';
import { secretKey, secretKeys, type SecretKeyKind } from '../lib/redis/keys';

/*
 * What a stored secret costs in Redis: `count` secrets written with the app's
 * own PUT script and arguments (as lib/store/redis.ts passes them), on an
 * otherwise empty Redis, measured two ways:
 *  - `usedPerSecret`: the growth of INFO used_memory divided by `count` (what
 *    capacity planning needs: it includes the key dictionaries and the expiry
 *    table, amortised);
 *  - `keyBytes`: MEMORY USAGE ... SAMPLES 0 of the secret's hash and of its
 *    receipt hash (the values alone), averaged over a sample of keys.
 */

export type MemoryFigure = {
  paddedBytes: number;
  envelopeChars: number;
  withReceipt: boolean;
  count: number;
  usedPerSecret: number;
  keyBytes: { secret: number; receipt: number };
};

const b64 = (bytes: Buffer) => bytes.toString('base64url');
const DAY_MS = 86_400_000;
/** PUT's file arguments for a secret without files: no stream, no parts, window and lease unused. */
const textOnly = ['', '0', '0', String(PART_BYTES), '3600000', '600000', '0.8'];
const verifier = () => b64(createHash('sha256').update(randomBytes(32)).digest());

async function usedMemory(redis: Redis): Promise<number> {
  const info = await redis.info('memory');
  return Number(/used_memory:(\d+)/.exec(info)?.[1]);
}

/** Writes `count` secrets of `paddedBytes` to the empty Redis at `url` and measures them; flushes it after. */
export async function measureSecretMemory(
  url: string,
  paddedBytes: number,
  count: number,
  withReceipt: boolean,
): Promise<MemoryFigure> {
  const redis = new Redis(url, { maxRetriesPerRequest: 0 });
  redis.on('error', () => undefined);
  try {
    await redis.flushall();
    const sha = (await redis.script('LOAD', PUT_SCRIPT)) as string;
    const envelope = b64(randomBytes(paddedBytes + ENVELOPE_OVERHEAD_BYTES));
    const prefix = 'handoff:';
    const ids: string[] = [];
    const before = await usedMemory(redis);
    for (let done = 0; done < count;) {
      const pipeline = redis.pipeline();
      for (let i = 0; i < 500 && done < count; i++, done++) {
        const id = b64(randomBytes(16));
        ids.push(id);
        // ARGV as RedisStore.putSecret passes them: a 1-day secret, 5 password attempts, 30-day receipt.
        pipeline.evalsha(
          sha,
          4,
          ...secretKeys(prefix, id),
          envelope,
          verifier(),
          '',
          '',
          withReceipt ? verifier() : '',
          '1',
          '5',
          String(86_400_000),
          String(30 * 86_400_000),
          ...textOnly,
        );
      }
      const replies = await pipeline.exec();
      const failed = replies?.find(([error, exp]) => error || exp === 0);
      if (failed) throw new Error(`redis memory: PUT failed: ${failed[0]?.message ?? 'id exists'}`);
    }
    const after = await usedMemory(redis);
    const sample = ids.filter((_, i) => i % Math.ceil(count / 200) === 0);
    const usage = async (kind: SecretKeyKind) => {
      const sizes = await Promise.all(
        sample.map((id) => redis.memory('USAGE', secretKey(prefix, id, kind), 'SAMPLES', 0) as Promise<number | null>),
      );
      return Math.round(sizes.reduce<number>((sum, n) => sum + (n ?? 0), 0) / sample.length);
    };
    const figure: MemoryFigure = {
      paddedBytes,
      envelopeChars: envelope.length,
      withReceipt,
      count,
      usedPerSecret: Math.round((after - before) / count),
      keyBytes: { secret: await usage('secret'), receipt: await usage('receipt') },
    };
    await redis.flushall();
    return figure;
  } finally {
    redis.disconnect();
  }
}

export type FileMemoryFigure = {
  streamBytes: number;
  parts: number;
  count: number;
  /** used_memory growth per secret, all keys included. */
  usedPerSecret: number;
  /** The same, per MiB of stored ciphertext: what capacity planning for files needs. */
  usedPerMiB: number;
};

/**
 * Stores `count` committed secrets with a file stream of `streamBytes`, through the
 * app's own PUT, PUT_PART and COMMIT scripts, and measures used_memory growth.
 */
export async function measureFileMemory(url: string, streamBytes: number, count: number): Promise<FileMemoryFigure> {
  const redis = new Redis(url, { maxRetriesPerRequest: 0 });
  redis.on('error', () => undefined);
  try {
    await redis.flushall();
    const load = (source: string) => redis.script('LOAD', source) as Promise<string>;
    const put = await load(PUT_SCRIPT);
    const putPart = await load(PUT_PART_SCRIPT);
    const commit = await load(COMMIT_SCRIPT);
    const parts = streamParts(streamBytes);
    const bodies = Array.from({ length: parts }, (_, i) => randomBytes(partLength(streamBytes, i)));
    const envelope = b64(randomBytes(1024 + ENVELOPE_OVERHEAD_BYTES));
    const before = await usedMemory(redis);
    let cipherBytes = 0;
    for (let n = 0; n < count; n++) {
      const id = b64(randomBytes(16));
      const keys = secretKeys('handoff:', id);
      const manage = randomBytes(32).toString('base64url');
      const last = partLength(streamBytes, parts - 1);
      const args = [envelope, verifier(), '', '', manage, '1', '5', String(DAY_MS), String(30 * DAY_MS)];
      const created = await redis.evalsha(
        put,
        4,
        ...keys,
        ...args,
        String(streamBytes),
        String(parts),
        String(last),
        String(PART_BYTES),
        '3600000',
        '600000',
      );
      if (!created) throw new Error('redis memory: PUT of a file secret failed');
      for (const [i, body] of bodies.entries()) {
        const stored = await redis.evalsha(putPart, 4, ...keys, manage, String(i), body, '0.8');
        if (stored !== 'stored') throw new Error(`redis memory: part ${i}: ${String(stored)}`);
        cipherBytes += body.length;
      }
      const done = (await redis.evalsha(commit, 4, ...keys, manage)) as number[];
      if (done[0] !== 1) throw new Error('redis memory: commit failed');
    }
    const grown = (await usedMemory(redis)) - before;
    await redis.flushall();
    return {
      streamBytes,
      parts,
      count,
      usedPerSecret: Math.round(grown / count),
      usedPerMiB: Math.round(grown / (cipherBytes / 1024 / 1024)),
    };
  } finally {
    redis.disconnect();
  }
}
