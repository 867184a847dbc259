import AxeBuilder from '@axe-core/playwright';
import { LOCALES } from '@/lib/i18n/locales';
import { expect, test } from './fixtures';
import { walkStates } from './locale-states';

/*
 * The right-to-left layout is accessible: in every right-to-left language in
 * LOCALES, every page and state at phone width is `<html dir="rtl">` and has
 * no WCAG 2 A or AA violation that axe finds. The issue asks for at least
 * one such language, so none registered is a failure, not a pass.
 */

test.describe.configure({ mode: 'parallel' });

/** Languages written right to left, by primary language subtag. */
const RIGHT_TO_LEFT = ['ar', 'he', 'fa', 'ur'];

const rtlLocales = LOCALES.filter((locale) => RIGHT_TO_LEFT.includes(locale.split('-')[0]!.toLowerCase()));

test('a right-to-left language is registered', () => {
  expect(
    rtlLocales,
    `no right-to-left language (${RIGHT_TO_LEFT.join(', ')}) in LOCALES (${LOCALES.join(', ')}): ` +
      'the issue requires one, and its layout is what this file checks',
  ).not.toEqual([]);
});

for (const locale of rtlLocales) {
  test(`every page and state in ${locale} is right to left and has no axe violations`, async ({ browser, baseURL }) => {
    // A dozen page loads and an axe run at each: more than the default minute.
    test.setTimeout(180_000);
    await walkStates({
      browser,
      baseURL: baseURL!,
      locale,
      check: async ({ name, page }) => {
        expect
          .soft(await page.evaluate(() => document.documentElement.dir), `<html dir> in ${name} (${locale})`)
          .toBe('rtl');
        // Judge the settled page: colours mid-transition are not what anyone reads.
        await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
        const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
        const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect.soft(summary, `axe violations in ${name} (${locale})`).toEqual([]);
      },
    });
  });
}
