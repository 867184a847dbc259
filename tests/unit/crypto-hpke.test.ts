import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decap,
  deriveKeyPair,
  encap,
  HPKE_AEAD_AES_128_GCM,
  HPKE_AEAD_AES_256_GCM,
  hpkeOpen,
  hpkeSeal,
  keySchedule,
  publicKeyOf,
  setupRecipient,
  setupSender,
  type HpkeAead,
  type HpkeSetup,
} from '@/lib/crypto/hpke';

/*
 * Known-answer tests of lib/crypto/hpke.ts.
 *
 * RFC 9180 Appendix A.1 (DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-128-GCM), §A.1.1 Base and §A.1.2 PSK:
 * copied from the final text of the RFC as held by the CFRG draft repository at RFC-editor stage
 * (github.com/cfrg/draft-irtf-cfrg-hpke, auth48/draft-irtf-cfrg-hpke.txt, commit 8fc0f527, where these
 * sections are numbered B.1.1 and B.1.2; labels "HPKE-v1").
 *
 * AES-256-GCM (aead 0x0002) with the same KEM and KDF, mode 0: RFC 9180 lists no such suite in its
 * appendix; these values are the CFRG test-vectors.json entry (mode 0, kem 32, kdf 1, aead 2) as
 * BoringSSL converted it (github.com/aws/aws-lc, crypto/hpke/hpke_test_vectors.txt, commit 7147e7a0).
 * That file gives skEm/skRm rather than ikmE/ikmR and no intermediate values; its A.1.1 entry is
 * byte-for-byte the RFC's, which shows it holds the final ("HPKE-v1") vectors. It has no PSK-mode
 * entries; PSK mode with AES-256-GCM is cross-checked against node:crypto by tests/vectors/requests.json.
 */

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
const unhex = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'hex'));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

const INFO = '4f6465206f6e2061204772656369616e2055726e'; // "Ode on a Grecian Urn"
const PT = '4265617574792069732074727574682c20747275746820626561757479'; // "Beauty is truth, truth beauty"

type Encryption = { seq: number; nonce?: string; ct: string };
type Exported = { context: string; value: string };

type RfcVector = {
  name: string;
  aead: HpkeAead;
  ikmE?: string;
  skEm: string;
  pkEm: string;
  ikmR?: string;
  skRm: string;
  pkRm: string;
  psk?: { psk: string; pskId: string };
  schedule?: {
    sharedSecret: string;
    keyScheduleContext: string;
    secret: string;
    key: string;
    baseNonce: string;
    exporterSecret: string;
  };
  encryptions: Encryption[];
  exports: Exported[];
};

const EXPORT_CONTEXTS = ['', '00', '54657374436f6e74657874']; // "", 0x00, "TestContext"

