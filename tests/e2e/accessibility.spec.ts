import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { revealSecretOnServer } from '@/lib/client/api';
import { shareSecret } from '@/lib/client/create';
import { linkCredentials, parseLinkFragment } from '@/lib/crypto';
import { RevealPage, expect, test } from './fixtures';

/** A text secret shared through the API: its link, and its id and link proof for reveals from here. */
async function shareForTest(baseURL: string, text: string, maxViews = 1) {
  const outcome = await shareSecret(baseURL, { content: { kind: 'text', text }, ttlSeconds: 3600, maxViews });
  if (outcome.kind !== 'created') throw new Error(`create failed: ${JSON.stringify(outcome)}`);
  const parsed = parseLinkFragment(outcome.fragment);
  if (!parsed.ok) throw new Error('the new link does not parse');
  return { link: `${baseURL}/s#${outcome.fragment}`, id: outcome.id, linkProof: linkCredentials(parsed.key).linkProof };
}

/*
 * axe on every page and state, in light and dark mode: 0 violations.
 * The journey itself is keyboard-only: create, copy, open, reveal.
 */

async function expectNoViolations(page: Page, state: string) {
  // Judge the settled page: mid-transition (a button fading in as it is enabled) colours are not what anyone reads.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  const { violations } = await new AxeBuilder({ page }).analyze();
  const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations in ${state}`).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`accessibility in ${colorScheme} mode`, () => {
    test.use({ colorScheme });

    test('the recipient’s endings, repairs and reload notice have no axe violations', async ({ page, baseURL }) => {
      const used = await shareForTest(baseURL!, 'used up');
      expect((await revealSecretOnServer(baseURL!, used.id, used.linkProof, null)).kind).toBe('released');
      await page.goto(used.link);
      await expect(page.getByRole('heading', { name: 'This secret was already opened' })).toBeVisible();
      await expectNoViolations(page, 'ending: viewed');

      const glued = await shareForTest(baseURL!, 'glued', 2);
      await page.goto('about:blank');
      await page.goto(`${glued.link}_`);
      await expect(page.getByText('The characters a chat app added after the key were removed.')).toBeVisible();
      await expectNoViolations(page, 'ready, trimmed link');
      await new RevealPage(page).revealButton().click();
      await expect(new RevealPage(page).secretText()).toBeAttached();
      await page.reload();
      await expect(page.getByRole('heading', { name: 'You already revealed this secret in this tab' })).toBeVisible();
      await expectNoViolations(page, 'revisited');

      await page.goto(`/s#${'A'.repeat(42)}E_`);
      await expect(page.getByRole('heading', { name: 'This link has extra characters at the end' })).toBeVisible();
      await expectNoViolations(page, 'too long');
    });

    test('every page and state has no axe violations', async ({ page, browser, baseURL }) => {
      await page.goto('/');
      await expectNoViolations(page, 'create');
      await page.getByLabel('Secret').fill('DATABASE_URL=postgres://app:pw@db/app');
      await page.getByLabel('Password (optional)').fill('purple-otter-41');
      await page.getByRole('button', { name: 'Create secret link' }).click();
      const link = await page.getByLabel('Link', { exact: true }).inputValue();
      await page.getByRole('button', { name: 'Show QR code' }).click();
      await expect(page.getByRole('img', { name: 'QR code of the secret link' })).toBeVisible();
      await expectNoViolations(page, 'result card with QR code');
      const manageUrl = await page.getByLabel('Manage link (keep it to yourself)').inputValue();

      const context = await browser.newContext({ colorScheme, baseURL });
      const view = await context.newPage();
      await view.goto(link);
      await expect(new RevealPage(view).revealButton()).toBeVisible();
      await expectNoViolations(view, 'reveal prompt with password');
      await view.getByLabel('Password', { exact: true }).fill('wrong');
      await new RevealPage(view).revealButton().click();
      await expect(view.getByText('Wrong password.')).toBeVisible({ timeout: 20_000 });
      await expectNoViolations(view, 'wrong password');
      await view.getByLabel('Password', { exact: true }).fill('purple-otter-41');
      await new RevealPage(view).revealButton().click();
      await expect(view.getByRole('heading', { name: 'Here is your secret' })).toBeVisible({ timeout: 20_000 });
      await expectNoViolations(view, 'revealed, hidden');
      await view.getByRole('button', { name: 'Show', exact: true }).click();
      await expectNoViolations(view, 'revealed, shown');
      await view.goto('/s#tooshort');
      await expect(view.getByRole('heading', { name: 'This link is not complete' })).toBeVisible();
      await expectNoViolations(view, 'invalid link');
      await view.goto(`/s#${'A'.repeat(42)}E`);
      await expect(new RevealPage(view).goneHeading()).toBeVisible();
      await expectNoViolations(view, 'gone');
      await context.close();

      await page.goto(manageUrl);
      await expect(page.getByTestId('secret-state')).toBeVisible();
      await expectNoViolations(page, 'manage page');
      await page.goto('/history');
      await expect(page.getByRole('list', { name: 'Shared links' })).toBeVisible();
      await expectNoViolations(page, 'history');
      await page.getByRole('link', { name: 'Command line' }).click();
      await expect(page.getByRole('heading', { name: 'Command line', level: 1 })).toBeVisible();
      await expect(page.getByLabel('SHA-256 of handoff.mjs')).toHaveText(/^[0-9a-f]{64}$/);
      await expectNoViolations(page, 'command line');
    });

    test('the request pages have no axe violations', async ({ page, browser, baseURL }) => {
      await page.goto('/request');
      await expectNoViolations(page, 'request form');
      await page.getByLabel('Note for the person you ask').fill('The staging DB password, please.');
      await page.getByText('Keep a private note in this browser (optional)').click();
      await page.getByLabel('Asked from').fill('Dana');
      await page.getByRole('button', { name: 'Create request' }).click();
      const requestLink = await page.getByLabel('Request link: send it to the person you ask').inputValue();
      const ownerLink = await page.getByLabel('Owner link: keep it to yourself').inputValue();
      await expectNoViolations(page, 'request created');

      const context = await browser.newContext({ colorScheme, baseURL });
      const view = await context.newPage();
      await view.goto(requestLink);
      await expect(view.getByTestId('request-note')).toBeVisible();
      await view.getByLabel('Your answer').fill('DATABASE_URL=postgres://app:pw@db/app');
      await expect(view.getByText('Recognised in your secret')).toBeVisible();
      await expectNoViolations(view, 'responder form with advice');
      await view.getByRole('button', { name: 'Encrypt and send' }).click();
      await expect(view.getByTestId('confirmation-code')).toBeVisible({ timeout: 20_000 });
      await expectNoViolations(view, 'answer sent');
      await view.reload();
      await expect(view.getByRole('heading', { name: 'This request no longer takes an answer' })).toBeVisible();
      await expectNoViolations(view, 'request closed');
      await view.goto('/r#cut-short');
      await expect(view.getByRole('heading', { name: 'This request link is not complete' })).toBeVisible();
      await expectNoViolations(view, 'invalid request link');
      await context.close();

      await page.goto(ownerLink);
      await expect(page.getByRole('button', { name: 'Reveal answer' })).toBeVisible({ timeout: 20_000 });
      await expectNoViolations(page, 'owner page, answered');
      await page.getByRole('button', { name: 'Reveal answer' }).click();
      await expect(page.getByRole('heading', { name: 'Here is your secret' })).toBeVisible({ timeout: 20_000 });
      await expectNoViolations(page, 'owner page, answer revealed');
      await page.getByRole('button', { name: 'Revoke request' }).click();
      await expectNoViolations(page, 'owner page, confirm revoke');
      await page.reload();
      await expect(page.getByRole('heading', { name: 'This answer was already read or has expired' })).toBeVisible();
      await expectNoViolations(page, 'owner page, answer read');
      await page.goto('/history');
      await expect(page.getByTestId('request-row').first()).toBeVisible();
      await expect(page.getByTestId('request-row').first().getByTestId('request-state')).toBeVisible();
      await expectNoViolations(page, 'history with requests');
    });
  });
}

