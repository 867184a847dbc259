/*
 * Micro-benchmark of key detection on 1 MB pastes: a realistic mix, and
 * adversarial inputs built to make a backtracking regex go quadratic.
 * Run: npx tsx bench/detect-bench.ts   (prints the median of RUNS runs each)
 * Not a test: timings depend on the machine, so nothing here asserts.
 */
import { performance } from 'node:perf_hooks';
import { detect } from '@/lib/detect';

const SIZE_CHARS = 1_000_000;
const RUNS = 15;
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Deterministic pseudo-random alphanumerics (mulberry32), so every run measures the same text. */
function makeRandom(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return (length: number, alphabet = ALNUM) =>
    Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
}

const fill = (unit: string) => unit.repeat(Math.ceil(SIZE_CHARS / unit.length)).slice(0, SIZE_CHARS);

function mixedPaste(): string {
  const random = makeRandom(1);
  const b64u = (s: string) => Buffer.from(s).toString('base64url');
  const chunks: string[] = [];
  let size = 0;
  for (let i = 0; size < SIZE_CHARS; i++) {
    const chunk = [
      `# service ${i}\nSTRIPE_SECRET_KEY=${'sk_' + 'live_' + random(99)}\nDATABASE_URL=postgres://app:${random(20)}@db${i}.example.com:5432/app\n`,
      `aws_access_key_id = ${'AKIA' + random(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}\naws_secret_access_key = ${random(40)}\n`,
      `GITHUB_TOKEN=${'gh' + 'p_' + random(36)}\nSLACK_BOT_TOKEN=${'xox' + 'b-' + random(12, '0123456789') + '-' + random(13, '0123456789') + '-' + random(24)}\n`,
      `{"token": "${b64u('{"alg":"RS256","typ":"JWT"}')}.${b64u(`{"sub":"${i}"}`)}.${random(86)}"}\n`,
      `-----BEGIN ${'PRIVATE KEY'}-----\n${Array.from({ length: 25 }, () => random(64)).join('\n')}\n-----END ${'PRIVATE KEY'}-----\n`,
      'Lorem ipsum dolor sit amet, consectetur adipiscing elit; see https://example.com/docs?page=2 for details.\n'.repeat(
        8,
      ),
      `const config = { retries: 3, region: "eu-west-1", endpoint: "https://api.example.com/v1/items/${i}" };\n`,
    ].join('');
    chunks.push(chunk);
    size += chunk.length;
  }
  return chunks.join('').slice(0, SIZE_CHARS);
}

const random = makeRandom(2);
const inputs: [string, string][] = [
  ['mixed: .env, keys, JWTs, PEM, prose, code', mixedPaste()],
  ["adversarial: 'sk_live_' repeated", fill('sk_' + 'live_')],
  ["adversarial: 'a' x 1e6", 'a'.repeat(SIZE_CHARS)],
  ["adversarial: '-----BEGIN ' repeated", fill('-----BEGIN ')],
  ["adversarial: '-----BEGIN PRIVATE KEY-----' repeated, no END", fill('-----BEGIN PRIVATE KEY-----')],
  ["adversarial: 'eyJ' repeated", fill('eyJ')],
  ["adversarial: 'eyJ' + 2000 chars + '.', repeated", fill('eyJ' + 'a'.repeat(2000) + '.')],
  ["adversarial: 'postgres://' repeated", fill('postgres://')],
  ["adversarial: 'postgres://u:' + 600 x 'p', repeated", fill('postgres://u:' + 'p'.repeat(600))],
  ['adversarial: AKIA ids every 21 chars (merged windows)', fill('AKIA' + 'A'.repeat(16) + ' ')],
  ['adversarial: Twilio SIDs every 35 chars', fill('AC' + 'a'.repeat(32) + ' ')],
  ["adversarial: 'xoxb-1-' + 300 x '-', repeated", fill('xoxb-1-' + '-'.repeat(300))],
  ["adversarial: 'glpat-' + 400 chars, repeated", fill('glpat-' + 'a'.repeat(400) + ' ')],
  ["adversarial: 'A=\\n' repeated (333k lines)", fill('A=\n')],
  ["adversarial: 'K=\"\\n' repeated (250k lines, unclosed quotes)", fill('K="\n')],
  ['adversarial: random alphanumerics, no spaces', random(SIZE_CHARS)],
  ['adversarial: random base64 lines', fill(random(64, ALNUM + '+/') + '\n')],
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

console.log(
  `detect() on ${SIZE_CHARS.toLocaleString('en')}-character pastes, median of ${RUNS} runs (node ${process.version})`,
);
for (const [name, text] of inputs) {
  detect(text); // warm up
  const times: number[] = [];
  let found = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    found = detect(text).length;
    times.push(performance.now() - start);
  }
  console.log(`${median(times).toFixed(1).padStart(8)} ms  ${name} (${found} kinds found)`);
}
