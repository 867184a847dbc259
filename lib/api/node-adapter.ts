import 'server-only';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { getConfig, type ServerConfig } from '../config';
import { observeReply } from '../observability/access';
import { clientAddress, PEER_HEADER } from '../ratelimit';
import { responseHeaders } from '../security/headers';
import { BodyGate } from './body-gate';
import { apiDeps } from './context';
import type { ApiReply, PreloadedBody } from './fast-path';
import { emptyReply, errorReply } from './http';
import { admit, authorize, bodyCap, dispatch, findRoute, limitOf, methodOf, refusal, type ApiRoute } from './router';
import { USER_HEADER } from '../auth/identity';
import { inAnyCidr, parseIp } from '../net/cidr';

/*
 * Serves /api/* straight from node:http, in the same process as Next and in
 * front of it (server.mjs): Next's own request handling, not Redis, limits
 * the throughput of a route handler (bench/README.md). Same routing table,
 * handlers, headers and limits as the catch-all Next route that `next dev`
 * uses (app/api/[[...path]]/route.ts); the body is read here with the same cap,
 * and no Web Request or Response is built on the way (lib/api/fast-path.ts,
 * docs/performance.md). Every /api request ends here: none is handed to Next.
 *
 * Bodies (security review F-05): the rate limit is counted before the body is
 * read; bodies being received at once are bounded per client address and
 * overall (BodyGate); a JSON body must arrive within its own, short timeout;
 * a client that goes away mid-body is a quiet close, never an error.
 */

const API_HEADERS = Object.entries(responseHeaders('api')).map(([name, value]) => [name.toLowerCase(), value] as const);

/** The request headers the API reads; the handlers see these and no others. */
const FORWARDED_HEADERS: ReadonlySet<string> = new Set([
  'content-type',
  'content-length',
  'authorization',
  'x-forwarded-for',
  'forwarded',
  // Sign-in (lib/auth/identity.ts): the session cookie, the Origin of a signed-in change, and the
  // identity proxy's user, which settleIdentityHeader() has already kept or removed.
  'cookie',
  'origin',
  USER_HEADER,
]);

/** What receiving a body gave: the body (or too large), a refusal to send, or nothing: the client went away. */
type Received = PreloadedBody | { kind: 'refused'; reply: ApiReply } | { kind: 'aborted' };

const TOO_LARGE: Received = { kind: 'too-large' };
const ABORTED: Received = { kind: 'aborted' };
// The answer Node itself gives when a request outlives requestTimeout: no body, and the connection closes.
const TIMED_OUT: Received = { kind: 'refused', reply: emptyReply(408) };
const CLIENT_BUSY: Received = { kind: 'refused', reply: errorReply('rate_limited', {}, { 'Retry-After': '1' }) };
const SERVER_BUSY: Received = { kind: 'refused', reply: errorReply('store_unavailable', {}, { 'Retry-After': '1' }) };

/**
 * Reads the body up to `maxBytes`, within `timeoutMs` (0: no limit of its
 * own; the server's requestTimeout still applies). A declared or actual size
 * over the cap stops reading (the rest stays unread; serveApi then closes the
 * connection). Never rejects: an aborted body resolves ABORTED.
 */
function readBody(req: IncomingMessage, maxBytes: number, timeoutMs: number): Promise<Received> {
  if (Number(req.headers['content-length']) > maxBytes) return Promise.resolve(TOO_LARGE);
  if (req.destroyed) return Promise.resolve(ABORTED);
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (result: Received) => {
      if (timer) clearTimeout(timer);
      req.off('data', onData).off('end', onEnd).off('error', onAbort).off('close', onAbort);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        req.pause();
        done(TOO_LARGE);
      } else chunks.push(chunk);
    };
    const onEnd = () => done({ kind: 'bytes', bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks) });
    // 'error' (ECONNRESET "aborted") or 'close' before 'end': the client is gone; there is no one to answer.
    const onAbort = () => done(ABORTED);
    const timer = timeoutMs > 0 ? setTimeout(done, timeoutMs, TIMED_OUT) : undefined;
    req.on('data', onData).on('end', onEnd).on('error', onAbort).on('close', onAbort);
  });
}

