import { type Locator, type Page } from '@playwright/test';
import { expect, test } from './fixtures';

/*
 * Arabic is written right to left: the page says so (<html dir="rtl">), the
 * layout mirrors (the primary action sits at the start, on the right), and a
 * link stays readable left to right inside the Arabic text around it.
 */

test.use({ locale: 'ar' });

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error(`rtl: ${locator.toString()} has no box`);
  return found;
}

/** The element's own direction and whether something isolates it, left to right, from the text around it. */
function directionOf(locator: Locator) {
  return locator.evaluate((el) => {
    const style = getComputedStyle(el);
    // <bdi> or a dir="ltr" element (an input is isolated anyway) between it and the page's rtl.
    const isolation = el.closest('bdi, [dir="ltr"]');
    return { direction: style.direction, isolated: isolation !== null && isolation !== document.documentElement };
  });
}

async function expectRightToLeft(page: Page) {
  const html = page.locator('html');
  await expect(html).toHaveAttribute('dir', 'rtl');
  await expect(html).toHaveAttribute('lang', 'ar');
}

test('the create page is laid out right to left, with the primary button at the start (right)', async ({ page }) => {
  await page.goto('/');
  await expectRightToLeft(page);
  const secret = page.getByLabel('السر', { exact: true });
  await secret.fill('sk_test_51ExampleOnlyNotARealKey');
  const submit = page.getByRole('button', { name: 'إنشاء رابط سري' });
  // The button sits at the start of its column, under the choices: flush with their right edge.
  const [column, button] = [await box(page.getByRole('radiogroup', { name: 'يمكن فتحه' })), await box(submit)];
  expect(Math.abs(button.x + button.width - (column.x + column.width))).toBeLessThan(2);
  expect(button.x).toBeGreaterThan(column.x + 10);
  await expect(secret).toHaveAttribute('dir', 'auto');

  await submit.click();
  const link = page.getByLabel('الرابط', { exact: true });
  await expect(link).toBeVisible();
  expect(await link.inputValue()).toMatch(/^https?:\/\/[^#]+\/s#/);
  await expect(link).toHaveAttribute('dir', 'ltr');
  expect(await directionOf(link)).toEqual({ direction: 'ltr', isolated: true });
  // The primary Copy link comes first in reading order: right of the buttons after it.
  const copy = await box(page.getByRole('button', { name: 'نسخ الرابط' }));
  const qr = await box(page.getByRole('button', { name: 'إظهار رمز QR' }));
  expect(copy.x).toBeGreaterThan(qr.x);
});

test('a reveal prompt in Arabic is right to left, its button at the start', async ({ page, createPage }) => {
  await createPage.open();
  await page.getByLabel('السر', { exact: true }).fill('a secret for the reveal prompt');
  await page.getByRole('button', { name: 'إنشاء رابط سري' }).click();
  const link = await page.getByLabel('الرابط', { exact: true }).inputValue();

  await page.goto(link);
  await expectRightToLeft(page);
  const reveal = page.getByRole('button', { name: 'كشف السر' });
  await expect(reveal).toBeEnabled();
  // The state badge and the heading start on the right of the card; the button spans it.
  const [badge, heading, button] = [
    await box(page.getByText('جاهز للفتح')),
    await box(page.getByRole('heading', { name: 'شاركك أحدهم سرًا' })),
    await box(reveal),
  ];
  const cardEnd = button.x + button.width;
  expect(Math.abs(badge.x + badge.width - cardEnd)).toBeLessThan(2);
  expect(badge.x).toBeGreaterThan(button.x + button.width / 2);
  expect(Math.abs(heading.x + heading.width - cardEnd)).toBeLessThan(2);
});

test('choosing العربية turns the page right to left, and English turns it back', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, locale: 'en-US' });
  const page = await context.newPage();
  await page.goto('/');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('dir', 'ltr');
  await page.getByLabel('Language').selectOption({ label: 'العربية' });
  await expectRightToLeft(page);
  await page.getByLabel('اللغة').selectOption({ label: 'English' });
  await expect(html).toHaveAttribute('dir', 'ltr');
  await expect(html).toHaveAttribute('lang', 'en');
  await context.close();
});
