import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { formatManageFragment } from '@/lib/crypto';
import { expect, test } from './fixtures';
import { seedHistory, sharedEntry } from './my-links-support';

/*
 * Issue 24, items 7 and 8 (manage side): a manage link this browser's My
 * links does not know is probably a recipient's mistake, so the page says
 * whose link it is and asks one more step before it offers Revoke; the
 * sender's own page is named from their record; focus follows every step;
 * "Yes, destroy it" stays on one line on a desktop screen.
 */

test.use({ locale: 'en-US', viewport: { width: 1280, height: 800 } });

async function expectNoViolations(page: Page, state: string) {
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    `axe violations in ${state}`,
  ).toEqual([]);
}

const manageUrl = (e: { id: string; manageToken: string }) => `/m#${formatManageFragment(e.id, e.manageToken)}`;

for (const colorScheme of ['light', 'dark'] as const) {
  test(`a recipient who opens a manage link is told whose link it is and must confirm before Revoke appears (${colorScheme})`, async ({
    page,
    baseURL,
  }) => {
    await page.emulateMedia({ colorScheme });
    const entry = await sharedEntry(baseURL!, { label: 'Stripe key' });
    await page.goto(manageUrl(entry));
    await expect(page.getByTestId('secret-state')).toHaveText('Waiting');
    await expect(page.getByText('This is the sender’s private manage link')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('A shared secret');
    await expect(page.getByRole('button', { name: 'Revoke now' })).toHaveCount(0);
    await expectNoViolations(page, `manage link not in My links (${colorScheme})`);

    await page.getByRole('button', { name: 'I shared this secret: let me revoke it' }).click();
    await expect(page.getByRole('button', { name: 'Revoke now' })).toBeFocused();
    await page.getByRole('button', { name: 'Revoke now' }).click();
    await expect(page.getByText('Destroy this secret now?')).toBeFocused();
    await expectNoViolations(page, `revoke confirmation (${colorScheme})`);
    await page.getByRole('button', { name: 'Yes, destroy it' }).click();
    await expect(page.getByTestId('secret-state')).toHaveText('Revoked');
    await expect(page.getByText('Revoked. The link no longer opens for anyone.')).toBeFocused();
    await expectNoViolations(page, `revoked (${colorScheme})`);
  });
}

test('the sender sees their own label, no warning, and Revoke at once', async ({ page, baseURL }) => {
  const entry = await sharedEntry(baseURL!, { label: 'AWS key for Acme', recipient: 'Dana' });
  await page.goto('/history');
  await seedHistory(page, [entry]);
  await page.goto(manageUrl(entry));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('AWS key for Acme');
  await expect(page.getByTestId('secret-state')).toHaveText('Waiting');
  await expect(page.getByText('This is the sender’s private manage link')).toHaveCount(0);

  await page.getByRole('button', { name: 'Revoke now' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: 'Revoke now' })).toBeFocused();
});

test('"Yes, destroy it" stays on one line at 1280 px', async ({ page, baseURL }) => {
  const entry = await sharedEntry(baseURL!, { label: 'One line' });
  await page.goto('/history');
  await seedHistory(page, [entry]);
  await page.goto(manageUrl(entry));
  await page.getByRole('button', { name: 'Revoke now' }).click();
  const destroy = page.getByRole('button', { name: 'Yes, destroy it' });
  const box = await destroy.boundingBox();
  const lineHeight = await destroy.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
  const padding = await destroy.evaluate(
    (el) => parseFloat(getComputedStyle(el).paddingTop) + parseFloat(getComputedStyle(el).paddingBottom),
  );
  expect(box!.height - padding).toBeLessThan(lineHeight * 1.5);
});

test('the manage page does not float as a lone card on a desktop screen', async ({ page, baseURL }) => {
  const entry = await sharedEntry(baseURL!, { label: 'Layout' });
  await page.goto(manageUrl(entry));
  await expect(page.getByTestId('secret-state')).toHaveText('Waiting');
  const main = await page.getByRole('heading', { level: 1 }).boundingBox();
  const about = await page.getByRole('heading', { name: 'About this page' }).boundingBox();
  // Beside the receipt, not below it.
  expect(about!.x).toBeGreaterThan(main!.x + 300);
  expect(about!.y).toBeLessThan(main!.y + 200);
});
