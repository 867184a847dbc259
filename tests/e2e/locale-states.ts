import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';
import { loadMessages } from '@/lib/i18n';
import { expect } from './fixtures';
import { seedHistory, sharedEntry, storedHistory } from './my-links-support';

const en = await loadMessages('en');

/*
 * Every page and state of the UI, walked in one browser whose language is a
 * given UI locale, the way a phone shows them (360 × 740 CSS pixels). The
 * walk finds its way by ids, test ids and structure, never by visible text,
 * so it works in any language registered later; at each state it checks the
 * page speaks that language, then hands the page to the spec's own check.
 */

export const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 1 } as const;

/** Written without a break opportunity, so only CSS that wraps anywhere keeps it on screen. */
const UNBROKEN_SECRET = `Zq7x${'W9k2Lm4P'.repeat(16)}`;
const DOTENV = 'STRIPE_SECRET_KEY=sk_live_51Hx0000000000000000000000\nDATABASE_URL=postgres://app:pw@db:5432/app\n';
const LONG_FILE_NAME = 'quarterly-infrastructure-credentials-for-the-staging-and-production-clusters-final-v2.env';
const RECIPIENT = 'Dana (contractor)';

/** A placeholder for a function leaf's arguments, turned into a wildcard by `englishPattern`. */
const HOLE = '\u0000';

/** What an English function leaf says around its arguments, as a pattern (`Secret shared .+`). */
function englishPattern(leaf: (...args: never[]) => string): RegExp {
  const text = (leaf as (...args: string[]) => string)(...Array<string>(leaf.length).fill(HOLE));
  const source = text
    .split(HOLE)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.+');
  return new RegExp(`^${source}$`);
}

/** A state the walk reached: its name, and the page showing it. */
export type UiState = { name: string; page: Page };

export type WalkOptions = {
  browser: Browser;
  baseURL: string;
  locale: string;
  /** Runs at every state, once the state's landmark is on screen and its language checked. */
  check: (state: UiState) => Promise<void>;
};

/**
 * Checks the page speaks `locale`: `<html lang>` is the locale, and the
 * state's heading reads like English exactly when the locale is English
 * (which also proves, in English, that the right heading was found).
 */
async function expectLanguage(
  page: Page,
  locale: string,
  state: string,
  heading: Locator,
  english: (string | RegExp)[],
) {
  expect(await page.evaluate(() => document.documentElement.lang), `<html lang> in ${state} (${locale})`).toBe(locale);
  await expect(heading).toBeVisible();
  const text = (await heading.innerText()).trim();
  const isEnglish = english.some((e) => (typeof e === 'string' ? e === text : e.test(text)));
  expect(
    isEnglish,
    `heading "${text}" in ${state} (${locale}) ${locale === 'en' ? 'is not' : 'is still'} English`,
  ).toBe(locale === 'en');
}

/** Opens `url` as a new document (a same-page fragment change would not run the page again). */
async function open(page: Page, url: string) {
  await page.goto('about:blank');
  await page.goto(url);
}

/** Creates a secret on `/` through the form (already filled in) and returns its link and manage link. */
async function submitCreate(page: Page) {
  await page.locator('main form button[type=submit]').click();
  await expect(page.locator('#secret-link')).toBeVisible({ timeout: 30_000 });
  return {
    link: await page.locator('#secret-link').inputValue(),
    manage: await page.locator('#manage-link').inputValue(),
  };
}

/** The reveal card's button, once the link was checked and can be revealed. */
const revealButton = (page: Page) => page.locator('main form button[type=submit]');

/**
 * Walks every page and state in a fresh phone-sized context speaking
 * `locale`: create form, result card, reveal prompt, revealed text, a second
 * create with files and a recognised key, revealed files, gone, invalid
 * link, manage page, My links, offboarding, 404, and the request form.
 */
