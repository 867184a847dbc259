import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, CDPSession } from '@playwright/test';

/*
 * A large file end to end in Chromium, through the real pages and API: chosen
 * on `/`, encrypted and uploaded part by part, revealed in a fresh context,
 * downloaded, decrypted and saved, then compared by SHA-256 with the original.
 * While the sender's page uploads, its JavaScript heap is sampled through the
 * DevTools protocol: the issue asks that a 100 MiB file not need 100 MiB of
 * extra heap (the page reads, encrypts and sends one ~1 MiB part at a time).
 */

export type LargeFileFigure = {
  bytes: number;
  /** Click on Create to the link shown: encryption and upload of every part. */
  uploadMs: number;
  /**
   * Highest JS heap + ArrayBuffer use during the upload, above the page's just before it (after a GC).
   * Mostly garbage (each part's buffers) that V8 collects on its own schedule.
   */
  uploadHeapPeakAboveStartMiB: number;
  /** The same right after the upload and a forced GC: what the upload really kept. */
  uploadHeapRetainedMiB: number;
  /** Click on Reveal to the Download button: every part fetched, verified and split. */
  revealToFilesMs: number;
  identical: boolean;
};

const MiB = 1024 * 1024;

/** The JS heap plus ArrayBuffer backing stores (file slices and parts live there, outside the JS heap). */
async function heapUsed(cdp: CDPSession): Promise<number> {
  const usage = (await cdp.send('Runtime.getHeapUsage')) as {
    usedSize: number;
    embedderHeapUsedSize?: number;
    backingStorageSize?: number;
  };
  if (usage.backingStorageSize === undefined)
    throw new Error('large file bench: Chromium reports no backingStorageSize');
  return usage.usedSize + (usage.embedderHeapUsedSize ?? 0) + usage.backingStorageSize;
}

async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Shares a file of `bytes` random bytes through the app at `baseUrl` and opens it again. */
export async function largeFileRoundTrip(browser: Browser, baseUrl: string, bytes: number): Promise<LargeFileFigure> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'handoff-bench-'));
  const file = path.join(dir, 'large.bin');
  const data = randomBytes(bytes);
  await writeFile(file, data);
  const expected = createHash('sha256').update(data).digest('hex');
  const sender = await browser.newContext({ locale: 'en-US' });
  const recipient = await browser.newContext({ locale: 'en-US', acceptDownloads: true });
  try {
    const page = await sender.newPage();
    await page.goto(`${baseUrl}/`);
    await page.locator('#files').setInputFiles(file);
    const cdp = await sender.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const start = await heapUsed(cdp);
    let peak = start;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        peak = Math.max(peak, await heapUsed(cdp));
        await new Promise((r) => setTimeout(r, 25));
      }
    })();
    const t0 = performance.now();
    await page.getByRole('button', { name: 'Create secret link' }).click();
    const link = page.getByLabel('Link', { exact: true });
    await link.waitFor({ timeout: 300_000 });
    const uploadMs = performance.now() - t0;
    sampling = false;
    await sampler;
    await cdp.send('HeapProfiler.collectGarbage');
    const retained = (await heapUsed(cdp)) - start;
    const url = await link.inputValue();

    const view = await recipient.newPage();
    await view.goto(url);
    const t1 = performance.now();
    await view.getByRole('button', { name: 'Reveal secret' }).click();
    const download = view.getByRole('button', { name: 'Download large.bin' });
    await download.waitFor({ timeout: 300_000 });
    const revealToFilesMs = performance.now() - t1;
    const [saved] = await Promise.all([view.waitForEvent('download'), download.click()]);
    const identical = (await sha256File((await saved.path())!)) === expected;
    return {
      bytes,
      uploadMs: Math.round(uploadMs),
      uploadHeapPeakAboveStartMiB: Number(((peak - start) / MiB).toFixed(1)),
      uploadHeapRetainedMiB: Number((retained / MiB).toFixed(1)),
      revealToFilesMs: Math.round(revealToFilesMs),
      identical,
    };
  } finally {
    await sender.close();
    await recipient.close();
    await rm(dir, { recursive: true, force: true });
  }
}
