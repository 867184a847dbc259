// Next's own route handling, for comparison in `npm run bench`: a node:http server that hands
// every request, /api included, to Next, so the API is answered by the catch-all route
// (app/api/[[...path]]/route.ts) from the same routing table the lean adapter uses. This is
// what `next start` served before production refused it (instrumentation.ts); like server.mjs
// it takes `x-handoff-peer` from the socket and marks the process, so the build starts.
//
// Started by bench/api/servers.ts as `node bench/next-server.mjs` with PORT and HOSTNAME.
import { createServer } from 'node:http';
import next from 'next';

const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || '127.0.0.1';

globalThis[Symbol.for('handoff.host')] = 'server.mjs';
const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

createServer((req, res) => {
  req.headers['x-handoff-peer'] = req.socket.remoteAddress ?? '';
  handle(req, res);
}).listen(port, hostname);
process.on('SIGTERM', () => process.exit(0));
