import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Request } from '@playwright/test';
import { createRequestKeys } from '../../lib/crypto/request-keys';
import { buildCli, runCli } from '../support/cli-run';
import { expect, test } from './fixtures';

/*
 * Asking for a secret in the browser (issue 19): the requester, the responder
 * and the owner link's holder each in their own browser context, as three
 * people would be; and the CLI on either side of the browser.
 */

type Captured = { url: string; headers: Record<string, string>; body: Buffer };

/** Records every request a context makes: URL, all headers, body. */
function capture(context: BrowserContext): Promise<Captured>[] {
  const seen: Promise<Captured>[] = [];
  context.on('request', (request: Request) => {
    seen.push(
      request.allHeaders().then((headers) => ({
        url: request.url(),
        headers,
        body: request.postDataBuffer() ?? Buffer.alloc(0),
      })),
    );
  });
  return seen;
}

/** Creates a request on /request and returns both links as shown. */
async function createRequestInBrowser(page: Page, note: string, record?: { label: string; from: string }) {
  await page.goto('/request');
  await page.getByLabel('Note for the person you ask').fill(note);
  if (record) {
    await page.getByText('Keep a private note in this browser (optional)').click();
    await page.getByLabel('Label').fill(record.label);
    await page.getByLabel('Asked from').fill(record.from);
  }
  await page.getByRole('button', { name: 'Create request' }).click();
  const requestLink = await page.getByLabel('Request link: send it to the person you ask').inputValue();
  const ownerLink = await page.getByLabel('Owner link: keep it to yourself').inputValue();
  expect(requestLink).toMatch(/\/r#[A-Za-z0-9_-]{86}$/);
  expect(ownerLink).toMatch(/\/o#[A-Za-z0-9_-]{43}$/);
  return { requestLink, ownerLink };
}

/** Opens the owner link, reveals the answer and returns the page (answer shown). */
async function revealAnswer(page: Page, ownerLink: string) {
  await page.goto(ownerLink);
  await expect(page.getByTestId('owner-status')).toContainText('Answered at', { timeout: 20_000 });
  await page.getByRole('button', { name: 'Reveal answer' }).click();
  await expect(page.getByRole('heading', { name: 'Here is your secret' })).toBeVisible({ timeout: 20_000 });
}

test('request, answer with text and a file, read once: nothing readable leaves any browser', async ({
  browser,
  baseURL,
}) => {
  const stamp = Date.now();
  const note = `Please send the staging DB password for project Falcon ${stamp}`;
  const answerText = `DB_PASSWORD=falcon-${stamp}-wJalrXUtnFEMI`;
  const fileMarker = `FILE_SECRET_MATERIAL_${stamp}`;
  const fileName = `falcon_${stamp}.pem`;
  const fileBody = Buffer.from(`-----BEGIN PRIVATE KEY-----\n${fileMarker.repeat(50)}\n-----END PRIVATE KEY-----\n`);

  const requester = await browser.newContext({ baseURL });
  const responder = await browser.newContext({ baseURL });
  const owner = await browser.newContext({ baseURL, acceptDownloads: true });
  const traffic = [...[requester, responder, owner].map(capture)];

  // 1. The requester creates the request.
  const asking = await requester.newPage();
  const { requestLink, ownerLink } = await createRequestInBrowser(asking, note, {
    label: 'Falcon staging DB',
    from: 'Dana',
  });
  const stored = await asking.evaluate(() => JSON.stringify(window.localStorage));
  const history = await asking.evaluate(() => JSON.parse(window.localStorage.getItem('handoff.history.v1') ?? '[]'));
  expect(history).toEqual([
    expect.objectContaining({ kind: 'request', label: 'Falcon staging DB', recipient: 'Dana' }),
  ]);
  const seed = new URL(ownerLink).hash.slice(1);
  const requestFragment = new URL(requestLink).hash.slice(1);
  expect(stored).not.toContain(seed);
  expect(stored).not.toContain(requestFragment);

  // 2. The responder opens the link: the note, decrypted here, and where the answer goes.
  const answering = await responder.newPage();
  const late = await responder.newPage(); // a second answer, loaded while the request is still open
  await answering.goto(requestLink);
  await expect(answering.getByTestId('request-note')).toHaveText(note);
  await expect(answering.getByTestId('request-origin')).toContainText(new URL(baseURL!).origin);
  await late.goto(requestLink);
  await expect(late.getByLabel('Your answer')).toBeVisible();

  // Loading the link (and a bot's GET of it) changed nothing: the owner still waits.
  expect((await responder.request.get('/r')).status()).toBe(200);
  const watching = await owner.newPage();
  await watching.goto(ownerLink);
  await expect(watching.getByTestId('request-state')).toHaveText('Waiting for an answer');
  await expect(watching.getByRole('button', { name: 'Reveal answer' })).toHaveCount(0);

  // The same key-format advice as the create form.
  await answering.getByLabel('Your answer').fill(answerText);
  await answering
    .locator('#files')
    .setInputFiles([{ name: fileName, mimeType: 'application/x-pem-file', buffer: fileBody }]);
  await answering.getByRole('button', { name: 'Encrypt and send' }).click();
  await expect(answering.getByRole('heading', { name: 'Your answer was sent' })).toBeVisible({ timeout: 30_000 });
  const code = (await answering.getByTestId('confirmation-code').textContent())!.trim();
  expect(code).toMatch(/^\d{3} \d{3}$/);
  await expect(answering.getByTestId('answered-at')).toContainText('Sent at');
  // No way to read the answer back.
  expect(await answering.content()).not.toContain(answerText);
  expect(await answering.content()).not.toContain(fileName);

  // 3. A second answer is refused: the page loaded earlier, and the link opened again.
  await late.getByLabel('Your answer').fill('a second answer');
  await late.getByRole('button', { name: 'Encrypt and send' }).click();
  await expect(late.getByText(/^Someone answered first/)).toBeVisible();
  await answering.reload();
  await expect(answering.getByRole('heading', { name: 'This request no longer takes an answer' })).toBeVisible();

  // 4. The owner link alone, in a third context, reads both the text and the file.
  await expect(watching.getByTestId('request-state')).toHaveText('Answered', { timeout: 20_000 });
  const reading = await owner.newPage();
  await revealAnswer(reading, ownerLink);
  await reading.getByRole('button', { name: 'Show', exact: true }).click();
  await expect(reading.getByTestId('secret-text')).toHaveText(answerText);
  await expect(reading.getByTestId('file-name')).toHaveText(fileName);
  await expect(reading.getByTestId('owner-confirmation')).toContainText(code);
  const [download] = await Promise.all([
    reading.waitForEvent('download'),
    reading.getByRole('button', { name: `Download ${fileName}` }).click(),
  ]);
  expect(readFileSync((await download.path())!).equals(fileBody)).toBe(true);

  // 5. A second read shows the gone message.
  const again = await owner.newPage();
  await again.goto(ownerLink);
  await expect(again.getByRole('heading', { name: 'This answer was already read or has expired' })).toBeVisible();
  await expect(again.getByRole('button', { name: 'Reveal answer' })).toHaveCount(0);

  // 6. My links shows the request with its state, from the manage token alone.
  await asking.goto('/history');
  const row = asking.getByTestId('request-row');
  await expect(row).toContainText('Falcon staging DB');
  await expect(row).toContainText('from Dana');
  await expect(row.getByTestId('request-state')).toHaveText('Answer read');

  // 7. Traffic of all three browsers: ciphertext, ids, verifiers and proofs only.
  const keys = createRequestKeys(Buffer.from(seed, 'base64url'));
  const secrets = [keys.seed, keys.secretKey, keys.publicKey, keys.linkSecret, keys.psk, keys.noteKey];
  const needles = [
    answerText,
    'wJalrXUtnFEMI',
    fileMarker,
    fileName,
    'BEGIN PRIVATE KEY',
    note,
    'project Falcon',
    seed,
    requestFragment,
    encodeURIComponent(seed),
    ...secrets.flatMap((bytes) => [Buffer.from(bytes).toString('base64url'), Buffer.from(bytes).toString('hex')]),
  ];
  const all = await Promise.all(traffic.flat());
  expect(all.some((r) => r.url.endsWith('/api/requests') && r.body.length > 0)).toBe(true);
  expect(all.some((r) => r.url.includes('/answer') && r.body.length > 0)).toBe(true);
  expect(all.some((r) => r.url.includes('/reveal'))).toBe(true);
  expect(all.some((r) => r.url.includes('/parts/') && r.body.length > 0)).toBe(true);
  for (const r of all) {
    const text = `${r.url}\n${JSON.stringify(r.headers)}\n${r.body.toString('latin1')}`;
    for (const needle of needles) expect(text, `request to ${r.url}`).not.toContain(needle);
    expect(new URL(r.url).origin, 'no request leaves the app origin').toBe(new URL(baseURL!).origin);
  }
  for (const context of [requester, responder, owner]) await context.close();
});

test('the owner can revoke before the answer; the responder is then refused', async ({ browser, baseURL }) => {
  const requester = await browser.newContext({ baseURL });
  const page = await requester.newPage();
  const { requestLink, ownerLink } = await createRequestInBrowser(page, 'revoke me');
  await page.goto(ownerLink);
  await expect(page.getByTestId('request-state')).toHaveText('Waiting for an answer');
  await page.getByRole('button', { name: 'Revoke request' }).click();
  await page.getByRole('button', { name: 'Yes, revoke it' }).click();
  await expect(page.getByTestId('request-state')).toHaveText('Revoked');

  const responder = await browser.newContext({ baseURL });
  const answering = await responder.newPage();
  await answering.goto(requestLink);
  await expect(answering.getByRole('heading', { name: 'This request no longer takes an answer' })).toBeVisible();
  await requester.close();
  await responder.close();
});

test.describe('the CLI on either side of the browser', () => {
  test.beforeAll(() => buildCli());

  test('browser request → CLI answer → browser read', async ({ browser, baseURL }) => {
    const requester = await browser.newContext({ baseURL });
    const page = await requester.newPage();
    const { requestLink, ownerLink } = await createRequestInBrowser(page, 'the deploy token, please');
    const dir = mkdtempSync(join(tmpdir(), 'handoff-e2e-req-'));
    const file = join(dir, 'token.txt');
    writeFileSync(file, `DEPLOY_TOKEN=from-the-cli-${Date.now()}`);
    const answered = await runCli(['answer', '--link-fd', '3', file], { fd3: requestLink });
    expect(answered.code, answered.err).toBe(0);
    expect(answered.err).toContain('the deploy token, please');
    const code = /Confirmation code: (\d{3} \d{3})/.exec(answered.out)?.[1];
    expect(code).toBeDefined();

    const owner = await browser.newContext({ baseURL });
    const reading = await owner.newPage();
    await revealAnswer(reading, ownerLink);
    await reading.getByRole('button', { name: 'Show', exact: true }).click();
    await expect(reading.getByTestId('secret-text')).toHaveText(readFileSync(file, 'utf8'));
    await expect(reading.getByTestId('owner-confirmation')).toContainText(code!);
    await requester.close();
    await owner.close();
  });

  test('CLI request → browser answer → CLI open --exec', async ({ browser, baseURL }) => {
    const dir = mkdtempSync(join(tmpdir(), 'handoff-e2e-req-'));
    const ownerFile = join(dir, 'owner.link');
    const asked = await runCli([
      'request',
      '--server',
      baseURL!,
      '--note',
      'the staging DB password',
      '--owner-link-file',
      ownerFile,
    ]);
    expect(asked.code, asked.err).toBe(0);
    const requestLink = asked.out.trim();
    const ownerLink = readFileSync(ownerFile, 'utf8').trim();

    const responder = await browser.newContext({ baseURL });
    const answering = await responder.newPage();
    await answering.goto(requestLink);
    await expect(answering.getByTestId('request-note')).toHaveText('the staging DB password');
    const password = `s3cret-${Date.now()}`;
    await answering.getByLabel('Your answer').fill(`DB_PASSWORD=${password}\n`);
    await answering.getByRole('button', { name: 'Encrypt and send' }).click();
    await expect(answering.getByRole('heading', { name: 'Your answer was sent' })).toBeVisible({ timeout: 30_000 });
    const code = (await answering.getByTestId('confirmation-code').textContent())!.trim();

    const opened = await runCli(['open', '--exec', '--', 'sh', '-c', 'printf %s "$DB_PASSWORD"'], {
      env: { HANDOFF_LINK: ownerLink },
    });
    expect(opened.code, opened.err).toBe(0);
    expect(opened.out).toBe(password);
    expect(opened.err).toContain(code);
    await responder.close();
  });
});

test('the reveal page /s loads no request code (no X25519, no HPKE)', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const scripts: Promise<string>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.text());
  });
  await page.goto('/s');
  await page.waitForLoadState('networkidle');
  const loaded = await Promise.all(scripts);
  expect(loaded.length).toBeGreaterThan(3);
  expect(loaded.some((text) => text.includes('handoff/v1/link'))).toBe(true); // the reveal crypto is there
  expect(loaded.filter((text) => text.includes('handoff/v1/req-'))).toEqual([]);
  await context.close();
});
