import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

/** Page object for `/`: paste, choose, create. */
export class CreatePage {
  constructor(readonly page: Page) {}

  /** Picks `option` (its visible label) in the segmented choice named `group` ("Can be opened", "Expires after"). */
  async choose(group: string, option: string) {
    const radio = this.page.getByRole('radiogroup', { name: group }).getByRole('radio', { name: option, exact: true });
    await radio.check();
    await expect(radio).toBeChecked();
  }

  async open() {
    await this.page.goto('/');
  }

  /** Creates a secret and returns the share link shown on the result card. */
  async share(text: string, options: { views?: string; expires?: string } = {}): Promise<string> {
    await this.page.getByLabel('Secret').fill(text);
    if (options.views) await this.choose('Can be opened', options.views);
    if (options.expires) await this.choose('Expires after', options.expires);
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

  /** The revealed secret, made visible: it is hidden behind "Show" by default. */
  async shownSecret() {
    await this.page.getByRole('button', { name: 'Show', exact: true }).click();
    return this.secretText();
  }

  /** The heading of any ending: the specific one the tombstone told, or the generic one. */
  goneHeading() {
    return this.page.getByRole('heading', {
      name: /^(This secret was already opened|This link has expired|The sender withdrew this secret|This secret was destroyed after wrong passwords|This link no longer opens)$/,
    });
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

/** Console messages Chromium writes when a page's CSP, Trusted Types or Permissions-Policy objects. */
const POLICY_MESSAGE = /Content[ -]Security[ -]Policy|Trusted ?(Types|HTML|Script|ScriptURL)|Permissions[ -]Policy/i;

/**
 * Watches a browser context for everything the pages' policies object to
 * (`securitypolicyviolation` events and Chromium's console reports of CSP,
 * Trusted Types and Permissions-Policy problems) and for every request that
 * leaves the app's origin. Attach before the first page opens.
 */
export class SecurityWatch {
  readonly violations: string[] = [];
  readonly foreignRequests: string[] = [];

  private constructor(readonly origin: string) {}

  static async attach(context: BrowserContext, baseURL: string): Promise<SecurityWatch> {
    const watch = new SecurityWatch(new URL(baseURL).origin);
    // Bindings and init scripts are installed through the DevTools protocol, outside the page's CSP.
    await context.exposeBinding('__handoffReportViolation', ({ page }, report: string) => {
      watch.violations.push(`${page.url()}: ${report}`);
    });
    await context.addInitScript(() => {
      const report = (window as unknown as { __handoffReportViolation: (r: string) => void }).__handoffReportViolation;
      document.addEventListener(
        'securitypolicyviolation',
        (e) => report(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} ${e.sample}`),
        true,
      );
    });
    const onPage = (page: Page) => {
      page.on('console', (message) => {
        if (message.type() !== 'debug' && POLICY_MESSAGE.test(message.text())) {
          watch.violations.push(`${page.url()}: console ${message.type()}: ${message.text()}`);
        }
      });
    };
    context.pages().forEach(onPage);
    context.on('page', onPage);
    context.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(`${watch.origin}/`)) watch.foreignRequests.push(url);
    });
    return watch;
  }

  /** Lets the page finish loading and deliver any report still in flight. */
  async settle(page: Page) {
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
  }

  /** Fails the test when anything was reported or any request left the origin. */
  expectClean() {
    expect(this.violations, 'policy violations').toEqual([]);
    expect(this.foreignRequests, 'requests to another origin').toEqual([]);
  }
}

export { expect };
