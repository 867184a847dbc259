// The baseline of `npm run bench`: the least a Node server can do to serve Handoff's API.
// node:http and ioredis, the app's own Lua scripts (imported from lib/store/redis-scripts.ts,
// not copied) on the app's key layout (lib/redis/keys.ts), and nothing else: no validation beyond JSON.parse, no
// Web Request/Response, no headers but the content type. The app is measured as a fraction of it.
//
// Started by bench/run.ts as `node --conditions=react-server --import tsx bench/baseline-server.mjs`
// with PORT, REDIS_URL, KEY_PREFIX and, optionally, BASELINE_RATE_LIMIT=1 to also run the app's
// rate-limit script (lib/ratelimit/redis.ts) before each call, as the app does.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { Redis } from 'ioredis';
import { PART_BYTES } from '../lib/protocol/v1.ts';
import { secretKeys } from '../lib/redis/keys.ts';
import { CLAIM_SCRIPT, PEEK_SCRIPT, PUT_SCRIPT } from '../lib/store/redis-scripts.ts';

const port = Number(process.env.PORT);
const prefix = process.env.KEY_PREFIX ?? 'bench-baseline:';
const PASSWORD_ATTEMPTS = '5';
const RECEIPT_TTL_MS = String(30 * 86_400_000);

const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: 0 });
redis.on('error', (error) => console.error(`baseline: redis: ${error.message}`));
const [put, peek, claim] = await Promise.all(
  [PUT_SCRIPT, PEEK_SCRIPT, CLAIM_SCRIPT].map((source) => redis.script('LOAD', source)),
);

// The app's own GCRA limiter, fed a minimal connection, when asked to do the app's rate-limit work too.
const limiter = process.env.BASELINE_RATE_LIMIT === '1' ? await rateLimiter() : null;

async function rateLimiter() {
  const { RedisRateLimiter } = await import('../lib/ratelimit/redis.ts');
  const connection = {
    run: (script, keys, args) =>
      redis.evalsha(script.sha, keys.length, ...keys, ...args).catch((error) => {
        if (!String(error.message).startsWith('NOSCRIPT')) throw error;
        return redis.eval(script.source, keys.length, ...keys, ...args);
      }),
  };
  const unlimited = { count: 100_000_000, windowSeconds: 60 };
  return new RedisRateLimiter(connection, prefix, {
    create: unlimited,
    peek: unlimited,
    reveal: unlimited,
    manage: unlimited,
    textKiBDays: unlimited,
  });
}

const keys = (id) => secretKeys(prefix, id);
// PUT's file arguments for a secret without files (as lib/store/redis.ts passes them).
const TEXT_ONLY = ['', '0', '0', String(PART_BYTES), '3600000', '600000', '0.8', ''];
const verifier = (proof) => createHash('sha256').update(Buffer.from(proof, 'base64url')).digest('base64url');

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

function send(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  res.end(text);
}

async function createSecret(req, res) {
  const s = await readJson(req);
  // The app also charges the envelope to the client's text budget (lib/ratelimit/text-cost.ts).
  if (limiter) await limiter.hit('textKiBDays', req.socket.remoteAddress ?? '', 1);
  const reply = await redis.evalsha(
    put,
    4,
    ...keys(s.id),
    s.envelope,
    s.linkVerifier,
    s.passwordVerifier ?? '',
    s.kdf ? JSON.stringify(s.kdf) : '',
    s.manageVerifier ?? '',
    String(s.maxViews),
    PASSWORD_ATTEMPTS,
    String(s.ttlSeconds * 1000),
    RECEIPT_TTL_MS,
    ...TEXT_ONLY,
  );
  if (reply === 0) return send(res, 409, { error: 'id_taken' });
  send(res, 201, { id: s.id, expiresAt: new Date(Number(reply[0])).toISOString() });
}

async function peekSecret(req, res, id) {
  const token = /^Bearer ([A-Za-z0-9_-]+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
  const reply = await redis.evalsha(peek, 4, ...keys(id), verifier(token));
  if (reply.length === 0) return send(res, 404, { error: 'not_found' });
  send(res, 200, { expiresAt: new Date(reply[1]).toISOString(), viewsLeft: reply[0], kdf: reply[2] || null });
}

async function revealSecret(req, res, id) {
  const { linkProof, passwordProof } = await readJson(req);
  const reply = await redis.evalsha(
    claim,
    4,
    ...keys(id),
    verifier(linkProof),
    passwordProof ? verifier(passwordProof) : '',
    '',
  );
  if (reply[0] === 0) return send(res, 404, { error: 'not_found' });
  if (reply[0] === 1) return send(res, 403, { error: 'wrong_password', attemptsLeft: reply[1] });
  send(res, 200, { envelope: reply[1], viewsLeft: reply[2] });
}

const SECRET_PATH = /^\/api\/secrets\/([A-Za-z0-9_-]+)(\/reveal)?$/;

async function route(req, res) {
  const client = req.socket.remoteAddress ?? '';
  if (req.method === 'GET' && req.url === '/api/health') return send(res, 200, { status: 'ok' });
  if (req.method === 'POST' && req.url === '/api/secrets') {
    if (limiter) await limiter.hit('create', client);
    return createSecret(req, res);
  }
  const match = SECRET_PATH.exec(req.url ?? '');
  if (match && req.method === 'GET' && !match[2]) {
    if (limiter) await limiter.hit('peek', client);
    return peekSecret(req, res, match[1]);
  }
  if (match && req.method === 'POST' && match[2]) {
    if (limiter) await limiter.hit('reveal', client);
    return revealSecret(req, res, match[1]);
  }
  send(res, 404, { error: 'not_found' });
}

const server = createServer((req, res) => {
  route(req, res).catch((error) => {
    console.error(`baseline: ${error.message}`);
    if (!res.headersSent) send(res, 500, { error: 'internal' });
  });
});
server.keepAliveTimeout = 5_000;
server.listen(port, '127.0.0.1', () => console.log(`baseline: listening on ${port}`));

function stop() {
  server.close(() => redis.quit().finally(() => process.exit(0)));
  server.closeIdleConnections();
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