const VECTORS: RfcVector[] = [
  {
    name: 'RFC 9180 A.1.1: Base, AES-128-GCM',
    aead: HPKE_AEAD_AES_128_GCM,
    ikmE: '7268600d403fce431561aef583ee1613527cff655c1343f29812e66706df3234',
    pkEm: '37fda3567bdbd628e88668c3c8d7e97d1d1253b6d4ea6d44c150f741f1bf4431',
    skEm: '52c4a758a802cd8b936eceea314432798d5baf2d7e9235dc084ab1b9cfa2f736',
    ikmR: '6db9df30aa07dd42ee5e8181afdb977e538f5e1fec8a06223f33f7013e525037',
    pkRm: '3948cfe0ad1ddb695d780e59077195da6c56506b027329794ab02bca80815c4d',
    skRm: '4612c550263fc8ad58375df3f557aac531d26850903e55a9f23f21d8534e8ac8',
    schedule: {
      sharedSecret: 'fe0e18c9f024ce43799ae393c7e8fe8fce9d218875e8227b0187c04e7d2ea1fc',
      keyScheduleContext:
        '00725611c9d98c07c03f60095cd32d400d8347d45ed67097bbad50fc56da742d07cb6cffde367bb0565ba28bb02c90744a20f5ef37f30523526106f637abb05449',
      secret: '12fff91991e93b48de37e7daddb52981084bd8aa64289c3788471d9a9712f397',
      key: '4531685d41d65f03dc48f6b8302c05b0',
      baseNonce: '56d890e5accaaf011cff4b7d',
      exporterSecret: '45ff1c2e220db587171952c0592d5f5ebe103f1561a2614e38f2ffd47e99e3f8',
    },
    encryptions: [
      {
        seq: 0,
        nonce: '56d890e5accaaf011cff4b7d',
        ct: 'f938558b5d72f1a23810b4be2ab4f84331acc02fc97babc53a52ae8218a355a96d8770ac83d07bea87e13c512a',
      },
      {
        seq: 1,
        nonce: '56d890e5accaaf011cff4b7c',
        ct: 'af2d7e9ac9ae7e270f46ba1f975be53c09f8d875bdc8535458c2494e8a6eab251c03d0c22a56b8ca42c2063b84',
      },
      {
        seq: 2,
        nonce: '56d890e5accaaf011cff4b7f',
        ct: '498dfcabd92e8acedc281e85af1cb4e3e31c7dc394a1ca20e173cb72516491588d96a19ad4a683518973dcc180',
      },
      {
        seq: 4,
        nonce: '56d890e5accaaf011cff4b79',
        ct: '583bd32bc67a5994bb8ceaca813d369bca7b2a42408cddef5e22f880b631215a09fc0012bc69fccaa251c0246d',
      },
      {
        seq: 255,
        nonce: '56d890e5accaaf011cff4b82',
        ct: '7175db9717964058640a3a11fb9007941a5d1757fda1a6935c805c21af32505bf106deefec4a49ac38d71c9e0a',
      },
      {
        seq: 256,
        nonce: '56d890e5accaaf011cff4a7d',
        ct: '957f9800542b0b8891badb026d79cc54597cb2d225b54c00c5238c25d05c30e3fbeda97d2e0e1aba483a2df9f2',
      },
    ],
    exports: [
      { context: '', value: '3853fe2b4035195a573ffc53856e77058e15d9ea064de3e59f4961d0095250ee' },
      { context: '00', value: '2e8f0b54673c7029649d4eb9d5e33bf1872cf76d623ff164ac185da9e88c21a5' },
      { context: '54657374436f6e74657874', value: 'e9e43065102c3836401bed8c3c3c75ae46be1639869391d62c61f1ec7af54931' },
    ],
  },
  {
    name: 'RFC 9180 A.1.2: PSK, AES-128-GCM',
    aead: HPKE_AEAD_AES_128_GCM,
    ikmE: '78628c354e46f3e169bd231be7b2ff1c77aa302460a26dbfa15515684c00130b',
    pkEm: '0ad0950d9fb9588e59690b74f1237ecdf1d775cd60be2eca57af5a4b0471c91b',
    skEm: '463426a9ffb42bb17dbe6044b9abd1d4e4d95f9041cef0e99d7824eef2b6f588',
    ikmR: 'd4a09d09f575fef425905d2ab396c1449141463f698f8efdb7accfaff8995098',
    pkRm: '9fed7e8c17387560e92cc6462a68049657246a09bfa8ade7aefe589672016366',
    skRm: 'c5eb01eb457fe6c6f57577c5413b931550a162c71a03ac8d196babbd4e5ce0fd',
    psk: {
      psk: '0247fd33b913760fa1fa51e1892d9f307fbe65eb171e8132c2af18555a738b82',
      pskId: '456e6e796e20447572696e206172616e204d6f726961', // "Ennyn Durin aran Moria"
    },
    schedule: {
      sharedSecret: '727699f009ffe3c076315019c69648366b69171439bd7dd0807743bde76986cd',
      keyScheduleContext:
        '01e78d5cf6190d275863411ff5edd0dece5d39fa48e04eec1ed9b71be34729d18ccb6cffde367bb0565ba28bb02c90744a20f5ef37f30523526106f637abb05449',
      secret: '3728ab0b024b383b0381e432b47cced1496d2516957a76e2a9f5c8cb947afca4',
      key: '15026dba546e3ae05836fc7de5a7bb26',
      baseNonce: '9518635eba129d5ce0914555',
      exporterSecret: '3d76025dbbedc49448ec3f9080a1abab6b06e91c0b11ad23c912f043a0ee7655',
    },
    encryptions: [
      {
        seq: 0,
        nonce: '9518635eba129d5ce0914555',
        ct: 'e52c6fed7f758d0cf7145689f21bc1be6ec9ea097fef4e959440012f4feb73fb611b946199e681f4cfc34db8ea',
      },
      {
        seq: 1,
        nonce: '9518635eba129d5ce0914554',
        ct: '49f3b19b28a9ea9f43e8c71204c00d4a490ee7f61387b6719db765e948123b45b61633ef059ba22cd62437c8ba',
      },
      {
        seq: 2,
        nonce: '9518635eba129d5ce0914557',
        ct: '257ca6a08473dc851fde45afd598cc83e326ddd0abe1ef23baa3baa4dd8cde99fce2c1e8ce687b0b47ead1adc9',
      },
      {
        seq: 4,
        nonce: '9518635eba129d5ce0914551',
        ct: 'a71d73a2cd8128fcccbd328b9684d70096e073b59b40b55e6419c9c68ae21069c847e2a70f5d8fb821ce3dfb1c',
      },
      {
        seq: 255,
        nonce: '9518635eba129d5ce09145aa',
        ct: '55f84b030b7f7197f7d7d552365b6b932df5ec1abacd30241cb4bc4ccea27bd2b518766adfa0fb1b71170e9392',
      },
      {
        seq: 256,
        nonce: '9518635eba129d5ce0914455',
        ct: 'c5bf246d4a790a12dcc9eed5eae525081e6fb541d5849e9ce8abd92a3bc1551776bea16b4a518f23e237c14b59',
      },
    ],
    exports: [
      { context: '', value: 'dff17af354c8b41673567db6259fd6029967b4e1aad13023c2ae5df8f4f43bf6' },
      { context: '00', value: '6a847261d8207fe596befb52928463881ab493da345b10e1dcc645e3b94e2d95' },
      { context: '54657374436f6e74657874', value: '8aff52b45a1be3a734bc7a41e20b4e055ad4c4d22104b0c20285a7c4302401cd' },
    ],
  },
  {
    name: 'CFRG test-vectors.json: Base, AES-256-GCM',
    aead: HPKE_AEAD_AES_256_GCM,
    skEm: '179d4b53b6365c45b600c4163b61d95cbc2f4d9e36f1695558dce265ab8bab11',
    pkEm: '6c93e09869df3402d7bf231bf540fadd35cd56be14f97178f0954db94b7fc256',
    skRm: '497b4502664cfea5d5af0b39934dac72242a74f8480451e1aee7d6a53320333d',
    pkRm: '430f4b9859665145a6b1ba274024487bd66f03a2dd577d7753c68d7d7d00c00c',
    encryptions: [
      { seq: 0, ct: 'e5d84cd531cfb583096e7cfa9641bd3079cf3a91cda813c52deb5f512be9931980a41de125a925cdad859d5b7a' },
      { seq: 1, ct: '2c43aff25343fdbff864506f0818b9d87df84ea01b1a2144d23b4d40c26bf655fdf197fe40297a8aebeed5cc2d' },
      { seq: 2, ct: 'e0a8f2cf92ff61215edbb8c55dc31fe9e2eb42a5685867bb6854211542099f9e940c4b41c192bc390835b1a5f7' },
      { seq: 3, ct: 'a8ea1deafbe4935d0d484a026301a339d4668c43c37f5e289bf758c7aeb3e2812d0321c12b71978855883420c0' },
      { seq: 4, ct: '448a8892f261cbb6bf5b7b64a4fae8a2c86492494b069c10525895d871c27c2f12cd17e0588fedaba9f7b0cd4c' },
      { seq: 255, ct: 'f6ad1823eb0b932d04b6e23010eea64f1fe5edd0583dae5ba27ca6363f4ea104bd217331460ef4208040423641' },
      { seq: 256, ct: '53624f4f9f173453b14e633b45390ff54cacaa4428d44baee1bff8133fab1ab3afe60f88e4634b525c54e92eda' },
    ],
    exports: [
      { context: '', value: 'ded6cffafaea6b812cbf3e241e88332adbc077aca81512914213810ee291770a' },
      { context: '00', value: '04d3cb6cc116b28ffd22ad5bc276c60d31fec71ceb87ae24db811c64b7507339' },
      { context: '54657374436f6e74657874', value: '7c5ded445732c14fe09727d29b4251c0fd38455fe8440571e687f0886aac94d2' },
    ],
  },
];

