/*
 * Generates tests/vectors/v1.json: the known-answer vectors of protocol v1
 * (docs/protocol.md). Every value is computed twice, by lib/crypto (@noble)
 * and independently with node:crypto (hkdfSync, scryptSync, createHash,
 * aes-256-gcm, Buffer base64url), and the file is written only when both
 * agree. Inputs are fixed, so the output is deterministic.
 *
 *   npx tsx tests/vectors/generate.ts           write v1.json
 *   npx tsx tests/vectors/generate.ts --check   fail if v1.json differs
 *
 * v1.json is frozen: if the check fails, the implementation changed, not the
 * vectors.
 */
import { deepStrictEqual, notDeepStrictEqual, strictEqual } from 'node:assert/strict';
import { createCipheriv, createDecipheriv, createHash, hkdfSync, scryptSync } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import {
  buildAad,
  derivePasswordKey,
  FileStream,
  linkCredentials,
  newPasswordKdf,
  openEnvelope,
  openSecret,
  parseLinkFragment,
  sealEnvelope,
  unlockSecret,
  type PasswordKdf,
} from '../../lib/crypto';
import { deriveContentKeys, deriveLinkKeys, verifierOf } from '../../lib/crypto/derive';
import { formatLinkKey } from '../../lib/crypto/link';
import { pad, paddedSize, unpad } from '../../lib/crypto/padding';
import { decodePayload, encodePayload } from '../../lib/crypto/payload';
import { decodeBase64url, encodeBase64url } from '../../lib/protocol/base64url';
import { MAX_PADDED_BYTES, streamPaddedLength } from '../../lib/protocol/v1';

const OUT = new URL('./v1.json', import.meta.url);

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
const unhex = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'hex'));
const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64url');
const bytesOf = (buffer: ArrayBuffer | Buffer): Uint8Array => new Uint8Array(buffer);

/** Same bytes, as plain arrays, so Buffer and Uint8Array compare equal. */
function same(actual: Uint8Array, expected: Uint8Array, what: string): void {
  deepStrictEqual(Array.from(actual), Array.from(expected), `${what}: lib/crypto and node:crypto disagree`);
}

/** base64url via lib/crypto, checked against Buffer and decoded back. */
function wire(bytes: Uint8Array): string {
  const text = encodeBase64url(bytes);
  strictEqual(text, b64(bytes), 'base64url: lib/crypto and Buffer disagree');
  same(decodeBase64url(text), bytes, 'base64url round trip');
  return text;
}

// ---- independent reference implementations (node:crypto only) ----

const nodeHkdf = (ikm: Uint8Array, salt: Uint8Array, info: string, bytes: number): Uint8Array =>
  bytesOf(hkdfSync('sha256', ikm, salt, Buffer.from(info, 'utf8'), bytes));

const nodeSha256 = (bytes: Uint8Array): Uint8Array => bytesOf(createHash('sha256').update(bytes).digest());

const nodeScrypt = (passwordUtf8: Uint8Array, salt: Uint8Array): Uint8Array =>
  bytesOf(scryptSync(passwordUtf8, salt, 32, { N: 2 ** 17, r: 8, p: 1, maxmem: 256 * 1024 * 1024 }));

function nodeAad(id: Uint8Array, kdf: { salt: Uint8Array } | null): Uint8Array {
  const head = Buffer.concat([Buffer.from('handoff/v1/aad', 'utf8'), Buffer.from([0x01]), id]);
  if (!kdf) return bytesOf(Buffer.concat([head, Buffer.from([0x00])]));
  const params = Buffer.alloc(9);
  params.writeUInt8(17, 0);
  params.writeUInt32BE(8, 1);
  params.writeUInt32BE(1, 5);
  return bytesOf(Buffer.concat([head, Buffer.from([0x01]), params, kdf.salt]));
}

function nodeBuckets(): number[] {
  const out = [256, 1024, 4096];
  for (let n = 8192; n <= 1024 * 1024; n *= 2) out.push(n);
  return out;
}

function nodePad(payload: Uint8Array): Uint8Array {
  const size = nodeBuckets().find((b) => b >= payload.length + 1);
  if (size === undefined) throw new Error('too large');
  const out = Buffer.alloc(size);
  out.set(payload);
  out[payload.length] = 0x80;
  return bytesOf(out);
}