export async function walkStates({ browser, baseURL, locale, check }: WalkOptions): Promise<void> {
  const context: BrowserContext = await browser.newContext({ ...PHONE, baseURL, locale });
  try {
    const page = await context.newPage();
    // Real secrets for My links, shared through the API while the browser works.
    const seeded = Promise.all([
      sharedEntry(baseURL, { label: `Stripe live secret key for ${LONG_FILE_NAME}`, recipient: RECIPIENT }),
      sharedEntry(baseURL, { recipient: RECIPIENT, rotateBy: '2026-01-31' }),
      sharedEntry(baseURL, { label: 'AWS access key pair', recipient: 'Lee' }),
    ]);
    // Awaited below; until then a failure must not surface as an unhandled rejection.
    seeded.catch(() => undefined);
    const h1 = page.locator('main h1');
    const at = async (name: string, heading: Locator, english: (string | RegExp)[]) => {
      await expectLanguage(page, locale, name, heading, english);
      await check({ name, page });
    };

    await page.goto('/');
    await expect(page.locator('#secret')).toBeVisible();
    await at('create form', h1, [en.home.title]);

    await page.locator('#secret').fill(UNBROKEN_SECRET);
    const text = await submitCreate(page);
    await page.locator('[aria-controls="link-qr"]').click();
    await expect(page.locator('#link-qr svg, #link-qr img, #link-qr canvas').first()).toBeVisible();
    await at('result card', page.locator('section:has(#secret-link) h2').first(), [en.result.title]);

    await open(page, text.link);
    await expect(revealButton(page)).toBeEnabled();
    await at('reveal prompt', h1, [en.reveal.title]);

    await revealButton(page).click();
    await expect(page.getByTestId('secret-text')).toBeVisible({ timeout: 30_000 });
    await page.locator('main button[aria-pressed]').click();
    await expect(page.getByTestId('secret-text')).toHaveText(UNBROKEN_SECRET);
    await at('revealed text', h1, [en.revealed.title]);

    await open(page, text.link);
    await expect(page.locator('#next-title')).toBeVisible();
    await at('gone', h1, [
      en.ending.viewedTitle,
      en.ending.expiredTitle,
      en.ending.revokedTitle,
      en.ending.lockedTitle,
      en.ending.unknownTitle,
    ]);

    await open(page, '/');
    await page.locator('#secret').fill(DOTENV);
    await page.locator('#files').setInputFiles([
      { name: LONG_FILE_NAME, mimeType: 'text/plain', buffer: Buffer.from(DOTENV) },
      { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Rotate these on Friday.\n') },
    ]);
    await expect(page.locator('main form li button[aria-label]')).toHaveCount(2);
    const details = page.locator('main form [role=status] button[aria-expanded]');
    await details.click();
    await expect(details).toHaveAttribute('aria-expanded', 'true');
    await at('create form with files and a recognised key', h1, [en.home.title]);

    const withFiles = await submitCreate(page);
    await open(page, withFiles.link);
    await expect(revealButton(page)).toBeEnabled();
    await revealButton(page).click();
    await expect(page.getByTestId('revealed-file')).toHaveCount(2, { timeout: 30_000 });
    // Both files verified and ready: each offers its buttons.
    await expect(page.getByTestId('revealed-file').nth(1).locator('button').first()).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('revealed-file').nth(0).locator('button')).toHaveCount(2);
    await page.getByTestId('revealed-file').nth(0).locator('button').first().click();
    await expect(page.getByTestId('file-preview')).toHaveText(DOTENV);
    await at('revealed files', h1, [en.revealed.title]);

    await open(page, '/s#tooshort');
    await expect(h1).toBeVisible();
    await at('invalid link', h1, [en.reveal.invalidTitle]);

    await open(page, text.manage);
    await expect(page.getByTestId('secret-state')).toBeVisible();
    await at('manage page', h1, [englishPattern(en.myLinks.untitled), en.manageGuard.unnamed]);

    // My links holds what this browser shared, and more: seeded here, read when the page mounts.
    const recorded = [...(await storedHistory(page)), ...(await seeded)];
    await seedHistory(page, recorded);
    // Client-side navigation from here on where it can: a full load costs seconds per language.
    await page.locator('header a[href="/history"]').click();
    await expect(page.getByTestId('history-row')).toHaveCount(recorded.length);
    await at('My links', h1, [en.history.title]);

    await page.locator('#offboard-recipient').selectOption(RECIPIENT);
    const progress = page.getByTestId('offboarding-progress');
    await expect(progress).toBeVisible();
    // The panel's title may be a loanword ("Offboarding" in German); its progress line is a sentence.
    await at('offboarding', progress, [englishPattern(en.myLinks.progress)]);

    await open(page, '/no-such-page');
    await at('404', h1, [en.pages.notFoundTitle]);

    await page.locator('header a[href="/request"]').click();
    await expect(page.locator('#request-note')).toBeVisible();
    await at('request form', h1, [en.request.title]);
  } finally {
    await context.close();
  }
}
