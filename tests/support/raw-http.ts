import { Agent, request } from 'node:http';

/*
 * One HTTP request with any method (fetch refuses TRACE, PROPFIND and the
 * like) and a bounded wait: a server that never answers fails the test
 * instead of hanging it.
 */

export type RawAnswer = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

export type RawOptions = {
  body?: string | Buffer;
  headers?: Record<string, string>;
  /** The request target as sent, e.g. an absolute URL; default the path. */
  target?: string;
  /** How long to wait for the whole answer. */
  timeoutMs?: number;
  /** Ask to keep the connection open (default: `Connection: close`). */
  keepAlive?: boolean;
};

export function rawRequest(base: string, method: string, path: string, options: RawOptions = {}): Promise<RawAnswer> {
  const { body, headers = {}, target = path, timeoutMs = 5000, keepAlive = false } = options;
  const url = new URL(base);
  const agent = keepAlive ? new Agent({ keepAlive: true }) : undefined;
  return new Promise<RawAnswer>((resolve, reject) => {
    const req = request({
      host: url.hostname,
      port: url.port,
      method,
      path: target,
      agent: agent ?? false,
      headers: body === undefined ? headers : { 'content-length': String(Buffer.byteLength(body)), ...headers },
    });
    const timer = setTimeout(() => {
      req.destroy();
      reject(new Error(`${method} ${path}: no answer within ${timeoutMs} ms`));
    }, timeoutMs);
    req.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        clearTimeout(timer);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') });
      });
      res.on('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
    });
    req.end(body);
  }).finally(() => agent?.destroy());
}
