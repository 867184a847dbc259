import type { Browser, BrowserContext } from '@playwright/test';
import { shareSecret } from '@/lib/client/create';
import { RevealPage, expect, test } from './fixtures';

/*
 * Issue 24 item 0: the reveal page sometimes never left "Checking the link…"
 * when its peek answered. Each round repeats the outside check's flow
 * (create, reveal and reload in a second context, open in a fresh third one)
 * and an unused link, so a lost state update shows up in a few dozen runs.
 */
const ROUNDS = 50;

async function createLink(baseURL: string, text: string, maxViews = 1): Promise<string> {
  const outcome = await shareSecret(baseURL, { content: { kind: 'text', text }, ttlSeconds: 3600, maxViews });
  if (outcome.kind !== 'created') throw new Error(`create failed: ${JSON.stringify(outcome)}`);
  return `${baseURL}/s#${outcome.fragment}`;
}

async function fresh(browser: Browser): Promise<{ context: BrowserContext; reveal: RevealPage }> {
  const context = await browser.newContext();
  return { context, reveal: new RevealPage(await context.newPage()) };
}

test.describe('the reveal page settles', () => {
  test.setTimeout(ROUNDS * 20_000);

  test(`shows the ending in a fresh context after a reveal and reload elsewhere, ${ROUNDS} times`, async ({
    browser,
    baseURL,
  }) => {
    for (let round = 0; round < ROUNDS; round++) {
      const link = await createLink(baseURL!, `round ${round}`);
      const second = await fresh(browser);
      await second.reveal.page.goto(link);
      await second.reveal.revealButton().click();
      await expect(second.reveal.secretText()).toBeAttached();
      await second.reveal.page.reload();
      await expect(second.reveal.page.getByRole('heading', { level: 1 })).toBeVisible();
      await second.context.close();

      const third = await fresh(browser);
      await third.reveal.page.goto(link);
      await expect(third.reveal.goneHeading(), `round ${round}`).toBeVisible({ timeout: 10_000 });
      await third.context.close();
    }
  });

  test(`offers Reveal for an unused link, ${ROUNDS} times`, async ({ browser, baseURL }) => {
    for (let round = 0; round < ROUNDS; round++) {
      const link = await createLink(baseURL!, `unused ${round}`);
      const { context, reveal } = await fresh(browser);
      await reveal.page.goto(link);
      await expect(reveal.revealButton(), `round ${round}`).toBeEnabled({ timeout: 10_000 });
      await context.close();
    }
  });
});
