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

test('no request carries a file, its name or the link key, on upload or download', async ({ browser, baseURL }) => {
  const marker = `PRIVATE_KEY_MATERIAL_${Date.now()}`;
  const content = Buffer.from(`-----BEGIN OPENSSH PRIVATE KEY-----\n${marker.repeat(2000)}\n`);
  const name = `id_ed25519_${Date.now()}`;
  const sender = await browser.newContext({ baseURL });
  const sent: { url: string; headers: Record<string, string>; body: Buffer }[] = [];
  const record = (context: BrowserContext, into: typeof sent) =>
    context.on('request', async (request: Request) => {
      into.push({
        url: request.url(),
        headers: await request.allHeaders(),
        body: request.postDataBuffer() ?? Buffer.alloc(0),
      });
    });
  record(sender, sent);
  const page = await sender.newPage();
  await page.goto('/');
  await page.locator('#files').setInputFiles([{ name, mimeType: 'application/x-pem-file', buffer: content }]);
  await page.getByRole('button', { name: 'Create secret link' }).click();
  const link = await page.getByLabel('Link', { exact: true }).inputValue();
  const key = new URL(link).hash.slice(1);

  const recipient = await browser.newContext({ acceptDownloads: true });
  const received: typeof sent = [];
  record(recipient, received);
  const view = await recipient.newPage();
  // Responses too: the parts the server sends back must be ciphertext.
  const answered: Promise<Buffer>[] = [];
  view.on('response', (response) => {
    if (response.url().includes('/parts/')) answered.push(response.body());
  });
  await view.goto(link);
  await new RevealPage(view).revealButton().click();
  await expect(view.getByTestId('file-name')).toHaveText(name);
  await expect(view.getByRole('button', { name: `Download ${name}` })).toBeVisible();

  const all = await Promise.all([...sent, ...received]);
  const answers = await Promise.all(answered);
  expect(all.filter((r) => r.url.includes('/parts/') && r.body.length > 0).length).toBeGreaterThan(0);
  expect(answers.length).toBeGreaterThan(0);
  const keyHex = Buffer.from(key, 'base64url').toString('hex');
  for (const r of all) {
    const text = `${r.url}\n${JSON.stringify(r.headers)}\n${r.body.toString('latin1')}`;
    for (const needle of [marker, name, key, keyHex, 'BEGIN OPENSSH']) {
      expect(text, `request to ${r.url}`).not.toContain(needle);
    }
  }
  for (const body of answers) expect(body.includes(Buffer.from(marker))).toBe(false);
  await sender.close();
  await recipient.close();
});
