#!/usr/bin/env node
/*
 * Bundles the lean API adapter (lib/api/node-adapter.ts and the server code
 * it imports) into dist-server/api.mjs for server.mjs. Part of `npm run
 * build`. Packages stay external (installed dependencies), except
 * `server-only`, resolved under the `react-server` condition to its empty
 * module, exactly as Next resolves it for route handlers.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

await build({
  absWorkingDir: root,
  entryPoints: ['lib/api/node-adapter.ts'],
  outfile: 'dist-server/api.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  conditions: ['react-server'],
  external: ['ioredis', 'zod', 'pino', 'prom-client'],
  alias: { '@': root },
  legalComments: 'inline',
  logLevel: 'warning',
});
