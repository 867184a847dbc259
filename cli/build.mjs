#!/usr/bin/env node
/*
 * Bundles the CLI (cli/handoff.ts and what it imports: lib/crypto,
 * lib/client, lib/schemas, @noble/*, zod) into one ES module,
 * dist-cli/handoff.mjs, that plain Node 20 runs. Part of `npm run build`;
 * the CLI's integration tests run it too, so they always test the source.
 * Not minified: a tool that handles secrets should stay readable.
 *
 * Every instance serves this file at /cli/handoff.mjs (lib/api/cli-bundle.ts)
 * and shows its SHA-256 on /cli. The build prints that hash and writes it next
 * to the bundle (dist-cli/handoff.mjs.sha256, in `sha256sum` format) so that
 * operators can publish it somewhere the server cannot change (docs/deploy.md).
 * Both files are written under a temporary name and renamed into place: a
 * running server never reads half a bundle.
 */
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outfile = 'dist-cli/handoff.mjs';

const result = await build({
  absWorkingDir: root,
  entryPoints: ['cli/handoff.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'inline',
  logLevel: 'warning',
  write: false,
});

const [bundle] = result.outputFiles;
const sha256 = createHash('sha256').update(bundle.contents).digest('hex');

/** Writes `contents` to `path` through a temporary file in the same folder and a rename. */
function writeAtomically(path, contents) {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, path);
}

mkdirSync(new URL('../dist-cli/', import.meta.url), { recursive: true });
writeAtomically(bundle.path, bundle.contents);
writeAtomically(`${bundle.path}.sha256`, `${sha256}  handoff.mjs\n`);
console.log(`handoff: built ${outfile} (${bundle.contents.length} bytes), SHA-256 ${sha256}`);
