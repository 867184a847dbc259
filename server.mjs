// Handoff's production server: Next's request handler on a plain node:http server.
//
// Why not `next start`: route handlers cannot see the client's socket address, and
// `next start` keeps any client-sent X-Forwarded-For, so rate limits could be evaded by
// spoofing it. Here every request gets `x-handoff-peer` set from the socket itself,
// overwriting whatever the client sent. It also shuts down gracefully on SIGTERM/SIGINT:
// stop accepting, let in-flight requests finish (bounded), close the store, exit.
import { createServer } from 'node:http';
import next from 'next';

const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || '0.0.0.0';
const SHUTDOWN_GRACE_MS = 10_000;

const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  req.headers['x-handoff-peer'] = req.socket.remoteAddress ?? '';
  handle(req, res);
});
server.keepAliveTimeout = 5_000;
server.headersTimeout = 10_000;
server.requestTimeout = 30_000;

server.listen(port, hostname, () => {
  console.log(`handoff: listening on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`);
});

let stopping = false;
async function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`handoff: ${signal} received, finishing in-flight requests`);
  const force = setTimeout(() => {
    console.error('handoff: in-flight requests did not finish in time, exiting');
    process.exit(1);
  }, SHUTDOWN_GRACE_MS);
  force.unref();
  server.close(async () => {
    const deps = globalThis[Symbol.for('handoff.apiDeps')];
    await deps?.store.close().catch(() => undefined);
    console.log('handoff: stopped');
    process.exit(0);
  });
  server.closeIdleConnections();
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
