import { expect, test } from './fixtures';

/* Credential detection runs in the page: labels and advice appear, nothing about values leaves it. */

test('a pasted .env with a Stripe live key is recognised, advised on, and labels the local record', async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(`${r.url()} ${r.postData() ?? ''}`));
  const stripeKey = ['sk', 'live', 'Q9x7Lm2Np4Rt6Vw8Yz1Ab3Cd'].join('_');
  await page.goto('/');
  await page.getByLabel('Secret').fill(`STRIPE_SECRET_KEY=${stripeKey}\nDATABASE_HOST=db.internal\n`);
  const notice = page.getByRole('status').filter({ hasText: 'Recognised in your secret' });
  await expect(notice).toContainText('Stripe live secret key');
  await expect(notice).toContainText('STRIPE_SECRET_KEY');
  await expect(notice).not.toContainText(stripeKey);
  await expect(notice).toContainText(/restricted/i);
  const beforeCreate = requests.length;

  await page.getByRole('button', { name: 'Create secret link' }).click();
  await expect(page.getByLabel('Link', { exact: true })).toBeVisible();
  const stored = await page.evaluate(() => JSON.stringify({ ...window.localStorage }));
  expect(stored).toContain('Stripe live secret key');
  expect(stored).not.toContain(stripeKey);
  // Typing triggered no request at all: detection is local.
  expect(requests.slice(0, beforeCreate).filter((r) => r.includes('/api/'))).toEqual([]);
});
