import 'server-only';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { PART_BYTES } from '../protocol/wire';
import { PEER_HEADER } from '../ratelimit';
import { responseHeaders } from '../security/headers';
import { apiDeps } from './context';
import type { ApiReply, ApiRequest, PreloadedBody } from './fast-path';
import { routeApi } from './router';

/*
 * Serves /api/* straight from node:http, in the same process as Next and in
 * front of it (server.mjs): Next's own request handling, not Redis, limits
 * the throughput of a route handler (bench/README.md). Same handlers, same
 * headers, same limits as the Next routes in app/api/; the body is read here
 * with the same cap, and no Web Request or Response is built on the way
 * (lib/api/fast-path.ts, docs/performance.md).
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

async function toApiRequest(req: IncomingMessage, maxBodyBytes: number): Promise<ApiRequest> {
  const method = req.method ?? 'GET';
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

const PART_PATH = /^\/api\/secrets\/[^/]+\/parts\/[^/]+$/;

/**
 * Answers the request if it is one of the API routes.
 * @returns true when it answered, false to let Next handle the request
 */
export async function serveApi(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const url = req.url ?? '/';
  if (!url.startsWith('/api/') || url.startsWith('/api/openapi.json')) return false;
  const queryAt = url.indexOf('?');
  const pathname = queryAt === -1 ? url : url.slice(0, queryAt);
  const deps = apiDeps();
  // File parts are binary and larger than any JSON body: they get their own cap.
  const cap = PART_PATH.test(pathname) ? PART_BYTES : deps.config.maxBodyBytes;
  const reply = await routeApi(await toApiRequest(req, cap), pathname, deps);
  if (!reply) return false;
  // A refused body (413) may be left unread: answer, then close the connection
  // rather than read, say, a gigabyte someone keeps sending.
  const unread = !req.complete;
  send(res, reply, unread);
  if (unread) res.once('finish', () => req.socket.destroySoon());
  return true;
}
