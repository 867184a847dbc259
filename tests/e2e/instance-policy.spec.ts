import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { startApp, type Started } from '../support/processes';
import { expect, test } from './fixtures';

/*
 * An instance run for a company (issue 21), started by this file with its
 * own environment: a 7-day-max, password-required policy and a brand (name,
 * SVG logo, accent, footer links, intro). The form offers only what the
 * policy allows; the branded pages keep axe at 0 violations and the CSP
 * silent, and load nothing from another origin. Screenshots of it go to
 * docs/screenshots when SCREENSHOTS_DIR is set (docs/deploy.md shows them).
 */

const shots = process.env.SCREENSHOTS_DIR ?? 'test-results/screenshots';
mkdirSync(shots, { recursive: true });

const LOGO =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="8" fill="#1d4ed8"/>' +
  '<path d="M9 22 16 8l7 14h-4l-3-6-3 6z" fill="#fff"/></svg>';

let app: Started;

test.beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-brand-e2e-'));
  writeFileSync(join(dir, 'logo.svg'), LOGO);
  app = await startApp({
    HANDOFF_TTL_MAX: '7d',
    HANDOFF_VIEW_MAX: '3',
    HANDOFF_REQUIRE_PASSWORD: '1',
    HANDOFF_MIN_PASSWORD_LENGTH: '12',
    HANDOFF_BRAND_NAME: 'Acme Payroll',
    HANDOFF_BRAND_LOGO: join(dir, 'logo.svg'),
    HANDOFF_BRAND_ACCENT: '#1d4ed8',
    HANDOFF_BRAND_IMPRINT_URL: 'https://acme.example/imprint',
    HANDOFF_BRAND_PRIVACY_URL: 'https://acme.example/privacy',
    HANDOFF_BRAND_SUPPORT: 'it-help@acme.example',
    HANDOFF_BRAND_INTRO_EN: 'For Acme staff: share credentials with colleagues and vendors, never by email.',
    HANDOFF_BRAND_INTRO_DE: 'Für Acme-Mitarbeitende: Zugangsdaten teilen, nie per E-Mail.',
  });
});

test.afterAll(async () => {
  await app?.stop();
});

async function expectNoViolations(page: Page, state: string) {
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  const { violations } = await new AxeBuilder({ page }).analyze();
  const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations in ${state}`).toEqual([]);
}

test('offers only the lifetimes the policy allows, and no share without a long enough password', async ({ page }) => {
  await page.goto(`${app.url}/`);
  const lifetimes = await page.getByRole('radiogroup', { name: 'Expires after' }).locator('label').allTextContents();
  expect(lifetimes).toEqual(['5 minutes', '1 hour', '1 day', '7 days']);
  await expect(page.getByText('30 days')).toHaveCount(0);
  await expect(page.getByText('(required on this service)')).toBeVisible();
  await page.getByLabel('Secret').fill('DATABASE_URL=postgres://app:pw@db/app');
  const submit = page.getByRole('button', { name: 'Create secret link' });
  await expect(submit).toBeDisabled();
  await page.getByLabel('Password (required on this service)').fill('too-short');
  await expect(page.getByText('The password must be at least 12 characters long on this service.')).toBeVisible();
  await expect(submit).toBeDisabled();
  await page.getByRole('button', { name: 'Generate' }).click();
  await expect(submit).toBeEnabled();
  await submit.click();
  await expect(page.getByLabel('Link', { exact: true })).toHaveValue(/\/s#/);
});

test('the request page offers only the request and answer choices the policy allows', async ({ page }) => {
  await page.goto(`${app.url}/request`);
  const options = (name: string) => page.getByLabel(name).locator('option').allTextContents();
  const open = page.getByLabel('The request stays open for');
  const keep = page.getByLabel('Keep the answer for');
  const views = page.getByLabel('The answer can be opened');
  expect(await options('The request stays open for')).toEqual(['1 hour', '1 day', '7 days']);
  expect(await options('Keep the answer for')).toEqual(['5 minutes', '1 hour', '1 day', '7 days']);
  expect(await views.locator('option').allTextContents()).toEqual(['1 time (recommended)', '2 times', '3 times']);
  await expect(open).toHaveValue('86400');
  await expect(keep).toHaveValue('86400');
  await expect(views).toHaveValue('1');
  // The longest choices offered are accepted by the API (the password rule does not apply to an answer).
  await open.selectOption('604800');
  await keep.selectOption('604800');
  await views.selectOption('3');
  await page.getByRole('button', { name: 'Create request' }).click();
  await expect(page.getByLabel('Request link: send it to the person you ask')).toHaveValue(/\/r#/);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`a branded instance in ${colorScheme} mode: axe clean, CSP silent, nothing from another origin`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ colorScheme, viewport: { width: 1100, height: 760 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (/Content.Security.Policy|Refused to/i.test(m.text())) problems.push(m.text());
    });
    const origins = new Set<string>();
    page.on('request', (r) => origins.add(new URL(r.url()).origin));
    await page.goto(`${app.url}/`);
    await expect(page.getByRole('link', { name: 'Acme Payroll' })).toBeVisible();
    await expect(page.getByText('For Acme staff')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Imprint' })).toHaveAttribute('href', 'https://acme.example/imprint');
    await expect(page.getByRole('link', { name: 'Support' })).toHaveAttribute('href', 'mailto:it-help@acme.example');
    await expect(page).toHaveTitle('Handoff: share a secret once');
    const logo = page.locator('header img');
    await expect(logo).toHaveAttribute('src', '/brand/logo');
    expect(await logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await page.getByLabel('Secret').fill('STRIPE_SECRET_KEY=sk_test_51ExampleOnlyNotARealKey');
    await page.getByRole('button', { name: 'Generate' }).click();
    const submit = page.getByRole('button', { name: 'Create secret link' });
    // The generated password enables the button; a disabled one is grey, and its colour eases to the accent.
    await expect(submit).toBeEnabled();
    // The accent is the button's background, white text on it.
    // Polled: the button has just become enabled, and its colour transition may still be running.
    await expect.poll(() => submit.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(29, 78, 216)');
    await expectNoViolations(page, `branded create, ${colorScheme}`);
    await page.screenshot({ path: join(shots, `branded-${colorScheme}.png`), fullPage: true });
    expect(problems).toEqual([]);
    expect([...origins]).toEqual([app.url]);
    await context.close();
  });
}