function setupOf(v: RfcVector): HpkeSetup {
  return {
    aead: v.aead,
    info: unhex(INFO),
    ...(v.psk ? { psk: { psk: unhex(v.psk.psk), pskId: unhex(v.psk.pskId) } } : {}),
  };
}

/** The RFC's aad for sequence number `seq`: "Count-" followed by the decimal number. */
const countAad = (seq: number): Uint8Array => utf8(`Count-${seq}`);

describe.each(VECTORS)('$name', (v) => {
  it('derives both key pairs', () => {
    if (v.ikmE) expect(deriveKeyPair(unhex(v.ikmE))).toEqual({ secretKey: unhex(v.skEm), publicKey: unhex(v.pkEm) });
    if (v.ikmR) expect(deriveKeyPair(unhex(v.ikmR))).toEqual({ secretKey: unhex(v.skRm), publicKey: unhex(v.pkRm) });
    expect(hex(publicKeyOf(unhex(v.skEm)))).toBe(v.pkEm);
    expect(hex(publicKeyOf(unhex(v.skRm)))).toBe(v.pkRm);
  });

  it('encapsulates and decapsulates to the same shared secret', () => {
    const { sharedSecret, enc } = encap(unhex(v.pkRm), unhex(v.skEm));
    expect(hex(enc)).toBe(v.pkEm);
    if (v.schedule) expect(hex(sharedSecret)).toBe(v.schedule.sharedSecret);
    expect(hex(decap(enc, unhex(v.skRm)))).toBe(hex(sharedSecret));
  });

  it('runs the key schedule to every listed value', () => {
    if (!v.schedule) return;
    const context = keySchedule(unhex(v.schedule.sharedSecret), setupOf(v));
    expect(hex(context.keyScheduleContext)).toBe(v.schedule.keyScheduleContext);
    expect(hex(context.secret)).toBe(v.schedule.secret);
    expect(hex(context.key)).toBe(v.schedule.key);
    expect(hex(context.baseNonce)).toBe(v.schedule.baseNonce);
    expect(hex(context.exporterSecret)).toBe(v.schedule.exporterSecret);
  });

  it('seals every listed sequence number to its ciphertext, and the recipient opens each', () => {
    const { enc, context: sender } = setupSender(unhex(v.pkRm), setupOf(v), unhex(v.skEm));
    const recipient = setupRecipient(enc, unhex(v.skRm), setupOf(v));
    const last = Math.max(...v.encryptions.map((e) => e.seq));
    for (let seq = 0; seq <= last; seq++) {
      expect(sender.sequence).toBe(seq);
      const ct = sender.seal(countAad(seq), unhex(PT));
      const listed = v.encryptions.find((e) => e.seq === seq);
      if (listed) expect(hex(ct)).toBe(listed.ct);
      expect(hex(recipient.open(countAad(seq), ct))).toBe(PT);
    }
    if (v.schedule) {
      // Nonce = base_nonce XOR I2OSP(seq, 12), as listed.
      const base = BigInt(`0x${v.schedule.baseNonce}`);
      for (const e of v.encryptions) expect(e.nonce).toBe((base ^ BigInt(e.seq)).toString(16).padStart(24, '0'));
    }
  });

  it('exports every listed value on both sides', () => {
    const { enc, context: sender } = setupSender(unhex(v.pkRm), setupOf(v), unhex(v.skEm));
    const recipient = setupRecipient(enc, unhex(v.skRm), setupOf(v));
    expect(v.exports.map((e) => e.context)).toEqual(EXPORT_CONTEXTS);
    for (const e of v.exports) {
      expect(hex(sender.export(unhex(e.context), 32))).toBe(e.value);
      expect(hex(recipient.export(unhex(e.context), 32))).toBe(e.value);
    }
  });

  it('single-shot Seal gives the sequence-0 ciphertext and Open reverses it', () => {
    const first = v.encryptions.find((e) => e.seq === 0)!;
    const { enc, ciphertext } = hpkeSeal(unhex(v.pkRm), setupOf(v), countAad(0), unhex(PT), unhex(v.skEm));
    expect(hex(enc)).toBe(v.pkEm);
    expect(hex(ciphertext)).toBe(first.ct);
    expect(hex(hpkeOpen(enc, unhex(v.skRm), setupOf(v), countAad(0), ciphertext))).toBe(PT);
  });
});

