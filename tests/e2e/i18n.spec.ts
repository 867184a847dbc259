import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from '@playwright/test';
import { CreatePage, SecurityWatch, expect, test } from './fixtures';

/*
 * The UI speaks the browser's language (German here), from the first byte of
 * HTML on, and the reader can switch it; the choice outlives a reload.
 * English is covered by every other spec, whose browser is en-US.
 */

async function germanContext(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL, locale: 'de-DE' });
  const watch = await SecurityWatch.attach(context, baseURL);
  return { context, watch, page: await context.newPage() };
}

async function expectNoViolations(page: Page, state: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(
    violations.map((v) => v.id),
    `axe violations in ${state}`,
  ).toEqual([]);
}

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

test.describe('a German browser', () => {
  test('gets the German page from the server already, without an English first render', async ({ request }) => {
    const res = await request.get('/', { headers: { 'Accept-Language': 'de-DE,de;q=0.9,en;q=0.8' } });
    const html = await res.text();
    expect(html).toMatch(/<html lang="de"/);
    expect(html).toContain('Geheimnis-Link erstellen');
    expect(html).not.toContain('Create secret link');
    const english = await (await request.get('/', { headers: { 'Accept-Language': 'sv-SE,en;q=0.5' } })).text();
    expect(english).toMatch(/<html lang="en"/);
    expect(english).toContain('Create secret link');
  });

  test('creates and reveals a password-protected secret entirely in German', async ({ browser, baseURL }) => {
    const sender = await germanContext(browser, baseURL!);
    const page = sender.page;
    await page.goto('/');
    expect(await htmlLang(page)).toBe('de');
    await expect(page.getByRole('heading', { name: 'Ein Geheimnis einmalig teilen' })).toBeVisible();
    await expect(page.getByLabel('Sprache')).toHaveValue('de');
    await expectNoViolations(page, 'German create page');

    await page.getByLabel('Geheimnis', { exact: true }).fill('DATENBANK_URL=postgres://app:geheim@db/app');
    await new CreatePage(page).choose('Kann geöffnet werden', '2-mal');
    await page.getByLabel('Passwort (optional)').fill('lila-otter-41');
    await page.getByRole('button', { name: 'Geheimnis-Link erstellen' }).click();
    await expect(page.getByRole('heading', { name: 'Ihr Geheimnis-Link ist bereit' })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText(/^Lässt sich 2-mal öffnen und läuft am .+ ab\.$/)).toBeVisible();
    await expect(page.getByText('das Passwort über einen anderen')).toBeVisible();
    const link = await page.getByLabel('Link', { exact: true }).inputValue();
    await expect(page.getByLabel('Verwaltungslink (nur für Sie)')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Link kopieren', exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'QR-Code anzeigen' }).click();
    await expect(page.getByRole('img', { name: 'QR-Code des Geheimnis-Links' })).toBeVisible();
    await expectNoViolations(page, 'German result card');

    const recipient = await germanContext(browser, baseURL!);
    const view = recipient.page;
    await view.goto(link);
    await expect(view.getByRole('heading', { name: 'Jemand hat ein Geheimnis mit Ihnen geteilt' })).toBeVisible();
    await expect(
      view.getByText(/Dieses Geheimnis kann noch 2-mal angesehen werden\. .* Es läuft am .+ ab\./),
    ).toBeVisible();
    await view.getByLabel('Passwort', { exact: true }).fill('falsch');
    await view.getByRole('button', { name: 'Geheimnis öffnen' }).click();
    await expect(
      view.getByText('Falsches Passwort. Noch 4 Versuche, bevor das Geheimnis vernichtet wird.'),
    ).toBeVisible({
      timeout: 30_000,
    });
    await view.getByLabel('Passwort', { exact: true }).fill('lila-otter-41');
    await view.getByRole('button', { name: 'Geheimnis öffnen' }).click();
    await expect(view.getByRole('heading', { name: 'Hier ist Ihr Geheimnis' })).toBeFocused({ timeout: 30_000 });
    await expect(view.getByText('42 Zeichen')).toBeVisible();
    await expect(view.getByText('Dieser Link kann noch einmal geöffnet werden.')).toBeVisible();
    await view.getByRole('button', { name: 'Einblenden', exact: true }).click();
    await expect(view.getByTestId('secret-text')).toHaveText('DATENBANK_URL=postgres://app:geheim@db/app');
    await expectNoViolations(view, 'German revealed secret');

    for (const p of [page, view]) {
      const text = await p.locator('body').innerText();
      for (const english of ['Secret', 'Reveal', 'Create', 'Copy', 'Password', 'expires', 'Language']) {
        expect(text, `English on ${p.url()}`).not.toContain(english);
      }
    }
    for (const { watch, page: p } of [sender, recipient]) {
      await watch.settle(p);
      watch.expectClean();
    }
    await sender.context.close();
    await recipient.context.close();
  });
});

test.describe('the language switcher', () => {
  test('switches the language, sets <html lang>, and remembers the choice across reloads', async ({ page }) => {
    await page.goto('/');
    expect(await htmlLang(page)).toBe('en');
    await expect(page.getByRole('button', { name: 'Create secret link' })).toBeVisible();

    await page.getByLabel('Language').selectOption({ label: 'Deutsch' });
    await expect(page.getByRole('button', { name: 'Geheimnis-Link erstellen' })).toBeVisible();
    await expect(page.getByLabel('Geheimnis', { exact: true })).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: 'Hauptmenü' }).getByRole('link', { name: 'Meine Links' }),
    ).toBeVisible();
    expect(await htmlLang(page)).toBe('de');
    expect(await page.evaluate(() => localStorage.getItem('handoff.locale'))).toBe('de');

    await page.reload();
    await expect(page.getByRole('button', { name: 'Geheimnis-Link erstellen' })).toBeVisible();
    expect(await htmlLang(page)).toBe('de');
    // The choice holds on every page of the app, also after client-side navigation.
    await page.getByRole('link', { name: 'Meine Links' }).click();
    await expect(page.getByRole('heading', { name: 'Meine geteilten Links' })).toBeVisible();

    await page.getByLabel('Sprache').selectOption('en');
    await expect(page.getByRole('heading', { name: 'My shared links' })).toBeVisible();
    expect(await htmlLang(page)).toBe('en');
    await page.reload();
    await expect(page.getByRole('heading', { name: 'My shared links' })).toBeVisible();
    expect(await htmlLang(page)).toBe('en');
  });

  test('a stored choice wins over the browser language', async ({ browser, baseURL }) => {
    const { context, watch, page } = await germanContext(browser, baseURL!);
    await page.goto('/s#tooshort');
    await expect(page.getByRole('heading', { name: 'Dieser Link ist unvollständig' })).toBeVisible();
    await page.getByLabel('Sprache').selectOption('en');
    await expect(page.getByRole('heading', { name: 'This link is not complete' })).toBeVisible();
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Create secret link' })).toBeVisible();
    expect(await htmlLang(page)).toBe('en');
    await watch.settle(page);
    watch.expectClean();
    await context.close();
  });
});
