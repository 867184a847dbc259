import type { Browser } from '@playwright/test';
import { CreatePage, RevealPage, SecurityWatch, expect, test } from './fixtures';

/*
 * Every page runs under its strict CSP (nonces, 'strict-dynamic', Trusted
 * Types) without a single violation, and never talks to another origin.
 * The same watch proves it can fail: injected markup is blocked and reported.
 */

const NO_SUCH_KEY = 'A'.repeat(42) + 'E';

async function watchedContext(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL });
  const watch = await SecurityWatch.attach(context, baseURL);
  return { context, watch, page: await context.newPage() };
}

test.describe('the content security policy', () => {
  test('no page reports a violation or requests another origin', async ({ browser, baseURL }) => {
    const { context, watch, page } = await watchedContext(browser, baseURL!);
    const paths = [
      '/',
      '/s',
      `/s#${NO_SUCH_KEY}`,
      '/s#cut-short',
      '/m',
      '/m#not-a-manage-fragment',
      '/history',
      '/cli',
      '/request',
      '/r',
      `/r#${'A'.repeat(86)}`,
      '/r#cut-short',
      '/o',
      `/o#${NO_SUCH_KEY}`,
      '/no-such-page',
      '/_not-found',
    ];
    for (const path of paths) {
      await page.goto(path);
      await watch.settle(page);
    }
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    watch.expectClean();
    await context.close();
  });

  test('sharing, copying, navigating, managing and revealing stay clean', async ({ browser, baseURL }) => {
    const sender = await watchedContext(browser, baseURL!);
    await sender.context.grantPermissions(['clipboard-write'], { origin: new URL(baseURL!).origin });
    const page = sender.page;
    // Not /s: a recipient's page has no sender navigation to follow.
    await page.goto('/m');
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    // Client-side navigation loads the next route's chunks through the Trusted Types policy.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My links' }).click();
    await expect(page).toHaveURL(/\/history$/);
    await page.getByRole('link', { name: 'Share', exact: true }).click();
    await expect(page.getByLabel('Secret')).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);

    const link = await new CreatePage(page).share('DATABASE_URL=postgres://app:csp@db/app');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
    await page.getByRole('button', { name: 'Show QR code' }).click();
    await expect(page.getByRole('img', { name: 'QR code of the secret link' })).toBeVisible();
    const manageUrl = await page.getByLabel('Manage link (keep it to yourself)').inputValue();

    const recipient = await watchedContext(browser, baseURL!);
    await recipient.context.grantPermissions(['clipboard-write'], { origin: new URL(baseURL!).origin });
    const view = new RevealPage(recipient.page);
    await recipient.page.goto(link);
    await view.revealButton().click();
    await recipient.page.getByRole('button', { name: 'Show', exact: true }).click();
    await expect(view.secretText()).toHaveText('DATABASE_URL=postgres://app:csp@db/app');
    await recipient.page.getByRole('button', { name: 'Copy secret' }).click();
    await expect(recipient.page.getByText(/^Copied\./)).toBeVisible();

    await page.goto(manageUrl);
    await expect(page.getByTestId('secret-state')).toHaveText('Opened', { timeout: 15_000 });

    for (const { watch, page: p } of [sender, recipient]) {
      await watch.settle(p);
      watch.expectClean();
    }
    await sender.context.close();
    await recipient.context.close();
  });

  test('requesting, answering with a file and reading the answer stay clean', async ({ browser, baseURL }) => {
    const requester = await watchedContext(browser, baseURL!);
    await requester.context.grantPermissions(['clipboard-write'], { origin: new URL(baseURL!).origin });
    const page = requester.page;
    await page.goto('/');
    await page.getByRole('link', { name: 'Request', exact: true }).click();
    await expect(page).toHaveURL(/\/request$/);
    await page.getByLabel('Note for the person you ask').fill('the <b>key</b>, please');
    await page.getByRole('button', { name: 'Create request' }).click();
    const requestLink = await page.getByLabel('Request link: send it to the person you ask').inputValue();
    const ownerLink = await page.getByLabel('Owner link: keep it to yourself').inputValue();
    await page.getByRole('button', { name: 'Copy owner link' }).click();
    await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
    const [saved] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save as file' }).click(),
    ]);
    expect(saved.suggestedFilename()).toMatch(/^handoff-owner-link-.*\.txt$/);

    const responder = await watchedContext(browser, baseURL!);
    await responder.page.goto(requestLink);
    await expect(responder.page.getByTestId('request-note')).toHaveText('the <b>key</b>, please');
    await responder.page.getByLabel('Your answer').fill('STRIPE_SECRET_KEY=sk_test_51Csp');
    await responder.page
      .locator('#files')
      .setInputFiles([{ name: 'key.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg onload="x()"/>') }]);
    await responder.page.getByRole('button', { name: 'Encrypt and send' }).click();
    await expect(responder.page.getByTestId('confirmation-code')).toBeVisible({ timeout: 20_000 });

    await page.goto(ownerLink);
    await page.getByRole('button', { name: 'Reveal answer' }).click();
    await expect(page.getByTestId('file-name')).toHaveText('key.svg');
    await page.getByRole('button', { name: 'Preview as text' }).click();
    await expect(page.getByTestId('file-preview')).toHaveText('<svg onload="x()"/>');

    for (const { watch, page: p } of [requester, responder]) {
      await watch.settle(p);
      watch.expectClean();
    }
    await requester.context.close();
    await responder.context.close();
  });

  test('Trusted Types refuse strings at DOM sinks, and the watch reports it', async ({ browser, baseURL }) => {
    const { context, watch, page } = await watchedContext(browser, baseURL!);
    await page.goto('/s');
    await watch.settle(page);
    watch.expectClean();

    const outcomes = await page.evaluate(() => {
      const attempt = (what: () => unknown) => {
        try {
          what();
          return 'allowed';
        } catch (error) {
          return error instanceof Error ? error.name : 'thrown';
        }
      };
      return {
        innerHTML: attempt(() => (document.body.innerHTML = '<img src=x>')),
        foreignScript: attempt(() => {
          const script = document.createElement('script');
          script.src = 'https://example.invalid/evil.js';
          document.head.append(script);
        }),
        newPolicy: attempt(() =>
          (
            window as unknown as { trustedTypes: { createPolicy: (name: string, rules: object) => unknown } }
          ).trustedTypes.createPolicy('escape-hatch', { createHTML: (s: string) => s }),
        ),
      };
    });
    expect(outcomes).toEqual({ innerHTML: 'TypeError', foreignScript: 'TypeError', newPolicy: 'TypeError' });
    await watch.settle(page);
    expect(watch.violations.join('\n')).toMatch(/require-trusted-types-for/);
    expect(watch.violations.join('\n')).toMatch(/trusted-types/);
    expect(watch.foreignRequests).toEqual([]);
    await context.close();
  });

  test('markup injected into a page without the nonce never runs', async ({ browser, baseURL }) => {
    const { context, watch, page } = await watchedContext(browser, baseURL!);
    // Simulates a server-side injection flaw: attacker markup inside the HTML of /s.
    await context.route(
      (url) => url.pathname === '/s',
      async (route) => {
        const response = await route.fetch();
        const html = (await response.text()).replace(
          '<body',
          '<script>window.__pwned=1</script><img src="/x" onerror="window.__pwned=2"><body',
        );
        await route.fulfill({ response, body: html });
      },
    );
    await page.goto('/s');
    await watch.settle(page);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    const reports = watch.violations.join('\n');
    expect(reports).toMatch(/script-src-elem blocked inline/);
    expect(reports).toMatch(/script-src-attr blocked inline/);
    await context.close();
  });

  test('a secret made of markup is revealed as inert text', async ({ browser, baseURL }) => {
    const payload =
      '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">' +
      '<meta http-equiv="refresh" content="0;url=https://example.invalid">';
    const sender = await watchedContext(browser, baseURL!);
    await sender.page.goto('/');
    const link = await new CreatePage(sender.page).share(payload);

    const recipient = await watchedContext(browser, baseURL!);
    const page = recipient.page;
    const view = new RevealPage(page);
    await page.goto(link);
    await view.revealButton().click();
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await expect(view.secretText()).toHaveText(payload);
    await page.waitForTimeout(1500); // a refresh with a 0 s delay would have happened by now
    await recipient.watch.settle(page);

    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
    expect(new URL(page.url()).pathname).toBe('/s');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('main img, main script, meta[http-equiv]').count()).toBe(0);
    await expect(view.secretText()).toHaveText(payload);
    sender.watch.expectClean();
    recipient.watch.expectClean();
    await sender.context.close();
    await recipient.context.close();
  });
});
