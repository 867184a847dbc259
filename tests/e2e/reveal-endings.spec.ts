import type { Browser } from '@playwright/test';
import { revealSecretOnServer } from '@/lib/client/api';
import { shareSecret } from '@/lib/client/create';
import { revokeLink } from '@/lib/client/manage';
import { linkCredentials, parseLinkFragment } from '@/lib/crypto';
import { RevealPage, expect, test } from './fixtures';

/*
 * Issue 24, the recipient's side: every ending says which it was (when the
 * sender kept a receipt) and tells the reader to warn the sender; a reload
 * after a multi-view reveal says views are left; a key a chat app lengthened
 * still opens; the sender is warned before using a view of their own link;
 * a recipient's page carries no sender navigation.
 */

const TELL_SENDER = 'If you did not open it yourself, tell the sender';

type Shared = { link: string; id: string; linkProof: string; manageToken: string };

async function share(
  baseURL: string,
  text: string,
  options: { maxViews?: number; password?: string; manage?: boolean } = {},
): Promise<Shared> {
  const outcome = await shareSecret(baseURL, {
    content: { kind: 'text', text },
    ttlSeconds: 3600,
    maxViews: options.maxViews ?? 1,
    password: options.password,
    manage: options.manage,
  });
  if (outcome.kind !== 'created') throw new Error(`create failed: ${JSON.stringify(outcome)}`);
  const parsed = parseLinkFragment(outcome.fragment);
  if (!parsed.ok) throw new Error('the new link does not parse');
  const { linkProof } = linkCredentials(parsed.key);
  return { link: `${baseURL}/s#${outcome.fragment}`, id: outcome.id, linkProof, manageToken: outcome.manageToken };
}

async function open(browser: Browser, link: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  return { context, page, reveal: new RevealPage(page) };
}

test.describe('endings', () => {
  test('a used-up link says every view was used, and to tell the sender', async ({ browser, baseURL }) => {
    const shared = await share(baseURL!, 'used up');
    const first = await open(browser, shared.link);
    await first.reveal.revealButton().click();
    await expect(first.reveal.secretText()).toBeAttached();
    await first.context.close();

    const late = await open(browser, shared.link);
    await expect(late.page.getByRole('heading', { name: 'This secret was already opened' })).toBeVisible();
    await expect(late.page.getByText('Every permitted view was used')).toBeVisible();
    await expect(late.page.getByText(TELL_SENDER)).toBeVisible();
    await expect(late.page.getByTestId('state-badge')).toHaveText('Ended');
    expect(new URL(late.page.url()).hash).toBe('');
    await late.context.close();
  });

  test('a revoked link says the sender withdrew it', async ({ browser, baseURL }) => {
    const shared = await share(baseURL!, 'withdrawn', { maxViews: 3 });
    expect((await revokeLink(baseURL!, shared.id, shared.manageToken)).kind).toBe('revoked');
    const { context, page } = await open(browser, shared.link);
    await expect(page.getByRole('heading', { name: 'The sender withdrew this secret' })).toBeVisible();
    await expect(page.getByText(TELL_SENDER)).toBeVisible();
    await context.close();
  });

  test('a link destroyed by wrong passwords says so', async ({ browser, baseURL }) => {
    const shared = await share(baseURL!, 'guarded', { password: 'correct horse battery staple' });
    for (let i = 0; i < 5; i++) {
      const wrong = linkCredentials(crypto.getRandomValues(new Uint8Array(32))).linkProof;
      const outcome = await revealSecretOnServer(baseURL!, shared.id, shared.linkProof, wrong);
      expect(outcome.kind).toBe('wrong_password');
    }
    const { context, page } = await open(browser, shared.link);
    await expect(page.getByRole('heading', { name: 'This secret was destroyed after wrong passwords' })).toBeVisible();
    await context.close();
  });

  test('a link without a receipt keeps the generic message, with the advice', async ({ browser, baseURL }) => {
    const shared = await share(baseURL!, 'no receipt', { manage: false });
    expect((await revealSecretOnServer(baseURL!, shared.id, shared.linkProof, null)).kind).toBe('released');
    const { context, page } = await open(browser, shared.link);
    await expect(page.getByRole('heading', { name: 'This link no longer opens' })).toBeVisible();
    await expect(page.getByText(TELL_SENDER)).toBeVisible();
    await context.close();
  });
});

