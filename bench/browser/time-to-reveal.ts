import type { Browser } from '@playwright/test';
import type { RealSecret } from './real-secret';

/*
 * Time to reveal, in a fresh context per run (a first visit, empty cache),
 * timed inside the page with performance.now():
 *  - ready: from navigation start to the Reveal button being enabled (page
 *    loaded, hydrated, the link checked with the API);
 *  - reveal: from the click on Reveal to the decrypted secret in the DOM
 *    (the reveal request, decryption, React's render), of which `request` is
 *    the reveal call's own time (Resource Timing);
 *  - show: from the click on Show to the plaintext in the DOM.
 */

export type RevealTiming = { readyMs: number; revealMs: number; requestMs: number; showMs: number };

type Marks = { __benchReadyAt?: number };

/*
 * Marks the moment the Reveal button is first enabled. Plain JavaScript in a
 * string: tsx would wrap a named function in a helper the page lacks. Init
 * scripts run through the DevTools protocol, outside the page's CSP.
 */
const MARK_READY = `
new MutationObserver(function () {
  if (window.__benchReadyAt !== undefined) return;
  var buttons = document.querySelectorAll('button');
  for (var i = 0; i < buttons.length; i++) {
    if (buttons[i].textContent.trim() === 'Reveal secret' && !buttons[i].disabled) {
      window.__benchReadyAt = performance.now();
      return;
    }
  }
}).observe(document, { subtree: true, childList: true, attributes: true });
`;

/** Opens `secret`'s link, reveals it and shows it; returns the timings. */
export async function timeReveal(browser: Browser, secret: RealSecret): Promise<RevealTiming> {
  const context = await browser.newContext({ locale: 'en-US' });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: MARK_READY });
    await page.goto(secret.shareUrl);
    await page.getByRole('button', { name: 'Reveal secret' }).waitFor();
    // Polled with page.evaluate, which runs through the DevTools protocol like the init script.
    let readyMs: number | undefined;
    for (const deadline = Date.now() + 30_000; readyMs === undefined;) {
      readyMs = await page.evaluate(() => (window as unknown as Marks).__benchReadyAt);
      if (readyMs === undefined && Date.now() > deadline) throw new Error('time to reveal: Reveal never enabled');
      if (readyMs === undefined) await new Promise((r) => setTimeout(r, 20));
    }
    const reveal = await page.evaluate(
      () =>
        new Promise<{ revealMs: number; requestMs: number }>((resolve) => {
          const button = [...document.querySelectorAll('button')].find(
            (b) => b.textContent?.trim() === 'Reveal secret',
          )!;
          const t0 = performance.now();
          const observer = new MutationObserver(() => {
            if (!document.querySelector('[data-testid="secret-text"]')) return;
            const revealMs = performance.now() - t0;
            observer.disconnect();
            const call = performance
              .getEntriesByType('resource')
              .find((e) => e.name.endsWith('/reveal') && e.startTime >= t0);
            resolve({ revealMs, requestMs: call ? call.duration : NaN });
          });
          observer.observe(document.body, { subtree: true, childList: true });
          button.click();
        }),
    );
    const showMs = await page.evaluate(
      (text) =>
        new Promise<number>((resolve) => {
          const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Show')!;
          const target = document.querySelector('[data-testid="secret-text"]')!;
          const t0 = performance.now();
          const observer = new MutationObserver(() => {
            if (target.textContent !== text) return;
            observer.disconnect();
            resolve(performance.now() - t0);
          });
          observer.observe(target, { subtree: true, childList: true, characterData: true });
          button.click();
        }),
      secret.text,
    );
    const tenth = (ms: number) => Math.round(ms * 10) / 10;
    return {
      readyMs: tenth(readyMs),
      revealMs: tenth(reveal.revealMs),
      requestMs: tenth(reveal.requestMs),
      showMs: tenth(showMs),
    };
  } finally {
    await context.close();
  }
}
