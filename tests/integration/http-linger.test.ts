import { connect } from 'node:net';
import { describe, expect, inject, it } from 'vitest';
import { createBody } from '../support/auth';

/*
 * A client still writing a body far over the cap reads its 413, not a reset
 * (lingering close, lib/api/node-adapter.ts): after such an answer the server
 * half-closes and reads and discards what the client still sends, for a
 * bounded time and a bounded number of bytes, before it closes. Raw sockets
 * over loopback against the production build, so the client writes as fast
 * as the connection takes it, or trickles.
 */

const base = inject('memoryAppUrl');
const MiB = 1024 * 1024;

type Outcome = {
  /** The whole answer (head and body) when it was read to its end; null when the connection failed first. */
  answer: string | null;
  /** Why the connection ended: 'answered', 'closed' (the server closed it), an error code, or 'timeout'. */
  end: string;
  /** Body bytes handed to the socket before it ended. */
  sent: number;
};

type Push = {
  /** Declare this Content-Length; without it the body is chunked (and grows over the cap as it streams). */
  declared?: number;
  /** How many body bytes to write; Infinity: until the server closes the connection. */
  total: number;
  /** Bytes per write. */
  chunkBytes: number;
  /** Wait this long between writes (0: write as fast as the socket accepts). */
  everyMs?: number;
  /** Stop writing once the answer has been read (a client that reads its answer as it comes). */
  stopWhenAnswered: boolean;
  /** Give up after this long (a bound, not a timing assertion). */
  giveUpMs?: number;
};

/** The complete HTTP answer at the start of `text`, or null while it is incomplete. */
function completeAnswer(text: string): string | null {
  const headEnd = text.indexOf('\r\n\r\n');
  if (headEnd === -1) return null;
  const length = /\r\ncontent-length: *(\d+)/i.exec(text.slice(0, headEnd));
  if (!length) return null;
  const end = headEnd + 4 + Number(length[1]);
  return Buffer.byteLength(text) >= end ? text.slice(0, end) : null;
}

/** POSTs an oversized create body over a raw socket, writing it as told, and reports how the exchange ended. */
function pushOversize(options: Push): Promise<Outcome> {
  const { declared, total, chunkBytes, everyMs = 0, stopWhenAnswered, giveUpMs = 20_000 } = options;
  const url = new URL(base);
  const chunked = declared === undefined;
  const data = Buffer.alloc(chunkBytes, 0x61);
  const frame = chunked
    ? Buffer.concat([Buffer.from(`${chunkBytes.toString(16)}\r\n`), data, Buffer.from('\r\n')])
    : data;
  return new Promise((resolve) => {
    // allowHalfOpen: the server's FIN does not end the client's side; it writes on until it has read its answer.
    const socket = connect({ port: Number(url.port), host: url.hostname, allowHalfOpen: true });
    let received = '';
    let answer: string | null = null;
    let sent = 0;
    let settled = false;
    const settle = (end: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(giveUp);
      clearTimeout(tick);
      socket.destroy();
      resolve({ answer, end, sent });
    };
    const giveUp = setTimeout(settle, giveUpMs, 'timeout');
    let tick: NodeJS.Timeout | undefined;
    const pump = () => {
      while (!settled && !socket.destroyed && sent < total && !(stopWhenAnswered && answer)) {
        sent += chunkBytes;
        const more = socket.write(frame);
        if (everyMs > 0) {
          tick = setTimeout(pump, everyMs);
          return;
        }
        if (!more) return void socket.once('drain', pump);
      }
    };
    socket.on('connect', () => {
      const length = chunked ? 'Transfer-Encoding: chunked' : `Content-Length: ${declared}`;
      socket.write(
        `POST /api/secrets HTTP/1.1\r\nHost: ${url.host}\r\nContent-Type: application/json\r\n${length}\r\n\r\n`,
      );
      pump();
    });
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
      answer ??= completeAnswer(received);
      if (answer && stopWhenAnswered) settle('answered');
    });
    socket.on('error', (error: NodeJS.ErrnoException) => settle(error.code ?? error.message));
    socket.on('close', () => settle('closed'));
  });
}