let bodySettings: ServerConfig['bodies'] | undefined;
let bodyGate: BodyGate | undefined;

/**
 * Receives the body of an admitted request, in one of the gate's slots for
 * `client`. With every slot taken, a body still in transit is refused at once,
 * unread: 429 when the client's own slots are taken, 503 when the server's are.
 */
async function receiveBody(req: IncomingMessage, maxBytes: number, json: boolean, client: string): Promise<Received> {
  bodySettings ??= getConfig().server.bodies;
  bodyGate ??= new BodyGate(bodySettings);
  const timeoutMs = json ? bodySettings.jsonTimeoutMs : 0;
  const full = bodyGate.enter(client);
  if (full === null) {
    try {
      return await readBody(req, maxBytes, timeoutMs);
    } finally {
      bodyGate.leave(client);
    }
  }
  // A body sent in one packet with its headers is parsed on the next turn of
  // the event loop; it then costs nothing to take, so it is not refused.
  await new Promise((resolve) => setImmediate(resolve));
  if (req.complete) return readBody(req, maxBytes, timeoutMs);
  return full === 'client' ? CLIENT_BUSY : SERVER_BUSY;
}

/** The request headers the handlers may read, as Headers.get answers them (names in lower case). */
class ForwardedHeaders {
  constructor(
    private readonly req: IncomingMessage,
    private readonly peer: string,
  ) {}

  get(name: string): string | null {
    const key = name.toLowerCase();
    // The client address comes from the socket, never from what the client sent.
    if (key === PEER_HEADER) return this.peer;
    const value = FORWARDED_HEADERS.has(key) ? this.req.headers[key] : undefined;
    return typeof value === 'string' ? value : null;
  }
}

// server.mjs sets this on SIGTERM: every answer from then on closes its connection (reliability review R2).
const DRAINING = Symbol.for('handoff.draining');

function send(res: ServerResponse, reply: ApiReply, closeAfter: boolean): void {
  const headers: Record<string, string> = {};
  for (const [name, value] of API_HEADERS) headers[name] = value;
  for (const [name, value] of Object.entries(reply.headers)) headers[name.toLowerCase()] = value;
  const body = reply.body;
  headers['content-length'] = String(
    body === null ? 0 : typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength,
  );
  if (closeAfter || (globalThis as { [DRAINING]?: boolean })[DRAINING]) headers.connection = 'close';
  res.writeHead(reply.status, headers);
  res.end(body ?? undefined);
}

/** Below this, Node reads and discards a body left unread and keeps the connection for the next request. */
const DRAIN_BYTES = 64 * 1024;

/**
 * Whether an answer leaves a body unread that is too large (or of unknown
 * length) to drain: the connection is then closed after the answer rather
 * than read, say, a gigabyte someone keeps sending.
 */
function leavesLargeBody(req: IncomingMessage): boolean {
  if (req.complete) return false;
  if (req.headers['transfer-encoding'] !== undefined) return true;
  return Number(req.headers['content-length'] ?? 0) > DRAIN_BYTES;
}

/*
 * Lingering close. A connection closed while the client is still sending its
 * body has unread data: the kernel then closes it with a reset (RST), and a
 * client still writing can see ECONNRESET or EPIPE before it has read the
 * answer (a 413 turned into a network error). So after such an answer the
 * server ends only its own side (FIN: the answer is complete), reads and
 * discards what the client still sends, and closes the connection once the
 * client has closed its side or sent the whole body, or at the time bound.
 *
 * Bounds. Time, LINGER_MS: a client that reads its answer as it arrives
 * stops sending, or closes, within a round trip or two; 2 s covers any link
 * a person waits on (Apache's lingering close also waits 2 s), and is the
 * longest a connection lingers: a client that trickles forever is cut then.
 * Bytes, LINGER_BYTES: what is read and discarded, at most; then reading
 * stops (the client's writes stall) until the time bound. It is not a reason
 * to close sooner: megabytes the client wrote before the answer reached it
 * can still be in flight (socket buffers), and closing on them would be the
 * reset this avoids. 4 MiB costs a few milliseconds of parsing, so a client
 * that floods and ignores its answer costs little (Tomcat swallows 2 MiB of
 * an aborted upload). Nothing is buffered beyond what Node's stream holds
 * when paused (one high-water mark). At shutdown the linger adds at most
 * LINGER_MS to a connection, well within server.mjs's grace.
 */
