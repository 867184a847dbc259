import { describe, expect, it } from 'vitest';
import { rateLimitKey, requestKeys, secretKey, secretKeys, secretKeysPattern } from '@/lib/redis/keys';

/*
 * The Redis key layout is in every stored record: these strings may change
 * only with a rollout (docs/deploy.md §Redis key layout), never by accident.
 */

/** The part of a key Redis Cluster hashes: the first `{...}` with something inside, else the whole key. */
function hashTag(key: string): string {
  const open = key.indexOf('{');
  const close = open < 0 ? -1 : key.indexOf('}', open + 1);
  return close > open + 1 ? key.slice(open + 1, close) : key;
}

describe('Redis key layout', () => {
  const id = 'AAECAwQFBgcICQoLDA0ODw';

  it('spells the keys of a secret as stored records have them', () => {
    expect(secretKeys('handoff:', id)).toEqual([
      `handoff:{${id}}:secret`,
      `handoff:{${id}}:receipt`,
      `handoff:{${id}}:parts`,
      `handoff:{${id}}:leases`,
    ]);
    expect(secretKey('p:', id, 'leases')).toBe(`p:{${id}}:leases`);
    expect(secretKeysPattern('p:', id)).toBe(`p:{${id}}*`);
  });

  it('spells the keys of a request as its answer secret and one record, in one Cluster slot', () => {
    expect(requestKeys('handoff:', id)).toEqual([...secretKeys('handoff:', id), `handoff:{${id}}:request`]);
    expect(new Set(requestKeys('a:b:', id).map(hashTag))).toEqual(new Set([id]));
    expect(requestKeys('p:', id).every((key) => key.startsWith(secretKeysPattern('p:', id).slice(0, -1)))).toBe(true);
  });

  it('spells a rate-limit bucket as stored buckets have it', () => {
    expect(rateLimitKey('handoff:', 'reveal', '203.0.113.7')).toBe('handoff:rl:{reveal:203.0.113.7}');
  });

  it('keeps every key of a secret in one Cluster slot, whatever the prefix', () => {
    // lib/config allows no braces in REDIS_KEY_PREFIX: one there would move the hash tag.
    for (const prefix of ['', 'handoff:', 'a:b:', 'test-1f2e:store:']) {
      expect(new Set(secretKeys(prefix, id).map(hashTag))).toEqual(new Set([id]));
    }
  });
});