function nodeSeal(key: Uint8Array, nonce: Uint8Array, aad: Uint8Array, plaintext: Uint8Array): Uint8Array {
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(aad);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return bytesOf(Buffer.concat([Buffer.from([0x01]), nonce, body, cipher.getAuthTag()]));
}

function nodeOpen(key: Uint8Array, aad: Uint8Array, envelope: Uint8Array): Uint8Array {
  strictEqual(envelope[0], 0x01);
  const decipher = createDecipheriv('aes-256-gcm', key, envelope.subarray(1, 13));
  decipher.setAAD(aad);
  decipher.setAuthTag(envelope.subarray(envelope.length - 16));
  return bytesOf(Buffer.concat([decipher.update(envelope.subarray(13, envelope.length - 16)), decipher.final()]));
}

function nodeStream(key: Uint8Array, plaintext: Uint8Array): Uint8Array {
  const chunks = Math.max(1, Math.ceil(plaintext.length / 65536));
  const out: Buffer[] = [];
  for (let i = 0; i < chunks; i++) {
    const nonce = Buffer.alloc(12);
    nonce.writeUIntBE(i, 5, 6);
    nonce[11] = i === chunks - 1 ? 1 : 0;
    const cipher = createCipheriv('aes-256-gcm', key, nonce);
    out.push(cipher.update(plaintext.subarray(i * 65536, (i + 1) * 65536)), cipher.final(), cipher.getAuthTag());
  }
  return bytesOf(Buffer.concat(out));
}

function nodeBundle(text: string, files: { name: string; type: string; size: number }[]): Uint8Array {
  const head = Buffer.alloc(5);
  head[0] = 0x02;
  const body = Buffer.from(text, 'utf8');
  head.writeUInt32BE(body.length, 1);
  const entries = files.map((f) => {
    const name = Buffer.from(f.name, 'utf8');
    const type = Buffer.from(f.type, 'ascii');
    const entry = Buffer.alloc(2 + name.length + 1 + type.length + 8);
    entry.writeUInt16BE(name.length, 0);
    name.copy(entry, 2);
    entry[2 + name.length] = type.length;
    type.copy(entry, 3 + name.length);
    entry.writeBigUInt64BE(BigInt(f.size), 3 + name.length + type.length);
    return entry;
  });
  return bytesOf(Buffer.concat([head, body, Buffer.from([files.length]), ...entries]));
}

/** Independent Padmé and bucket rule, from the paper's description. */
function nodeStreamPadded(n: number): number {
  if (n <= 1024 * 1024) return nodeBuckets().find((b) => b >= n)!;
  const e = Math.floor(Math.log2(n));
  const bits = e - (Math.floor(Math.log2(e)) + 1);
  return Math.ceil(n / 2 ** bits) * 2 ** bits;
}

// ---- fixed inputs ----

const LINK_KEYS: { name: string; key: string }[] = [
  { name: 'all-zero key', key: '00'.repeat(32) },
  { name: 'all-0xff key', key: 'ff'.repeat(32) },
  { name: 'counting key 00..1f', key: Buffer.from(Array.from({ length: 32 }, (_, i) => i)).toString('hex') },
  { name: 'random key A', key: '7bcdb1922a959b5892f2d682f0015843d20ef60a96a98028346e10c506f6d829' },
  { name: 'random key B', key: 'c23464a554456436504f2edcd80d57b5f023701c5656edfddc9634e3b5b377c0' },
];

const PASSWORDS: { name: string; password: string; salt: string }[] = [
  { name: 'ASCII password', password: 'correct horse battery staple', salt: '000102030405060708090a0b0c0d0e0f' },
  {
    name: 'non-NFC password: e + U+0301 (NFC is U+00E9)',
    password: 'e\u0301',
    salt: '65bff40a8ac742ecbbdbedda563add61',
  },
  {
    name: 'astral password: emoji outside the BMP',
    password: '\u{1F511} s3cret \u{1F984}',
    salt: '2f6023f01f3145d3a22dc80a81aa9b14',
  },
];