test('the whole journey works with the keyboard alone', async ({ page, browser, baseURL }) => {
  await page.goto('/');
  await page.keyboard.press('Tab'); // Handoff (home)
  await page.keyboard.press('Tab'); // Share
  await page.keyboard.press('Tab'); // Request
  await page.keyboard.press('Tab'); // My links
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Secret')).toBeFocused();
  await page.keyboard.type('typed without a mouse');
  // Tab to the create button through the form's controls, then press Enter.
  const create = page.getByRole('button', { name: 'Create secret link' });
  for (let i = 0; i < 15 && !(await create.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(create).toBeFocused();
  await page.keyboard.press('Enter');
  const link = await page.getByLabel('Link', { exact: true }).inputValue();

  const context = await browser.newContext({ baseURL });
  const view = await context.newPage();
  await view.goto(link);
  const reveal = new RevealPage(view).revealButton();
  await expect(reveal).toBeEnabled();
  for (let i = 0; i < 10 && !(await reveal.evaluate((el) => el === document.activeElement)); i++) {
    await view.keyboard.press('Tab');
  }
  await expect(reveal).toBeFocused();
  await view.keyboard.press('Enter');
  // Focus moves to the result, so a screen reader announces it.
  await expect(view.getByRole('heading', { name: 'Here is your secret' })).toBeFocused();
  await view.keyboard.press('Tab');
  await expect(view.getByRole('button', { name: 'Show', exact: true })).toBeFocused();
  await view.keyboard.press('Enter');
  await expect(new RevealPage(view).secretText()).toHaveText('typed without a mouse');
  await context.close();
});
