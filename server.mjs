// Handoff's production server: a plain node:http server that answers /api/* itself
// and hands everything else (pages, assets) to Next's request handler.
//
// - Every /api request goes through the lean adapter (dist-server/api.mjs, built from
//   lib/api/node-adapter.ts by `npm run build`): the one routing table (lib/api/router.ts)
//   that `next dev` also serves through app/api/[[...path]]/route.ts, several times faster
//   than a Next route handler (docs/performance.md). No /api request reaches Next.
// - Client addresses come from the socket: Next's route handlers cannot see it, and
//   `next start` keeps any client-sent X-Forwarded-For, so rate limits could be evaded.
//   Every request gets `x-handoff-peer` from the socket, overwriting whatever was sent.
// - This is the only supported production host: it marks the process before Next starts,
//   and instrumentation.ts stops a production build started any other way (`next start`).
// - Logs are JSON lines on stdout (lib/observability/logger.ts); metrics are served on their own
//   port when HANDOFF_METRICS_PORT is set (lib/observability/server.ts), never on this one.
// - SIGTERM/SIGINT: stop accepting, let in-flight requests finish (bounded), close the
//   store, exit.
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import next from 'next';

const adapter = new URL('./dist-server/api.mjs', import.meta.url);
if (!existsSync(adapter)) {
  console.error('handoff: dist-server/api.mjs is missing; run `npm run build` first');
  process.exit(1);
}
const { serveApi, logger, startMetricsServer } = await import(adapter.href);
const log = logger();

const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || '0.0.0.0';
const SHUTDOWN_GRACE_MS = 10_000;

// Read by lib/api/startup.ts (run by instrumentation.ts during app.prepare()).
globalThis[Symbol.for('handoff.host')] = 'server.mjs';
const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer(async (req, res) => {
  req.headers['x-handoff-peer'] = req.socket.remoteAddress ?? '';
  try {
    if (await serveApi(req, res)) return;
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

await startMetricsServer();
server.listen(port, hostname, () => {
  log.info(`handoff: listening on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`);
});

let stopping = false;
async function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  globalThis[Symbol.for('handoff.draining')] = true;
  log.info(`handoff: ${signal} received, finishing in-flight requests`);
  const force = setTimeout(() => {
    log.error('handoff: in-flight requests did not finish in time, exiting');
    process.exit(1);
  }, SHUTDOWN_GRACE_MS);
  force.unref();
  server.close(async () => {
    const deps = globalThis[Symbol.for('handoff.apiDeps')];
    await deps?.store.close().catch(() => undefined);
    log.info('handoff: stopped');
    process.exit(0);
  });
  server.closeIdleConnections();
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
