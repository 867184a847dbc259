#!/usr/bin/env node
/*
 * Bundles the CLI (cli/handoff.ts and what it imports: lib/crypto,
 * lib/client, lib/schemas, @noble/*, zod) into one ES module,
 * dist-cli/handoff.mjs, that plain Node 20 runs. Part of `npm run build`;
 * the CLI's integration tests run it too, so they always test the source.
 * Not minified: a tool that handles secrets should stay readable.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

await build({
  absWorkingDir: root,
  entryPoints: ['cli/handoff.ts'],
  outfile: 'dist-cli/handoff.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'inline',
  logLevel: 'warning',
});
