import { once } from 'node:events';
import { connect, type Socket } from 'node:net';

/*
 * A request whose body never finishes: a raw socket sends the head and part
 * of the body, then waits. What the server answered, if anything, can be read
 * at any time; the test closes the socket when done.
 */

export type Stalled = {
  socket: Socket;
  /** Everything the server sent so far. */
  received: () => string;
  /** The status of the answer, or null while none came. */
  status: () => number | null;
  /** Resolves once the server closed the connection. */
  closed: Promise<void>;
};

export type StalledOptions = {
  method?: string;
  contentType?: string;
  /** The Content-Length declared. */
  length: number;
  /** How many body bytes are sent of it. */
  sent: number;
  headers?: Record<string, string>;
};

export async function stalledRequest(base: string, path: string, options: StalledOptions): Promise<Stalled> {
  const { method = 'POST', contentType = 'application/json', length, sent, headers = {} } = options;
  const url = new URL(base);
  const socket = connect(Number(url.port), url.hostname);
  await once(socket, 'connect');
  let text = '';
  socket.setEncoding('latin1');
  socket.on('data', (chunk: string) => (text += chunk));
  socket.on('error', () => undefined);
  const closed = once(socket, 'close').then(() => undefined);
  const extra = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
  socket.write(
    `${method} ${path} HTTP/1.1\r\nHost: ${url.host}\r\nContent-Type: ${contentType}\r\n` +
      `Content-Length: ${length}\r\n${extra.join('')}\r\n`,
  );
  socket.write(Buffer.alloc(sent, 0x20));
  return {
    socket,
    received: () => text,
    status: () => {
      const match = /^HTTP\/1\.1 (\d{3})/.exec(text);
      return match ? Number(match[1]) : null;
    },
    closed,
  };
}

/** Waits until `check` holds, for at most `timeoutMs`; then returns whether it held. */
export async function eventually(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return check();
}
