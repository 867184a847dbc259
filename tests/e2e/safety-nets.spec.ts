import AxeBuilder from '@axe-core/playwright';
import { chromium } from '@playwright/test';
import config from '../../playwright.config';
import { SecurityWatch, expect, test } from './fixtures';

/*
 * Issue 24, item 9: plain http from another host says HTTPS is required;
 * without JavaScript the page says why it needs it; unknown paths get a
 * styled, localised 404 under the same strict CSP.
 */

test('plain http from a host name that is not loopback shows that HTTPS is required', async ({ baseURL }) => {
  const port = new URL(baseURL!).port;
  const launch = config.use?.launchOptions ?? {};
  // handoff.test resolves to 127.0.0.1 only inside this browser: nothing leaves the machine.
  const browser = await chromium.launch({
    ...launch,
    args: [...(launch.args ?? []), '--host-resolver-rules=MAP handoff.test 127.0.0.1'],
  });
  try {
    const page = await browser.newPage({ locale: 'en-US' });
    await page.goto(`http://handoff.test:${port}/`);
    const banner = page.getByTestId('https-required');
    await expect(banner).toContainText('This page needs HTTPS');
    await expect(banner).toContainText(`plain http at handoff.test:${port}`);
    expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
    await page.goto(`http://handoff.test:${port}/history`);
    await expect(page.getByTestId('https-required')).toBeVisible();

    // Loopback is a secure context: no banner there.
    await page.goto(`${baseURL}/`);
    await expect(page.getByLabel('Secret')).toBeVisible();
    await expect(page.getByTestId('https-required')).toHaveCount(0);
  } finally {
    await browser.close();
  }
});

test('without JavaScript, every page says why it needs it', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false, locale: 'en-US' });
  const page = await context.newPage();
  for (const path of ['/', '/s', '/m', '/history']) {
    await page.goto(path);
    // Playwright's text engine skips <noscript>: find the note by its test id, read its text.
    const note = page.getByTestId('noscript');
    await expect(note).toBeVisible();
    await expect(note).toContainText('Handoff needs JavaScript');
    await expect(note).toContainText('Without JavaScript nothing can be encrypted or revealed');
  }
  await context.close();

  const german = await browser.newContext({ baseURL, javaScriptEnabled: false, locale: 'de-DE' });
  const seite = await german.newPage();
  await seite.goto('/s');
  await expect(seite.getByTestId('noscript')).toContainText('Handoff braucht JavaScript');
  await german.close();
});

test('with JavaScript, the noscript note stays hidden', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByLabel('Secret')).toBeVisible();
  await expect(page.getByTestId('noscript')).toBeHidden();
});

test('an unknown path gets the styled 404 in the reader’s language, status 404, under the strict CSP', async ({
  browser,
  baseURL,
  request,
}) => {
  const res = await request.get('/no-such-page', { headers: { 'Accept-Language': 'en-US' } });
  expect(res.status()).toBe(404);
  const csp = res.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'nonce-");
  expect(csp).toContain("'strict-dynamic'");
  expect(csp).not.toContain('unsafe-inline');
  expect(await res.text()).toContain('Page not found');

  const german = await request.get('/no-such-page', { headers: { 'Accept-Language': 'de-DE,de;q=0.9' } });
  expect(german.status()).toBe(404);
  expect(await german.text()).toContain('Seite nicht gefunden');

  for (const [locale, heading, link] of [
    ['en-US', 'Page not found', 'Share a secret'],
    ['de-DE', 'Seite nicht gefunden', 'Ein Geheimnis teilen'],
  ] as const) {
    const context = await browser.newContext({ baseURL, locale });
    const watch = await SecurityWatch.attach(context, baseURL!);
    const page = await context.newPage();
    const response = await page.goto('/no/such/page');
    expect(response!.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(page.getByRole('link', { name: link })).toHaveAttribute('href', '/');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(
        violations.map((v) => v.id),
        `axe on the 404 page (${locale}, ${colorScheme})`,
      ).toEqual([]);
    }
    await watch.settle(page);
    watch.expectClean();
    await context.close();
  }

  // A choice made with the language switcher applies to the 404 page too.
  const context = await browser.newContext({ baseURL, locale: 'en-US' });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByLabel('Language').selectOption({ label: 'Deutsch' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await page.goto('/missing');
  await expect(page.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' })).toBeVisible();
  await context.close();
});
