import type { BrowserContext, Request } from '@playwright/test';
import { RevealPage, expect, test } from './fixtures';

type Captured = { url: string; headers: Record<string, string>; body: string };

/** Records every request a context makes: URL, all headers, body. */
function capture(context: BrowserContext): Captured[] {
  const seen: Captured[] = [];
  context.on('request', async (request: Request) => {
    seen.push({ url: request.url(), headers: await request.allHeaders(), body: request.postData() ?? '' });
  });
  return seen;
}

test('no request carries the plaintext or the link key, on create or reveal', async ({ browser, baseURL }) => {
  const plaintext = `AWS_SECRET_ACCESS_KEY=${'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'}-${Date.now()}`;
  const sender = await browser.newContext({ baseURL });
  const sent = capture(sender);
  const page = await sender.newPage();
  await page.goto('/');
  await page.getByLabel('Secret').fill(plaintext);
  await page.getByRole('button', { name: 'Create secret link' }).click();
  const link = await page.getByLabel('Link', { exact: true }).inputValue();
  const key = new URL(link).hash.slice(1);
  expect(key).toHaveLength(43);

  const recipient = await browser.newContext();
  const received = capture(recipient);
  const view = await recipient.newPage();
  await view.goto(link);
  await new RevealPage(view).revealButton().click();
  await expect(await new RevealPage(view).shownSecret()).toHaveText(plaintext);

  const all = [...sent, ...received];
  expect(all.some((r) => r.url.includes('/api/secrets') && r.body.includes('envelope'))).toBe(true);
  expect(all.some((r) => r.url.includes('/reveal'))).toBe(true);
  const keyHex = Buffer.from(key, 'base64url').toString('hex');
  for (const r of all) {
    const everything = `${r.url}\n${JSON.stringify(r.headers)}\n${r.body}`;
    for (const needle of [plaintext, 'wJalrXUtnFEMI', key, keyHex, encodeURIComponent(key)]) {
      expect(everything, `request to ${r.url}`).not.toContain(needle);
    }
    expect(new URL(r.url).origin, 'no request leaves the app origin').toBe(new URL(baseURL!).origin);
  }
  await sender.close();
  await recipient.close();
});
