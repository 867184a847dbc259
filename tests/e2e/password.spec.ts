import type { Page } from '@playwright/test';
import { RevealPage, expect, test } from './fixtures';

async function shareWithPassword(page: Page, text: string, password: string): Promise<string> {
  await page.goto('/');
  await page.getByLabel('Secret').fill(text);
  await page.getByLabel('Password (optional)').fill(password);
  await page.getByRole('button', { name: 'Create secret link' }).click();
  await expect(page.getByText('the password through another')).toBeVisible({ timeout: 20_000 });
  return page.getByLabel('Link', { exact: true }).inputValue();
}

async function tryPassword(page: Page, password: string) {
  await page.getByLabel('Password', { exact: true }).fill(password);
  await new RevealPage(page).revealButton().click();
}

test.describe('a password-protected secret', () => {
  test('survives a wrong password, shows the attempts left, and opens with the right one', async ({
    page,
    browser,
  }) => {
    const link = await shareWithPassword(page, 'PGPASSWORD=hunter2-but-longer', 'correct horse battery');
    const context = await browser.newContext();
    const view = await context.newPage();
    const traffic: string[] = [];
    context.on('request', (r) => traffic.push(`${r.url()} ${JSON.stringify(r.headers())} ${r.postData() ?? ''}`));
    await view.goto(link);
    await tryPassword(view, 'correct horse battery staple');
    await expect(view.getByText('Wrong password. 4 attempts left')).toBeVisible({ timeout: 20_000 });
    await tryPassword(view, 'correct horse battery');
    await expect(await new RevealPage(view).shownSecret()).toHaveText('PGPASSWORD=hunter2-but-longer', {
      timeout: 20_000,
    });
    for (const line of traffic) {
      expect(line).not.toContain('correct horse');
      expect(line).not.toContain('correct%20horse');
      expect(line).not.toContain(new URL(link).hash.slice(1));
    }
    await context.close();
  });

  test('is destroyed after the last wrong attempt, and says so', async ({ page, browser }) => {
    const link = await shareWithPassword(page, 'doomed', 'right-password');
    const context = await browser.newContext();
    const view = await context.newPage();
    await view.goto(link);
    for (let left = 4; left >= 1; left--) {
      await tryPassword(view, `wrong-${left}`);
      await expect(view.getByText(`Wrong password. ${left} attempt${left === 1 ? '' : 's'} left`)).toBeVisible({
        timeout: 20_000,
      });
    }
    await tryPassword(view, 'wrong-last');
    await expect(view.getByRole('heading', { name: 'This secret was destroyed' })).toBeVisible({ timeout: 20_000 });
    await view.goto(link);
    await expect(new RevealPage(view).goneHeading()).toBeVisible();
    await context.close();
  });

  test('the generator fills a readable password and shows it', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Generate' }).click();
    const field = page.getByLabel('Password (optional)');
    await expect(field).toHaveAttribute('type', 'text');
    expect(await field.inputValue()).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    await expect(page.getByText('Strong.')).toBeVisible();
  });
});
