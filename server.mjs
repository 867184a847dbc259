// Handoff's production server: a plain node:http server that answers /api/* itself
// and hands everything else (pages, assets) to Next's request handler.
//
// - Every /api request goes through the lean adapter (dist-server/api.mjs, built from
//   lib/api/node-adapter.ts by `npm run build`): the one routing table (lib/api/router.ts)
//   that `next dev` also serves through app/api/[[...path]]/route.ts, several times faster
//   than a Next route handler (docs/performance.md). No /api request reaches Next.
// - Sign-in by an identity proxy (HANDOFF_AUTH=proxy): its user header is honoured only on connections
//   from the proxy's addresses and removed from every other request before anything reads it.
// - Client addresses come from the socket: Next's route handlers cannot see it, and
//   `next start` keeps any client-sent X-Forwarded-For, so rate limits could be evaded.
//   Every request gets `x-handoff-peer` from the socket, overwriting whatever was sent.
// - This is the only supported production host: it marks the process before Next starts,
//   and instrumentation.ts stops a production build started any other way (`next start`).
// - PORT and HOSTNAME are checked with the rest of the configuration: a bad value, or a
//   port that cannot be listened on, stops the start with one message and exit code 1.
// - SIGTERM/SIGINT: readiness fails at once, every later answer closes its connection,
//   in-flight requests finish (bounded), the store closes, exit 0.
// - Logs are JSON lines on stdout (lib/observability/logger.ts); metrics are served on their own
//   port when HANDOFF_METRICS_PORT is set (lib/observability/server.ts), never on this one.
import { createServer } from 'node:http';
import { Server as NetServer } from 'node:net';
import { existsSync } from 'node:fs';
import next from 'next';

const adapter = new URL('./dist-server/api.mjs', import.meta.url);
if (!existsSync(adapter)) {
  console.error('handoff: dist-server/api.mjs is missing; run `npm run build` first');
  process.exit(1);
}
const {
  serveApi,
  serveCliBundle,
  settleIdentityHeader,
  refuseAfterLastAnswer,
  listenAddress,
  logger,
  startMetricsServer,
} = await import(adapter.href);

let listen;
try {
  listen = listenAddress();
} catch (error) {
  // A ConfigError lists every bad variable in its message; a stack trace would add nothing.
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
const { port, hostname } = listen;
// The configuration is valid from here on: the logger reads its level from it.
const log = logger();
const SHUTDOWN_GRACE_MS = 10_000;
// From this long after SIGTERM on, idle keep-alive connections are closed: by then a client
// that was about to send on one has sent, and got `Connection: close` with its answer.
const IDLE_CLOSE_AFTER_MS = 1_000;
const DRAINING = Symbol.for('handoff.draining');

// Read by lib/api/startup.ts (run by instrumentation.ts during app.prepare()).
globalThis[Symbol.for('handoff.host')] = 'server.mjs';
const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

let stopping = false;

const server = createServer(async (req, res) => {
  // A request sent after an answer that closes its connection (a lingering close) is not served.
  if (refuseAfterLastAnswer(req)) return;
  req.headers['x-handoff-peer'] = req.socket.remoteAddress ?? '';
  // HANDOFF_AUTH=proxy: the identity header is kept only from the proxy's addresses, removed from any other.
  settleIdentityHeader(req);
  if (stopping) res.setHeader('Connection', 'close');
  try {
    if (await serveApi(req, res)) return;
    // The CLI download (lib/api/cli-bundle.ts): GET/HEAD /cli/handoff.mjs, never a page of Next's.
    if (await serveCliBundle(req, res)) return;
  } catch (error) {
    log.error(`api: unexpected ${error instanceof Error ? error.name : typeof error}`);
    if (!res.headersSent) {
      res.writeHead(500, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      res.end('{"error":"internal","message":"Something went wrong on our side."}');
    }
    return;
  }
  handle(req, res);
});
server.keepAliveTimeout = 5_000;
server.headersTimeout = 10_000;
// A file part (about 1 MiB) must fit in one request on a slow uplink: 120 s allows about 64 kbit/s.
server.requestTimeout = 120_000;

// Without a listener the process must not live on: a supervisor restarts only what exits.
server.once('error', (error) => {
  const reason = error && typeof error === 'object' && 'code' in error ? error.code : String(error);
  log.error(`handoff: cannot listen on ${hostname}:${port}: ${reason}`);
  process.exit(1);
});

await startMetricsServer();
server.listen(port, hostname, () => {
  log.info(`handoff: listening on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`);
});

async function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  // /api/ready answers 503 from now on, and every API answer carries `Connection: close`.
  globalThis[DRAINING] = true;
  log.info(`handoff: ${signal} received, finishing in-flight requests`);
  const force = setTimeout(() => {
    log.error('handoff: in-flight requests did not finish in time, exiting');
    process.exit(1);
  }, SHUTDOWN_GRACE_MS);
  force.unref();
  // Stop accepting, and exit once every connection has ended. http.Server's close()
  // would also drop idle keep-alive connections at once, racing a client that is
  // sending its next request on one (it would see a reset); net.Server's close only
  // stops listening. Busy connections end after their next answer (Connection: close);
  // idle ones are closed from IDLE_CLOSE_AFTER_MS on.
  NetServer.prototype.close.call(server, async () => {
    const deps = globalThis[Symbol.for('handoff.apiDeps')];
    await deps?.store.close().catch(() => undefined);
    log.info('handoff: stopped');
    process.exit(0);
  });
  setTimeout(() => {
    server.closeIdleConnections();
    setInterval(() => server.closeIdleConnections(), 250).unref();
  }, IDLE_CLOSE_AFTER_MS).unref();
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