const CONTENT_KEYS: { name: string; key: string; password: string | null }[] = [
  { name: 'random key A, no password', key: LINK_KEYS[3]!.key, password: null },
  { name: 'random key A, ASCII password', key: LINK_KEYS[3]!.key, password: PASSWORDS[0]!.name },
  { name: 'random key B, non-NFC password', key: LINK_KEYS[4]!.key, password: PASSWORDS[1]!.name },
  { name: 'counting key, astral password', key: LINK_KEYS[2]!.key, password: PASSWORDS[2]!.name },
];

const ENV_TEXT = [
  'DATABASE_URL=postgres://app:p%40ssw0rd@db.internal:5432/app',
  'STRIPE_SECRET_KEY=sk_test_4eC39HqLyjWDarjtT1zdp7dc',
  'JWT_SECRET="q8s/Fv2+Lx=="',
  '',
  '# trailing comment',
  '',
].join('\n');

const ENVELOPES: { name: string; key: string; nonce: string; password: string | null; text: string }[] = [
  {
    name: 'empty text',
    key: '9eae76d4270e2d57db78617701ba01017c8278c9c9d3996159465d9c8d6dd8de',
    nonce: 'd64184f6d47a82277dc6b448',
    password: null,
    text: '',
  },
  {
    name: 'short ASCII',
    key: 'd15f2c719c4690c05f08543b8ea791a8141d10974cd77c92426d59c48558e6ae',
    nonce: '93e572afcc0907b4c77ecd46',
    password: null,
    text: 'hello, world',
  },
  {
    name: 'multi-line .env',
    key: '2c8eb45c717fb9bf0deee23cb665afbf9bc2804f111109ea749e6ff9980ecc82',
    nonce: '46be3cdeb94f96e950e10d21',
    password: null,
    text: ENV_TEXT,
  },
  {
    name: 'astral unicode',
    key: 'bb0d67435bf344030c825456b828f050f230fcbc4390b4aff293f758b324abd4',
    nonce: 'a31de642b418f3714a14ebd4',
    password: null,
    text: '\u{1F510} cl\u00e9 \u{1D525}\u{1D51E}\u{1D52B}\u{1D521} \u65e5\u672c\u8a9e \u{1F469}\u200D\u{1F4BB}',
  },
  {
    name: '254 ASCII bytes: the 0x80 marker is the last byte of the 256-byte bucket',
    key: '5beecacbbe398b459c1ef8fe8885604ee31bc63751dfa6ffe0803831787d0869',
    nonce: '488af2544689e083dc894258',
    password: null,
    text: 'a'.repeat(254),
  },
  {
    name: 'multi-line .env, ASCII password',
    key: '33a3a32085ccb078701d182fff908a90c1941233cdee674b5f1f5f5c02711edd',
    nonce: 'e0e1cb0859aeb18af6a2f711',
    password: PASSWORDS[0]!.name,
    text: ENV_TEXT,
  },
  {
    name: 'astral unicode, astral password',
    key: LINK_KEYS[4]!.key,
    nonce: '2667cbef1daabcdba8d797f0',
    password: PASSWORDS[2]!.name,
    text: '\u{1F984}\u{1F510} \u00fcber-geheim \u{20BB7}',
  },
];

const PADDING_LENGTHS = [0, 1, 254, 255, 256, 1022, 1023, 1024, 4094, 4095, 4096, 8191, 8192, 16383, 16384];
PADDING_LENGTHS.push(MAX_PADDED_BYTES / 2 - 1, MAX_PADDED_BYTES / 2, MAX_PADDED_BYTES - 2);
PADDING_LENGTHS.push(MAX_PADDED_BYTES - 1, MAX_PADDED_BYTES);

const BUNDLES: { name: string; text: string; files: { name: string; type: string; size: number }[] }[] = [
  { name: 'one .env file, no text', text: '', files: [{ name: '.env', type: '', size: 208 }] },
  {
    name: 'note and two files',
    text: 'staging creds, rotate on Friday',
    files: [
      { name: 'service-account.json', type: 'application/json', size: 2345 },
      { name: 'id_ed25519', type: 'application/octet-stream', size: 411 },
    ],
  },
  {
    name: 'hostile name is just text',
    text: '',
    files: [{ name: '<img src=x onerror=alert(1)>.svg', type: 'image/svg+xml', size: 0 }],
  },
  {
    name: 'unicode name, large size',
    text: '\u{1F510}',
    files: [{ name: 'r\u00e9sum\u00e9 \u65e5\u672c.pdf', type: 'application/pdf', size: 2 ** 40 }],
  },
];

