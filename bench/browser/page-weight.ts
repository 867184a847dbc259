import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';

/*
 * What a first visit to a page downloads, from a fresh browser context (empty
 * cache): every request until the network is idle, and the JavaScript and CSS
 * among them, raw (decoded) and gzip-compressed (level 6, as served
 * compressed). "First load" is what was requested before the `load` event;
 * later requests (route prefetches, API calls) count in `all`.
 */

export type Bytes = { files: number; raw: number; gzip: number };
export type PageFile = { path: string; kind: 'js' | 'css'; raw: number; gzip: number; firstLoad: boolean };
export type PageWeight = {
  path: string;
  requests: number;
  firstLoad: { js: Bytes; css: Bytes };
  all: { js: Bytes; css: Bytes };
  files: PageFile[];
};

const empty = (): Bytes => ({ files: 0, raw: 0, gzip: 0 });

function add(into: Bytes, file: PageFile) {
  into.files += 1;
  into.raw += file.raw;
  into.gzip += file.gzip;
}

/** Loads `url` in a fresh context and weighs what it downloaded. */
export async function weighPage(browser: Browser, url: string, path: string): Promise<PageWeight> {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const weight: PageWeight = {
    path,
    requests: 0,
    firstLoad: { js: empty(), css: empty() },
    all: { js: empty(), css: empty() },
    files: [],
  };
  let loaded = false;
  page.on('load', () => (loaded = true));
  const pending: Promise<void>[] = [];
  const beforeLoad = new WeakSet<object>();
  page.on('request', (request) => {
    weight.requests += 1;
    if (!loaded) beforeLoad.add(request);
  });
  page.on('response', (response) => {
    const type = response.request().resourceType();
    const kind = type === 'script' ? 'js' : type === 'stylesheet' ? 'css' : null;
    if (!kind) return;
    const early = beforeLoad.has(response.request());
    pending.push(
      response.body().then((body) => {
        const path = new URL(response.url()).pathname;
        const file: PageFile = {
          path,
          kind,
          raw: body.length,
          gzip: gzipSync(body, { level: 6 }).length,
          firstLoad: early,
        };
        weight.files.push(file);
        add(weight.all[kind], file);
        if (early) add(weight.firstLoad[kind], file);
      }),
    );
  });
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
    await Promise.all(pending);
    return weight;
  } finally {
    await context.close();
  }
}
