import 'server-only';
import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { getConfig } from '../config';
import { logger } from './logger';
import { metricsExposition } from './metrics';

/*
 * The metrics listener: GET /metrics on HANDOFF_METRICS_HOST:HANDOFF_METRICS_PORT
 * (127.0.0.1 by default), and only there: the public port answers 404 for
 * /metrics and /api/metrics. With HANDOFF_METRICS_TOKEN set, a scrape must
 * send `Authorization: Bearer <token>`. Off unless HANDOFF_METRICS_PORT is set.
 */

const digest = (text: string) => createHash('sha256').update(text).digest();

function authorized(header: string | undefined, token: string | null): boolean {
  if (token === null) return true;
  const given = header?.startsWith('Bearer ') ? header.slice(7) : '';
  // Equal-length digests: the comparison time says nothing about the token.
  return timingSafeEqual(digest(given), digest(token));
}

/**
 * Starts the metrics listener when HANDOFF_METRICS_PORT is set (server.mjs calls this once).
 * @returns the listening server, or null when metrics are off
 */
export async function startMetricsServer(): Promise<Server | null> {
  const settings = getConfig().observability.metrics;
  if (!settings) return null;
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path !== '/metrics' || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
      return;
    }
    if (!authorized(req.headers.authorization, settings.token)) {
      res.writeHead(401, { 'content-type': 'text/plain; charset=utf-8', 'www-authenticate': 'Bearer' });
      res.end('unauthorized\n');
      return;
    }
    metricsExposition().then(
      ({ contentType, body }) => {
        res.writeHead(200, { 'content-type': contentType, 'cache-control': 'no-store' });
        res.end(req.method === 'HEAD' ? undefined : body);
      },
      (error: unknown) => {
        logger().error(`metrics: scrape failed (${error instanceof Error ? error.name : typeof error})`);
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('scrape failed\n');
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      logger().fatal(`metrics: cannot listen on ${settings.host}:${settings.port} (${error.code ?? error.name})`);
      reject(error);
    });
    server.listen(settings.port, settings.host, () => {
      server.removeAllListeners('error');
      resolve();
    });
  });
  // Scrapers keep connections open; they must not hold up a shutdown.
  server.unref();
  logger().info(
    `metrics: serving /metrics on ${settings.host}:${settings.port}${settings.token ? ' (bearer token required)' : ''}`,
  );
  return server;
}
