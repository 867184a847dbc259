import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LOCALE,
  LOCALES,
  LOCALE_NAMES,
  directionOf,
  formattingLocale,
  matchLocale,
  negotiateLocale,
  parseAcceptLanguage,
  type Messages,
} from '@/lib/i18n';
import { CATALOGUES } from '../support/catalogues';

const { en, de, ar } = CATALOGUES;

/** Every leaf of a catalogue as `path: kind`, where kind is `string` or `function/<arity>`. */
function shape(catalogue: object, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([key, value]: [string, unknown]) => {
    const path = `${prefix}${key}`;
    if (typeof value === 'string') return [`${path}: string`];
    if (typeof value === 'function') return [`${path}: function/${value.length}`];
    if (typeof value === 'object' && value !== null) return shape(value, `${path}.`);
    return [`${path}: ${typeof value}`];
  });
}

/** Every string leaf of a catalogue, with its path. */
function strings(catalogue: object, prefix = ''): [string, string][] {
  return Object.entries(catalogue).flatMap(([key, value]: [string, unknown]): [string, string][] => {
    if (typeof value === 'string') return [[`${prefix}${key}`, value]];
    if (typeof value === 'object' && value !== null) return strings(value, `${prefix}${key}.`);
    return [];
  });
}

/** Words that are the same in English and German. */
const SAME_IN_BOTH = new Set([
  'result.link',
  'password.optional',
  'upload.optional',
  'offboarding.title',
  'detect.labels.jwt',
  'notify.alertTitle',
]);

describe('the catalogues', () => {
  it('exist for every locale, with a name in its own language', () => {
    expect(Object.keys(CATALOGUES).sort()).toEqual([...LOCALES].sort());
    expect(LOCALE_NAMES).toEqual({
      en: 'English',
      de: 'Deutsch',
      fr: 'Français',
      es: 'Español',
      'pt-BR': 'Português (Brasil)',
      it: 'Italiano',
      nl: 'Nederlands',
      pl: 'Polski',
      ja: '日本語',
      'zh-Hans': '简体中文',
      ar: 'العربية',
    });
    expect(DEFAULT_LOCALE).toBe('en');
  });

  for (const locale of LOCALES) {
    it(`${locale} has exactly the keys of English, with the same kinds and arities`, () => {
      expect(shape(CATALOGUES[locale])).toEqual(shape(en));
    });

    it(`${locale} has no empty or untrimmed string`, () => {
      for (const [path, text] of strings(CATALOGUES[locale])) {
        expect(text.trim(), path).not.toBe('');
        expect(text, path).toBe(text.trim());
      }
    });
  }

  it('German translates every string (except the few words that are the same in both)', () => {
    const english = new Map(strings(en));
    const untranslated = strings(de)
      .filter(([path, text]) => english.get(path) === text && !SAME_IN_BOTH.has(path))
      .map(([path]) => path);
    expect(untranslated).toEqual([]);
  });

  it('a missing or an extra key is a type error', () => {
    // @ts-expect-error a catalogue without `header.share` is not Messages
    const missing: Messages = { ...en, header: { navigation: 'Main', myLinks: 'My links' } };
    // @ts-expect-error a catalogue with a key English does not have is not Messages
    const extra: Messages = { ...en, header: { ...en.header, extra: 'x' } };
    // @ts-expect-error a string where English has a function is not Messages
    const wrongKind: Messages = { ...en, revealed: { ...en.revealed, characters: '25 characters' } };
    expect([missing, extra, wrongKind]).toHaveLength(3);
  });
});

