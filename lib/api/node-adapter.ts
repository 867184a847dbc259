import 'server-only';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { observeReply } from '../observability/access';
import { PEER_HEADER } from '../ratelimit';
import { responseHeaders } from '../security/headers';
import { apiDeps } from './context';
import type { ApiReply, ApiRequest, PreloadedBody } from './fast-path';
import { bodyCap, dispatch, findRoute, refusal, type ApiRoute } from './router';

/*
 * Serves /api/* straight from node:http, in the same process as Next and in
 * front of it (server.mjs): Next's own request handling, not Redis, limits
 * the throughput of a route handler (bench/README.md). Same routing table,
 * handlers, headers and limits as the catch-all Next route that `next dev`
 * uses (app/api/[[...path]]/route.ts); the body is read here with the same cap,
 * and no Web Request or Response is built on the way (lib/api/fast-path.ts,
 * docs/performance.md). Every /api request ends here: none is handed to Next.
 */

const API_HEADERS = Object.entries(responseHeaders('api')).map(([name, value]) => [name.toLowerCase(), value] as const);

/** The request headers the API reads; the handlers see these and no others. */
const FORWARDED_HEADERS: ReadonlySet<string> = new Set([
  'content-type',
  'content-length',
  'authorization',
  'x-forwarded-for',
  'forwarded',
]);

/**
 * Reads the body up to `maxBytes`. A declared or actual size over the cap
 * stops reading (the rest stays unread; serveApi then closes the connection).
 */
function readBody(req: IncomingMessage, maxBytes: number): Promise<PreloadedBody> {
  if (Number(req.headers['content-length']) > maxBytes) return Promise.resolve({ kind: 'too-large' });
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (result: PreloadedBody | Error) => {
      req.off('data', onData).off('end', onEnd).off('error', done);
      if (result instanceof Error) reject(result);
      else resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        req.pause();
        done({ kind: 'too-large' });
      } else chunks.push(chunk);
    };
    const onEnd = () => done({ kind: 'bytes', bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks) });
    req.on('data', onData).on('end', onEnd).on('error', done);
  });
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

async function toApiRequest(req: IncomingMessage, method: string, maxBodyBytes: number): Promise<ApiRequest> {
  const headers = new ForwardedHeaders(req, req.socket.remoteAddress ?? '');
  const hasBody = method !== 'GET' && method !== 'HEAD' && method !== 'DELETE';
  const preloadedBody = hasBody ? await readBody(req, maxBodyBytes) : undefined;
  return { method, headers, body: null, preloadedBody };
}

function send(res: ServerResponse, reply: ApiReply, closeAfter: boolean): void {
  const headers: Record<string, string> = {};
  for (const [name, value] of API_HEADERS) headers[name] = value;
  for (const [name, value] of Object.entries(reply.headers)) headers[name.toLowerCase()] = value;
  const body = reply.body;
  headers['content-length'] = String(
    body === null ? 0 : typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength,
  );
  if (closeAfter) headers.connection = 'close';
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

function answer(req: IncomingMessage, res: ServerResponse, reply: ApiReply): void {
  const close = leavesLargeBody(req);
  send(res, reply, close);
  if (close) res.once('finish', () => req.socket.destroySoon());
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

/**
 * Answers every request for /api or a path below it, from the one routing
 * table (lib/api/router.ts): the route and the method are checked before any
 * byte of the body is read, so an unknown path or a wrong method gets its
 * 404/405 at once and never waits for, or reads, a body.
 * @returns true when it answered, false (any other path) to let Next handle the request
 */
export async function serveApi(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const startedAt = performance.now();
  const pathname = apiPathname(req.url ?? '/');
  if (pathname === null) return false;
  const method = req.method ?? 'GET';
  const found = findRoute(pathname);
  const reply = refusal(found, method) ?? (await handle(req, found!, method, pathname));
  answer(req, res, reply);
  observeReply(found?.template, method, reply.status, startedAt);
  return true;
}

/** Reads the body and runs the handler of a row that refusal() let through. */
async function handle(req: IncomingMessage, route: ApiRoute, method: string, pathname: string): Promise<ApiReply> {
  const deps = apiDeps();
  return dispatch(route, await toApiRequest(req, method, bodyCap(route, deps)), pathname, deps);
}

// server.mjs reaches the logger and the metrics listener through this bundle.
export { logger } from '../observability/logger';
export { startMetricsServer } from '../observability/server';
