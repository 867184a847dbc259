import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { textContrast } from '../support/contrast';
import { expect, test } from './fixtures';

/*
 * The sender's side (issue 24): nobody loses a secret by accident, the share
 * link is the one to send, screen readers hear the result, and phones share.
 */

const PASSWORD_SHAPE = /^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/;

/** Records every request the context sends: URL, headers and body. */
function recordTraffic(context: BrowserContext): string[] {
  const traffic: string[] = [];
  context.on('request', (r) => traffic.push(`${r.url()} ${JSON.stringify(r.headers())} ${r.postData() ?? ''}`));
  return traffic;
}

async function createWithGeneratedPassword(page: Page): Promise<string> {
  await page.goto('/');
  await page.getByLabel('Secret').fill('AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY');
  await page.getByRole('button', { name: 'Generate' }).click();
  const password = await page.getByLabel('Password (optional)').inputValue();
  expect(password).toMatch(PASSWORD_SHAPE);
  await page.getByRole('button', { name: 'Create secret link' }).click();
  await expect(page.getByLabel('Link', { exact: true })).toBeVisible({ timeout: 20_000 });
  return password;
}

test.describe('the result card', () => {
  test('keeps a generated password on the card, masked, with Show and Copy password', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-write']);
    // The app's Permissions-Policy forbids reading the clipboard, so record what is written to it.
    await context.addInitScript(() => {
      const written: string[] = [];
      Object.assign(window, { __written: written });
      const write = navigator.clipboard.writeText.bind(navigator.clipboard);
      navigator.clipboard.writeText = (text: string) => {
        written.push(text);
        return write(text);
      };
    });
    const password = await createWithGeneratedPassword(page);
    const field = page.getByLabel('Password for this link');
    await expect(field).toHaveAttribute('type', 'password');
    await expect(field).toHaveValue(password);
    await expect(page.getByText('Send the password through another channel than the link')).toBeVisible();
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await expect(field).toHaveAttribute('type', 'text');
    await page.getByRole('button', { name: 'Copy password' }).click();
    await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __written: string[] }).__written)).toEqual([password]);
  });

  test('never puts the password in the link, in My links or in any request', async ({ page, context }) => {
    const traffic = recordTraffic(context);
    const password = await createWithGeneratedPassword(page);
    const link = await page.getByLabel('Link', { exact: true }).inputValue();
    const manageUrl = await page.getByLabel('Manage link (keep it to yourself)').inputValue();
    await page.goto('/history');
    await expect(page.getByRole('list', { name: 'Shared links' })).toBeVisible();
    const stored = await page.evaluate(() => JSON.stringify({ ...window.localStorage }));
    const sessionStored = await page.evaluate(() => JSON.stringify({ ...window.sessionStorage }));
    expect(traffic.length).toBeGreaterThan(0);
    const forms = [password, encodeURIComponent(password), password.replaceAll('-', '')];
    for (const form of forms) {
      expect(link).not.toContain(form);
      expect(manageUrl).not.toContain(form);
      expect(stored).not.toContain(form);
      expect(sessionStored).not.toContain(form);
      for (const line of traffic) expect(line).not.toContain(form);
    }
  });

  test('shows no password section when the sender set none', async ({ createPage, page }) => {
    await createPage.open();
    await createPage.share('no password here');
    await expect(page.getByLabel('Password for this link')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Copy password' })).toHaveCount(0);
  });

  test('makes the share link dominant and the manage link secondary, for the sender only', async ({
    createPage,
    page,
  }) => {
    await createPage.open();
    await createPage.share('which link do I send?');
    const share = page.getByLabel('Link', { exact: true });
    const manage = page.getByLabel('Manage link (keep it to yourself)');
    const fontSize = (l: typeof share) => l.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(await fontSize(share)).toBeGreaterThan(await fontSize(manage));
    // The share link's Copy is the primary action; the manage link's is not.
    const copyLink = page.getByRole('button', { name: 'Copy link' });
    const copyManage = page.getByRole('button', { name: 'Copy manage link' });
    await expect(copyLink).toHaveAttribute('data-variant', 'primary');
    await expect(copyManage).not.toHaveAttribute('data-variant', 'primary');
    await expect(page.getByTestId('manage-link-section')).toContainText('For you only');
    const [shareBox, manageBox] = [await share.boundingBox(), await manage.boundingBox()];
    expect(shareBox!.y).toBeLessThan(manageBox!.y);
  });

  test('takes focus to its heading after Create and is announced', async ({ page }) => {
    await page.goto('/');
    const announcer = page.getByTestId('create-announcer');
    await expect(announcer).toHaveAttribute('aria-live', 'polite');
    await expect(announcer).toHaveText('');
    await page.getByLabel('Secret').fill('announce me');
    await page.getByRole('button', { name: 'Create secret link' }).click();
    await expect(page.getByRole('heading', { name: 'Your secret link is ready' })).toBeFocused();
    await expect(announcer).toContainText('Your secret link is ready. It opens once and expires on');
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in ${colorScheme} mode`, () => {
    test.use({ colorScheme });

    test('the disabled Create button stays readable (contrast at least 4.5:1)', async ({ page }) => {
      await page.goto('/');
      const create = page.getByRole('button', { name: 'Create secret link' });
      await expect(create).toBeDisabled();
      await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
      expect(await textContrast(create)).toBeGreaterThanOrEqual(4.5);
    });

    test('the detection details, the focused choices and the password card have no axe violations', async ({
      page,
    }) => {
      const axe = async (state: string) => {
        await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
        const { violations } = await new AxeBuilder({ page }).analyze();
        expect(
          violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
          state,
        ).toEqual([]);
      };
      await page.goto('/');
      await page.getByLabel('Secret').fill('STRIPE_SECRET_KEY=sk_test_abc\nAPI_TOKEN=xyz\n');
      await page.getByRole('button', { name: 'Show details' }).click();
      await page.getByRole('radio', { name: '2 times' }).focus();
      await page.keyboard.press('ArrowRight');
      await axe('detection details open, a choice focused');
      await page.getByRole('button', { name: 'Generate' }).click();
      await page.getByRole('button', { name: 'Create secret link' }).click();
      await page.getByRole('button', { name: 'Show', exact: true }).click();
      await axe('result card with the password shown');
    });
  });
}

test.describe('the Share button', () => {
  test('shares only the share link: no password, no manage link', async ({ page, context }) => {
    await context.addInitScript(() => {
      const shared: unknown[] = [];
      Object.assign(window, { __shared: shared });
      Object.defineProperty(navigator, 'share', {
        configurable: true,
        value: (data: unknown) => {
          shared.push(data);
          return Promise.resolve();
        },
      });
    });
    const password = await createWithGeneratedPassword(page);
    const link = await page.getByLabel('Link', { exact: true }).inputValue();
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    const shared = await page.evaluate(() => (window as unknown as { __shared: unknown[] }).__shared);
    expect(shared).toEqual([{ url: link }]);
    expect(JSON.stringify(shared)).not.toContain(password);
    expect(JSON.stringify(shared)).not.toContain('/m#');
  });

  test('is not offered where the browser cannot share', async ({ createPage, page }) => {
    expect(await page.evaluate(() => 'share' in navigator)).toBe(false);
    await createPage.open();
    await createPage.share('no share sheet here');
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Share', exact: true })).toHaveCount(0);
  });
});

test.describe('the create form', () => {
  test('chooses lifetime and views with radio groups that follow the arrow keys', async ({ page }) => {
    await page.goto('/');
    const views = page.getByRole('radiogroup', { name: 'Can be opened' });
    const lifetime = page.getByRole('radiogroup', { name: 'Expires after' });
    await expect(views.getByRole('radio', { name: '1 time (recommended)' })).toBeChecked();
    await expect(lifetime.getByRole('radio', { name: '1 day' })).toBeChecked();
    await views.getByRole('radio', { name: '1 time (recommended)' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(views.getByRole('radio', { name: '2 times' })).toBeChecked();
    await expect(views.getByRole('radio', { name: '2 times' })).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(views.getByRole('radio', { name: '1 time (recommended)' })).toBeChecked();
    await lifetime.getByRole('radio', { name: '1 day' }).focus();
    await page.keyboard.press('ArrowLeft');
    await expect(lifetime.getByRole('radio', { name: '1 hour' })).toBeChecked();
  });

  test('collapses the .env findings to one line, with details on demand', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Secret').fill('STRIPE_SECRET_KEY=sk_test_abc\nDATABASE_HOST=db.internal\nAPI_TOKEN=xyz\n');
    const notice = page.getByRole('status').filter({ hasText: 'Recognised' });
    await expect(notice).toContainText('.env file');
    const advice = notice.getByText('Share only the variables the recipient needs');
    await expect(advice).toBeHidden();
    const toggle = notice.getByRole('button', { name: 'Show details' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(advice).toBeVisible();
    await expect(notice.getByText('STRIPE_SECRET_KEY')).toBeVisible();
    await notice.getByRole('button', { name: 'Hide details' }).click();
    await expect(advice).toBeHidden();
  });

  test('says sizes in human units when the text is too large', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Secret').fill('x'.repeat(1_100_000));
    const hint = page.locator('#secret-hint');
    await expect(hint).toHaveText('Too large: 1.05 MB; the limit is 1 MB.');
    await expect(hint).not.toContainText('bytes');
  });
});
