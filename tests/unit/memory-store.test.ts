import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { isStoreError } from '@/lib/store';

const isFull = (error: unknown) => isStoreError(error) && error.code === 'full';
import { MemoryStore, RECEIPT_BYTES, type MemoryStoreOptions } from '@/lib/store/memory';
import { CLAIM_SCRIPT, HELPERS, PEEK_SCRIPT, REVOKE_SCRIPT, STATUS_SCRIPT } from '@/lib/store/redis-scripts';
import { b64, newId, secretFixture, verifierOf, newProof } from '../support/secrets';

/*
 * Embedded-store specifics that the shared contract (tests/integration/store-contract.ts)
 * cannot see: what its memory budget counts, and how much work a missing id costs.
 */

const opened: MemoryStore[] = [];
afterEach(async () => {
  for (const store of opened.splice(0)) await store.close();
});
const memoryStore = (options: MemoryStoreOptions) => {
  const store = new MemoryStore(options);
  opened.push(store);
  return store;
};

describe('memory store budget', () => {
  it('F-17: counts receipts against HANDOFF_MEMORY_MAX_BYTES, so revealed secrets cannot grow it unbounded', async () => {
    const maxBytes = 1024 * 1024;
    const store = memoryStore({ maxBytes });
    let created = 0;
    const full = async () => {
      // Create and reveal: the envelope is freed, the receipt stays for its retention.
      for (let i = 0; i < 4 * (maxBytes / RECEIPT_BYTES); i++) {
        const f = secretFixture({ receiptTtlSeconds: 86_400 });
        await store.putSecret(f.secret);
        await store.claimSecret(f.secret.id, {
          linkVerifier: f.linkVerifier,
          passwordVerifier: null,
          leaseVerifier: null,
        });
        created += 1;
      }
    };
    await expect(full()).rejects.toSatisfy(isFull);
    expect(created).toBeLessThanOrEqual(maxBytes / RECEIPT_BYTES);
  });

  it('frees a receipt’s share of the budget when its retention ends', async () => {
    let now = 1_000_000;
    const store = memoryStore({ maxBytes: 64 * RECEIPT_BYTES, now: () => now });
    const fill = async () => {
      for (;;) await store.putSecret(secretFixture({ ttlSeconds: 300, receiptTtlSeconds: 60, envelope: 'A' }).secret);
    };
    await expect(fill()).rejects.toSatisfy(isFull);
    now += 361_000; // past expiry and retention: secrets and receipts are both gone
    expect((await store.putSecret(secretFixture().secret)).kind).toBe('created');
  });

  it('charges a manage verifier for no receipt', async () => {
    const store = memoryStore({ maxBytes: 4 * 1024 });
    const envelope = b64(randomBytes(2000)); // 2,667 characters + 512 overhead: fits; + a receipt would not
    expect((await store.putSecret(secretFixture({ envelope, manageVerifier: null }).secret)).kind).toBe('created');
    await expect(store.putSecret(secretFixture({ envelope }).secret)).rejects.toSatisfy(isFull);
  });
});

describe('memory store verifier comparisons', () => {
  /** A store whose comparisons are counted. */
  function counted() {
    const calls: [string, string | null][] = [];
    const store = memoryStore({
      maxBytes: 1024 * 1024,
      sameDigest: (given, stored) => {
        calls.push([given, stored]);
        return stored !== null && given === stored;
      },
    });
    return { store, calls };
  }

  it('F-13: a missing id costs the same verifier comparison as a wrong link proof, on peek and reveal', async () => {
    const { store, calls } = counted();
    const f = secretFixture();
    await store.putSecret(f.secret);
    const wrong = verifierOf(newProof());
    const claim = { linkVerifier: wrong, passwordVerifier: null, leaseVerifier: null };

    expect(await store.peekSecret(f.secret.id, wrong)).toBeNull();
    expect(await store.claimSecret(f.secret.id, claim)).toEqual({ kind: 'missing' });
    const existing = calls.splice(0);
    expect(await store.peekSecret(newId(), wrong)).toBeNull();
    expect(await store.claimSecret(newId(), claim)).toEqual({ kind: 'missing' });
    const missing = calls.splice(0);

    expect(existing).toHaveLength(2);
    expect(missing).toHaveLength(2);
    for (const [given, stored] of missing) {
      expect(given).toBe(wrong);
      // A dummy of the same length (so the comparison does the same work) that no verifier can equal.
      expect(stored).toHaveLength(wrong.length);
      expect(stored).not.toMatch(/^[A-Za-z0-9_-]+$/);
    }
  });

  it('F-13: status and revoke compare a manage verifier even when there is no receipt', async () => {
    const { store, calls } = counted();
    const manage = verifierOf(newProof());
    expect(await store.secretStatus(newId(), manage)).toBeNull();
    expect(await store.revokeSecret(newId(), manage)).toBe(false);
    expect(calls).toHaveLength(2);
  });

  it('never matches the dummy, whatever the proof', async () => {
    const store = memoryStore({ maxBytes: 1024 * 1024 });
    for (let i = 0; i < 50; i++) expect(await store.peekSecret(newId(), verifierOf(newProof()))).toBeNull();
  });
});

describe('redis store verifier comparisons', () => {
  it('F-13: every Redis script that checks a link or manage verifier compares a dummy when the record is missing', () => {
    for (const [name, script] of Object.entries({ PEEK_SCRIPT, CLAIM_SCRIPT, STATUS_SCRIPT, REVOKE_SCRIPT })) {
      // No early return on a missing record before the comparison (`not r[1] or ...`, `not mv or ...`).
      expect(script, name).not.toMatch(/not (r\[1\]|mv) or/);
      expect(script, name).toMatch(/verifier_matches\((r\[1\]|mv), ARGV\[1\]\)/);
    }
    const helper = /local function verifier_matches\(stored, given\)([\s\S]*?)\nend/.exec(HELPERS)?.[1] ?? '';
    // The comparison runs before, and whatever, the existence check.
    expect(helper).toMatch(
      /local same = ct_eq\(stored or string\.rep\('\.', #given\), given\)\n\s*return stored and same/,
    );
  });
});