const STREAMS: { name: string; key: string; streamBytes: number }[] = [
  { name: 'one short chunk', key: 'a1'.repeat(32), streamBytes: 256 },
  { name: 'exactly one chunk', key: '3c'.repeat(16) + 'c3'.repeat(16), streamBytes: 65536 },
  { name: 'one chunk and one byte', key: LINK_KEYS[3]!.key, streamBytes: 65537 },
  { name: 'two parts (Padmé length above 1 MiB)', key: LINK_KEYS[4]!.key, streamBytes: 1081344 },
];

const STREAM_PADDING_LENGTHS = [0, 1, 256, 257, 65536, 65537, 1048575, 1048576, 1048577, 1081344, 1081345];
STREAM_PADDING_LENGTHS.push(10 * 1024 * 1024 - 1, 25 * 1024 * 1024, 100 * 1000 * 1000, 2 ** 40 + 1);

/** Deterministic plaintext: byte i is (i × 7 + 3) mod 251. */
function streamPlaintext(bytes: number): Uint8Array {
  return Uint8Array.from({ length: bytes }, (_, i) => (i * 7 + 3) % 251);
}

// ---- generation ----

async function passwordVectors() {
  const out = [];
  for (const v of PASSWORDS) {
    const salt = unhex(v.salt);
    const kdf = newPasswordKdf(salt);
    const normalized = new Uint8Array(Buffer.from(v.password.normalize('NFC'), 'utf8'));
    const passwordKey = await derivePasswordKey(v.password, kdf);
    same(passwordKey, nodeScrypt(normalized, salt), `scrypt ${v.name}`);
    if (v.password !== v.password.normalize('NFC')) {
      notDeepStrictEqual(Array.from(passwordKey), Array.from(nodeScrypt(Buffer.from(v.password, 'utf8'), salt)));
    }
    out.push({
      name: v.name,
      password: v.password,
      passwordNfcUtf8: hex(normalized),
      salt: v.salt,
      kdf,
      passwordKey: hex(passwordKey),
    });
  }
  return out;
}

type PasswordVector = Awaited<ReturnType<typeof passwordVectors>>[number];

function linkVectors() {
  return LINK_KEYS.map((v) => {
    const key = unhex(v.key);
    const { id, linkProof } = deriveLinkKeys(key);
    same(id, nodeHkdf(key, new Uint8Array(0), 'handoff/v1/id', 16), `id ${v.name}`);
    same(linkProof, nodeHkdf(key, id, 'handoff/v1/link', 32), `linkProof ${v.name}`);
    const linkVerifier = verifierOf(linkProof);
    same(linkVerifier, nodeSha256(linkProof), `linkVerifier ${v.name}`);
    const fragment = formatLinkKey(key);
    const parsed = parseLinkFragment(`#${fragment}`);
    strictEqual(parsed.ok && hex(parsed.key), v.key);
    deepStrictEqual(linkCredentials(key), { id: b64(id), linkProof: b64(linkProof) });
    return {
      name: v.name,
      key: v.key,
      fragment: wire(key),
      id: hex(id),
      idB64: wire(id),
      linkProof: hex(linkProof),
      linkProofB64: wire(linkProof),
      linkVerifier: hex(linkVerifier),
      linkVerifierB64: wire(linkVerifier),
    };
  });
}

function contentKeys(keyHex: string, password: PasswordVector | null) {
  const key = unhex(keyHex);
  const { id } = deriveLinkKeys(key);
  const passwordKey = password ? unhex(password.passwordKey) : null;
  const { encKey, passwordProof } = deriveContentKeys(key, id, passwordKey);
  const ikm = passwordKey ? Buffer.concat([key, passwordKey]) : key;
  same(encKey, nodeHkdf(ikm, id, 'handoff/v1/enc', 32), 'encKey');
  if (passwordProof) same(passwordProof, nodeHkdf(ikm, id, 'handoff/v1/password', 32), 'passwordProof');
  else strictEqual(password, null);
  return { key, id, encKey, passwordProof };
}