const LINGER_MS = 2_000;
const LINGER_BYTES = 4 * 1024 * 1024;

/** Connections whose last answer leaves their body unread: no further request on one is served. */
const lingering = new WeakSet<Socket>();

/**
 * Discards the rest of `req`'s body (at most LINGER_BYTES, then reading
 * stops), and makes its connection linger when Node's server ends it after
 * the answer: Node ends a `Connection: close` answer's connection by calling
 * socket.destroySoon() once the answer is written (resOnFinish in
 * lib/_http_server.js), so this socket's own destroySoon lingers instead.
 * The body is read here, before the answer, rather than left to Node: Node
 * would dump it (drop it in the parser, with no bound and nothing to count).
 */
function discardRest(req: IncomingMessage): void {
  const socket = req.socket;
  // From this answer on, the connection serves no further request, even one parsed before the answer is written.
  lingering.add(socket);
  let left = LINGER_BYTES;
  req.on('data', (chunk: Buffer) => {
    left -= chunk.length;
    if (left < 0) req.pause();
  });
  req.resume();
  socket.destroySoon = () => linger(req, socket);
}

/**
 * Half-closes `socket` after the answer, then destroys it at the first of:
 * the body ending (nothing is left unread: no reset), the client closing its
 * side, LINGER_MS. A body that ended before the answer was written leaves
 * nothing to wait for: Node's own soft close then.
 */
function linger(req: IncomingMessage, socket: Socket): void {
  if (req.complete || socket.destroyed) return Socket.prototype.destroySoon.call(socket);
  socket.end();
  const close = () => socket.destroy();
  const timer = setTimeout(close, LINGER_MS);
  timer.unref();
  req.once('end', close);
  socket.once('end', close).once('close', () => clearTimeout(timer));
}

/**
 * Sends `reply`; closes the connection after it when the body is left unread
 * and large, or when told to. A connection closed with its body still coming
 * lingers (above). Answers that keep the connection, or whose body has been
 * read, are untouched.
 */
function answer(req: IncomingMessage, res: ServerResponse, reply: ApiReply, close = leavesLargeBody(req)): void {
  if (close && !req.complete) discardRest(req);
  send(res, reply, close);
}

/**
 * Closes the connection, serving nothing, when `req` arrived after the last
 * answer on a connection that is lingering (a client that sent a whole
 * oversized body and then another request: the answer said
 * `Connection: close`). server.mjs calls this before anything else.
 * @returns true when the request was refused this way
 */
export function refuseAfterLastAnswer(req: IncomingMessage): boolean {
  if (!lingering.has(req.socket)) return false;
  req.socket.destroy();
  return true;
}

/**
 * The path of an /api request (`/api` or below), or null for any other request.
 * The absolute form (`POST http://host/api/x`) counts too: Next would route it
 * to the same path, and no /api request may ever reach Next.
 */
function apiPathname(url: string): string | null {
  let pathname = url;
  if (url.charCodeAt(0) !== 47 /* '/' */) {
    try {
      pathname = new URL(url).pathname;
    } catch {
      return null;
    }
  }
  const queryAt = pathname.indexOf('?');
  if (queryAt !== -1) pathname = pathname.slice(0, queryAt);
  return pathname === '/api' || pathname.startsWith('/api/') ? pathname : null;
}

/** The query string of a request target, `?` included; '' when it has none. */
function searchOf(url: string): string {
  const queryAt = url.indexOf('?');
  return queryAt === -1 ? '' : url.slice(queryAt);
}

/**
 * Answers every request for /api or a path below it, from the one routing
 * table (lib/api/router.ts): the route and the method are checked before any
 * byte of the body is read, so an unknown path or a wrong method gets its
 * 404/405 at once and never waits for, or reads, a body; so is the rate
 * limit, so a client over it gets its 429 without sending its body.
 * @returns true when it answered (or the client went away), false (any other path) to let Next handle the request
 */
