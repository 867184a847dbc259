import 'server-only';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { PEER_HEADER } from '../ratelimit';
import { responseHeaders } from '../security/headers';
import { apiDeps } from './context';
import { routeApi } from './router';

/*
 * Serves /api/* straight from node:http, in the same process as Next and in
 * front of it (server.mjs): Next's own request handling, not Redis, limits
 * the throughput of a route handler (docs/performance.md). Same handlers,
 * same headers, same limits as the Next routes in app/api/.
 */

const API_HEADERS = Object.entries(responseHeaders('api')).map(([name, value]) => [name.toLowerCase(), value] as const);

/**
 * The request body as a pull stream: nothing is read until the handler asks,
 * so the size cap applies while reading. Cancelling it leaves the socket
 * alone (the response still has to go out); serveApi then closes the
 * connection instead of reading what is left.
 */
function bodyStream(req: IncomingMessage): ReadableStream<Uint8Array> {
  let chunks: AsyncIterator<Buffer> | undefined;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        chunks ??= req[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
        const { value, done } = await chunks.next();
        if (done) controller.close();
        else controller.enqueue(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
      },
    },
    { highWaterMark: 0 },
  );
}

/** Converts a Node request into a Web Request. */
function toWebRequest(req: IncomingMessage): Request {
  const headers = new Headers();
  for (let i = 0; i < req.rawHeaders.length; i += 2) headers.append(req.rawHeaders[i]!, req.rawHeaders[i + 1]!);
  // The client address comes from the socket, never from what the client sent.
  headers.set(PEER_HEADER, req.socket.remoteAddress ?? '');
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  return new Request(`http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`, {
    method,
    headers,
    body: hasBody ? bodyStream(req) : undefined,
    duplex: hasBody ? 'half' : undefined,
  } as RequestInit);
}

async function send(res: ServerResponse, response: Response, closeAfter: boolean): Promise<void> {
  const headers: Record<string, string> = {};
  for (const [name, value] of API_HEADERS) headers[name] = value;
  response.headers.forEach((value, name) => (headers[name] = value));
  const body = response.body ? Buffer.from(await response.arrayBuffer()) : null;
  headers['content-length'] = String(body?.length ?? 0);
  if (closeAfter) headers.connection = 'close';
  res.writeHead(response.status, headers);
  res.end(body);
}

/**
 * Answers the request if it is one of the API routes.
 * @returns true when it answered, false to let Next handle the request
 */
export async function serveApi(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const url = req.url ?? '/';
  if (!url.startsWith('/api/')) return false;
  const queryAt = url.indexOf('?');
  const pathname = queryAt === -1 ? url : url.slice(0, queryAt);
  const response = await routeApi(toWebRequest(req), pathname, apiDeps());
  if (!response) return false;
  // A refused body (413, 415, 429) may be left unread: answer, then close the connection
  // rather than read, say, a gigabyte someone keeps sending.
  const unread = !req.complete;
  await send(res, response, unread);
  if (unread) res.once('finish', () => req.socket.destroySoon());
  return true;
}
