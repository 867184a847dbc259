import type { BrowserContext } from '@playwright/test';
import { RevealPage, expect, test } from './fixtures';

const SECRET = 'STRIPE_SECRET_KEY=sk_live_notify-browser-test';

/** Replaces window.Notification in every page of `context` by one that records what it shows. */
async function observeNotifications(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const shown: { title: string; body: string }[] = [];
    const real = window.Notification;
    class Observed {
      constructor(title: string, options?: NotificationOptions) {
        shown.push({ title, body: options?.body ?? '' });
      }
      static get permission() {
        return real.permission;
      }
      static requestPermission() {
        return real.requestPermission();
      }
    }
    Object.assign(window, { Notification: Observed, shownNotifications: shown });
  });
}

test.describe('telling the sender', () => {
  test('the manage page raises a system notification when the secret is revealed elsewhere', async ({
    page,
    browser,
    baseURL,
  }) => {
    await page.context().grantPermissions(['notifications'], { origin: new URL(baseURL!).origin });
    // Observe every notification the page raises (the real one would go to the desktop).
    await observeNotifications(page.context());

    await page.goto('/');
    await page.getByLabel('Secret').fill(SECRET);
    await page.getByRole('button', { name: 'Create secret link' }).click();
    const link = await page.getByLabel('Link', { exact: true }).inputValue();
    const manageUrl = await page.getByLabel('Manage link (keep it to yourself)').inputValue();

    const manage = await page.context().newPage();
    await manage.goto(manageUrl);
    await expect(manage.getByTestId('secret-state')).toHaveText('Waiting');
    await expect(manage.getByTestId('notify-reference')).toHaveText(/^Reference: [A-Za-z0-9_-]{6}$/);
    const reference = (await manage.getByTestId('notify-reference').textContent())!;
    await manage.getByRole('button', { name: 'Alert me here' }).click();
    await expect(manage.getByText('Alerts on')).toBeVisible();
    expect(
      await manage.evaluate(() => (window as unknown as { shownNotifications: unknown[] }).shownNotifications),
    ).toEqual([]);

    const recipient = await browser.newContext();
    const view = await recipient.newPage();
    await view.goto(link);
    await new RevealPage(view).revealButton().click();
    await expect(await new RevealPage(view).shownSecret()).toHaveText(SECRET);
    await recipient.close();

    await expect(manage.getByTestId('secret-state')).toHaveText('Opened', { timeout: 15_000 });
    await expect
      .poll(() => manage.evaluate(() => (window as unknown as { shownNotifications: unknown[] }).shownNotifications))
      .toEqual([{ title: 'Handoff', body: `${reference}: Opened` }]);
  });

  test('My links raises one system notification when a tracked link is revealed elsewhere', async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000); // a poll every 10 s, then a quiet spell to show nothing more comes
    await page.context().grantPermissions(['notifications'], { origin: new URL(baseURL!).origin });
    await observeNotifications(page.context());
    const shown = () =>
      page.evaluate(() => (window as unknown as { shownNotifications: unknown[] }).shownNotifications);

    await page.goto('/');
    await page.getByLabel('Secret').fill(SECRET);
    await page.getByText('Keep a private note in this browser').click();
    await page.getByLabel('Label').fill('Stripe key for Acme');
    await page.getByRole('button', { name: 'Create secret link' }).click();
    const link = await page.getByLabel('Link', { exact: true }).inputValue();

    await page.goto('/history');
    const list = page.getByRole('list', { name: 'Shared links' });
    await expect(list.getByTestId('secret-state')).toHaveText('Waiting');
    await page.getByRole('button', { name: 'Alert me here when a link changes' }).click();
    await expect(page.getByText('Alerts on')).toBeVisible();
    expect(await shown()).toEqual([]);

    const recipient = await browser.newContext();
    const view = await recipient.newPage();
    await view.goto(link);
    await new RevealPage(view).revealButton().click();
    await expect(await new RevealPage(view).shownSecret()).toHaveText(SECRET);
    await recipient.close();

    // The page reads the receipts again by itself while alerts are on.
    await expect(list.getByTestId('secret-state')).toHaveText('Opened', { timeout: 45_000 });
    await expect.poll(shown).toEqual([{ title: 'Handoff', body: 'Stripe key for Acme: Opened' }]);
    // Later readings of the same state raise nothing more.
    await page.waitForTimeout(12_000);
    expect(await shown()).toHaveLength(1);
  });

  test('the request form offers "Tell me when it is answered"; a destination this server refuses is explained', async ({
    page,
  }) => {
    await page.goto('/request');
    await expect(page.getByLabel('Email address or webhook URL')).toHaveCount(0);
    await page.getByLabel('Tell me when it is answered').check();
    await page.getByLabel('Email address or webhook URL').fill('me@example.com');
    await page.getByRole('button', { name: 'Create request' }).click();
    await expect(page.getByText('This server does not send notifications to that address or host.')).toBeVisible();
    await expect(page.getByLabel('Owner link: keep it to yourself')).toHaveCount(0);
  });

  test('the create form offers "Tell me when it is opened" and asks for a destination only when ticked', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByLabel('Email address or webhook URL')).toHaveCount(0);
    await page.getByLabel('Tell me when it is opened').check();
    await expect(page.getByLabel('Email address or webhook URL')).toBeVisible();
    // This test server allows no destination: the create is refused with a clear message, nothing stored.
    await page.getByLabel('Email address or webhook URL').fill('me@example.com');
    await page.getByLabel('Secret').fill(SECRET);
    await page.getByRole('button', { name: 'Create secret link' }).click();
    await expect(page.getByText('This server does not send notifications to that address or host.')).toBeVisible();
    await expect(page.getByLabel('Manage link (keep it to yourself)')).toHaveCount(0);
  });
});
