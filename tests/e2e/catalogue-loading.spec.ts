import type { BrowserContext, Page } from '@playwright/test';
import { loadMessages } from '@/lib/i18n';
import { shareText } from '../support/client';
import { expect, test } from './fixtures';

/*
 * Only the reader's language ships: a page downloads the catalogue of the
 * language it speaks, the recipient's page only the strings every page has,
 * and another language arrives when the reader picks it. Read from every
 * script the browser actually downloaded until the network was idle, not from
 * the build's files.
 */

const [en, de] = await Promise.all([loadMessages('en'), loadMessages('de')]);

/** Every script body the page downloads, as text, in the order they are requested. */
function captureScripts(context: BrowserContext): Promise<string>[] {
  const bodies: Promise<string>[] = [];
  context.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    // A body the browser dropped (a navigation) reads as nothing.
    bodies.push(response.text().catch(() => ''));
  });
  return bodies;
}

async function anyContains(bodies: Promise<string>[], text: string): Promise<boolean> {
  return (await Promise.all(bodies)).some((body) => body.includes(text));
}

async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
}

test.describe('catalogues load per language', () => {
  test('an English reader of a link downloads English core strings only: no German, no sender strings', async ({
    browser,
    baseURL,
  }) => {
    const { fragment } = await shareText(baseURL!, 'catalogue check');
    const context = await browser.newContext({ baseURL, locale: 'en-US' });
    const scripts = captureScripts(context);
    const page = await context.newPage();
    await page.goto(`/s#${fragment}`);
    await expect(page.getByRole('button', { name: en.reveal.submit })).toBeEnabled();
    await settle(page);

    // The capture works: the page's own English strings are in what it downloaded.
    expect(await anyContains(scripts, en.reveal.title)).toBe(true);
    // German, of either group, is not.
    expect(await anyContains(scripts, de.reveal.title)).toBe(false);
    expect(await anyContains(scripts, de.footer.keyStaysInLink)).toBe(false);
    expect(await anyContains(scripts, de.create.submit)).toBe(false);
    // Nor the sender's strings in English: the recipient never needs them.
    expect(await anyContains(scripts, en.create.submit)).toBe(false);
    expect(await anyContains(scripts, en.history.title)).toBe(false);

    // Picking German fetches its catalogue then, and the page speaks it.
    const before = scripts.length;
    await page.getByLabel(en.language.label).selectOption({ label: 'Deutsch' });
    await expect(page.getByRole('heading', { name: de.reveal.title })).toBeVisible();
    await expect(page.getByRole('button', { name: de.reveal.submit })).toBeEnabled();
    await settle(page);
    expect(await anyContains(scripts.slice(before), de.reveal.title)).toBe(true);
    // Still no sender strings, in either language.
    expect(await anyContains(scripts, de.create.submit)).toBe(false);
    await context.close();
  });

  test('a German sender downloads German strings of both groups, and no English catalogue', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ baseURL, locale: 'de-DE' });
    const scripts = captureScripts(context);
    const page = await context.newPage();
    await page.goto('/');
    // Editable once hydrated, and hydration waits for both catalogues (the server's HTML alone is German too).
    await expect(page.getByLabel(de.create.secretLabel, { exact: true })).toBeEditable();
    await settle(page);
    expect(await anyContains(scripts, de.create.submit)).toBe(true);
    expect(await anyContains(scripts, de.reveal.title)).toBe(true);
    expect(await anyContains(scripts, en.create.submit)).toBe(false);
    expect(await anyContains(scripts, en.footer.keyStaysInLink)).toBe(false);
    await context.close();
  });
});