function contentKeyVectors(passwords: PasswordVector[]) {
  return CONTENT_KEYS.map((v) => {
    const password = v.password === null ? null : passwords.find((p) => p.name === v.password)!;
    const { id, encKey, passwordProof } = contentKeys(v.key, password);
    const passwordVerifier = passwordProof ? verifierOf(passwordProof) : null;
    if (passwordProof && passwordVerifier) same(passwordVerifier, nodeSha256(passwordProof), 'passwordVerifier');
    return {
      name: v.name,
      key: v.key,
      id: hex(id),
      password: password?.password ?? null,
      kdf: password?.kdf ?? null,
      passwordKey: password?.passwordKey ?? null,
      encKey: hex(encKey),
      passwordProof: passwordProof && hex(passwordProof),
      passwordProofB64: passwordProof && wire(passwordProof),
      passwordVerifier: passwordVerifier && hex(passwordVerifier),
      passwordVerifierB64: passwordVerifier && wire(passwordVerifier),
    };
  });
}

function aadOf(id: Uint8Array, kdf: PasswordKdf | null): Uint8Array {
  const aad = buildAad(id, kdf);
  same(aad, nodeAad(id, kdf && { salt: decodeBase64url(kdf.salt) }), 'aad');
  return aad;
}

function aadVectors(passwords: PasswordVector[]) {
  const idA = deriveLinkKeys(unhex(LINK_KEYS[3]!.key)).id;
  const idB = deriveLinkKeys(unhex(LINK_KEYS[4]!.key)).id;
  const cases: { name: string; id: Uint8Array; kdf: PasswordKdf | null }[] = [
    { name: 'random key A, no password', id: idA, kdf: null },
    { name: 'random key A, scrypt', id: idA, kdf: passwords[0]!.kdf },
    { name: 'random key B, scrypt', id: idB, kdf: passwords[1]!.kdf },
  ];
  return cases.map((c) => ({ name: c.name, id: hex(c.id), kdf: c.kdf, aad: hex(aadOf(c.id, c.kdf)) }));
}

async function envelopeVectors(passwords: PasswordVector[]) {
  const out = [];
  for (const v of ENVELOPES) {
    const password = v.password === null ? null : passwords.find((p) => p.name === v.password)!;
    const kdf = password?.kdf ?? null;
    const { key, id, encKey, passwordProof } = contentKeys(v.key, password);
    const nonce = unhex(v.nonce);
    const aad = aadOf(id, kdf);
    const payload = encodePayload({ kind: 'text', text: v.text });
    same(payload, Buffer.concat([Buffer.from([0x01]), Buffer.from(v.text, 'utf8')]), 'payload');
    const padded = pad(payload);
    same(padded, nodePad(payload), 'padding');
    const envelope = sealEnvelope(encKey, aad, padded, nonce);
    same(envelope, nodeSeal(encKey, nonce, aad, padded), `envelope ${v.name}`);
    same(nodeOpen(encKey, aad, envelope), padded, `node opens ${v.name}`);
    same(unpad(openEnvelope(encKey, aad, envelope)), payload, `lib opens ${v.name}`);
    const unlocked = await unlockSecret(key, kdf, password?.password);
    same(unlocked.encKey, encKey, 'unlockSecret');
    deepStrictEqual(openSecret(unlocked, b64(id), b64(envelope)), { kind: 'text', text: v.text });
    out.push({
      name: v.name,
      key: v.key,
      fragment: wire(key),
      idB64: wire(id),
      password: password?.password ?? null,
      kdf,
      passwordKey: password?.passwordKey ?? null,
      encKey: hex(encKey),
      passwordProofB64: passwordProof && wire(passwordProof),
      aad: hex(aad),
      nonce: v.nonce,
      text: v.text,
      payload: hex(payload),
      paddedBytes: padded.length,
      envelope: hex(envelope),
      envelopeB64: wire(envelope),
    });
  }
  return out;
}

function paddingVectors() {
  return PADDING_LENGTHS.map((payloadBytes) => {
    const expected = nodeBuckets().find((b) => b >= payloadBytes + 1) ?? null;
    let actual: number | null;
    try {
      actual = paddedSize(payloadBytes);
    } catch {
      actual = null;
    }
    strictEqual(actual, expected, `padded size of ${payloadBytes}`);
    return { payloadBytes, paddedBytes: expected };
  });
}

