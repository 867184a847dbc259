import type { BrowserContext, Page } from '@playwright/test';
import { RevealPage, expect, test } from './fixtures';

/*
 * Nothing about a secret leaks out of the page: not into link previews, not
 * into spellcheck or autofill services, not into the back/forward cache, and
 * not into any browser storage. (Requests are covered by
 * zero-knowledge.spec.ts and csp.spec.ts.)
 */

const GENERIC_PREVIEW = { 'og:title': 'Handoff', 'twitter:title': 'Handoff' };

async function previewOf(page: Page) {
  return page.evaluate(() => ({
    title: document.title,
    metas: [...document.querySelectorAll('meta[property], meta[name]')].map(
      (m) => `${m.getAttribute('property') ?? m.getAttribute('name')}=${m.getAttribute('content')}`,
    ),
  }));
}

/** Everything a context keeps: cookies, localStorage and IndexedDB, plus each page's sessionStorage and caches. */
async function everythingStored(context: BrowserContext): Promise<string> {
  const state = await context.storageState({ indexedDB: true });
  const perPage = await Promise.all(
    context.pages().map((page) =>
      page.evaluate(async () => {
        const caches = 'caches' in window ? await window.caches.keys() : [];
        const databases = 'databases' in indexedDB ? await indexedDB.databases() : [];
        return {
          sessionStorage: Object.entries(sessionStorage),
          localStorage: Object.entries(localStorage),
          cookie: document.cookie,
          caches,
          databases: databases.map((d) => d.name),
        };
      }),
    ),
  );
  return JSON.stringify({ state, perPage });
}

test.describe('no leaks', () => {
  test('titles and link previews of /s and /m say nothing about the secret', async ({ createPage, browser }) => {
    await createPage.open();
    const link = await createPage.share('sk_live_preview_leak_check');
    const page = createPage.page;
    const manageUrl = await page.getByLabel('Manage link (keep it to yourself)').inputValue();

    const context = await browser.newContext();
    const view = await context.newPage();
    for (const [url, bare] of [
      [link, '/s'],
      [manageUrl, '/m'],
    ] as const) {
      await view.goto(url);
      const withKey = await previewOf(view);
      await view.goto(new URL(bare, url).href);
      const without = await previewOf(view);
      expect(withKey).toEqual(without);
      for (const [name, value] of Object.entries(GENERIC_PREVIEW)) expect(withKey.metas).toContain(`${name}=${value}`);
      const fragment = new URL(url).hash.slice(1);
      expect(JSON.stringify(withKey)).not.toContain(fragment.slice(0, 22));
      expect(JSON.stringify(withKey)).not.toContain('sk_live');
    }
    await context.close();
  });

  test('the secret field asks for no autocomplete, autocorrect, autocapitalize or spellcheck', async ({ page }) => {
    await page.goto('/');
    const secret = page.getByLabel('Secret');
    await expect(secret).toHaveAttribute('autocomplete', 'off');
    await expect(secret).toHaveAttribute('autocorrect', 'off');
    await expect(secret).toHaveAttribute('autocapitalize', 'off');
    await expect(secret).toHaveAttribute('spellcheck', 'false');
    expect(await secret.evaluate((el: HTMLTextAreaElement) => el.spellcheck)).toBe(false);
    const password = page.getByLabel('Password (optional)');
    await expect(password).toHaveAttribute('spellcheck', 'false');
    await expect(password).toHaveAttribute('autocapitalize', 'off');
  });

  test('revealed text is dropped from the page when it is hidden (back/forward cache)', async ({
    createPage,
    browser,
  }) => {
    const plaintext = `PAGEHIDE_SECRET=${Date.now()}`;
    await createPage.open();
    const link = await createPage.share(plaintext);
    const context = await browser.newContext();
    const page = await context.newPage();
    const view = new RevealPage(page);
    await page.goto(link);
    await view.revealButton().click();
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await expect(view.secretText()).toHaveText(plaintext);

    await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true })));
    await expect(view.secretText()).toHaveCount(0);
    expect(await page.content()).not.toContain(plaintext);
    await context.close();
  });

  test('the link key, the password and the plaintext never reach browser storage', async ({ browser, baseURL }) => {
    const plaintext = `STORAGE_SECRET=${Date.now()}-do-not-persist`;
    const password = `storage-password-${Date.now()}`;
    const sender = await browser.newContext({ baseURL });
    const page = await sender.newPage();
    await page.goto('/');
    await page.getByLabel('Secret').fill(plaintext);
    await page.getByLabel('Password (optional)').fill(password);
    await page.getByText('Keep a private note in this browser').click();
    await page.getByLabel('Label').fill('storage check');
    await page.getByRole('button', { name: 'Create secret link' }).click();
    const linkField = page.getByLabel('Link', { exact: true });
    await expect(linkField).toBeVisible({ timeout: 30_000 });
    const link = await linkField.inputValue();
    const key = new URL(link).hash.slice(1);
    expect(key).toHaveLength(43);
    await page.goto('/history'); // the local history page reads what was stored
    await expect(page.getByText('storage check')).toBeVisible();

    const recipient = await browser.newContext();
    const view = await recipient.newPage();
    await view.goto(link);
    await view.getByLabel('Password', { exact: true }).fill(password);
    await new RevealPage(view).revealButton().click();
    await view.getByRole('button', { name: 'Show', exact: true }).click({ timeout: 30_000 });
    await expect(new RevealPage(view).secretText()).toHaveText(plaintext);

    const needles = [key, Buffer.from(key, 'base64url').toString('hex'), plaintext, 'STORAGE_SECRET', password];
    for (const [name, context] of [
      ['sender', sender],
      ['recipient', recipient],
    ] as const) {
      const stored = await everythingStored(context);
      for (const needle of needles)
        expect(stored, `${name} storage holds ${needle.slice(0, 10)}…`).not.toContain(needle);
    }
    // The check is not vacuous: the sender's history (manage token and note, never the key) is there.
    expect(await everythingStored(sender)).toContain('storage check');
    await sender.close();
    await recipient.close();
  });
});
