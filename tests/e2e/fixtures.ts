import { test as base, expect, type Page } from '@playwright/test';

/** Page object for `/`: paste, choose, create. */
export class CreatePage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto('/');
  }

  /** Creates a secret and returns the share link shown on the result card. */
  async share(text: string, options: { views?: string; expires?: string } = {}): Promise<string> {
    await this.page.getByLabel('Secret').fill(text);
    if (options.views) await this.page.getByLabel('Can be opened').selectOption({ label: options.views });
    if (options.expires) await this.page.getByLabel('Expires after').selectOption({ label: options.expires });
    await this.page.getByRole('button', { name: 'Create secret link' }).click();
    const link = this.page.getByLabel('Link', { exact: true });
    await expect(link).toBeVisible();
    return link.inputValue();
  }
}

/** Page object for `/s#…`. */
export class RevealPage {
  constructor(readonly page: Page) {}

  revealButton() {
    return this.page.getByRole('button', { name: 'Reveal secret' });
  }

  secretText() {
    return this.page.getByTestId('secret-text');
  }

  goneHeading() {
    return this.page.getByRole('heading', { name: 'This link was already opened or has expired' });
  }
}

export const test = base.extend<{ createPage: CreatePage }>({
  baseURL: async ({}, use) => {
    const url = process.env.HANDOFF_E2E_URL;
    if (!url) throw new Error('HANDOFF_E2E_URL is not set: global setup did not run');
    await use(url);
  },
  createPage: async ({ page }, use) => {
    await use(new CreatePage(page));
  },
});

export { expect };