test.describe('the reveal page', () => {
  test('never stays on "Checking the link…" when the history API refuses to drop the key', async ({
    browser,
    baseURL,
  }) => {
    // Safari throws SecurityError once a page calls replaceState too often; any throw there used to
    // be swallowed with the state update that should have followed it.
    const context = await browser.newContext();
    await context.addInitScript(() => {
      const original = History.prototype.replaceState;
      History.prototype.replaceState = function (this: History, data: unknown, unused: string, url?: string | URL) {
        if (url === window.location.pathname && window.location.hash) throw new Error('refused');
        return original.call(this, data, unused, url);
      };
    });
    const gone = await share(baseURL!, 'gone already', { manage: false });
    expect((await revealSecretOnServer(baseURL!, gone.id, gone.linkProof, null)).kind).toBe('released');
    const page = await context.newPage();
    await page.goto(gone.link);
    await expect(page.getByText('Checking the link…')).toHaveCount(0, { timeout: 10_000 });
    await expect(new RevealPage(page).goneHeading()).toBeVisible();

    const fresh = await share(baseURL!, 'still there');
    await page.goto('about:blank');
    await page.goto(fresh.link);
    await new RevealPage(page).revealButton().click();
    await expect(await new RevealPage(page).shownSecret()).toHaveText('still there');
    await context.close();
  });

  test('after a reload of a revealed multi-view link, says how many views are left', async ({ browser, baseURL }) => {
    const shared = await share(baseURL!, 'twice', { maxViews: 2 });
    const { context, page, reveal } = await open(browser, shared.link);
    await reveal.revealButton().click();
    await expect(await reveal.shownSecret()).toHaveText('twice');
    await page.reload();
    await expect(page.getByRole('heading', { name: 'You already revealed this secret in this tab' })).toBeVisible();
    await expect(page.getByText('The link can still be opened 1 more time')).toBeVisible();
    // And it really does: the sender's link opens once more.
    await page.goto('about:blank');
    await page.goto(shared.link);
    await reveal.revealButton().click();
    await expect(await reveal.shownSecret()).toHaveText('twice');
    await context.close();
  });

  for (const junk of ['_', '-', 'thanks']) {
    test(`opens a link with "${junk}" glued after the key`, async ({ browser, baseURL }) => {
      const shared = await share(baseURL!, `glued ${junk}`);
      const { context, page, reveal } = await open(browser, `${shared.link}${junk}`);
      await expect(page.getByText('The characters a chat app added after the key were removed.')).toBeVisible();
      await reveal.revealButton().click();
      await expect(await reveal.shownSecret()).toHaveText(`glued ${junk}`);
      await context.close();
    });
  }

  test('warns a sender who opens their own link in the browser that created it', async ({ createPage, browser }) => {
    await createPage.open();
    const link = await createPage.share('my own');
    const own = createPage.page;
    await own.goto(link);
    await expect(own.getByText('This is a link you shared from this browser')).toBeVisible();
    await expect(new RevealPage(own).revealButton()).toBeEnabled();

    const { context, page, reveal } = await open(browser, link);
    await expect(reveal.revealButton()).toBeEnabled();
    await expect(page.getByText('This is a link you shared from this browser')).toHaveCount(0);
    await context.close();
  });

  test('shows the brand but not the sender’s navigation to a recipient', async ({ page, baseURL }) => {
    const shared = await share(baseURL!, 'quiet header');
    await page.goto(shared.link);
    await expect(new RevealPage(page).revealButton()).toBeEnabled();
    await expect(page.getByRole('link', { name: 'Handoff' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
    await page.goto('/');
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  });
});