function expect413(outcome: Outcome, label: string): void {
  expect(outcome.answer, `${label}: ${outcome.end} after ${outcome.sent} bytes`).not.toBeNull();
  const answer = outcome.answer!;
  expect(answer.startsWith('HTTP/1.1 413 '), label).toBe(true);
  expect(answer).toMatch(/\r\nconnection: close\r\n/i);
  expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toMatchObject({ error: 'payload_too_large' });
}

describe('lingering close after an answer that leaves a large body unread', () => {
  it('a client writing 16 MiB as fast as it can reads its whole 413, 20 times in a row (declared length)', async () => {
    for (let i = 0; i < 20; i++) {
      const outcome = await pushOversize({
        declared: 16 * MiB,
        total: 16 * MiB,
        chunkBytes: 64 * 1024,
        stopWhenAnswered: true,
      });
      expect413(outcome, `attempt ${i}`);
    }
  });

  it('a client streaming a chunked body far over the cap reads its whole 413, 20 times in a row', async () => {
    for (let i = 0; i < 20; i++) {
      const outcome = await pushOversize({ total: 16 * MiB, chunkBytes: 64 * 1024, stopWhenAnswered: true });
      expect413(outcome, `attempt ${i}`);
    }
  });

  it('fetch streaming a large body gets the 413 with its JSON error, 10 times in a row', async () => {
    for (let i = 0; i < 10; i++) {
      let pulled = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (pulled >= 16 * MiB) return controller.close();
          pulled += 64 * 1024;
          controller.enqueue(new Uint8Array(64 * 1024).fill(0x61));
        },
      });
      const res = await fetch(`${base}/api/secrets`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        duplex: 'half',
        signal: AbortSignal.timeout(20_000),
      } as RequestInit);
      expect(res.status, `attempt ${i}`).toBe(413);
      expect(await res.json()).toMatchObject({ error: 'payload_too_large' });
    }
  });

  it('cuts a client that keeps writing after its answer, at the byte or the time bound', async () => {
    // As fast as it can, forever: the server closes the connection (well within 20 s), having read the answer out.
    const flood = await pushOversize({
      declared: 1024 * MiB,
      total: Infinity,
      chunkBytes: 64 * 1024,
      stopWhenAnswered: false,
    });
    expect(flood.end).not.toBe('timeout');
    expect413(flood, 'flood');
    // The server stopped reading after its byte bound: the client could write that, plus what socket buffers hold.
    expect(flood.sent).toBeLessThan(64 * MiB);
    // A trickle (slowloris): one small chunk every 50 ms, forever; the server closes it too.
    const trickle = await pushOversize({
      total: Infinity,
      chunkBytes: 16,
      everyMs: 50,
      declared: 1024 * MiB,
      stopWhenAnswered: false,
    });
    expect(trickle.end).not.toBe('timeout');
    expect413(trickle, 'trickle');
  });

  it('serves no request sent after the oversized body on the same connection (the answer closes it)', async () => {
    const url = new URL(base);
    const { id, body, linkProof } = createBody();
    const create = JSON.stringify(body);
    const oversize = 2 * MiB;
    const head = (length: number) =>
      `POST /api/secrets HTTP/1.1\r\nHost: ${url.host}\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n`;
    // The whole oversized body, then a valid create, in one write: the second request is parsed as the first is discarded.
    const answers = await new Promise<string>((resolve) => {
      const socket = connect({ port: Number(url.port), host: url.hostname });
      let received = '';
      socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
      socket.on('error', () => undefined);
      socket.on('close', () => resolve(received));
      socket.setTimeout(10_000, () => socket.destroy());
      socket.write(
        Buffer.concat([
          Buffer.from(head(oversize)),
          Buffer.alloc(oversize, 0x61),
          Buffer.from(head(Buffer.byteLength(create)) + create),
        ]),
      );
    });
    expect(answers.startsWith('HTTP/1.1 413 ')).toBe(true);
    expect(answers.match(/HTTP\/1\.1 /g)).toHaveLength(1);
    const peek = await fetch(`${base}/api/secrets/${id}`, { headers: { Authorization: `Bearer ${linkProof}` } });
    expect(peek.status).toBe(404);
  });
});
