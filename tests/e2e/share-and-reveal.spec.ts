import { RevealPage, expect, test } from './fixtures';

const SECRET = 'STRIPE_KEY=sk_live_51HxExample\nDATABASE_URL=postgres://app:s3cr3t@db.internal:5432/app';

test.describe('sharing a secret', () => {
  test('is revealed once in another browser, then only shows the gone message', async ({ createPage, browser }) => {
    await createPage.open();
    const link = await createPage.share(SECRET);
    expect(link).toMatch(/\/s#[A-Za-z0-9_-]{43}$/);

    const recipient = await browser.newContext();
    const page = await recipient.newPage();
    const reveal = new RevealPage(page);
    await page.goto(link);
    await expect(page.getByText('This secret can be viewed 1 more time')).toBeVisible();
    await reveal.revealButton().click();
    await expect(await reveal.shownSecret()).toHaveText(SECRET);
    expect(new URL(page.url()).hash).toBe('');
    await expect(page.getByText('This secret has now been deleted from the server')).toBeVisible();

    await page.reload();
    await expect(reveal.goneHeading()).toBeVisible();
    await recipient.close();
  });

  test('opening the link without clicking Reveal consumes nothing', async ({ createPage, browser }) => {
    await createPage.open();
    const link = await createPage.share('look but do not touch');
    for (let i = 0; i < 2; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(link);
      await expect(new RevealPage(page).revealButton()).toBeEnabled();
      await context.close();
    }
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(link);
    await new RevealPage(page).revealButton().click();
    await expect(await new RevealPage(page).shownSecret()).toHaveText('look but do not touch');
    await context.close();
  });

  test('link scanners fetching the link with GET and HEAD leave the secret intact', async ({
    createPage,
    browser,
    request,
  }) => {
    await createPage.open();
    const link = await createPage.share('scanned but intact');
    const agents = [
      'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)',
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) SkypeUriPreview Preview/0.5 skype-url-preview@microsoft.com',
      'Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.12026; Pro)',
    ];
    for (const agent of agents) {
      for (const method of ['GET', 'HEAD'] as const) {
        const res = await request.fetch(link, { method, headers: { 'User-Agent': agent } });
        expect(res.status()).toBe(200);
        expect(res.headers()['cache-control']).toContain('no-store');
      }
    }
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(link);
    await new RevealPage(page).revealButton().click();
    await expect(await new RevealPage(page).shownSecret()).toHaveText('scanned but intact');
    await context.close();
  });

  test('a multi-view link says how many views remain', async ({ createPage, browser }) => {
    await createPage.open();
    const link = await createPage.share('twice', { views: '2 times' });
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(link);
    await expect(page.getByText('This secret can be viewed 2 more times')).toBeVisible();
    await new RevealPage(page).revealButton().click();
    await expect(page.getByText('This link can still be opened 1 more time')).toBeVisible();
    await context.close();
  });
});

test.describe('the revealed secret', () => {
  test('stays hidden until Show is pressed, with its length shown', async ({ createPage, browser }) => {
    await createPage.open();
    const link = await createPage.share('hunter2-is-not-a-password');
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(link);
    await new RevealPage(page).revealButton().click();
    await expect(page.getByText('25 characters')).toBeVisible();
    const text = new RevealPage(page).secretText();
    await expect(text).not.toContainText('hunter2');
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await expect(text).toHaveText('hunter2-is-not-a-password');
    await page.getByRole('button', { name: 'Hide', exact: true }).click();
    await expect(text).not.toContainText('hunter2');
    await context.close();
  });

  test('the link can be handed to a phone as a QR code drawn in the page', async ({ createPage }) => {
    await createPage.open();
    await createPage.share('for the phone');
    await createPage.page.getByRole('button', { name: 'Show QR code' }).click();
    const qr = createPage.page.getByRole('img', { name: 'QR code of the secret link' });
    await expect(qr).toBeVisible();
    expect((await qr.locator('path').getAttribute('d'))?.length).toBeGreaterThan(500);
  });
});

test.describe('malformed links', () => {
  const key = 'A'.repeat(42) + 'E';

  for (const [name, fragment, message] of [
    ['missing key', '', 'The link is missing its key'],
    ['cut short', key.slice(0, 30), 'The link is cut short'],
    ['bad characters', `${key.slice(0, 20)}+/${key.slice(22)}`, 'characters that do not belong'],
  ] as const) {
    test(`explains a link with a ${name}`, async ({ page }) => {
      await page.goto(`/s#${fragment}`);
      await expect(page.getByRole('heading', { name: 'This link is not complete' })).toBeVisible();
      await expect(page.getByText(message)).toBeVisible();
    });
  }

  test('explains a link with a too-long key that no secret matches, with one consistent heading', async ({ page }) => {
    await page.goto(`/s#${key}AAAA`);
    await expect(page.getByRole('heading', { name: 'This link has extra characters at the end' })).toBeVisible();
    await expect(page.getByText('no secret matches the link without them')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'This link is not complete' })).toHaveCount(0);
  });

  test('drops junk that chat apps append after the key', async ({ createPage, browser }) => {
    await createPage.open();
    const link = await createPage.share('junk-tolerant');
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${link}).`);
    await new RevealPage(page).revealButton().click();
    await expect(await new RevealPage(page).shownSecret()).toHaveText('junk-tolerant');
    await context.close();
  });

  test('a well-formed key for no secret shows the gone message', async ({ page }) => {
    await page.goto(`/s#${key}`);
    await expect(new RevealPage(page).goneHeading()).toBeVisible();
  });
});