describe('HPKE refuses what it must refuse', () => {
  const recipient = deriveKeyPair(new Uint8Array(32).fill(1));
  const other = deriveKeyPair(new Uint8Array(32).fill(2));
  const setup: HpkeSetup = { aead: HPKE_AEAD_AES_256_GCM, info: utf8('info') };
  const psk = { psk: new Uint8Array(32).fill(9), pskId: utf8('id') };

  it('opens nothing with another recipient key, another info, another aad or another PSK', () => {
    const { enc, ciphertext } = hpkeSeal(recipient.publicKey, { ...setup, psk }, utf8('aad'), utf8('secret'));
    expect(() => hpkeOpen(enc, other.secretKey, { ...setup, psk }, utf8('aad'), ciphertext)).toThrow(
      'hpke: authentication failed',
    );
    expect(() =>
      hpkeOpen(enc, recipient.secretKey, { ...setup, psk, info: utf8('other') }, utf8('aad'), ciphertext),
    ).toThrow('hpke: authentication failed');
    expect(() => hpkeOpen(enc, recipient.secretKey, { ...setup, psk }, utf8('aaD'), ciphertext)).toThrow(
      'hpke: authentication failed',
    );
    const wrongPsk = { psk: new Uint8Array(32).fill(8), pskId: psk.pskId };
    expect(() => hpkeOpen(enc, recipient.secretKey, { ...setup, psk: wrongPsk }, utf8('aad'), ciphertext)).toThrow(
      'hpke: authentication failed',
    );
    expect(() => hpkeOpen(enc, recipient.secretKey, setup, utf8('aad'), ciphertext)).toThrow(
      'hpke: authentication failed',
    );
    expect(() =>
      hpkeOpen(enc, recipient.secretKey, { ...setup, aead: HPKE_AEAD_AES_128_GCM, psk }, utf8('aad'), ciphertext),
    ).toThrow('hpke: authentication failed');
  });

  it('fails authentication when any byte of enc or the ciphertext changes', () => {
    const { enc, ciphertext } = hpkeSeal(recipient.publicKey, setup, utf8('aad'), utf8('a short secret'));
    const sealed = new Uint8Array([...enc, ...ciphertext]);
    for (let i = 0; i < sealed.length; i++) {
      const bad = sealed.slice();
      bad[i]! ^= 0x01;
      expect(() => hpkeOpen(bad.subarray(0, 32), recipient.secretKey, setup, utf8('aad'), bad.subarray(32))).toThrow(
        /^hpke: /,
      );
    }
  });

  it('rejects low-order public keys (all-zero DH output, RFC 9180 §7.1.4)', () => {
    const lowOrder = [
      '00'.repeat(32),
      '01' + '00'.repeat(31),
      'e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800',
    ];
    for (const point of lowOrder) {
      expect(() => encap(unhex(point))).toThrow('hpke: invalid public key');
      expect(() => decap(unhex(point), recipient.secretKey)).toThrow('hpke: invalid public key');
    }
  });

  it('checks sizes and PSK inputs', () => {
    expect(() => encap(new Uint8Array(31))).toThrow('hpke: public key must be 32 bytes, got 31');
    expect(() => decap(new Uint8Array(33), recipient.secretKey)).toThrow('hpke: enc must be 32 bytes, got 33');
    expect(() => deriveKeyPair(new Uint8Array(31))).toThrow(/^hpke: ikm must be at least 32 bytes/);
    const shared = new Uint8Array(32);
    expect(() => keySchedule(shared, { ...setup, psk: { psk: new Uint8Array(0), pskId: utf8('id') } })).toThrow(
      'hpke: PSK mode needs a PSK and an id',
    );
    expect(() => keySchedule(shared, { ...setup, psk: { psk: new Uint8Array(32), pskId: new Uint8Array(0) } })).toThrow(
      'hpke: PSK mode needs a PSK and an id',
    );
    expect(() => keySchedule(shared, { ...setup, psk: { psk: new Uint8Array(16), pskId: utf8('id') } })).toThrow(
      'hpke: a PSK must be at least 32 bytes',
    );
    const context = keySchedule(shared, setup);
    expect(() => context.export(new Uint8Array(0), 0)).toThrow('hpke: invalid export length 0');
    expect(() => context.export(new Uint8Array(0), 255 * 32 + 1)).toThrow(/^hpke: invalid export length/);
    expect(context.export(new Uint8Array(0), 255 * 32)).toHaveLength(255 * 32);
  });

  it('does not advance the sequence number on a failed open', () => {
    const { enc, context: sender } = setupSender(recipient.publicKey, setup);
    const receiver = setupRecipient(enc, recipient.secretKey, setup);
    const ct = sender.seal(utf8('a'), utf8('one'));
    expect(() => receiver.open(utf8('b'), ct)).toThrow('hpke: authentication failed');
    expect(receiver.sequence).toBe(0);
    expect(receiver.open(utf8('a'), ct)).toEqual(utf8('one'));
    expect(receiver.sequence).toBe(1);
  });

  it('wipes a context', () => {
    const context = keySchedule(new Uint8Array(32).fill(3), setup);
    context.wipe();
    for (const bytes of [context.key, context.baseNonce, context.secret, context.exporterSecret]) {
      expect(bytes.every((b) => b === 0)).toBe(true);
    }
  });
});

describe('HPKE round trips (property)', () => {
  it('opens what it seals, in base and PSK mode, with both AEADs', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 32, maxLength: 48 }),
        fc.uint8Array({ maxLength: 300 }),
        fc.uint8Array({ maxLength: 40 }),
        fc.uint8Array({ maxLength: 40 }),
        fc.option(
          fc.record({
            psk: fc.uint8Array({ minLength: 32, maxLength: 64 }),
            pskId: fc.uint8Array({ minLength: 1, maxLength: 32 }),
          }),
          { nil: undefined },
        ),
        fc.constantFrom<HpkeAead>(HPKE_AEAD_AES_128_GCM, HPKE_AEAD_AES_256_GCM),
        (ikm, plaintext, info, aad, psk, aead) => {
          const pair = deriveKeyPair(ikm);
          const setup: HpkeSetup = { aead, info, ...(psk ? { psk } : {}) };
          const { enc, ciphertext } = hpkeSeal(pair.publicKey, setup, aad, plaintext);
          expect(ciphertext.length).toBe(plaintext.length + 16);
          expect(hpkeOpen(enc, pair.secretKey, setup, aad, ciphertext)).toEqual(plaintext);
        },
      ),
      { numRuns: 40 },
    );
  });
});
