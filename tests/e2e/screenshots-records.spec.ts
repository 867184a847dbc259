import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatManageFragment } from '@/lib/crypto';
import { expect, test } from './fixtures';
import { seedHistory, sharedEntry } from './my-links-support';

/*
 * Screenshots of the sender's records and the site's safety nets: My links
 * with its offboarding checklist, the manage page, the 404 page. Like
 * screenshots.spec.ts, they go to test-results/screenshots, and
 * `npm run screenshots` writes them to docs/screenshots.
 */

const dir = process.env.SCREENSHOTS_DIR ?? 'test-results/screenshots';
mkdirSync(dir, { recursive: true });

for (const [device, viewport] of [
  ['desktop', { width: 1280, height: 800 }],
  ['phone', { width: 390, height: 844 }],
] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`records and safety nets on a ${device} in ${colorScheme} mode`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ viewport, colorScheme, baseURL, locale: 'en-GB' });
      const page = await context.newPage();
      const shot = (name: string) =>
        page.screenshot({ path: join(dir, `${name}-${device}-${colorScheme}.png`), fullPage: true });
      const recipient = 'Dana (contractor)';
      const entries = [
        await sharedEntry(baseURL!, { label: 'Stripe live secret key', recipient, rotateBy: '2026-11-30' }),
        await sharedEntry(baseURL!, { label: '.env file: DATABASE_URL, API_KEY', recipient, rotateBy: '2027-01-31' }),
        await sharedEntry(baseURL!, { recipient }),
        await sharedEntry(baseURL!, { label: 'AWS access key pair', recipient: 'Lee' }),
      ];
      await page.goto('/history');
      await seedHistory(page, entries);
      await page.reload();
      await page.getByLabel('Recipient', { exact: true }).selectOption(recipient);
      await page.getByRole('checkbox', { name: 'Rotated: Stripe live secret key' }).check();
      await expect(page.getByRole('list', { name: 'Checklist' }).getByTestId('secret-state')).toHaveCount(3);
      await shot('6-my-links');

      const [first] = entries;
      await page.goto(`/m#${formatManageFragment(first!.id, first!.manageToken)}`);
      await expect(page.getByTestId('secret-state')).toHaveText('Waiting');
      await page.getByRole('button', { name: 'Revoke now' }).click();
      await shot('7-manage');

      await page.goto('/no-such-page');
      await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
      await shot('8-not-found');
      await context.close();
    });
  }
}
