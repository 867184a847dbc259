import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/*
 * Real receivers on loopback for the notification tests: an HTTP server that
 * records every webhook, and an SMTP server (smtp-server) that records every mail.
 */

export type Received = { path: string; headers: IncomingMessage['headers']; body: string };

/**
 * Per path: `/ok` 200, `/fail` 500, `/redirect` 302 to /ok, `/slow` never answers (until stopped),
 * `/hold-once` holds its first request unanswered and answers 200 to the later ones.
 */
export async function startWebhookReceiver() {
  const received: Received[] = [];
  const held = new Set<ServerResponse>();
  const seen = new Set<string>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '';
      received.push({ path, headers: req.headers, body: Buffer.concat(chunks).toString() });
      const holdOnce = path.startsWith('/hold-once') && !seen.has(path);
      seen.add(path);
      if (path.startsWith('/slow') || holdOnce) held.add(res);
      else if (path.startsWith('/redirect')) res.writeHead(302, { location: '/ok' }).end();
      else if (path.startsWith('/fail')) res.writeHead(500).end();
      else res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    received,
    stop: async () => {
      for (const res of held) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type Mail = { from: string; to: string[]; raw: string };

/** A plain SMTP server (no TLS, no auth) on a free loopback port. */
export async function startSmtpReceiver() {
  const mails: Mail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        mails.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString(),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { port, mails, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Polls until `check` is true, or fails after `timeoutMs`. */
export async function eventually(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
