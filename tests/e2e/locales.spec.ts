import type { Page } from '@playwright/test';
import { LOCALES } from '@/lib/i18n/locales';
import { expect, test } from './fixtures';
import { walkStates } from './locale-states';

/*
 * Every UI language fits a phone: at 360 CSS pixels no page and no state
 * scrolls sideways or clips its text, in any language in LOCALES (a longer
 * German compound or a right-to-left layout breaks what English never
 * showed). One browser context per language, the states in sequence, the
 * languages spread over the workers.
 */

test.describe.configure({ mode: 'parallel' });

/**
 * What overflows on the page: the document, wider than the viewport, and
 * any element that clips its content sideways (overflow-x hidden or clip)
 * while the content is wider. Left out: form controls (a long link scrolls
 * inside its field by design), visually hidden elements (sr-only is a clipped
 * 1 px box) and text truncated on purpose with a visible ellipsis.
 */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const root = document.documentElement;
    const name = (element: HTMLElement) => {
      const id = element.id ? `#${element.id}` : '';
      const text = (element.innerText || '').replace(/\s+/g, ' ').slice(0, 60);
      return `<${element.tagName.toLowerCase()}${id} class="${element.className}"> "${text}"`;
    };
    // In the page's coordinates, where 0 to clientWidth is what the phone shows unscrolled.
    const span = (element: Element | Range) => {
      const box = element.getBoundingClientRect();
      return { left: box.left + window.scrollX, right: box.right + window.scrollX, width: box.width };
    };
    const outside = (element: Element | Range) => {
      const box = span(element);
      return box.width > 0 && (box.right > root.clientWidth + 1 || box.left < -1);
    };
    if (root.scrollWidth > root.clientWidth) {
      found.push(`the page scrolls sideways: scrollWidth ${root.scrollWidth} > clientWidth ${root.clientWidth}`);
      // Name where it starts: elements that reach past the viewport inside a parent that does not.
      for (const element of document.body.querySelectorAll('*')) {
        if (
          element instanceof HTMLElement &&
          outside(element) &&
          element.parentElement &&
          !outside(element.parentElement)
        ) {
          const box = span(element);
          found.push(`${name(element)} reaches from x ${Math.round(box.left)} to ${Math.round(box.right)}`);
        }
      }
      // Or text that spills out of a box which itself fits.
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(node);
        const parent = node.parentElement;
        if (parent && outside(range) && !outside(parent)) {
          const box = span(range);
          found.push(`text in ${name(parent)} reaches from x ${Math.round(box.left)} to ${Math.round(box.right)}`);
        }
      }
    }
    for (const element of document.body.querySelectorAll('*')) {
      if (!(element instanceof HTMLElement)) continue;
      const style = getComputedStyle(element);
      if (style.overflowX !== 'hidden' && style.overflowX !== 'clip') continue;
      if (element.scrollWidth <= element.clientWidth + 1) continue;
      if (element.matches('input, textarea, select') || style.textOverflow === 'ellipsis') continue;
      const box = element.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue;
      found.push(
        `${name(element)} clips its content: scrollWidth ${element.scrollWidth} > clientWidth ${element.clientWidth}`,
      );
    }
    return found;
  });
}

for (const locale of LOCALES) {
  test(`every page and state fits a 360 px phone in ${locale}`, async ({ browser, baseURL }) => {
    // A dozen page loads in one test: on a busy machine, more than the default minute.
    test.setTimeout(180_000);
    await walkStates({
      browser,
      baseURL: baseURL!,
      locale,
      check: async ({ name, page }) => {
        // Soft: one run lists every state that overflows, not just the first.
        expect.soft(await overflowing(page), `overflow in ${name} (${locale}) at 360 px`).toEqual([]);
      },
    });
  });
}