export async function serveApi(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const startedAt = performance.now();
  const pathname = apiPathname(req.url ?? '/');
  if (pathname === null) return false;
  const method = req.method ?? 'GET';
  const found = findRoute(pathname);
  const refused = refusal(found, method);
  if (refused) return finish(req, res, refused, found, method, startedAt);
  // refusal() answered every request that matched no row.
  const route = found!;
  const deps = apiDeps();
  const headers = new ForwardedHeaders(req, req.socket.remoteAddress ?? '');
  const routeMethod = methodOf(route, method);
  const { limit } = routeMethod;
  const hasBody = method !== 'GET' && method !== 'HEAD' && method !== 'DELETE';
  const client = limit !== null || hasBody ? clientAddress(headers, deps.config.trustedProxies) : '';
  const authorized = await authorize(routeMethod, { method, headers, body: null }, deps);
  if ('reply' in authorized) return finish(req, res, authorized.reply, found, method, startedAt);
  const { identity } = authorized;
  if (limit !== null) {
    const limitedOut = await admit(...limitOf(limit, identity, () => client), deps);
    if (limitedOut) return finish(req, res, limitedOut, found, method, startedAt);
  }
  let preloadedBody: PreloadedBody | undefined;
  if (hasBody) {
    const received = await receiveBody(req, bodyCap(route, deps), route.body === 'json', client);
    if (received.kind === 'aborted') {
      observeReply(route.template, method, CLIENT_CLOSED, startedAt);
      return true;
    }
    if (received.kind === 'refused') return finish(req, res, received.reply, found, method, startedAt, true);
    preloadedBody = received;
  }
  const search = searchOf(req.url ?? '');
  const reply = await dispatch(route, { method, headers, body: null, preloadedBody, identity, search }, pathname, deps);
  return finish(req, res, reply, found, method, startedAt);
}

/** The status access lines and metrics give a request whose client left before it was answered (nginx's). */
const CLIENT_CLOSED = 499;

/** Sends the reply, then counts it under its route's template (metrics, access line). */
function finish(
  req: IncomingMessage,
  res: ServerResponse,
  reply: ApiReply,
  found: ApiRoute | undefined,
  method: string,
  startedAt: number,
  close?: boolean,
): true {
  answer(req, res, reply, close);
  observeReply(found?.template, method, reply.status, startedAt);
  return true;
}

/**
 * Sign-in through an identity proxy (HANDOFF_AUTH=proxy): server.mjs calls
 * this first on every request, before the API or Next reads a header. The
 * proxy's user header counts only on a connection from one of the proxy's
 * addresses (HANDOFF_AUTH_PROXY_CIDRS), and is then passed on as
 * x-handoff-user; from any other peer it is removed and the request is
 * anonymous. A client-sent x-handoff-user is always removed.
 */
export function settleIdentityHeader(req: IncomingMessage): void {
  delete req.headers[USER_HEADER];
  const auth = getConfig().auth;
  if (auth.mode !== 'proxy') return;
  const value = req.headers[auth.header];
  delete req.headers[auth.header];
  if (typeof value !== 'string' || value.trim() === '') return;
  const peer = parseIp(req.socket.remoteAddress ?? '');
  if (peer && inAnyCidr(auth.proxies, peer)) req.headers[USER_HEADER] = value;
}

/**
 * Where server.mjs listens: PORT and HOSTNAME, checked with the rest of the
 * configuration (reliability review R3).
 * @throws ConfigError listing every invalid variable, PORT and HOSTNAME included
 */
export function listenAddress(): { port: number; hostname: string } {
  const { port, hostname } = getConfig().server;
  return { port, hostname };
}

// server.mjs reaches the logger and the metrics listener through this bundle.
export { logger } from '../observability/logger';
export { startMetricsServer } from '../observability/server';
// server.mjs serves the CLI download (/cli/handoff.mjs) through this bundle too.
export { serveCliBundle } from './cli-bundle';
