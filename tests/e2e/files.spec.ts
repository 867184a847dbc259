import { createHash, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Download, Page } from '@playwright/test';
import { RevealPage, SecurityWatch, expect, test } from './fixtures';

/*
 * Files end to end in real Chromium: chosen on `/`, encrypted and uploaded in
 * parts, revealed in another browser context, downloaded and compared byte
 * for byte. Hostile names and SVG content stay inert; over-limit files are
 * refused before anything is sent; an upload can be cancelled.
 */

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const ENV_FILE = 'STRIPE_SECRET_KEY=sk_test_51Hx0000000000000000000000\nDATABASE_URL=postgres://app:pw@db:5432/app\n';

type Upload = { name: string; mimeType: string; buffer: Buffer };

async function shareFiles(page: Page, files: Upload[], text = ''): Promise<string> {
  await page.goto('/');
  if (text) await page.getByLabel('Secret').fill(text);
  await page.locator('#files').setInputFiles(files);
  await page.getByRole('button', { name: 'Create secret link' }).click();
  const link = page.getByLabel('Link', { exact: true });
  await expect(link).toBeVisible({ timeout: 30_000 });
  return link.inputValue();
}

async function downloadBytes(download: Download): Promise<Buffer> {
  return readFile((await download.path())!);
}

test.describe('sharing files', () => {
  test('a note, a .env file and a 3 MiB binary arrive byte-identical, once', async ({ page, browser, baseURL }) => {
    const binary = randomBytes(3 * 1024 * 1024 + 123);
    const link = await shareFiles(
      page,
      [
        { name: '.env', mimeType: 'text/plain', buffer: Buffer.from(ENV_FILE) },
        { name: 'backup.tar.gz', mimeType: 'application/gzip', buffer: binary },
      ],
      'Rotate these on Friday',
    );

    const context = await browser.newContext({ acceptDownloads: true });
    const watch = await SecurityWatch.attach(context, baseURL!);
    const recipient = await context.newPage();
    await recipient.goto(link);
    await expect(recipient.getByText(/It contains files/)).toBeVisible();
    await new RevealPage(recipient).revealButton().click();
    const files = recipient.getByTestId('revealed-file');
    await expect(files).toHaveCount(2);
    await expect(recipient.getByTestId('file-name')).toHaveText(['.env', 'backup.tar.gz']);
    // The real total of the files (not the padded stream), in human units (issue 24 item 10).
    await expect(recipient.getByTestId('files-summary')).toHaveText('2 files, 3 MB in total');
    await expect(recipient.getByRole('button', { name: 'Download backup.tar.gz' })).toBeVisible({ timeout: 30_000 });

    await files.nth(0).getByRole('button', { name: 'Preview as text' }).click();
    await expect(recipient.getByTestId('file-preview')).toHaveText(ENV_FILE);

    const [envDownload] = await Promise.all([
      recipient.waitForEvent('download'),
      recipient.getByRole('button', { name: 'Download .env' }).click(),
    ]);
    expect((await downloadBytes(envDownload)).toString()).toBe(ENV_FILE);
    const [binDownload] = await Promise.all([
      recipient.waitForEvent('download'),
      recipient.getByRole('button', { name: 'Download backup.tar.gz' }).click(),
    ]);
    expect(binDownload.suggestedFilename()).toBe('backup.tar.gz');
    expect(sha256(await downloadBytes(binDownload))).toBe(sha256(binary));
    await expect(await new RevealPage(recipient).shownSecret()).toHaveText('Rotate these on Friday');

    await watch.settle(recipient);
    watch.expectClean();
    await context.close();

    const late = await browser.newContext();
    const second = await late.newPage();
    await second.goto(link);
    await expect(new RevealPage(second).goneHeading()).toBeVisible();
    await late.close();
  });

  test('a hostile file name and SVG with script are listed and saved as inert data', async ({ page, browser }) => {
    const name = '<img src=x onerror=alert(1)>.svg';
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>';
    const link = await shareFiles(page, [{ name, mimeType: 'image/svg+xml', buffer: Buffer.from(svg) }]);

    const context = await browser.newContext({ acceptDownloads: true });
    const recipient = await context.newPage();
    const dialogs: string[] = [];
    recipient.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await recipient.goto(link);
    await new RevealPage(recipient).revealButton().click();
    await expect(recipient.getByTestId('file-name')).toHaveText(name);
    await expect(recipient.getByText('image/svg+xml', { exact: false })).toBeVisible();
    await expect(recipient.locator('img[src="x"], svg script, [onload]')).toHaveCount(0);

    await recipient.getByRole('button', { name: 'Preview as text' }).click();
    await expect(recipient.getByTestId('file-preview')).toHaveText(svg);
    await expect(recipient.locator('svg script, [onload]')).toHaveCount(0);

    const pageUrl = recipient.url();
    const [download] = await Promise.all([
      recipient.waitForEvent('download'),
      recipient.getByRole('button', { name: `Download ${name}` }).click(),
    ]);
    expect((await downloadBytes(download)).toString()).toBe(svg);
    expect(download.suggestedFilename()).not.toMatch(/[/\\]/);
    expect(recipient.url()).toBe(pageUrl);
    expect(context.pages()).toHaveLength(1);
    expect(dialogs).toEqual([]);
    await context.close();
  });

  test('the file states have no axe violations, light and dark', async ({ page, browser }) => {
    const axe = async (p: Page, state: string) => {
      await p.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
      const { violations } = await new AxeBuilder({ page: p }).analyze();
      expect(
        violations.map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary}`).join(', ')}`),
        `axe violations in ${state}`,
      ).toEqual([]);
    };
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto('/');
      await page
        .locator('#files')
        .setInputFiles([{ name: 'a.txt', mimeType: 'text/plain', buffer: Buffer.from('hi') }]);
      await axe(page, `create with a file (${colorScheme})`);
      await page
        .locator('#files')
        .setInputFiles([
          { name: 'huge.bin', mimeType: 'application/octet-stream', buffer: Buffer.alloc(25 * 1024 * 1024 + 1) },
        ]);
      await expect(page.getByText(/over the limit/)).toBeVisible();
      await axe(page, `files over the limit (${colorScheme})`);
      const link = await shareFiles(page, [{ name: 'a.txt', mimeType: 'text/plain', buffer: Buffer.from('hi') }]);
      const context = await browser.newContext({ colorScheme });
      const recipient = await context.newPage();
      await recipient.goto(link);
      await expect(recipient.getByText(/It contains files/)).toBeVisible();
      await axe(recipient, `reveal prompt with files (${colorScheme})`);
      await new RevealPage(recipient).revealButton().click();
      await recipient.getByRole('button', { name: 'Preview as text' }).click();
      await expect(recipient.getByTestId('file-preview')).toHaveText('hi');
      await axe(recipient, `revealed files (${colorScheme})`);
      await context.close();
    }
  });

  test('files over the limit are refused before anything is uploaded', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/')) requests.push(`${request.method()} ${request.url()}`);
    });
    await page.goto('/');
    await expect(page.getByText(/Up to 20 files, 25 MB in total/)).toBeVisible();
    await page
      .locator('#files')
      .setInputFiles([
        { name: 'huge.bin', mimeType: 'application/octet-stream', buffer: Buffer.alloc(25 * 1024 * 1024 + 1) },
      ]);
    await expect(page.getByText(/over the limit of 25 MB/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Create secret link' })).toBeDisabled();
    await page.getByRole('button', { name: 'Remove huge.bin' }).click();
    await expect(page.getByText(/over the limit/)).toHaveCount(0);
    expect(requests).toEqual([]);
  });

  test('cancelling an upload shares nothing and deletes what was sent', async ({ page }) => {
    // Slow the parts down so there is time to cancel on a fast loopback.
    await page.route('**/api/secrets/*/parts/*', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    await page.goto('/');
    await page
      .locator('#files')
      .setInputFiles([{ name: 'big.bin', mimeType: 'application/octet-stream', buffer: randomBytes(6 * 1024 * 1024) }]);
    await page.getByRole('button', { name: 'Create secret link' }).click();
    const cancel = page.getByRole('button', { name: 'Cancel upload' });
    await expect(cancel).toBeVisible();
    const revoke = page.waitForRequest((request) => request.method() === 'DELETE');
    await cancel.click();
    await expect(page.getByText(/Upload cancelled/)).toBeVisible();
    const deleted = await (await revoke).response();
    expect(deleted?.status()).toBe(204);
    await expect(page.getByLabel('Link', { exact: true })).toHaveCount(0);
  });
});