describe('plurals and interpolation', () => {
  it('count views, attempts and characters in English', () => {
    expect(en.create.views(1)).toBe('1 time (recommended)');
    expect(en.create.views(5)).toBe('5 times');
    expect(en.reveal.viewsLeft(1)).toMatch(/^This secret can be viewed 1 more time\. /);
    expect(en.reveal.viewsLeft(3)).toMatch(/^This secret can be viewed 3 more times\. /);
    expect(en.reveal.wrongPassword(1)).toBe('Wrong password. 1 attempt left before the secret is destroyed.');
    expect(en.reveal.wrongPassword(4)).toBe('Wrong password. 4 attempts left before the secret is destroyed.');
    expect(en.revealed.characters(1)).toBe('1 character');
    expect(en.revealed.characters(25)).toBe('25 characters');
    expect(en.revealed.characters(1234567)).toBe('1,234,567 characters');
    expect(en.revealed.stillOpens(1)).toBe('This link can still be opened 1 more time.');
    expect(en.revealed.stillOpens(2)).toBe('This link can still be opened 2 more times.');
    expect(en.manage.viewsUsed(0, 1)).toBe('0 of 1 time');
    expect(en.manage.viewsUsed(2, 3)).toBe('2 of 3 times');
    expect(en.result.opensAndExpires(1, '3 Dec 2026, 14:05')).toBe('Opens once, and expires on 3 Dec 2026, 14:05.');
    expect(en.result.opensAndExpires(10, 'Dec 3')).toBe('Opens 10 times, and expires on Dec 3.');
  });

  it('count views, attempts and characters in German', () => {
    expect(de.create.views(1)).toBe('1-mal (empfohlen)');
    expect(de.create.views(5)).toBe('5-mal');
    expect(de.reveal.viewsLeft(1)).toMatch(/^Dieses Geheimnis kann noch einmal angesehen werden\. /);
    expect(de.reveal.viewsLeft(3)).toMatch(/^Dieses Geheimnis kann noch 3-mal angesehen werden\. /);
    expect(de.reveal.wrongPassword(1)).toBe('Falsches Passwort. Noch 1 Versuch, bevor das Geheimnis vernichtet wird.');
    expect(de.reveal.wrongPassword(4)).toBe('Falsches Passwort. Noch 4 Versuche, bevor das Geheimnis vernichtet wird.');
    expect(de.revealed.characters(1)).toBe('1 Zeichen');
    expect(de.revealed.characters(1234567)).toBe('1.234.567 Zeichen');
    expect(de.revealed.stillOpens(1)).toBe('Dieser Link kann noch einmal geöffnet werden.');
    expect(de.manage.viewsUsed(0, 1)).toBe('0 von 1 Mal');
    expect(de.manage.viewsUsed(2, 3)).toBe('2 von 3 Malen');
    expect(de.result.opensAndExpires(1, '03.12.2026, 14:05')).toBe(
      'Lässt sich einmal öffnen und läuft am 03.12.2026, 14:05 ab.',
    );
    expect(de.create.protecting(42)).toBe('Wird mit Ihrem Passwort geschützt… 42 %');
  });

  it('count in the six Arabic forms, with Western digits', () => {
    expect([0, 1, 2, 5, 22, 100].map((n) => ar.create.views(n))).toEqual([
      '0 مرة',
      'مرة واحدة (موصى به)',
      'مرتين',
      '5 مرات',
      '22 مرة',
      '100 مرة',
    ]);
    expect([1, 2, 3, 11, 1234567].map((n) => ar.revealed.characters(n))).toEqual([
      'حرف واحد',
      'حرفان',
      '3 أحرف',
      '11 حرفًا',
      '1,234,567 حرفًا',
    ]);
    expect(ar.reveal.wrongPassword(2)).toBe('كلمة مرور خاطئة. بقيت محاولتان قبل أن يُتلف السر.');
    expect(ar.create.tooLarge(2_000_000, 1_048_574)).not.toMatch(/[\u0660-\u0669]/);
  });

  it('format numbers the way each language writes them', () => {
    expect(en.create.tooLarge(2_000_000, 1_048_574)).toBe('Too large: 2,000,000 bytes; the limit is 1,048,574.');
    expect(de.create.tooLarge(2_000_000, 1_048_574)).toBe(
      'Zu groß: 2.000.000 Bytes; erlaubt sind höchstens 1.048.574.',
    );
  });

  it('put an embedded element where each language needs it', () => {
    const LINK = { element: 'My links' };
    for (const locale of LOCALES) {
      const t = CATALOGUES[locale];
      for (const pieces of [t.record.intro(LINK), t.result.savedIn(LINK)]) {
        expect(pieces.filter((p) => p === LINK)).toHaveLength(1);
        expect(pieces.every((p) => p === LINK || typeof p === 'string')).toBe(true);
      }
    }
    const text = (pieces: unknown[]) => pieces.map((p) => (typeof p === 'string' ? p : '<b>X</b>')).join('');
    expect(text(en.offboarding.rotate({}, 'opened', '2027-01-31'))).toBe('☐ Rotate <b>X</b> (opened), by 2027-01-31');
    expect(text(en.offboarding.rotate({}, 'active', null))).toBe('☐ Rotate <b>X</b> (active)');
    expect(text(de.offboarding.rotate({}, 'geöffnet', '2027-01-31'))).toBe(
      '☐ <b>X</b> erneuern (geöffnet), bis 2027-01-31',
    );
    expect(en.history.manageEntry('')).toBe('Manage untitled secret');
    expect(de.history.manageEntry('Stripe')).toBe('Stripe verwalten');
  });
});

