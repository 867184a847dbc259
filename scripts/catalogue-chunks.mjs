#!/usr/bin/env node
/*
 * Finds which client chunk holds each catalogue (one language's core or
 * sender strings, lib/i18n) and writes the map to .next/catalogue-chunks.json.
 * Part of `npm run build`, after `next build`. The layouts preload the chunk of
 * the page's language with the page's first scripts (app/catalogue-preload.ts),
 * so hydration does not wait for a second round trip. A catalogue is found by a
 * long sentence of its own; one that cannot be found is only not preloaded (the
 * page still loads it, a round trip later), and the build says so.
 */
import { build } from 'esbuild';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const chunksDir = `${root}.next/static/chunks`;

// A sentence per catalogue, read from the catalogues themselves.
const probe = await build({
  absWorkingDir: root,
  stdin: {
    contents: `import { LOCALES, CORE_CATALOGUES, SENDER_CATALOGUES } from './lib/i18n';
      const markers = {};
      for (const locale of LOCALES) {
        markers['core:' + locale] = (await CORE_CATALOGUES[locale]()).footer.keyStaysInLink;
        markers['sender:' + locale] = (await SENDER_CATALOGUES[locale]()).home.intro;
      }
      export default markers;`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  write: false,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  alias: { '@': root },
  logLevel: 'warning',
});
const source = probe.outputFiles[0].text;
const { default: markers } = await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`);

const chunks = readdirSync(chunksDir)
  .filter((name) => name.endsWith('.js'))
  .map((name) => ({ name, text: readFileSync(`${chunksDir}/${name}`, 'utf8') }));

const found = {};
const missing = [];
for (const [key, sentence] of Object.entries(markers)) {
  const needle = sentence.slice(0, 60);
  const holders = chunks.filter((chunk) => chunk.text.includes(needle));
  if (holders.length === 1) found[key] = `/_next/static/chunks/${holders[0].name}`;
  else missing.push(`${key} (${holders.length} chunks)`);
}
writeFileSync(`${root}.next/catalogue-chunks.json`, `${JSON.stringify(found, null, 2)}\n`);
console.log(`handoff: ${Object.keys(found).length} catalogue chunks to preload`);
if (missing.length > 0) console.warn(`handoff: not preloaded (not found in one chunk): ${missing.join(', ')}`);
