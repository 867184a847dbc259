import 'server-only';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { PART_BYTES } from '../protocol/wire';
import { PEER_HEADER } from '../ratelimit';
import { responseHeaders } from '../security/headers';
import { apiDeps } from './context';
import { preloadedBodies, responseBytes, responseTexts, type PreloadedBody } from './fast-path';
import { routeApi } from './router';

/*
 * Serves /api/* straight from node:http, in the same process as Next and in
 * front of it (server.mjs): Next's own request handling, not Redis, limits
 * the throughput of a route handler (bench/README.md). Same handlers, same
 * headers, same limits as the Next routes in app/api/; the body is read here
 * with the same cap and handed over through lib/api/fast-path.ts.
 */

const API_HEADERS = Object.entries(responseHeaders('api')).map(([name, value]) => [name.toLowerCase(), value] as const);

/** The request headers the API reads; the Request the handlers get carries these and no others. */
const FORWARDED_HEADERS = ['content-type', 'content-length', 'authorization', 'x-forwarded-for'] as const;

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

async function toWebRequest(req: IncomingMessage, maxBodyBytes: number): Promise<Request> {
  const headers: Record<string, string> = {};
  for (const name of FORWARDED_HEADERS) {
    const value = req.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }
  // The client address comes from the socket, never from what the client sent.
  headers[PEER_HEADER] = req.socket.remoteAddress ?? '';
  const method = req.method ?? 'GET';
  const request = new Request(`http://localhost${req.url ?? '/'}`, { method, headers });
  if (method !== 'GET' && method !== 'HEAD' && method !== 'DELETE') {
    preloadedBodies.set(request, await readBody(req, maxBodyBytes));
  }
  return request;
}

async function send(res: ServerResponse, response: Response, closeAfter: boolean): Promise<void> {
  const headers: Record<string, string> = {};
  for (const [name, value] of API_HEADERS) headers[name] = value;
  response.headers.forEach((value, name) => (headers[name] = value));
  const text = responseTexts.get(response);
  const bytes = responseBytes.get(response);
  const body =
    text !== undefined
      ? Buffer.from(text)
      : bytes !== undefined
        ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
        : response.body
          ? Buffer.from(await response.arrayBuffer())
          : null;
  headers['content-length'] = String(body?.length ?? 0);
  if (closeAfter) headers.connection = 'close';
  res.writeHead(response.status, headers);
  res.end(body);
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
  const response = await routeApi(await toWebRequest(req, cap), pathname, deps);
  if (!response) return false;
  // A refused body (413) may be left unread: answer, then close the connection
  // rather than read, say, a gigabyte someone keeps sending.
  const unread = !req.complete;
  await send(res, response, unread);
  if (unread) res.once('finish', () => req.socket.destroySoon());
  return true;
}
