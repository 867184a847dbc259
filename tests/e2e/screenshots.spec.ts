import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { RevealPage, expect, test } from './fixtures';

/*
 * Screenshots of the main screens, phone and desktop, light and dark. They
 * go to test-results/screenshots on every run; `npm run screenshots` writes
 * them to docs/screenshots, where the README shows them.
 */

const dir = process.env.SCREENSHOTS_DIR ?? 'test-results/screenshots';
mkdirSync(dir, { recursive: true });

const SECRET = 'STRIPE_SECRET_KEY=sk_test_51ExampleOnlyNotARealKey\nDATABASE_URL=postgres://app:s3cret@db.internal/app';

for (const [device, viewport] of [
  ['desktop', { width: 1100, height: 760 }],
  ['phone', { width: 390, height: 844 }],
] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`screens on a ${device} in ${colorScheme} mode`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ viewport, colorScheme, baseURL });
      const page = await context.newPage();
      const shot = (name: string) =>
        page.screenshot({ path: join(dir, `${name}-${device}-${colorScheme}.png`), fullPage: true });
      await page.goto('/');
      await page.getByLabel('Secret').fill(SECRET);
      await shot('1-create');
      await page.getByRole('button', { name: 'Create secret link' }).click();
      const link = await page.getByLabel('Link', { exact: true }).inputValue();
      await shot('2-link');
      const view = await context.newPage();
      await view.goto(link);
      await expect(new RevealPage(view).revealButton()).toBeEnabled();
      await view.screenshot({ path: join(dir, `3-open-${device}-${colorScheme}.png`), fullPage: true });
      await new RevealPage(view).revealButton().click();
      await expect(await new RevealPage(view).shownSecret()).toHaveText(SECRET);
      await view.screenshot({ path: join(dir, `4-revealed-${device}-${colorScheme}.png`), fullPage: true });

      await page.goto('/');
      await page.getByLabel('Secret').fill('Staging access for the Acme migration. Rotate on Friday.');
      await page.locator('#files').setInputFiles([
        { name: '.env.staging', mimeType: 'text/plain', buffer: Buffer.from('DATABASE_URL=postgres://…\nAPI_KEY=…\n') },
        { name: 'service-account.json', mimeType: 'application/json', buffer: Buffer.alloc(2345, 32) },
      ]);
      await page.getByRole('button', { name: 'Create secret link' }).click();
      const filesLink = await page.getByLabel('Link', { exact: true }).inputValue();
      await view.goto(filesLink);
      await new RevealPage(view).revealButton().click();
      await view.getByRole('button', { name: 'Preview as text' }).first().click();
      await expect(view.getByTestId('file-preview')).toBeVisible();
      await view.screenshot({ path: join(dir, `5-files-${device}-${colorScheme}.png`), fullPage: true });

      await page.goto('/');
      await page.getByLabel('Secret').fill(SECRET);
      await page.getByRole('button', { name: 'Show details' }).click();
      await page.getByRole('radio', { name: '7 days' }).check();
      await page.getByRole('button', { name: 'Generate' }).click();
      await shot('6-create-details');
      await page.getByRole('button', { name: 'Create secret link' }).click();
      await expect(page.getByLabel('Password for this link')).toBeVisible({ timeout: 20_000 });
      await shot('7-link-password');
      await context.close();
    });

    test(`request screens on a ${device} in ${colorScheme} mode`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ viewport, colorScheme, baseURL });
      const page = await context.newPage();
      await page.goto('/request');
      await page
        .getByLabel('Note for the person you ask')
        .fill('Please send the staging DB password for project Falcon.');
      await page.getByRole('button', { name: 'Create request' }).click();
      const requestLink = await page.getByLabel('Request link: send it to the person you ask').inputValue();
      const ownerLink = await page.getByLabel('Owner link: keep it to yourself').inputValue();
      await page.screenshot({ path: join(dir, `6-request-${device}-${colorScheme}.png`), fullPage: true });
      const view = await context.newPage();
      await view.goto(requestLink);
      await view.getByLabel('Your answer').fill('DATABASE_URL=postgres://falcon:s3cret@db.staging.internal/falcon');
      await expect(view.getByText('Recognised in your secret')).toBeVisible();
      await view.screenshot({ path: join(dir, `7-respond-${device}-${colorScheme}.png`), fullPage: true });
      await view.getByRole('button', { name: 'Encrypt and send' }).click();
      await expect(view.getByTestId('confirmation-code')).toBeVisible();
      await page.goto(ownerLink);
      await page.getByRole('button', { name: 'Reveal answer' }).click();
      await page.getByRole('button', { name: 'Show', exact: true }).click();
      await expect(page.getByTestId('owner-confirmation')).toBeVisible();
      await page.screenshot({ path: join(dir, `8-answer-${device}-${colorScheme}.png`), fullPage: true });
      await context.close();
    });
  }
}

// Right to left: the create form, the result card and the reveal prompt in Arabic (docs/screenshots/rtl-*.png).
for (const [device, viewport] of [
  ['desktop', { width: 1100, height: 760 }],
  ['phone', { width: 390, height: 844 }],
] as const) {
  test(`right-to-left screens on a ${device}`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ viewport, baseURL, locale: 'ar' });
    const page = await context.newPage();
    const shot = (target: typeof page, name: string) =>
      target.screenshot({ path: join(dir, `rtl-${name}-${device}.png`), fullPage: true, animations: 'disabled' });
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await page.getByLabel('السر', { exact: true }).fill(SECRET);
    await expect(page.getByRole('button', { name: 'إنشاء رابط سري' })).toBeEnabled();
    await shot(page, '1-create');
    await page.getByRole('button', { name: 'إنشاء رابط سري' }).click();
    const link = await page.getByLabel('الرابط', { exact: true }).inputValue();
    await shot(page, '2-link');
    const view = await context.newPage();
    await view.goto(link);
    await expect(view.getByRole('button', { name: 'كشف السر' })).toBeEnabled();
    await shot(view, '3-open');
    await context.close();
  });
}