describe('choosing the language', () => {
  it('reads Accept-Language by q-value, then by order', () => {
    expect(parseAcceptLanguage('de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7')).toEqual(['de-DE', 'de', 'en-US', 'en']);
    expect(parseAcceptLanguage('fr-CH, en;q=0.5, de;q=0.9, *;q=0.1')).toEqual(['fr-CH', 'de', 'en']);
    expect(parseAcceptLanguage('en;q=0, de')).toEqual(['de']);
    expect(parseAcceptLanguage('')).toEqual([]);
    expect(parseAcceptLanguage(null)).toEqual([]);
    expect(parseAcceptLanguage('<script>, ;;;, de;q=abc, en')).toEqual(['de', 'en']);
    // Only the first 1024 characters count: a huge header costs nothing and decides nothing.
    expect(parseAcceptLanguage(`en;q=0.1,${'fr,'.repeat(400)}de`)).not.toContain('de');
  });

  it('picks the first preferred language the UI speaks, else English', () => {
    expect(matchLocale(['sv-SE', 'de-AT', 'en'])).toBe('de');
    expect(matchLocale(['EN_gb'])).toBe('en');
    expect(matchLocale(['sv', 'fi'])).toBeNull();
    expect(negotiateLocale(['sv', 'fi'])).toBe('en');
    expect(negotiateLocale(['fr-CH', 'de'])).toBe('fr');
    expect(negotiateLocale([])).toBe('en');
    expect(negotiateLocale(parseAcceptLanguage('de-CH,de;q=0.9'))).toBe('de');
  });

  it('gives readers of every variant of Portuguese and Chinese the one we translated', () => {
    expect(negotiateLocale(['pt-BR'])).toBe('pt-BR');
    expect(negotiateLocale(['pt-PT', 'en'])).toBe('pt-BR');
    expect(negotiateLocale(['pt'])).toBe('pt-BR');
    expect(negotiateLocale(['zh-CN'])).toBe('zh-Hans');
    expect(negotiateLocale(['zh-Hans-SG'])).toBe('zh-Hans');
    expect(negotiateLocale(['zh-TW', 'en'])).toBe('zh-Hans');
    expect(negotiateLocale(['ja-JP'])).toBe('ja');
    // The reader's own variant still formats the dates.
    expect(formattingLocale('pt-BR', ['pt-PT'])).toBe('pt-PT');
    expect(formattingLocale('zh-Hans', ['zh-CN'])).toBe('zh-CN');
    expect(formattingLocale('pt-BR', ['en-US'])).toBe('pt-BR');
  });

  it('writes Arabic right to left, with the Western digits of its catalogue', () => {
    expect(LOCALES.filter((locale) => directionOf(locale) === 'rtl')).toEqual(['ar']);
    expect(formattingLocale('ar', ['ar-EG'])).toBe('ar-EG-u-nu-latn');
    expect(formattingLocale('ar', ['en'])).toBe('ar-u-nu-latn');
    expect(formattingLocale('ar', ['ar-SA-u-nu-arab'])).toBe('ar-SA-u-nu-arab');
  });

  it('formats dates in the reader’s regional variant of the UI language', () => {
    expect(formattingLocale('en', ['en-GB', 'en'])).toBe('en-GB');
    expect(formattingLocale('de', ['en-US', 'de-AT'])).toBe('de-AT');
    expect(formattingLocale('de', ['en-US'])).toBe('de');
    expect(formattingLocale('en', ['de-DE'])).toBe('en');
  });
});
