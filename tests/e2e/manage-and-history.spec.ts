import { readFileSync } from 'node:fs';
import { RevealPage, expect, test } from './fixtures';

const SECRET = 'OPENAI_API_KEY=sk-proj-manage-and-history-test';

test.describe('the sender stays in control', () => {
  test('the manage page goes from waiting to opened with a time; history lists it and exports it', async ({
    page,
    browser,
  }) => {
    await page.goto('/');
    await page.getByLabel('Secret').fill(SECRET);
    await page.getByText('Keep a private note in this browser').click();
    await page.getByLabel('Label').fill('OpenAI key for Acme');
    await page.getByLabel('Recipient').fill('Dana (Acme)');
    await page.getByRole('button', { name: 'Create secret link' }).click();
    const link = await page.getByLabel('Link', { exact: true }).inputValue();
    const manageUrl = await page.getByLabel('Manage link (keep it to yourself)').inputValue();
    expect(manageUrl).toMatch(/\/m#[A-Za-z0-9_-]{65}$/);

    const manage = await page.context().newPage();
    await manage.goto(manageUrl);
    await expect(manage.getByTestId('secret-state')).toHaveText('Waiting');
    await expect(manage.getByTestId('views-used')).toHaveText('0 of 1 time');

    const recipient = await browser.newContext();
    const view = await recipient.newPage();
    await view.goto(link);
    await new RevealPage(view).revealButton().click();
    await expect(await new RevealPage(view).shownSecret()).toHaveText(SECRET);
    await recipient.close();

    // The manage page refreshes by itself.
    await expect(manage.getByTestId('secret-state')).toHaveText('Opened', { timeout: 15_000 });
    await expect(manage.getByText('View 1')).toBeVisible();

    await page.goto('/history');
    const list = page.getByRole('list', { name: 'Shared links' });
    await expect(list.getByText('OpenAI key for Acme')).toBeVisible();
    await expect(list.getByTestId('secret-state')).toHaveText('Opened');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const csv = readFileSync(await (await download).path(), 'utf8')
      .trimEnd()
      .split('\r\n');
    expect(csv).toHaveLength(2);
    expect(csv[1]).toContain('"OpenAI key for Acme"');
    expect(csv[1]).toContain('"Dana (Acme)"');
    expect(csv[1]).toContain('"Opened"'); // the badge's word, not the wire's

    const key = new URL(link).hash.slice(1);
    const stored = await page.evaluate(() => JSON.stringify({ ...window.localStorage }));
    expect(stored).toContain('OpenAI key for Acme');
    expect(stored).not.toContain(key);
    expect(stored).not.toContain(SECRET);
    expect(stored).not.toContain('sk-proj');

    await page.getByLabel('Recipient', { exact: true }).selectOption('Dana (Acme)');
    await expect(page.getByRole('list', { name: 'Checklist' })).toContainText('Rotate OpenAI key for Acme');

    await page.getByRole('button', { name: 'Forget' }).click();
    await expect(page.getByText('Nothing here yet.')).toBeVisible();
  });

  test('revoking from the manage page destroys the secret for the recipient', async ({ page, browser }) => {
    await page.goto('/');
    await page.getByLabel('Secret').fill('to be revoked');
    await page.getByRole('button', { name: 'Create secret link' }).click();
    const link = await page.getByLabel('Link', { exact: true }).inputValue();
    await page.goto(await page.getByLabel('Manage link (keep it to yourself)').inputValue());
    await page.getByRole('button', { name: 'Revoke now' }).click();
    await page.getByRole('button', { name: 'Yes, destroy it' }).click();
    await expect(page.getByTestId('secret-state')).toHaveText('Revoked');

    const recipient = await browser.newContext();
    const view = await recipient.newPage();
    await view.goto(link);
    await expect(new RevealPage(view).goneHeading()).toBeVisible();
    await recipient.close();
  });
});
