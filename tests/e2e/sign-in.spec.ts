import { randomBytes } from 'node:crypto';
import { test, expect } from '@playwright/test';
import { startOidcProvider, type TestProvider } from '../support/oidc-provider';
import { freePort, startApp, type Started } from '../support/processes';
import { CreatePage, RevealPage, SecurityWatch } from './fixtures';

/*
 * HANDOFF_AUTH=oidc in Chromium, against a real OpenID Connect provider
 * (oidc-provider) on loopback and an app instance of its own: an anonymous
 * visitor gets a sign-in card instead of the form, a signed-in user shares,
 * a recipient in a fresh context opens the link without signing in, and the
 * settings page issues a token shown once and revokes it.
 */

let provider: TestProvider;
let app: Started;

test.beforeAll(async () => {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  provider = await startOidcProvider(`${origin}/api/auth/callback`);
  app = await startApp(
    {
      HANDOFF_AUTH: 'oidc',
      HANDOFF_PUBLIC_URL: origin,
      HANDOFF_OIDC_ISSUER: provider.issuer,
      HANDOFF_OIDC_CLIENT_ID: provider.clientId,
      HANDOFF_OIDC_CLIENT_SECRET: provider.clientSecret,
      HANDOFF_SESSION_SECRET: randomBytes(32).toString('base64url'),
    },
    { port, preload: './tests/support/oidc-plain-http.mjs' },
  );
});

test.afterAll(async () => {
  await app?.stop();
  await provider?.stop();
});

test('only a signed-in sender creates; the recipient opens the link without signing in', async ({ browser }) => {
  const sender = await browser.newContext();
  const page = await sender.newPage();
  await page.goto(`${app.url}/`);
  await expect(page.getByRole('heading', { name: 'Sign in to share' })).toBeVisible();
  await expect(page.getByLabel('Secret')).toHaveCount(0);

  await page.getByRole('link', { name: 'Sign in' }).click();
  await page.locator('input[name="login"]').fill('alice');
  await page.locator('input[name="password"]').fill('any');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await expect(page.getByTestId('signed-in-user')).toHaveText('Signed in as alice@example.com');

  const link = await new CreatePage(page).share('the staging password');
  expect(link.startsWith(`${app.url}/s#`)).toBe(true);

  const recipient = await browser.newContext();
  const reader = await recipient.newPage();
  await reader.goto(link);
  const reveal = new RevealPage(reader);
  await reveal.revealButton().click();
  await expect(await reveal.shownSecret()).toHaveText('the staging password');
  expect(await recipient.cookies()).toEqual([]);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to share' })).toBeVisible();
  await sender.close();
  await recipient.close();
});

test('the settings page shows a new token once, and revokes it', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${app.url}/api/auth/login?return=/settings`);
  await page.locator('input[name="login"]').fill('bob');
  await page.locator('input[name="password"]').fill('any');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await expect(page.getByRole('heading', { name: 'Personal API tokens' })).toBeVisible();
  await page.getByLabel('Token name').fill('laptop');
  await page.getByRole('button', { name: 'Create token' }).click();
  const token = await page.getByTestId('new-token').getByRole('textbox').inputValue();
  expect(token).toMatch(/^hnd_pat_/);
  await expect(page.getByText('laptop')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('new-token')).toHaveCount(0);
  await page.getByRole('button', { name: 'Revoke laptop' }).click();
  await expect(page.getByText('Token revoked.')).toBeVisible();
  await expect(page.getByText('No tokens yet.')).toBeVisible();
  await context.close();
});

test('the signed-in pages run under the same strict CSP, with no violation', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${app.url}/api/auth/login`);
  await page.locator('input[name="login"]').fill('carol');
  await page.locator('input[name="password"]').fill('any');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await expect(page.getByTestId('signed-in-user')).toBeVisible();
  // From here on, nothing may be reported and nothing may leave the app's origin.
  const watch = await SecurityWatch.attach(context, app.url);
  const watched = await context.newPage();
  for (const path of ['/', '/settings', '/signin?error=denied', '/history']) {
    await watched.goto(`${app.url}${path}`);
    await watch.settle(watched);
  }
  watch.expectClean();
  await context.close();
});

test('a failed sign-in lands on a page that says what happened', async ({ page }) => {
  await page.goto(`${app.url}/signin?error=provider`);
  await expect(page.getByText('The sign-in service cannot be reached right now.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
});
