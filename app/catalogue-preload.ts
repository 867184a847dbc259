import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { preload } from 'react-dom';
import type { Locale } from '@/lib/i18n';

/*
 * The client chunk of each catalogue, as scripts/catalogue-chunks.mjs found
 * them after the build. Without the map (`next dev`, or a catalogue the script
 * could not find) nothing is preloaded and the page loads its catalogue a
 * round trip later: slower, never wrong.
 */
let chunks: Readonly<Record<string, string>> | null = null;

function catalogueChunks(): Readonly<Record<string, string>> {
  if (chunks === null) {
    try {
      chunks = JSON.parse(readFileSync(join(process.cwd(), '.next', 'catalogue-chunks.json'), 'utf8')) as Record<
        string,
        string
      >;
    } catch {
      chunks = {};
    }
  }
  return chunks;
}

/**
 * Asks the browser to fetch the page language's catalogue with the page's
 * first scripts (a `<link rel="preload">` in the head), so that hydration,
 * which needs it, does not wait for a second round trip.
 */
export function preloadCatalogue(group: 'core' | 'sender', locale: Locale, nonce: string | undefined): void {
  const href = catalogueChunks()[`${group}:${locale}`];
  if (href) preload(href, { as: 'script', nonce });
}