function fileKeyVectors(passwords: PasswordVector[]) {
  return CONTENT_KEYS.map((v) => {
    const password = v.password === null ? null : passwords.find((p) => p.name === v.password)!;
    const key = unhex(v.key);
    const { id } = deriveLinkKeys(key);
    const passwordKey = password ? unhex(password.passwordKey) : null;
    const { fileKey } = deriveContentKeys(key, id, passwordKey);
    const ikm = passwordKey ? Buffer.concat([key, passwordKey]) : key;
    same(fileKey, nodeHkdf(ikm, id, 'handoff/v1/files', 32), 'fileKey');
    return { name: v.name, key: v.key, passwordKey: password?.passwordKey ?? null, fileKey: hex(fileKey) };
  });
}

function bundleVectors() {
  return BUNDLES.map((v) => {
    const payload = encodePayload({ kind: 'bundle', text: v.text, files: v.files });
    same(payload, nodeBundle(v.text, v.files), `bundle ${v.name}`);
    deepStrictEqual(decodePayload(payload), { kind: 'bundle', text: v.text, files: v.files });
    const streamBytes = streamPaddedLength(v.files.reduce((n, f) => n + f.size, 0));
    return { name: v.name, text: v.text, files: v.files, payload: hex(payload), streamBytes };
  });
}

async function streamVectors() {
  const out = [];
  for (const v of STREAMS) {
    const key = unhex(v.key);
    const plaintext = streamPlaintext(v.streamBytes);
    const expected = nodeStream(key, plaintext);
    const parts: string[] = [];
    for (const backend of ['noble', 'webcrypto'] as const) {
      const stream = await FileStream.create(key, v.streamBytes, backend);
      const sealed: Uint8Array[] = [];
      for (let p = 0; p < stream.parts; p++) {
        const offset = stream.partOffset(p);
        const part = await stream.sealPart(p, plaintext.subarray(offset, offset + stream.partPlaintextBytes(p)));
        same(await stream.openPart(p, part), plaintext.subarray(offset, offset + stream.partPlaintextBytes(p)), 'open');
        sealed.push(part);
      }
      same(Buffer.concat(sealed), expected, `stream ${v.name} (${backend})`);
      if (backend === 'noble') parts.push(...sealed.map((part) => hex(nodeSha256(part))));
    }
    out.push({
      name: v.name,
      fileKey: v.key,
      streamBytes: v.streamBytes,
      plaintext: '(i * 7 + 3) mod 251 for byte i',
      chunks: Math.max(1, Math.ceil(v.streamBytes / 65536)),
      firstChunk: hex(expected.subarray(0, Math.min(expected.length, 96))),
      lastTag: hex(expected.subarray(expected.length - 16)),
      partSha256: parts,
      ...(expected.length <= 1024 ? { stream: hex(expected) } : {}),
    });
  }
  return out;
}

function streamPaddingVectors() {
  return STREAM_PADDING_LENGTHS.map((bytes) => {
    const padded = streamPaddedLength(bytes);
    strictEqual(padded, nodeStreamPadded(bytes), `stream padding of ${bytes}`);
    return { bytes, paddedBytes: padded };
  });
}

async function main(): Promise<void> {
  const passwords = await passwordVectors();
  const vectors = {
    protocol: 1,
    description:
      'Known-answer vectors of Handoff protocol v1 (docs/protocol.md). Bytes are hex; fields ending in B64 are base64url without padding, as on the wire. Generated by tests/vectors/generate.ts and cross-checked against node:crypto. Frozen.',
    link: linkVectors(),
    password: passwords,
    contentKeys: contentKeyVectors(passwords),
    aad: aadVectors(passwords),
    envelope: await envelopeVectors(passwords),
    padding: paddingVectors(),
    fileKeys: fileKeyVectors(passwords),
    bundle: bundleVectors(),
    streamPadding: streamPaddingVectors(),
    stream: await streamVectors(),
  };
  if (process.argv.includes('--check')) {
    deepStrictEqual(JSON.parse(readFileSync(OUT, 'utf8')), JSON.parse(JSON.stringify(vectors)), 'v1.json is stale');
    console.log('v1.json matches');
    return;
  }
  writeFileSync(OUT, `${JSON.stringify(vectors, null, 2)}\n`);
  console.log(`wrote ${OUT.pathname}`);
}

await main();
