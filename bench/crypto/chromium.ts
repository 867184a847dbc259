import { build } from 'esbuild';
import { createServer } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import type { Browser } from '@playwright/test';
import type { CryptoOptions, CryptoReport, runCryptoBench } from './measure';

/*
 * Runs bench/crypto/measure.ts in real Chromium: esbuild bundles it with
 * lib/crypto into one script, which a loopback server hands to a blank page
 * (loopback is a secure context, so crypto.subtle is there).
 */

async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: ['bench/crypto/browser-entry.ts'],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0]!.text;
}

/** Runs the crypto timings in a page of `browser`. */
export async function cryptoInChromium(browser: Browser, options: CryptoOptions): Promise<CryptoReport> {
  const script = await bundle();
  const server = createServer((req, res) => {
    const js = req.url === '/bench.js';
    res.writeHead(200, { 'content-type': js ? 'text/javascript' : 'text/html' });
    res.end(js ? script : '<!doctype html><title>crypto bench</title><script src="/bench.js"></script>');
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    type Bench = { handoffBench: { runCryptoBench: typeof runCryptoBench } };
    return await page.evaluate((o) => (globalThis as unknown as Bench).handoffBench.runCryptoBench(o), options);
  } finally {
    await context.close();
    server.close();
  }
}
